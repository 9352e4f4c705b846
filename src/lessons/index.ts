/**
 * The built-in lessons, in course order (the seed's agenda), then the sandbox. Each is a
 * `pelabuhan-scenario/1` JSON file beside this one; test/lesson/lessons.test.ts parses every file
 * with the scenario parser and replays each lesson to its goals, so a cast here is checked there.
 */

import type { Scenario } from '../model/lesson/scenario';
import vmsAndContainers from './01-vms-and-containers.json';
import architecture from './02-architecture.json';
import registries from './03-registries.json';
import images from './04-images.json';
import containers from './05-containers.json';
import lifecycle from './06-lifecycle.json';
import volumes from './07-volumes.json';
import networks from './08-networks.json';
import logs from './09-logs.json';
import exec from './10-exec.json';
import portForwarding from './11-port-forwarding.json';
import environmentVariables from './12-environment-variables.json';
import statsAndLimits from './13-stats-and-limits.json';
import bindMounts from './14-bind-mounts.json';
import containerVolumes from './15-container-volumes.json';
import backupRestore from './16-backup-restore.json';
import mongoNetwork from './17-mongo-network.json';
import inspect from './18-inspect.json';
import prune from './19-prune.json';
import buildFirstImage from './20-build-first-image.json';
import layerCache from './21-layer-cache.json';
import pushAndRunElsewhere from './22-push-and-run-elsewhere.json';
import compose from './23-compose.json';
import sandbox from './sandbox.json';

// JSON modules type their strings as `string`, not as the format's literal unions: the parser, not
// the compiler, is what checks them (in the test), so the cast goes through `unknown`.
const asScenario = (json: object): Scenario => json as unknown as Scenario;

/** Every built-in lesson, ordered by `order` (the sandbox last). */
export const LESSONS: readonly Scenario[] = [
  vmsAndContainers,
  architecture,
  registries,
  images,
  containers,
  lifecycle,
  volumes,
  networks,
  logs,
  exec,
  portForwarding,
  environmentVariables,
  statsAndLimits,
  bindMounts,
  containerVolumes,
  backupRestore,
  mongoNetwork,
  inspect,
  prune,
  buildFirstImage,
  layerCache,
  pushAndRunElsewhere,
  compose,
  sandbox,
].map(asScenario);

/** The built-in lesson with this id (the URL's `?lesson=`), if there is one. */
export function lessonById(id: string): Scenario | undefined {
  return LESSONS.find((lesson) => lesson.id === id);
}
