import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringWidth } from '../../src/model/cli/format/display-width';
import oracle from './fixtures/runewidth-oracle.json';

describe('go-runewidth StringWidth (table cell widths)', () => {
  it.each([
    ['abc', 3],
    ['日本', 4],
    ['…', 1],
    ['e\u0301', 1],
    ['\u0001', 0],
    ['👨\u200d👩\u200d👧', 2],
    ['🇯🇵', 1],
  ])('%j is %d columns', (s, w) => {
    expect(stringWidth(s)).toBe(w);
  });

  it('matches the widths the real CLI 28.2.2 gives table cells', () => {
    expect(oracle.rows.length).toBeGreaterThan(10);
    for (const [s, w] of oracle.rows as [string, number][]) expect([s, stringWidth(s)]).toEqual([s, w]);
  });

  it('never throws and is at most two columns per code point', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => stringWidth(s) <= 2 * Array.from(s).length));
  });
});
