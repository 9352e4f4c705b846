/** Records a finished challenge in the learner's progress (kind challenge, its score and seconds). */

import type { ChallengeController, ChallengeFinish } from './challenge-controller';
import { scenarioVersion } from '../classroom/lesson-progress';
import { recordProgress } from '../classroom/progress-store';

/** Records `controller`'s challenge in the progress store when it finishes. */
export function recordChallengeProgress(controller: ChallengeController, now: () => number = Date.now): void {
  controller.addEventListener('finish', (e) => {
    const { score, maxScore, seconds } = (e as CustomEvent<ChallengeFinish>).detail;
    recordProgress({
      kind: 'challenge',
      id: controller.scenario.id,
      scenarioHash: scenarioVersion(controller.scenario),
      score,
      maxScore,
      finishedAt: now(),
      seconds,
    });
  });
}
