/**
 * What a command record leaves on a terminal: its chunks fed, in order, into the screen of
 * `model/cli/format/screen.ts` at the record's width, so pull progress rewrites its lines in place.
 * Memoized per record (records are never changed in place; playback feeds on as it shows more),
 * so a long transcript costs nothing to redraw.
 */

import { createScreen, feed, screenLines, type Screen } from '../../model';
import type { CommandRecord } from '../../model/client';

interface Fed {
  screen: Screen;
  /** How many chunks were fed. */
  fed: number;
  lines: string[];
}

const screens = new WeakMap<CommandRecord, Fed>();

/** The screen lines of the record's first `shown` chunks (all by default). */
export function recordLines(record: CommandRecord, shown = record.chunks.length): string[] {
  let memo = screens.get(record);
  if (!memo || memo.fed > shown) {
    memo = { screen: createScreen(record.cols), fed: 0, lines: [] };
    screens.set(record, memo);
  }
  if (memo.fed < shown) {
    const upTo = Math.min(shown, record.chunks.length);
    for (let i = memo.fed; i < upTo; i++) feed(memo.screen, record.chunks[i].text);
    memo.fed = upTo;
    memo.lines = screenLines(memo.screen);
  }
  return memo.lines;
}

/**
 * The part of the record's line typed at its own prompt: after an unfinished line (bash's `> `
 * prompt), the record holds every part joined by newlines and the prompt shows the last; a part
 * that still holds newlines shows `> ` after each, as bash's continuation prompt.
 */
export function typedPart(record: CommandRecord, previous: CommandRecord | undefined): string {
  const continued = previous?.incomplete && record.line.startsWith(`${previous.line}\n`);
  const part = continued ? record.line.slice(previous.line.length + 1) : record.line;
  // A line sent whole with its own newlines (the editor's here-document): bash's `> ` before each.
  return part.split('\n').join('\n> ');
}

/** Ctrl+C at the prompt: the line was dropped without running (bash echoes `^C` after it). */
export function isCancelledLine(record: CommandRecord): boolean {
  return record.interrupted === true && record.chunks.length === 0 && record.exchanges.length === 0;
}

/** Whether the terminal shows the record (a page action, such as the daemon switch, is not a line). */
export function isTerminalLine(record: CommandRecord): boolean {
  return record.action === undefined;
}
