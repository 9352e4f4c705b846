/**
 * The real output of a quiz question's command: its start world replayed from the seed (the
 * question's own `start`, else the scenario's), then the command run once, as the terminal would
 * show it. Deterministic, so the page and the tests score against the same text.
 */

import { createScreen, feed, screenLines } from '../cli/format/screen';
import { recordText } from '../cli/shell/command-record';
import type { Locale } from '../cli/shell/messages';
import { runLine, startLesson } from './lesson-replay';
import type { Scenario } from './scenario';
import type { QuizQuestion } from './scenario-quiz';

/** Wide enough that no line of Docker's wraps: the learner predicts lines, not the terminal's width. */
const SCREEN_COLS = 400;

/** What the question's command prints on its start world (stdout and stderr, as the terminal shows them). */
export function questionOutput(scenario: Scenario, question: QuizQuestion, locale: Locale = 'en'): string {
  if (question.command === undefined) return '';
  const lw = startLesson({ ...scenario, start: question.start ?? scenario.start }, locale);
  const record = runLine(lw, question.command, null);
  const screen = createScreen(SCREEN_COLS);
  feed(screen, recordText(record));
  return screenLines(screen).join('\n');
}
