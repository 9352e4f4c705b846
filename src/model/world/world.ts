/**
 * The world (see `world-base.ts`), and `createWorld`, which builds its registries from the catalog
 * unless they are given.
 */

import { createRegistries } from '../registry/registries';
import { createWorldWith, type World, type WorldOptions } from './world-base';

export * from './world-base';

/** Creates a world from a seed: the same seed gives the same IDs and names. */
export function createWorld(options: WorldOptions = {}): World {
  return createWorldWith({ ...options, registries: options.registries ?? createRegistries });
}
