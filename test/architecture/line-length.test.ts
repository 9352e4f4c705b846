import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeLongLines, findLongLines, longLineNumbers, MAX_COLUMNS } from '../../tools/long-lines';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('lines of code are at most 120 columns', () => {
  it('no line of src/, test/ or tools/ is over 120 columns', () => {
    expect(describeLongLines(findLongLines(root))).toEqual([]);
  });

  it('counts columns by code point, and finds the lines over the limit', () => {
    const fits = 'x'.repeat(MAX_COLUMNS);
    const wide = 'é'.repeat(MAX_COLUMNS);
    expect(longLineNumbers(`${fits}\n${wide}\r\n${fits}y\n`)).toEqual([3]);
    expect(describeLongLines([{ path: 'src/a.ts', lines: [3, 9] }])).toEqual([
      'src/a.ts: 2 lines over 120 columns, at 3, 9',
    ]);
  });

  it("lets through only msg()'s message literal alone on its line, which lit-localize cannot read split", () => {
    const message = `'${'x'.repeat(MAX_COLUMNS)}',`;
    const template = `str\`${'x'.repeat(MAX_COLUMNS)} \${n}\`,`;
    expect(longLineNumbers(`  msg(\n    ${message}\n    ${template}\n`)).toEqual([3]);
    expect(longLineNumbers(`  msg(\n    ${template}\n`)).toEqual([]);
    expect(longLineNumbers(`  foo(\n    ${message}\n`)).toEqual([2]);
    expect(longLineNumbers(`  msg(\n    ${message} + x,\n`)).toEqual([2]);
  });
});
