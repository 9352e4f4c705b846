/**
 * `npx tsx tools/long-lines.ts [--write-baseline]`: the lines of src/, test/ and tools/ code over the
 * project's 120 columns (prettier cannot wrap a long string or comment), per file. The test
 * test/architecture/line-length.test.ts fails when a file has more of them than the baseline
 * (test/architecture/long-lines-baseline.json) allows; `--write-baseline` records today's counts,
 * so the baseline only ever shrinks to empty.
 */

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The widest line allowed, as .prettierrc.json's printWidth. */
export const MAX_COLUMNS = 120;

/** Where the baseline of the long lines that existed before the rule lives. */
export const BASELINE_PATH = 'test/architecture/long-lines-baseline.json';

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

/** The 1-based numbers of the lines of `text` wider than MAX_COLUMNS. */
export function longLineNumbers(text: string): number[] {
  const found: number[] = [];
  text.split('\n').forEach((line, i) => {
    if (columns(line.replace(/\r$/, '')) > MAX_COLUMNS) found.push(i + 1);
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

/** The files whose long lines outnumber what the baseline allows, with where they are. */
export function overBaseline(found: readonly LongLines[], baseline: Readonly<Record<string, number>>): string[] {
  return found
    .filter((f) => f.lines.length > (baseline[f.path] ?? 0))
    .map((f) => {
      const allowed = baseline[f.path] ?? 0;
      const where = f.lines.join(', ');
      return `${f.path}: ${f.lines.length} lines over ${MAX_COLUMNS} columns (baseline ${allowed}), at ${where}`;
    });
}

if (process.argv[1] && /long-lines\.ts$/.test(process.argv[1])) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const found = findLongLines(root);
  for (const f of found) process.stdout.write(`${f.lines.length}\t${f.path}\n`);
  const total = found.reduce((sum, f) => sum + f.lines.length, 0);
  process.stdout.write(`${total} lines over ${MAX_COLUMNS} columns in ${found.length} files\n`);
  if (process.argv.includes('--write-baseline')) {
    const counts = Object.fromEntries(found.map((f) => [f.path, f.lines.length]));
    writeFileSync(join(root, BASELINE_PATH), `${JSON.stringify(counts, null, 2)}\n`);
  }
}
