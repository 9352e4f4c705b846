// A fast path for docker's most common lists (10,000 rows of `docker ps -a` must format in a few
// milliseconds): a --format made only of `{{.Field}}` actions and text is a plain concatenation
// of the fields' strings, and a table whose lines all have the same cells is what the tabwriter
// makes of it (each column as wide as its widest cell plus 3, at least 10; the last not padded).
// Anything else goes through the full template engine and tabwriter.
import { stringWidth } from '../../format/display-width';

/** A template that is only text and field actions: its parts, or undefined. */
export type SimpleTemplate = Array<{ text: string } | { field: string }>;

const SIMPLE = /^(?:[^{}]|\{\{ *\.([A-Za-z_][A-Za-z0-9_]*) *\}\})*$/;

/** Splits a (preprocessed) template into text and field parts when it is that simple. */
export function simpleTemplate(template: string): SimpleTemplate | undefined {
  if (!SIMPLE.test(template)) return undefined;
  const parts: SimpleTemplate = [];
  const re = /\{\{ *\.([A-Za-z_][A-Za-z0-9_]*) *\}\}/g;
  let last = 0;
  for (let m = re.exec(template); m; m = re.exec(template)) {
    if (m.index > last) parts.push({ text: template.slice(last, m.index) });
    parts.push({ field: m[1] });
    last = m.index + m[0].length;
  }
  if (last < template.length) parts.push({ text: template.slice(last) });
  return parts;
}

/**
 * Measures a cell as docker's tabwriter does (display width; ASCII is its length; others are cached),
 * or -1 when it holds a tab or line break, which the uniform layout cannot place.
 */
export function createCellWidth(): (text: string) => number {
  const cache = new Map<string, number>();
  return (text) => {
    let ascii = true;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x20 && c <= 0x7e) continue;
      if (c === 9 || c === 10 || c === 11 || c === 12 || c === 13) return -1;
      ascii = false;
    }
    if (ascii) return text.length;
    let w = cache.get(text);
    if (w === undefined) {
      w = stringWidth(text);
      cache.set(text, w);
    }
    return w;
  };
}

const SPACES = ' '.repeat(512);
const pad = (n: number) => (n <= 512 ? SPACES.slice(0, n) : ' '.repeat(n));

/** A table cell's template: literal text and fields, concatenated. */
export type CellTemplate<T> = Array<string | ((item: T) => string)>;

/**
 * Renders a table with uniform cells: the header cells, then each item's cells, aligned as the
 * tabwriter would. Returns undefined when a cell holds a tab or line break (the caller then uses
 * the general path, which handles those as the tabwriter does).
 */
export function renderUniformTable<T>(
  header: readonly string[],
  cells: readonly CellTemplate<T>[],
  items: readonly T[],
): string | undefined {
  const n = cells.length;
  if (header.length !== n) return undefined;
  const width = createCellWidth();
  const widths = new Array<number>(n).fill(10);
  const values = new Array<string>((items.length + 1) * n);
  const sizes = new Int32Array((items.length + 1) * n);
  const put = (index: number, j: number, v: string): boolean => {
    const w = width(v);
    if (w < 0) return false;
    values[index] = v;
    sizes[index] = w;
    if (j < n - 1 && w + 3 > widths[j]) widths[j] = w + 3;
    return true;
  };
  for (let j = 0; j < n; j++) if (!put(j, j, header[j])) return undefined;
  // A cell that is one field (the usual case) is that field's string.
  const single = cells.map((cell) => (cell.length === 1 && typeof cell[0] === 'function' ? cell[0] : undefined));
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    for (let j = 0; j < n; j++) {
      const only = single[j];
      let v = '';
      if (only) v = only(item);
      else for (const part of cells[j]) v += typeof part === 'string' ? part : part(item);
      if (!put((i + 1) * n + j, j, v)) return undefined;
    }
  }
  let out = '';
  for (let i = 0; i <= items.length; i++) {
    const base = i * n;
    for (let j = 0; j < n - 1; j++) out += values[base + j] + pad(widths[j] - sizes[base + j]);
    out += `${values[base + n - 1]}\n`;
  }
  return out;
}
