/**
 * The teacher's class table and its CSV: codes of one learner for one scenario merge, the best
 * score kept; RFC 4180 quoting keeps names with commas, quotes and line breaks; cells a spreadsheet
 * would run as formulas are prefixed with '.
 */

import { describe, expect, it } from 'vitest';
import { mergeRow, type ClassRow } from '../../src/ui/classroom/class-table';
import { classCsv, csvCell } from '../../src/ui/classroom/class-csv';

const row = (over: Partial<ClassRow>): ClassRow => ({
  learner: 'Ani',
  kind: 'lesson',
  id: 'images',
  scenarioHash: '0123456789abcdef',
  score: 3,
  maxScore: 7,
  finishedAt: Date.UTC(2026, 11, 5, 9),
  code: 'PB1.x',
  ...over,
});

/** A minimal RFC 4180 reader, to read back what classCsv wrote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let cell = '';
  let cells: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') ((cell += '"'), i++);
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') (cells.push(cell), (cell = ''));
    else if (c === '\r' && text[i + 1] === '\n') (cells.push(cell), rows.push(cells), (cells = []), (cell = ''), i++);
    else cell += c;
  }
  return rows;
}

describe('the class table', () => {
  it('merges codes of one learner and scenario, keeping the best score', () => {
    let { rows, result } = mergeRow([], row({}));
    expect(result).toBe('added');
    ({ rows, result } = mergeRow(rows, row({ learner: 'ani ', score: 5, finishedAt: row({}).finishedAt + 1 })));
    expect(result).toBe('better');
    ({ rows, result } = mergeRow(rows, row({ score: 2 })));
    expect(result).toBe('kept');
    ({ rows, result } = mergeRow(rows, row({ score: 5, finishedAt: row({}).finishedAt + 9 })));
    expect(result).toBe('kept'); // the same score reached later: the first time is kept
    ({ rows } = mergeRow(rows, row({ learner: 'Budi' })));
    ({ rows } = mergeRow(rows, row({ id: 'volumes' })));
    expect(rows.map((r) => [r.learner, r.id, r.score])).toEqual([
      ['Ani', 'images', 5],
      ['Ani', 'volumes', 3],
      ['Budi', 'images', 3],
    ]);
  });
});

describe('the class CSV', () => {
  it('quotes commas, quotes and line breaks so every name survives a round trip', () => {
    const names = ['Dewi "Uci", Ayu', 'Line\nbreak', 'plain', '王小明'];
    const csv = classCsv(
      names.map((learner) => row({ learner })),
      () => 'Images, layers',
    );
    expect(csv.endsWith('\r\n')).toBe(true);
    const back = parseCsv(csv);
    expect(back[0]).toEqual([
      'learner',
      'kind',
      'scenario',
      'title',
      'score',
      'max_score',
      'finished_at',
      'scenario_hash',
    ]);
    expect(back.slice(1).map((r) => r[0])).toEqual(names);
    expect(back[1]).toEqual([
      names[0],
      'lesson',
      'images',
      'Images, layers',
      '3',
      '7',
      '2026-12-05T09:00:00.000Z',
      '0123456789abcdef',
    ]);
    expect(csv).toContain('"Dewi ""Uci"", Ayu"');
  });

  it('prefixes cells that start like a formula with a quote', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvCell('+62 812')).toBe("'+62 812");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('Ani = Budi')).toBe('Ani = Budi');
    const back = parseCsv(classCsv([row({ learner: '=1+2' })]));
    expect(back[1][0]).toBe("'=1+2");
  });
});
