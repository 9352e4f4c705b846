/**
 * The teacher's class table: one row per learner and scenario, from verified codes. The same
 * learner's codes for one scenario merge into one row that keeps the best score (ties: the earlier
 * time, when that score was first reached). Pure.
 */

import type { CodeClaim } from './completion-code';

/** A row: a verified claim, and the code it came from. */
export interface ClassRow extends CodeClaim {
  code: string;
}

/** What adding a claim did. */
export type MergeResult = 'added' | 'better' | 'kept';

/** The row key: learner names compare without case or surrounding space ("Ani" and "ani " are one learner). */
export function rowKey(r: Pick<CodeClaim, 'learner' | 'kind' | 'id'>): string {
  return `${norm(r.learner)}\u0000${r.kind}\u0000${r.id}`;
}

/** `rows` with `row` merged in (a new array), and what happened. */
export function mergeRow(rows: readonly ClassRow[], row: ClassRow): { rows: ClassRow[]; result: MergeResult } {
  const key = rowKey(row);
  const at = rows.findIndex((r) => rowKey(r) === key);
  if (at < 0) return { rows: sortRows([...rows, row]), result: 'added' };
  const old = rows[at];
  const better = ratio(row) > ratio(old) || (ratio(row) === ratio(old) && row.finishedAt < old.finishedAt);
  if (!better) return { rows: [...rows], result: 'kept' };
  const next = [...rows];
  next[at] = { ...row, learner: old.learner }; // the name as first spelt stays the row's

  return { rows: next, result: 'better' };
}

/** Rows by learner, then kind, then scenario id. */
export function sortRows(rows: ClassRow[]): ClassRow[] {
  return rows.sort(
    (a, b) =>
      norm(a.learner).localeCompare(norm(b.learner)) || a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id),
  );
}

function norm(name: string): string {
  return name.trim().toLocaleLowerCase();
}

function ratio(r: CodeClaim): number {
  return r.maxScore > 0 ? r.score / r.maxScore : 0;
}

/** Whether `value` looks like a stored row (the table is read back from localStorage). */
export function isClassRow(value: unknown): value is ClassRow {
  if (!value || typeof value !== 'object') return false;
  const r = value as Record<string, unknown>;
  return (
    typeof r.learner === 'string' &&
    typeof r.kind === 'string' &&
    typeof r.id === 'string' &&
    typeof r.scenarioHash === 'string' &&
    typeof r.score === 'number' &&
    typeof r.maxScore === 'number' &&
    typeof r.finishedAt === 'number' &&
    typeof r.code === 'string'
  );
}
