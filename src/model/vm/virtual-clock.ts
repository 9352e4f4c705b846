/**
 * A virtual clock for xstate actors: `after` delays are timeouts on virtual time, and they fire only
 * when the clock is advanced, each at its own due time (xstate's SimulatedClock jumps to the target
 * first, so actions would all see the target time). `followWorldClock` keeps it in step with a world.
 */

import type { World } from '../world/world-base';
import { subscribe } from '../world/world-base';

interface Timeout {
  id: number;
  at: number;
  fn: () => void;
}

/** An xstate clock on virtual milliseconds (it satisfies `createActor`'s `clock` option). */
export interface VirtualClock {
  /** Schedules `fn` after `timeout` virtual ms; returns the timeout's id. */
  setTimeout(fn: () => void, timeout: number): number;
  /** Cancels a scheduled timeout. */
  clearTimeout(id: number): void;
  /** The virtual time now. */
  now(): number;
  /** Moves time to `ms` (never backwards), firing due timeouts in order of due time, then of setting. */
  advanceTo(ms: number): void;
  /** How many timeouts are waiting. */
  pending(): number;
}

/** Creates a virtual clock standing at `startMs`. */
export function createVirtualClock(startMs = 0): VirtualClock {
  let nowMs = startMs;
  let seq = 0;
  const queue: Timeout[] = [];
  const insert = (t: Timeout) => {
    let i = queue.length;
    while (i > 0 && (queue[i - 1].at > t.at || (queue[i - 1].at === t.at && queue[i - 1].id > t.id))) i--;
    queue.splice(i, 0, t);
  };
  return {
    now: () => nowMs,
    setTimeout(fn, timeout) {
      const delay = Number.isFinite(timeout) && timeout > 0 ? timeout : 0;
      const t = { id: ++seq, at: nowMs + delay, fn };
      insert(t);
      return t.id;
    },
    clearTimeout(id) {
      const i = queue.findIndex((t) => t.id === id);
      if (i >= 0) queue.splice(i, 1);
    },
    advanceTo(ms) {
      const target = Math.max(nowMs, ms);
      while (queue.length > 0 && queue[0].at <= target) {
        const t = queue.shift()!;
        nowMs = Math.max(nowMs, t.at);
        t.fn();
      }
      nowMs = target;
    },
    pending: () => queue.length,
  };
}

/** Advances `clock` whenever the world's clock advances; returns the function that stops following. */
export function followWorldClock(world: World, clock: VirtualClock): () => void {
  return subscribe(world, (event) => {
    if (event.type === 'clock.advanced') clock.advanceTo(event.toMs);
  });
}
