/**
 * What the classroom keeps in this browser's localStorage: the teacher's classes (several, one
 * chosen), each class's table of verified codes, and the learner's class (name, key and the name
 * they gave). Never throws: a storage that refuses keeps nothing, a damaged entry reads as absent.
 */

import { fromBase64Url, toBase64Url } from './base64url';
import { classId, KEY_BYTES, type ClassKey } from './class-key';
import { isClassRow, type ClassRow } from './class-table';

/** The teacher's classes. */
export const CLASSES_KEY = 'pelabuhan.classes';
/** The learner's class. */
export const MY_CLASS_KEY = 'pelabuhan.class';
/** Prefix of a class table's key (then the class id). */
export const TABLE_PREFIX = 'pelabuhan.class-table.';

/** A teacher's class as kept: the class, its id and when it was made. */
export interface TeacherClass extends ClassKey {
  id: string;
  created: number;
}

/** The learner's class and the name they gave (empty until they give one). */
export interface LearnerClass extends ClassKey {
  learner: string;
}

/** The teacher's classes, and the chosen one's id. */
export function readClasses(storage: Storage | undefined): { classes: TeacherClass[]; current?: string } {
  const raw = readJson(storage, CLASSES_KEY) as { v?: number; classes?: unknown[]; current?: unknown } | undefined;
  if (raw?.v !== 1 || !Array.isArray(raw.classes)) return { classes: [] };
  const classes = raw.classes.flatMap((c) => {
    const r = c as Record<string, unknown>;
    const key = typeof r?.key === 'string' ? fromBase64Url(r.key) : undefined;
    if (!key || key.length !== KEY_BYTES || typeof r.name !== 'string' || typeof r.created !== 'number') return [];
    return [{ name: r.name, key, id: classId(key), created: r.created }];
  });
  const current =
    typeof raw.current === 'string' && classes.some((c) => c.id === raw.current) ? raw.current : undefined;
  return { classes, current: current ?? classes.at(-1)?.id };
}

/** Keeps the teacher's classes and the chosen one. */
export function writeClasses(storage: Storage | undefined, classes: readonly TeacherClass[], current?: string): void {
  const stored = classes.map((c) => ({ name: c.name, key: toBase64Url(c.key), created: c.created }));
  writeJson(storage, CLASSES_KEY, { v: 1, classes: stored, current });
}

/** The learner's class, if they opened a class link. */
export function readLearnerClass(storage: Storage | undefined): LearnerClass | undefined {
  const raw = readJson(storage, MY_CLASS_KEY) as Record<string, unknown> | undefined;
  const key = typeof raw?.key === 'string' ? fromBase64Url(raw.key) : undefined;
  if (raw?.v !== 1 || !key || key.length !== KEY_BYTES || typeof raw.name !== 'string') return undefined;
  return { name: raw.name, key, learner: typeof raw.learner === 'string' ? raw.learner : '' };
}

/** Keeps the learner's class. */
export function writeLearnerClass(storage: Storage | undefined, c: LearnerClass): void {
  writeJson(storage, MY_CLASS_KEY, { v: 1, name: c.name, key: toBase64Url(c.key), learner: c.learner });
}

/** A class's table of verified codes. */
export function readTable(storage: Storage | undefined, id: string): ClassRow[] {
  const raw = readJson(storage, TABLE_PREFIX + id) as { v?: number; rows?: unknown[] } | undefined;
  return raw?.v === 1 && Array.isArray(raw.rows) ? raw.rows.filter(isClassRow) : [];
}

/** Keeps a class's table. */
export function writeTable(storage: Storage | undefined, id: string, rows: readonly ClassRow[]): void {
  writeJson(storage, TABLE_PREFIX + id, { v: 1, rows });
}

/** The page's localStorage, or undefined where it is refused. */
export function classroomStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

function readJson(storage: Storage | undefined, key: string): unknown {
  try {
    const raw = storage?.getItem(key);
    return raw ? (JSON.parse(raw) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

function writeJson(storage: Storage | undefined, key: string, value: unknown): void {
  try {
    storage?.setItem(key, JSON.stringify(value));
  } catch {
    // A full or refused storage keeps nothing; the page goes on with what it has in memory.
  }
}
