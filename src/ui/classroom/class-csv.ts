/**
 * The class table as CSV (RFC 4180: CRLF lines, fields with a comma, quote or line break quoted,
 * quotes doubled). A cell that a spreadsheet would run as a formula (starting with = + - @, or a
 * tab or carriage return) is prefixed with ' (OWASP's advice on CSV injection). Pure.
 */

import type { ClassRow } from './class-table';

/** The header row (English column names: a spreadsheet's data, read by tools as much as people). */
export const CSV_HEADER = [
  'learner',
  'kind',
  'scenario',
  'title',
  'score',
  'max_score',
  'finished_at',
  'scenario_hash',
];

/** The CSV text of `rows`; `titleOf` names a scenario (its title in the teacher's language, or ''). */
export function classCsv(rows: readonly ClassRow[], titleOf: (r: ClassRow) => string = () => ''): string {
  const lines = [CSV_HEADER, ...rows.map((r) => rowCells(r, titleOf(r)))];
  return lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function rowCells(r: ClassRow, title: string): string[] {
  return [
    r.learner,
    r.kind,
    r.id,
    title,
    String(r.score),
    String(r.maxScore),
    new Date(r.finishedAt).toISOString(),
    r.scenarioHash,
  ];
}

/** One field: neutralised against formulas, then quoted when RFC 4180 requires it. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
