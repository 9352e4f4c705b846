/**
 * The world: one or more Docker hosts and the registries they pull from, on one virtual clock and
 * one seeded random source. Its state is plain data: it serializes to JSON and back to an equal world.
 *
 * This module does not load the registry catalog (a large data set): `createWorldWith` takes the
 * registries, or a function that builds them. `world.ts` adds `createWorld`, which builds them from
 * the catalog; the page loads the catalog lazily and uses this module.
 */

import { createClock, DEFAULT_EPOCH_MS } from '../kernel/clock';
import { seedRandom } from '../kernel/random';
import type { DomainEvent, EventListener } from '../kernel/events';
import { emit as emitTo, subscribe as subscribeTo } from '../kernel/events';
import type { World, WorldSettings, WorldState } from '../engine/world-state';
import { createHost, DEFAULT_HOST_PROFILES, fillFileTables, type HostProfile } from '../engine/host';
import type { RegistryState } from '../registry/registry-state';
import type { HostState } from '../engine/state';

export type { World, WorldSettings, WorldState } from '../engine/world-state';

/** The version of the saved-world format; a saved world of another version is refused. */
export const WORLD_FORMAT_VERSION = 1;

/** Options for a new world. */
export interface WorldOptions {
  seed?: number | string;
  startMs?: number;
  /**
   * The world's hosts, the first being the one the terminal runs on; by default `docker-host` and
   * `server-2` (DEFAULT_HOST_PROFILES). `[DEFAULT_HOST_PROFILE]` makes a one-host world.
   */
  hosts?: readonly HostProfile[];
  settings?: Partial<WorldSettings>;
  /** The world's registries, already built, or a function that builds them from the world's start time. */
  registries?: Record<string, RegistryState> | ((nowMs: number) => Record<string, RegistryState>);
}

/** The default timing: a 100 Mbit/s line, SSD-speed unpacking, 3 parallel downloads. */
export const DEFAULT_SETTINGS: WorldSettings = {
  bandwidthBytesPerSec: 12_500_000,
  extractBytesPerSec: 150_000_000,
  maxConcurrentDownloads: 3,
};

/** Creates a world from a seed with the registries given (built by the caller from the catalog). */
export function createWorldWith(options: WorldOptions & Required<Pick<WorldOptions, 'registries'>>): World {
  const seed = String(options.seed ?? 1);
  const random = seedRandom(seed);
  const clock = createClock(options.startMs ?? DEFAULT_EPOCH_MS);
  const hosts: Record<string, HostState> = {};
  // The first host draws from the world's stream (the golden transcripts' IDs depend on it); every
  // other host from a stream of its own, so adding or removing one changes no other host's IDs.
  (options.hosts ?? DEFAULT_HOST_PROFILES).forEach((profile, i) => {
    hosts[profile.name] = createHost(profile, i === 0 ? random : seedRandom(`${seed}/${profile.name}`), clock.nowMs);
  });
  const state: WorldState = {
    version: WORLD_FORMAT_VERSION,
    seed,
    clock,
    random,
    settings: { ...DEFAULT_SETTINGS, ...options.settings },
    hosts,
    registries: typeof options.registries === 'function' ? options.registries(clock.nowMs) : options.registries,
    timers: [],
    timerSeq: 0,
  };
  return { state, listeners: new Set() };
}

/** The first host of the world, which the page and the Engine API server use by default. */
export function defaultHost(world: World): HostState {
  const first = Object.values(world.state.hosts)[0];
  if (!first) throw new Error('the world has no host');
  return first;
}

/** Announces a domain event to every listener. */
export function emit(world: World, event: DomainEvent): void {
  emitTo(world, event);
}

/** Subscribes to domain events; returns the function that unsubscribes. */
export function subscribe(world: World, listener: EventListener): () => void {
  return subscribeTo(world, listener);
}

/** Serializes the world's state to JSON. */
export function serializeWorld(world: World): string {
  return JSON.stringify(world.state);
}

/** Restores a world from JSON, or throws a plain-words error if it is not a saved world of this version. */
export function deserializeWorld(json: string): World {
  let state: WorldState;
  try {
    state = JSON.parse(json) as WorldState;
  } catch {
    throw new Error('The saved world is not valid JSON.');
  }
  if (!state || typeof state !== 'object' || !state.hosts || !state.clock || !state.random) {
    throw new Error('The saved world is incomplete.');
  }
  if (state.version !== WORLD_FORMAT_VERSION) {
    throw new Error(
      `The saved world has format version ${String(state.version)}; this simulator reads version ` +
        `${WORLD_FORMAT_VERSION}.`,
    );
  }
  // Worlds saved before files were modelled lack the file tables; they read as empty.
  for (const name in state.hosts) fillFileTables(state.hosts[name]);
  return { state, listeners: new Set() };
}
