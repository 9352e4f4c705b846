/**
 * One instance's phase intervals in a race. The instance starts at 0 and must be ready at its `t_k`
 * (§3.4 of docs/reference/vm-container-model.md); the time it waits beyond T(1) goes to the phases the
 * binding resource slows: the serial phase for the control plane, the CPU share of each phase for
 * cores, the I/O share for the disk. Boundaries are rounded to whole milliseconds, so the intervals
 * add up exactly, and a phase that rounds to no time at all is left out.
 */

import type { TimedPhase } from './boot-time';
import type { ReadyTime } from './contention';
import type { Phase } from './phases';

/** One phase of one instance on the race's timeline, in ms since the race began. */
export interface PhaseInterval<P extends Phase = Phase> {
  phase: P;
  startMs: number;
  endMs: number;
  /** The parameter the phase's duration comes from (its source). */
  param: string;
  /** The part of the interval spent waiting for a shared resource. */
  waitMs: number;
}

function slackWeights(phases: readonly TimedPhase[], ready: ReadyTime, serialPhase: Phase): number[] {
  const onHost = (p: TimedPhase) => (p.ioShare === null ? 0 : p.durationMs);
  switch (ready.binding) {
    case 'serial':
      return phases.map((p) => (p.phase === serialPhase ? 1 : 0));
    case 'cpu':
      return phases.map((p) => onHost(p) * (1 - (p.ioShare ?? 0)));
    case 'disk':
      return phases.map((p) => onHost(p) * (p.ioShare ?? 0));
    default:
      return phases.map(() => 0);
  }
}

/** Lays out an instance's phases from 0 so that it is ready at `ready.atMs`. */
export function schedulePhases<P extends Phase>(
  phases: readonly TimedPhase<P>[],
  ready: ReadyTime,
  serialPhase: P,
): PhaseInterval<P>[] {
  const single = phases.reduce((sum, p) => sum + p.durationMs, 0);
  const slack = Math.max(0, ready.atMs - single);
  let weights = slackWeights(phases, ready, serialPhase);
  let total = weights.reduce((a, b) => a + b, 0);
  if (slack > 0 && total <= 0) {
    // Nothing matches the binding resource: spread the wait over the phases on the host.
    weights = phases.map((p) => (p.ioShare === null ? 0 : p.durationMs + 1e-9));
    total = weights.reduce((a, b) => a + b, 0);
  }
  const intervals: PhaseInterval<P>[] = [];
  let exact = 0;
  let start = 0;
  phases.forEach((p, i) => {
    const extra = total > 0 ? (slack * weights[i]) / total : 0;
    exact += p.durationMs + extra;
    const end = Math.round(exact);
    // A phase that takes no time (a bootloader set to 0 s) is skipped, as the VM statechart skips it.
    if (end > start)
      intervals.push({
        phase: p.phase,
        startMs: start,
        endMs: end,
        param: p.param,
        waitMs: Math.min(end - start, Math.max(0, Math.round(extra))),
      });
    start = end;
  });
  return intervals;
}
