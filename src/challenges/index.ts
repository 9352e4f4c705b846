/**
 * The built-in challenges (issue 14), in course order. Each is a `kind: challenge` scenario file
 * beside this one; test/lesson/challenges.test.ts parses every file and solves each challenge with
 * its reference solution, so the cast here is checked there.
 */

import type { Scenario } from '../model/lesson/scenario';
import removeImageInUse from './01-remove-image-in-use.json';
import publishOn8080 from './02-publish-on-8080.json';
import talkByName from './03-talk-by-name.json';
import volumeSurvives from './04-volume-survives.json';
import backupVolume from './05-backup-volume.json';
import logsAndExec from './06-logs-and-exec.json';
import sharedLayer from './07-shared-layer.json';
import inspectQuestions from './08-inspect-questions.json';
import prune from './09-prune.json';
import buildAndPush from './10-build-and-push.json';

// JSON modules type their strings as `string`, not as the format's unions: the parser checks them (in the test).
const asScenario = (json: object): Scenario => {
  const scenario = json as unknown as Scenario;
  return { ...scenario, steps: scenario.steps ?? [] };
};

/** Every built-in challenge, ordered by `order`. */
export const CHALLENGES: readonly Scenario[] = [
  removeImageInUse,
  publishOn8080,
  talkByName,
  volumeSurvives,
  backupVolume,
  logsAndExec,
  sharedLayer,
  inspectQuestions,
  prune,
  buildAndPush,
].map(asScenario);

/** The built-in challenge with this id (the URL's `?challenge=`), if there is one. */
export function challengeById(id: string): Scenario | undefined {
  return CHALLENGES.find((challenge) => challenge.id === id);
}
