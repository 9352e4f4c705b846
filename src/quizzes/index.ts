/**
 * The built-in quizzes, in course order. Each is a `pelabuhan-scenario/1` JSON file of
 * `kind: quiz` beside this one; test/lesson/quizzes.test.ts parses every file with the scenario
 * parser and replays each question's command, so a cast here is checked there.
 */

import type { Scenario } from '../model/lesson/scenario';
import vmsAndContainers from './01-vms-and-containers.json';
import architectureRegistries from './02-architecture-registries.json';
import imagesAndLayers from './03-images-and-layers.json';
import containersAndLifecycle from './04-containers-and-lifecycle.json';
import volumesAndNetworks from './05-volumes-and-networks.json';
import buildAndCompose from './06-build-and-compose.json';

// As for the lessons: JSON modules type their strings as `string`, the parser (in the test) checks them.
const asScenario = (json: object): Scenario => json as unknown as Scenario;

/** Every built-in quiz, ordered by `order`. */
export const QUIZZES: readonly Scenario[] = [
  vmsAndContainers,
  architectureRegistries,
  imagesAndLayers,
  containersAndLifecycle,
  volumesAndNetworks,
  buildAndCompose,
].map(asScenario);

/** The built-in quiz with this id (the URL's `?quiz=`), if there is one. */
export function quizById(id: string): Scenario | undefined {
  return QUIZZES.find((quiz) => quiz.id === id);
}
