/**
 * How big the projected terminal output can be: as large as the panel allows while the current
 * step's longest line (up to a table's usual width) still fits on one line (Docker's tables lose
 * their columns when they wrap), never smaller than a back row can read, never larger than the narration.
 */

/** A monospace character's advance as a fraction of the font size (DejaVu Sans Mono, Menlo: ~0.6). */
const CHAR_RATIO = 0.61;
/** Lines longer than this may wrap: a 64-hex digest must not shrink a whole table to footnote size. */
const MAX_COLUMNS = 66;

/** The output's font size in px for a panel `width` px wide whose longest line has `longest` characters. */
export function fitFontPx(width: number, longest: number, min = 12, max = 30): number {
  if (width <= 0) return min;
  const columns = Math.min(MAX_COLUMNS, Math.max(longest, 24));
  const px = Math.floor(width / (columns * CHAR_RATIO));
  return Math.max(min, Math.min(max, px));
}

/** The longest line (in characters) among the given output lines and command lines (with their `$ `). */
export function longestLine(blocks: ReadonlyArray<{ line: string; output: readonly string[] }>): number {
  let longest = 0;
  for (const b of blocks) {
    longest = Math.max(longest, b.line.length + 2);
    for (const l of b.output) longest = Math.max(longest, l.length);
  }
  return longest;
}
