/**
 * Records a lesson in the learner's progress when its controller says it is complete (the last
 * step's goal met). Loaded with the lesson chunk, so the page without a lesson never pays for it.
 */

import { scenarioKind } from '../../model';
import type { LessonCompletion, LessonController } from '../lesson/lesson-controller';
import { scenarioHash } from '../presenter/scenario-store';
import { recordProgress } from './progress-store';

/** The version of a scenario that was done: `scenarioHash` of its JSON text. */
export function scenarioVersion(scenario: object): string {
  return scenarioHash(JSON.stringify(scenario));
}

/** Records `controller`'s lesson in the progress store each time it completes. */
export function recordLessonProgress(controller: LessonController, now: () => number = Date.now): void {
  controller.addEventListener('complete', (e) => {
    const { score, maxScore } = (e as CustomEvent<LessonCompletion>).detail;
    const scenario = controller.scenario;
    recordProgress({
      kind: scenarioKind(scenario),
      id: scenario.id,
      scenarioHash: scenarioVersion(scenario),
      score,
      maxScore,
      finishedAt: now(),
    });
  });
}
