/**
 * What the handout shows, gathered from a session: each lesson step up to the current one with its
 * narration in the reader's language, and each command with the lines the terminal printed. The
 * terminal's own transcript is used where it still holds the command (exactly what was on screen);
 * otherwise the output is laid out as the page's 80-column replay shows it. Pure.
 */

import { type Localized, type Scenario, createScreen, feed, screenLines } from '../../model';
import { recordText, type CommandRecord } from '../../model/client';
import type { HandoutCommand, HandoutSection } from './handout-html';

/** What the handout needs of a command record (the lesson log's records have these). */
export type HandoutEntry = Pick<CommandRecord, 'line' | 'step' | 'exitCode' | 'chunks' | 'action'>;

/** What it needs of a terminal line (`session-entries.ts` makes these from the session's records). */
export interface ShownBlock {
  line: string;
  output: string[];
  exitCode?: number;
  interrupted?: boolean;
}

/** Output text as an 80-column terminal lays it out (what a replayed step shows). */
export function terminalLines(output: string, cols = 80): string[] {
  if (output === '') return [];
  const screen = createScreen(cols);
  feed(screen, output);
  const lines = screenLines(screen);
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/**
 * Each entry's output lines: matched from the end against the terminal's transcript (a clear or an
 * old command breaks the match; earlier entries fall back to `terminalLines`). Actions get none.
 */
export function shownOutputs(entries: readonly HandoutEntry[], transcript: readonly ShownBlock[]): string[][] {
  const outputs = entries.map((e) => (e.action ? [] : terminalLines(recordText(e))));
  const blocks = transcript.filter((b) => b.exitCode !== undefined && !b.interrupted);
  let j = blocks.length - 1;
  for (let i = entries.length - 1; i >= 0 && j >= 0; i--) {
    if (entries[i].action) continue;
    if (blocks[j].line !== entries[i].line) break;
    outputs[i] = blocks[j].output;
    j--;
  }
  return outputs;
}

/** A narration's paragraphs in `lang` (blank lines separate them, as in the player). */
function paragraphs(text: Localized | undefined, lang: 'en' | 'id'): string[] {
  if (!text) return [];
  return (text[lang] || text.en)
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

const commandOf = (e: HandoutEntry, output: string[]): HandoutCommand => ({
  line: e.line,
  output,
  exitCode: e.exitCode ?? 0,
});

/**
 * The handout's sections: for a lesson, steps 0..`upTo` (each with its entries; `after` once the
 * step's own lines all ran, or it has none), for the free terminal one section titled `freeTitle`.
 */
export function handoutSections(
  lesson: Scenario | undefined,
  entries: readonly HandoutEntry[],
  outputs: readonly string[][],
  lang: 'en' | 'id',
  upTo: number,
  freeTitle: string,
): HandoutSection[] {
  const commands = (keep: (e: HandoutEntry) => boolean) =>
    entries.flatMap((e, i) => (!e.action && keep(e) ? [commandOf(e, outputs[i] ?? [])] : []));
  if (!lesson) return [{ title: freeTitle, before: [], commands: commands(() => true), after: [] }];
  const last = Math.max(0, Math.min(upTo, lesson.steps.length - 1));
  return lesson.steps.slice(0, last + 1).map((step, k) => {
    const mine = commands((e) => e.step === k);
    const typed = new Set(mine.map((c) => c.line.trim()));
    const ran = (step.solution ?? step.commands).every((l) => typed.has(l.trim()));
    return {
      title: step.title[lang] || step.title.en,
      before: paragraphs(step.before, lang),
      commands: mine,
      after: ran ? paragraphs(step.after, lang) : [],
    };
  });
}
