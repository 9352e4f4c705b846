/**
 * `npx tsx tools/long-lines.ts`: the lines of src/, test/ and tools/ code over the project's 120
 * columns (prettier cannot wrap a long string or comment), per file. The test
 * test/architecture/line-length.test.ts fails when there is any. One kind of line is let through: a
 * message literal alone on its line as the first argument of lit-localize's msg(), because
 * `lit-localize extract` reads only a single literal there (a split message would not be extracted).
 */

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The widest line allowed, as .prettierrc.json's printWidth. */
export const MAX_COLUMNS = 120;

/** A file's lines over MAX_COLUMNS, by 1-based line number. */
export interface LongLines {
  readonly path: string;
  readonly lines: readonly number[];
}

const CODE = /\.(ts|js|mjs)$/;
/** Built by lit-localize from xliff/, never edited by hand. */
const SKIPPED = /^src\/generated\//;

/** Width in columns as prettier counts it for this code: one per code point. */
function columns(line: string): number {
  let n = 0;
  for (const _ of line) n++;
  return n;
}

/** A string literal or str`...` template, and nothing else, on a line (a trailing comma allowed). */
const LONE_LITERAL = /^\s*(?:str)?(['"`])(?:\\.|(?!\1).)*\1,?$/;

/** Whether `line` is msg()'s message alone on its line, which lit-localize needs as one literal. */
function isMessageLiteral(line: string, previous: string | undefined): boolean {
  return previous !== undefined && /\bmsg\($/.test(previous.trimEnd()) && LONE_LITERAL.test(line);
}

/** The 1-based numbers of the lines of `text` wider than MAX_COLUMNS, but for msg()'s lone message literals. */
export function longLineNumbers(text: string): number[] {
  const found: number[] = [];
  const lines = text.split('\n').map((line) => line.replace(/\r$/, ''));
  lines.forEach((line, i) => {
    if (columns(line) > MAX_COLUMNS && !isMessageLiteral(line, lines[i - 1])) found.push(i + 1);
  });
  return found;
}

/** Every code file of src/, test/ and tools/ under `root` with at least one long line, sorted by path. */
export function findLongLines(root: string): LongLines[] {
  const result: LongLines[] = [];
  for (const top of ['src', 'test', 'tools']) {
    for (const entry of readdirSync(join(root, top), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !CODE.test(entry.name)) continue;
      const full = join(entry.parentPath, entry.name);
      const path = relative(root, full).split('\\').join('/');
      if (SKIPPED.test(path) || path.includes('node_modules/')) continue;
      const lines = longLineNumbers(readFileSync(full, 'utf8'));
      if (lines.length > 0) result.push({ path, lines });
    }
  }
  return result.sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** One line per file with long lines: how many, and where. */
export function describeLongLines(found: readonly LongLines[]): string[] {
  return found.map((f) => `${f.path}: ${f.lines.length} lines over ${MAX_COLUMNS} columns, at ${f.lines.join(', ')}`);
}

if (process.argv[1] && /long-lines\.ts$/.test(process.argv[1])) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const found = findLongLines(root);
  for (const f of found) process.stdout.write(`${f.lines.length}\t${f.path}\n`);
  const total = found.reduce((sum, f) => sum + f.lines.length, 0);
  process.stdout.write(`${total} lines over ${MAX_COLUMNS} columns in ${found.length} files\n`);
}
