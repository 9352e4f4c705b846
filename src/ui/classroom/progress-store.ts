/**
 * The learner's progress, kept in this browser only (localStorage `pelabuhan.progress`): one entry
 * per finished lesson, challenge or quiz (the best score kept, with the time it was first reached).
 * This is the contract the lesson player, challenges, quizzes, completion codes, the progress page
 * and the LMS adapter share (issue 14). Never throws: a storage that refuses keeps nothing, and a
 * damaged store reads as empty.
 */

import type { ScenarioKind } from '../../model/index';

/** The localStorage key. */
export const PROGRESS_KEY = 'pelabuhan.progress';

/** The window event dispatched after an entry is recorded (detail: the ProgressEntry). */
export const PROGRESS_EVENT = 'pelabuhan-progress';

/** One finished scenario. */
export interface ProgressEntry {
  kind: ScenarioKind;
  /** The scenario's id (`?lesson=`, the challenge's or quiz's id). */
  id: string;
  /** `scenarioVersion(scenario)` (lesson-progress.ts: the hash of its JSON): which version was done. */
  scenarioHash: string;
  /** Points reached, 0 ≤ score ≤ maxScore (a lesson: steps whose goals were met). */
  score: number;
  maxScore: number;
  /** Real time (ms since the epoch) it was finished: progress is about the learner, not the virtual clock. */
  finishedAt: number;
  /** Seconds taken (a challenge's timer), when known. */
  seconds?: number;
}

interface StoredProgress {
  v: 1;
  entries: ProgressEntry[];
}

/** Every recorded entry, oldest first; [] when nothing (or nothing readable) is stored. */
export function readProgress(storage: Storage | undefined = safeLocalStorage()): ProgressEntry[] {
  try {
    const raw = storage?.getItem(PROGRESS_KEY);
    if (!raw) return [];
    const parsed = JSON.parse(raw) as Partial<StoredProgress>;
    if (parsed?.v !== 1 || !Array.isArray(parsed.entries)) return [];
    return parsed.entries.filter(isEntry);
  } catch {
    return [];
  }
}

/**
 * Records a finished scenario: replaces the entry of the same kind and id when the new score is at
 * least as good, then dispatches PROGRESS_EVENT on `target` (the window). Returns the entry kept.
 */
export function recordProgress(
  entry: ProgressEntry,
  storage: Storage | undefined = safeLocalStorage(),
  target: EventTarget | undefined = globalThis.window,
): ProgressEntry {
  const entries = readProgress(storage);
  const at = entries.findIndex((e) => e.kind === entry.kind && e.id === entry.id);
  const kept = at >= 0 && entries[at].score > entry.score ? entries[at] : entry;
  if (at >= 0) entries[at] = kept;
  else entries.push(kept);
  try {
    storage?.setItem(PROGRESS_KEY, JSON.stringify({ v: 1, entries } satisfies StoredProgress));
  } catch {
    // A full or refused storage keeps nothing; the event still tells the page (and an LMS).
  }
  target?.dispatchEvent(new CustomEvent(PROGRESS_EVENT, { detail: entry }));
  return kept;
}

function isEntry(value: unknown): value is ProgressEntry {
  if (!value || typeof value !== 'object') return false;
  const e = value as Record<string, unknown>;
  return (
    typeof e.kind === 'string' &&
    typeof e.id === 'string' &&
    typeof e.scenarioHash === 'string' &&
    typeof e.score === 'number' &&
    typeof e.maxScore === 'number' &&
    typeof e.finishedAt === 'number'
  );
}

function safeLocalStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}
