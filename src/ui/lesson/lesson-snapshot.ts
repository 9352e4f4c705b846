/**
 * A lesson position as JSON: what the session saves, a share link carries and the presenter posts
 * to its audience. It is replayed, never trusted, so `isLessonSnapshot` only checks its shape.
 */

/** Where a step is: narration before, waiting for the class to predict, commands ran. */
export type LessonStage = 'before' | 'predict' | 'after';

/** Enough to rebuild the same position (and world) by replay; JSON. */
export interface LessonSnapshot {
  lesson: string;
  /** 0-based. */
  step: number;
  stage: LessonStage;
  /** The applied lines of the current step (run by the player or typed by the learner). */
  lines: string[];
  blank?: boolean;
}

/** Whether a snapshot-like value has the right shape (for restored and shared snapshots). */
export function isLessonSnapshot(value: unknown): value is LessonSnapshot {
  const s = value as LessonSnapshot;
  return (
    !!s &&
    typeof s === 'object' &&
    typeof s.lesson === 'string' &&
    Number.isInteger(s.step) &&
    s.step >= 0 &&
    (s.stage === 'before' || s.stage === 'predict' || s.stage === 'after') &&
    Array.isArray(s.lines) &&
    s.lines.every((l) => typeof l === 'string')
  );
}
