/** Pure line-editing helpers of the terminal: history navigation, Ctrl+U, and pasted text. */

/** Where the reader is in the history while pressing Up and Down. */
export interface HistoryCursor {
  /** Index into the history; `history.length` means the line being typed. */
  index: number;
  /** The line being typed before the reader went up, restored when they come back down. */
  draft: string;
}

/** The most commands the history keeps. */
export const HISTORY_LIMIT = 200;

/** Moves through the history; returns the new cursor and the line to show. */
export function stepHistory(
  history: readonly string[],
  cursor: HistoryCursor,
  current: string,
  delta: -1 | 1,
): { cursor: HistoryCursor; line: string } {
  const draft = cursor.index === history.length ? current : cursor.draft;
  const index = Math.min(history.length, Math.max(0, cursor.index + delta));
  return { cursor: { index, draft }, line: index === history.length ? draft : history[index] };
}

/** Appends a command to the history as bash does: blank lines and immediate repeats are skipped. */
export function remember(history: readonly string[], line: string): string[] {
  if (line.trim() === '' || history[history.length - 1] === line) return [...history];
  return [...history, line].slice(-HISTORY_LIMIT);
}

/** Ctrl+U: deletes from the start of the line to the cursor. */
export function killToStart(value: string, cursor: number): { value: string; cursor: number } {
  return { value: value.slice(cursor), cursor: 0 };
}

/** Splits pasted text into the lines to run and the rest to leave in the input. */
export function splitPaste(before: string, pasted: string, after: string): { run: string[]; rest: string } {
  const parts = (before + pasted.replace(/\r\n?/g, '\n') + after).split('\n');
  const rest = parts.pop() ?? '';
  return { run: parts, rest };
}
