/**
 * The scenarios the progress page lists and the teacher's table names: lessons, challenges and
 * quizzes, each loaded lazily (the classroom pages are their own chunks).
 */

import type { Scenario } from '../../model/index';

/** Every built-in scenario, by kind, in course order. */
export interface Catalog {
  lessons: readonly Scenario[];
  challenges: readonly Scenario[];
  quizzes: readonly Scenario[];
}

/** Loads the catalog. */
export async function loadCatalog(): Promise<Catalog> {
  const [{ LESSONS }, { CHALLENGES }, { QUIZZES }] = await Promise.all([
    import('../../lessons/index'),
    import('../../challenges/index'),
    import('../../quizzes/index'),
  ]);
  return { lessons: LESSONS, challenges: CHALLENGES, quizzes: QUIZZES };
}

/** The course's lessons for the achievements (the sandbox is not a lesson to finish). */
export function courseLessonIds(catalog: Catalog): string[] {
  return catalog.lessons.filter((l) => l.id !== 'sandbox').map((l) => l.id);
}

/** The scenario of a kind and id, if the catalog has it. */
export function findScenario(catalog: Catalog, kind: string, id: string): Scenario | undefined {
  const list = kind === 'challenge' ? catalog.challenges : kind === 'quiz' ? catalog.quizzes : catalog.lessons;
  return list.find((s) => s.id === id);
}
