import { describe, expect, it } from 'vitest';
import { planComparison } from '../../src/model/vm/comparison';
import {
  advanceClock,
  momentsPassed,
  nextStepMs,
  phaseChanges,
  raceEndMs,
  raceMoments,
} from '../../src/ui/diagrams/compare/compare-playback';

describe('playing a comparison race', () => {
  const run = planComparison({ vms: 3, containers: 3 });
  const end = raceEndMs(run);

  it('ends when the slower side is ready', () => {
    expect(end).toBe(Math.max(run.vm.allReadyMs, run.container.allReadyMs));
  });

  it('steps from phase change to phase change: each step lands where some row enters a phase or is ready', () => {
    const starts = new Set(
      [run.vm, run.container].flatMap((r) =>
        r.timeline.instances.flatMap((i) => [...i.phases.map((p) => p.startMs), i.readyMs ?? -1]),
      ),
    );
    let clock = 0;
    const visited: number[] = [];
    while (clock < end) {
      const next = nextStepMs(run, clock);
      expect(next).toBeGreaterThan(clock);
      expect(starts.has(next)).toBe(true);
      visited.push(next);
      clock = next;
    }
    expect(visited).toEqual(phaseChanges(run).filter((t) => t > 0));
    expect(nextStepMs(run, end)).toBe(end);
    // The first step from 0 goes to the first phase change, e.g. the VMs' firmware or a container's namespaces.
    expect(nextStepMs(run, 0)).toBe(Math.min(...phaseChanges(run).filter((t) => t > 0)));
  });

  it('advances the clock by wall time times speed, never past the end', () => {
    expect(advanceClock(100, 1000, 0.25, end)).toBe(350);
    expect(advanceClock(100, 1000, 2, 1500)).toBe(1500);
    expect(advanceClock(100, -5, 1, end)).toBe(100);
  });

  it('names the moments to say aloud: containers ready before VMs; failures at power-on', () => {
    expect(raceMoments(run).map((m) => [m.kind, m.atMs])).toEqual([
      ['containers-ready', run.container.allReadyMs],
      ['vms-ready', run.vm.allReadyMs],
    ]);
    const big = planComparison({ vms: 50, containers: 50 });
    const moments = raceMoments(big);
    expect(moments[0]).toMatchObject({ kind: 'vms-failed', atMs: 0, first: big.vm.started + 1, count: big.vm.failed });
    expect(momentsPassed(moments, null, 0).map((m) => m.kind)).toEqual(['vms-failed']);
    expect(momentsPassed(moments, 0, big.container.allReadyMs).map((m) => m.kind)).toEqual(['containers-ready']);
    expect(momentsPassed(moments, big.container.allReadyMs, big.container.allReadyMs + 1)).toEqual([]);
  });
});
