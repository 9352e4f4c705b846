/**
 * The resource meters as pure data: how much RAM and disk each side holds at an instant of the race,
 * split into the part paid once and one segment per instance, against the host's capacity; and
 * when a side's capacity failure is on screen.
 */

import type { RaceResult, ResourceSeries, CapacityFailure } from '../../../model/comparison';

/** The two resources a meter shows. */
export type MeterResource = 'ram' | 'disk';

/** One piece of a meter: the shared part, or one instance's share. */
export interface MeterSegment {
  key: string;
  kind: 'shared' | 'instance';
  /** Where it starts and ends, as fractions of the meter's scale (0..1). */
  from: number;
  to: number;
}

/** One meter at an instant: what is used of what the host has. */
export interface MeterState {
  side: 'vm' | 'container';
  resource: MeterResource;
  usedBytes: number;
  capacityBytes: number;
  /** The instances the level holds at this instant. */
  instances: number;
  segments: MeterSegment[];
  /** The capacity line, as a fraction of the scale (1 unless the level went past it). */
  capacityAt: number;
}

/** A side's failure as the page shows it once the clock has reached it. */
export interface FailureNotice {
  side: 'vm' | 'container';
  failure: CapacityFailure;
  started: number;
  requested: number;
}

/** The level of a step series at `ms`: the last point at or before it (0 before the first). */
export function levelAt(series: ResourceSeries, ms: number): number {
  let value = 0;
  for (const p of series.points) {
    if (p.atMs > ms) break;
    value = p.value;
  }
  return value;
}

/** The series of one resource of a race. */
export function seriesOf(race: RaceResult, resource: MeterResource): ResourceSeries {
  const found = race.timeline.resources.find((s) => s.resource === resource);
  if (!found) throw new Error(`the race has no ${resource} series`);
  return found;
}

/** How many instances had begun by `ms` (and ever started). */
function begunBy(race: RaceResult, ms: number): number {
  return race.timeline.instances.filter((i) => i.readyMs !== null && (i.phases[0]?.startMs ?? 0) <= ms).length;
}

/**
 * One meter at `clockMs`. The series is a sum, so the instances it holds are counted from the
 * footprint: the level above the shared part, in whole instances (rounded up: a VM's disk arrives
 * in two steps, most of it at power on), never more than have begun; each gets an equal share.
 */
export function meterAt(race: RaceResult, resource: MeterResource, clockMs: number): MeterState {
  const series = seriesOf(race, resource);
  const use = race[resource];
  const used = levelAt(series, clockMs);
  const capacity = series.capacity;
  const scale = Math.max(capacity, used, 1);
  const shared = Math.min(use.sharedBytes, used);
  const above = Math.max(0, used - shared);
  const instances =
    above > 0 && use.perInstanceBytes > 0
      ? Math.min(begunBy(race, clockMs), Math.ceil(above / use.perInstanceBytes - 1e-9))
      : 0;
  const segments: MeterSegment[] = [];
  if (shared > 0) segments.push({ key: 'shared', kind: 'shared', from: 0, to: shared / scale });
  const each = instances > 0 ? above / instances : 0;
  for (let k = 0; k < instances; k++) {
    segments.push({
      key: `i${k + 1}`,
      kind: 'instance',
      from: (shared + k * each) / scale,
      to: (shared + (k + 1) * each) / scale,
    });
  }
  return {
    side: race.kind,
    resource,
    usedBytes: used,
    capacityBytes: capacity,
    instances,
    segments,
    capacityAt: capacity / scale,
  };
}

/**
 * From when a side's failure is shown: once its meter shows what the failure says was left, that is
 * the first instant the failing resource's level reached `capacity − free`. A VM past the fit fails
 * when its turn to reserve comes, right after the last VM that fitted took its RAM: at 0 ms for a
 * local hypervisor, after the API and scheduling for a cloud launch. Showing it earlier would
 * contradict the meter beside it. Null when the side had no failure.
 */
export function failureFromMs(race: RaceResult): number | null {
  const failure = race.firstFailure;
  if (!failure || race.failed === 0) return null;
  const series = seriesOf(race, failure.resource);
  const level = failure.capacityBytes - failure.freeBytes;
  const reached = series.points.find((p) => p.value >= level - 1);
  return reached ? reached.atMs : (series.points[series.points.length - 1]?.atMs ?? 0);
}

/** The failure notice of a side at `clockMs`, or null when it has none or the clock has not reached it. */
export function failureAt(race: RaceResult, clockMs: number): FailureNotice | null {
  const from = failureFromMs(race);
  if (from === null || clockMs < from || !race.firstFailure) return null;
  return { side: race.kind, failure: race.firstFailure, started: race.started, requested: race.requested };
}

/** A rectangle of a meter bar in pixels. */
export interface MeterRect {
  key: string;
  kind: 'shared' | 'instance';
  x: number;
  w: number;
}

/**
 * The meter's rectangles in a bar `width` pixels wide: one per instance while each is at least
 * `minPx` wide, else the instances as one block (fifty 16 MB containers on a 16 GiB host would be
 * hairlines). Anything held is at least 1 px, so a small level is never invisible.
 */
export function meterRects(state: MeterState, width: number, minPx = 3): MeterRect[] {
  const px = (f: number) => f * width;
  const rects: MeterRect[] = [];
  const shared = state.segments.find((s) => s.kind === 'shared');
  if (shared) rects.push({ key: 'shared', kind: 'shared', x: 0, w: Math.max(1, px(shared.to - shared.from)) });
  const instances = state.segments.filter((s) => s.kind === 'instance');
  if (!instances.length) return rects;
  const each = px(instances[0].to - instances[0].from);
  if (each >= minPx) {
    for (const s of instances) rects.push({ key: s.key, kind: 'instance', x: px(s.from), w: px(s.to - s.from) });
  } else {
    const from = px(instances[0].from);
    rects.push({
      key: 'instances',
      kind: 'instance',
      x: from,
      w: Math.max(1, px(instances[instances.length - 1].to) - from),
    });
  }
  return rects;
}
