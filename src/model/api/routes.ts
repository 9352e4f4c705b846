/** The Engine API's route table: method, path pattern (unversioned) and handler. */

import type { RouteEntry } from './answers';
import { SYSTEM_ROUTES } from './handlers/system';
import { IMAGE_ROUTES } from './handlers/images';
import { CONTAINER_ROUTES } from './handlers/containers';
import { CONTAINER_LIFECYCLE_ROUTES } from './handlers/container-lifecycle';
import { VOLUME_ROUTES } from './handlers/volumes';
import { NETWORK_ROUTES } from './handlers/networks';
import { PRUNE_ROUTES } from './handlers/prune';
import { STATS_ROUTES } from './handlers/container-stats';
import { EXEC_ROUTES } from './handlers/exec';
import { BUILD_ROUTES } from './handlers/build';

/** Every route the engine answers, most specific first. */
export const ROUTES: RouteEntry[] = [
  ...SYSTEM_ROUTES,
  ...PRUNE_ROUTES,
  ...BUILD_ROUTES,
  ...IMAGE_ROUTES,
  ...CONTAINER_LIFECYCLE_ROUTES,
  ...CONTAINER_ROUTES,
  ...STATS_ROUTES,
  ...VOLUME_ROUTES,
  ...NETWORK_ROUTES,
  ...EXEC_ROUTES,
];
