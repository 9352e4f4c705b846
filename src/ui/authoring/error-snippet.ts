/**
 * The offending line of a scenario file with a caret under the error's column, as plain text for a
 * `<pre>`: the reader sees where the parser stopped without opening an editor. Pure.
 */

import type { ScenarioError } from '../../model';

/** The widest source line shown; longer lines are cut around the column, marked with '…'. */
export const SNIPPET_WIDTH = 100;

/** A source line and the caret line under it (both plain text), or undefined when there is no such line. */
export interface Snippet {
  /** The 1-based line number. */
  line: number;
  source: string;
  caret: string;
}

/** The snippet for an error at `line`/`column` (1-based) in `text`. */
export function errorSnippet(text: string, line: number, column: number): Snippet | undefined {
  const lines = text.split(/\r\n|\r|\n/);
  if (!Number.isInteger(line) || line < 1 || line > lines.length) return undefined;
  let source = lines[line - 1];
  // A column past the end (a missing field at the end of a map) points just after the text.
  let col = Math.max(1, Math.min(Number.isInteger(column) ? column : 1, source.length + 1));
  let cutLeft = 0;
  if (source.length > SNIPPET_WIDTH) {
    cutLeft = Math.max(0, Math.min(col - 1 - Math.floor(SNIPPET_WIDTH / 2), source.length - SNIPPET_WIDTH));
    const cutRight = cutLeft + SNIPPET_WIDTH < source.length;
    source = `${cutLeft > 0 ? '…' : ''}${source.slice(cutLeft, cutLeft + SNIPPET_WIDTH)}${cutRight ? '…' : ''}`;
    col = col - cutLeft + (cutLeft > 0 ? 1 : 0);
  }
  // Tabs stay tabs under the caret, so it lines up however wide the <pre> shows a tab.
  const lead = [...source.slice(0, col - 1)].map((c) => (c === '\t' ? '\t' : ' ')).join('');
  return { line, source, caret: `${lead}^` };
}

/** How "line L, column C" is said (the panel passes its translated words). */
export type SayWhere = (line: number, column: number) => string;

/** An error as one line of text: "line L, column C — path: message" (no path for the whole file). */
export function formatError(error: ScenarioError, where: SayWhere = (l, c) => `line ${l}, column ${c}`): string {
  return `${where(error.line, error.column)} — ${error.path ? `${error.path}: ` : ''}${error.message}`;
}

/** The snippet as the panel's `<pre>` shows it: a gutter with the line number, then the line and the caret. */
export function snippetText(s: Snippet): string {
  const gutter = String(s.line);
  return `${gutter} │ ${s.source}\n${' '.repeat(gutter.length)} │ ${s.caret}`;
}
