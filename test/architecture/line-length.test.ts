import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BASELINE_PATH, findLongLines, longLineNumbers, MAX_COLUMNS, overBaseline } from '../../tools/long-lines';

const root = fileURLToPath(new URL('../..', import.meta.url));
const baseline = JSON.parse(readFileSync(join(root, BASELINE_PATH), 'utf8')) as Record<string, number>;

describe('lines of code are at most 120 columns', () => {
  it('no file has more long lines than the baseline of the lines that predate the rule', () => {
    expect(overBaseline(findLongLines(root), baseline)).toEqual([]);
  });

  it('counts columns by code point, and finds the lines over the limit', () => {
    const fits = 'x'.repeat(MAX_COLUMNS);
    const wide = 'é'.repeat(MAX_COLUMNS);
    expect(longLineNumbers(`${fits}\n${wide}\r\n${fits}y\n`)).toEqual([3]);
    expect(overBaseline([{ path: 'src/a.ts', lines: [3, 9] }], { 'src/a.ts': 1 })).toEqual([
      'src/a.ts: 2 lines over 120 columns (baseline 1), at 3, 9',
    ]);
    expect(overBaseline([{ path: 'src/a.ts', lines: [3, 9] }], { 'src/a.ts': 2 })).toEqual([]);
    expect(overBaseline([{ path: 'src/new.ts', lines: [1] }], {})).toHaveLength(1);
  });
});
