/**
 * Replays a lesson position for the page: the model's replay (start, the steps before, entering the
 * current step, then the session's lines), with the page's event recorder listening so the API log
 * gets whole exchanges (bodies included), and each line's output as terminal lines.
 */

import type { Scenario } from '../../model/lesson/scenario';
import type { Locale } from '../../model/cli/shell/messages';
import { runAction, runLine, startLesson, stepLines, type LessonWorld } from '../../model/lesson/lesson-replay';
import { recordText, type CommandRecord } from '../../model/cli/shell/command-record';
import { createScreen, feed, screenLines } from '../../model/cli/format/screen';
import { EventRecorder } from '../app/event-recorder';
import type { ApiExchange } from '../app/session-types';

/** A line of the session that is a page action, not a shell line (the header's daemon switch). */
const DAEMON_LINE = /^#daemon (start|stop)$/;

/** What the page's session takes from a replay: the world, the terminal's history, the API log. */
export interface PageReplay {
  lw: LessonWorld;
  /** Shell lines shown in the terminal (the start's silent lines and step actions are not). */
  blocks: Array<{ line: string; output: string[]; exitCode: number }>;
  /** Exchanges numbered from 1 (the session renumbers them). */
  apiLog: ApiExchange[];
  /** How many log entries come before the current step's own lines (start, steps before, entering). */
  base: number;
}

/** Terminal lines of an output (progress lines rewritten in place), as a `cols`-wide terminal shows them. */
export function outputLines(output: string, cols = 80): string[] {
  if (output === '') return [];
  const screen = createScreen(cols);
  feed(screen, output);
  const lines = screenLines(screen);
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Runs one session line (a shell line or `#daemon start|stop`) in a replayed lesson. */
export function runSessionLine(lw: LessonWorld, line: string, step: number | null): CommandRecord {
  const daemon = DAEMON_LINE.exec(line);
  if (daemon) return runAction(lw, { daemon: daemon[1] as 'start' | 'stop' }, step);
  return runLine(lw, line, step);
}

/**
 * The world of `step` (0-based) with `lines` run in it: steps [0, step) run whole, the step's
 * actions run (entering it), then `lines`. Deterministic: the same arguments give the same world.
 */
export function replayPosition(
  scenario: Scenario,
  step: number,
  lines: readonly string[],
  locale: Locale = 'en',
  cols = 80,
): PageReplay {
  const lw = startLesson(scenario, locale);
  // The page's terminal is a tty: replayed lines print what they printed when typed there.
  lw.terminal = { cols };
  let nextId = 1;
  const apiLog: ApiExchange[] = [];
  const recorder = new EventRecorder(apiLog, () => nextId++);
  recorder.attach(lw.world);
  const blocks: PageReplay['blocks'] = [];
  const run = (line: string, index: number, shown: boolean): void => {
    recorder.begin(lw.world, line);
    const entry = runSessionLine(lw, line, index);
    const exitCode = entry.exitCode ?? 0;
    recorder.end(exitCode);
    if (shown && !entry.action) blocks.push({ line, output: outputLines(recordText(entry), cols), exitCode });
  };
  const last = Math.max(0, Math.min(step, scenario.steps.length - 1));
  try {
    for (let i = 0; i < last; i++) {
      for (const action of scenario.steps[i].actions ?? []) runAction(lw, action, i);
      for (const line of stepLines(scenario.steps[i])) run(line, i, true);
    }
    for (const action of scenario.steps[last]?.actions ?? []) runAction(lw, action, last);
    const base = lw.log.length;
    for (const line of lines) run(line, last, true);
    return { lw, blocks, apiLog, base };
  } finally {
    recorder.detach();
  }
}
