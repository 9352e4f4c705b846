/**
 * Ctrl+C during a pull, as the shell delivers it: a virtual time at which the pull in flight is
 * cancelled. It is not world state (nothing of it is saved): it lives beside a world only while
 * the shell replays a line up to the moment the user interrupted it.
 */

import type { World } from '../world-state';

interface Interruption {
  atMs: number;
  /** A pull was actually cut short at `atMs`. */
  hit: boolean;
}

const interruptions = new WeakMap<World, Interruption>();
const windows = new WeakMap<World, Array<{ startMs: number; endMs: number }>>();

/** Arms an interruption at `atMs` for the pulls that follow; returns whether one was cut, and disarms. */
export function withPullInterruption<T>(world: World, atMs: number, run: () => T): { result: T; interrupted: boolean } {
  const interruption: Interruption = { atMs, hit: false };
  interruptions.set(world, interruption);
  try {
    return { result: run(), interrupted: interruption.hit };
  } finally {
    interruptions.delete(world);
  }
}

/** The time at which a pull starting now must stop, if the shell armed one. */
export function pullDeadline(world: World): number | undefined {
  return interruptions.get(world)?.atMs;
}

/** The pull in flight was cut short: moby cancelled its download and extraction. */
export function markPullInterrupted(world: World): void {
  const interruption = interruptions.get(world);
  if (interruption) interruption.hit = true;
}

/** Whether the armed interruption has cut a pull (the client then dies of SIGINT, exit 130). */
export function isPullInterrupted(world: World): boolean {
  return interruptions.get(world)?.hit === true;
}

/** Notes the span of virtual time a pull's stream took (only while the shell watches, see below). */
export function notePullWindow(world: World, startMs: number, endMs: number): void {
  windows.get(world)?.push({ startMs, endMs });
}

/** Runs `run` and returns, with its result, the spans of the pulls it made. */
export function watchPulls<T>(
  world: World,
  run: () => T,
): { result: T; pulls: Array<{ startMs: number; endMs: number }> } {
  const pulls: Array<{ startMs: number; endMs: number }> = [];
  const previous = windows.get(world);
  windows.set(world, pulls);
  try {
    return { result: run(), pulls };
  } finally {
    if (previous) windows.set(world, previous);
    else windows.delete(world);
  }
}
