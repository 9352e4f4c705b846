/**
 * Playing a race as pure functions of a run and a clock: where it ends, where the next phase
 * change is (for "step one phase"), how far a frame moves the clock, and which moments a screen
 * reader should hear as the clock passes them.
 */

import type { ComparisonRun, RaceResult, CapacityFailure } from '../../../model/comparison';

/** The race's last instant: when the slower side's last started instance is ready. */
export function raceEndMs(run: ComparisonRun): number {
  return Math.max(run.vm.timeline.endMs, run.container.timeline.endMs);
}

/** Every instant at which some row enters a new phase or becomes ready, sorted, without repeats. */
export function phaseChanges(run: ComparisonRun): number[] {
  const times = new Set<number>();
  for (const race of [run.vm, run.container] as RaceResult[]) {
    for (const instance of race.timeline.instances) {
      for (const p of instance.phases) times.add(p.startMs);
      if (instance.readyMs !== null) times.add(instance.readyMs);
    }
  }
  return [...times].sort((a, b) => a - b);
}

/** The next phase change after `clockMs` (the end when none is left). */
export function nextStepMs(run: ComparisonRun, clockMs: number): number {
  const end = raceEndMs(run);
  return Math.min(end, phaseChanges(run).find((t) => t > clockMs) ?? end);
}

/** The clock after `elapsedMs` of wall time at `speed`, never past `endMs`. */
export function advanceClock(clockMs: number, elapsedMs: number, speed: number, endMs: number): number {
  return Math.min(endMs, clockMs + Math.max(0, elapsedMs) * speed);
}

/** A moment worth saying aloud; the view words it. */
export type RaceMoment =
  | { kind: 'containers-ready'; atMs: number; count: number }
  | { kind: 'vms-ready'; atMs: number; count: number }
  | { kind: 'vms-failed'; atMs: number; first: number; count: number; failure: CapacityFailure };

/** The notable moments of a race, in time order: failures at power-on, then each side all ready. */
export function raceMoments(run: ComparisonRun): RaceMoment[] {
  const moments: RaceMoment[] = [];
  const failed = run.vm.timeline.instances.filter((i) => i.failure);
  // A VM that does not fit is refused as it powers on, at the race's start.
  if (failed.length && failed[0].failure)
    moments.push({
      kind: 'vms-failed',
      atMs: 0,
      first: failed[0].index,
      count: failed.length,
      failure: failed[0].failure,
    });
  if (run.container.started > 0)
    moments.push({ kind: 'containers-ready', atMs: run.container.allReadyMs, count: run.container.started });
  if (run.vm.started > 0) moments.push({ kind: 'vms-ready', atMs: run.vm.allReadyMs, count: run.vm.started });
  return moments.sort((a, b) => a.atMs - b.atMs);
}

/**
 * The moments passed when the clock moves from `fromMs` to `toMs`: those in (from, to], and
 * those at 0 when the race starts from 0 (`fromMs` null means "from before the start").
 */
export function momentsPassed(moments: readonly RaceMoment[], fromMs: number | null, toMs: number): RaceMoment[] {
  return moments.filter((m) => (fromMs === null ? m.atMs <= toMs : m.atMs > fromMs && m.atMs <= toMs));
}
