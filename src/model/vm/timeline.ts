/**
 * The timeline of a race, which the page animates: per instance its phase intervals (or why it
 * never started), per resource its level over time as a step function. Times are ms since the
 * race began.
 */

import type { Phase } from './phases';
import type { PhaseInterval } from './schedule';
import type { CapacityFailure } from './failure';

/** One VM or container in a race. */
export interface InstanceTimeline<P extends Phase = Phase> {
  /** `vm-3` or `race-3`: the page's `data-vm` hook, and the container's name in the daemon. */
  name: string;
  /** 1-based position in the start order. */
  index: number;
  phases: PhaseInterval<P>[];
  /** When it was ready (its last phase ended); null when it never started. */
  readyMs: number | null;
  failure: CapacityFailure | null;
  /** For containers: the daemon's container ID and its state after the race (`running`, `exited`). */
  containerId?: string;
  engineState?: string;
}

/** The resources a race uses. */
export type ResourceKind = 'ram' | 'disk' | 'cpu' | 'disk-read';

/** A level that holds from `atMs` until the next point. */
export interface LevelPoint {
  atMs: number;
  value: number;
}

/** One resource's level over the race, with the host's capacity of it. */
export interface ResourceSeries {
  resource: ResourceKind;
  unit: 'bytes' | 'cores' | 'bytes/s';
  capacity: number;
  points: LevelPoint[];
}

/** A change of level at a time. */
export interface LevelChange {
  atMs: number;
  delta: number;
}

/** All of one race: instances, resource levels, and when the last instance was ready. */
export interface RaceTimeline<P extends Phase = Phase> {
  instances: InstanceTimeline<P>[];
  resources: ResourceSeries[];
  endMs: number;
}

/** Sums `changes` onto `base` as a step function; rates (`cap`) never show above the capacity. */
export function levelSeries(
  resource: ResourceKind,
  unit: ResourceSeries['unit'],
  capacity: number,
  base: number,
  changes: readonly LevelChange[],
  cap: boolean,
): ResourceSeries {
  const sorted = [...changes].sort((a, b) => a.atMs - b.atMs);
  const points: LevelPoint[] = [];
  let level = base;
  let i = 0;
  const clamp = (v: number) => Math.max(0, cap ? Math.min(capacity, v) : v);
  const push = (atMs: number) => {
    const value = clamp(Math.abs(level) < 1e-9 ? 0 : level);
    const last = points[points.length - 1];
    if (last && last.atMs === atMs) last.value = value;
    else if (!last || last.value !== value) points.push({ atMs, value });
  };
  push(0);
  while (i < sorted.length) {
    const at = sorted[i].atMs;
    while (i < sorted.length && sorted[i].atMs === at) level += sorted[i++].delta;
    push(at);
  }
  return { resource, unit, capacity, points };
}
