/**
 * A new world for the page (seed 1). Its registries come from the catalog, which the page loads
 * just after it is ready: until then the world has none, and they are built (for the world's start
 * time) as soon as the catalog is here, before any command runs and before the session is saved.
 */

import { createWorldWith, type World } from '../../model';
import { loadedCatalog, whenDeferredLoaded } from './deferred';

/** Fresh worlds still waiting for their registries, with their start times. */
const unbuilt = new WeakMap<World, number>();

/** A fresh world; `onRegistries` runs once its registries arrive (not at all if they are already in). */
export function createPageWorld(onRegistries: (world: World) => void): World {
  const catalog = loadedCatalog();
  if (catalog) return createWorldWith({ seed: 1, registries: catalog });
  const world = createWorldWith({ seed: 1, registries: {} });
  unbuilt.set(world, world.state.clock.nowMs);
  void whenDeferredLoaded().then(() => {
    if (buildRegistries(world)) onRegistries(world);
  });
  return world;
}

/** Builds the registries of a fresh world once the catalog is here; true if it did just now. */
export function buildRegistries(world: World): boolean {
  const startMs = unbuilt.get(world);
  const catalog = loadedCatalog();
  if (startMs === undefined || !catalog) return false;
  unbuilt.delete(world);
  world.state.registries = catalog(startMs);
  return true;
}

/** Whether `world` is a fresh world still without its registries (nothing can have run in it). */
export function awaitsRegistries(world: World): boolean {
  return unbuilt.has(world);
}
