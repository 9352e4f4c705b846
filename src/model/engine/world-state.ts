/**
 * The world's shape as plain data: the Docker hosts (each a daemon, see `state.ts`) and the
 * registries they pull from, on one virtual clock and one seeded random source. The engine works on
 * it; `world-base.ts` above the engine creates, saves and restores it.
 */

import type { ClockState } from '../kernel/clock';
import type { RandomState } from '../kernel/random';
import type { EventListener } from '../kernel/events';
import type { Timer } from '../kernel/timers';
import type { RegistryState } from '../registry/registry-state';
import type { HostState } from './state';

/** Settings that shape timing: how fast the network and disks are. */
export interface WorldSettings {
  /** Registry download bandwidth, bytes per second. */
  bandwidthBytesPerSec: number;
  /** How fast a layer is unpacked onto disk, bytes per second of uncompressed data. */
  extractBytesPerSec: number;
  /** moby's default `max-concurrent-downloads`. */
  maxConcurrentDownloads: number;
}

/** Everything in the world, as plain data. */
export interface WorldState {
  version: number;
  seed: string;
  clock: ClockState;
  random: RandomState;
  settings: WorldSettings;
  hosts: Record<string, HostState>;
  registries: Record<string, RegistryState>;
  timers: Timer[];
  timerSeq: number;
}

/** A world: its state plus the listeners of its domain events (which are not state). */
export interface World {
  state: WorldState;
  listeners: Set<EventListener>;
}
