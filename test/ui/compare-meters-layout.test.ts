import { describe, expect, it } from 'vitest';
import { planComparison } from '../../src/model/vm/comparison';
import {
  failureAt,
  failureFromMs,
  levelAt,
  meterAt,
  meterRects,
  seriesOf,
} from '../../src/ui/diagrams/compare/compare-meters-layout';

describe('the comparison resource meters', () => {
  const run = planComparison({ vms: 5, containers: 5, profile: 'ubuntu-server', image: 'nginx' });

  it('reads a step series as the last level at or before the clock', () => {
    const series = {
      resource: 'ram' as const,
      unit: 'bytes' as const,
      capacity: 100,
      points: [
        { atMs: 0, value: 10 },
        { atMs: 50, value: 30 },
        { atMs: 80, value: 40 },
      ],
    };
    expect([
      levelAt(series, 0),
      levelAt(series, 49.9),
      levelAt(series, 50),
      levelAt(series, 79),
      levelAt(series, 1e6),
    ]).toEqual([10, 10, 30, 30, 40]);
  });

  it('fills the container RAM meter per container as each takes its share, against the host RAM', () => {
    const points = seriesOf(run.container, 'ram').points;
    const before = meterAt(run.container, 'ram', 0);
    expect(before.usedBytes).toBe(run.container.ram.sharedBytes);
    expect(before.instances).toBe(0);
    const end = meterAt(run.container, 'ram', run.container.allReadyMs);
    expect(end.usedBytes).toBe(run.container.ram.usedBytes);
    expect(end.usedBytes).toBe(points[points.length - 1].value);
    expect(end.instances).toBe(5);
    expect(end.capacityBytes).toBe(run.host.ramBytes);
  });

  it('splits a meter into the shared part then one contiguous segment per instance, ending at the level', () => {
    const state = meterAt(run.vm, 'ram', run.vm.allReadyMs);
    expect(state.instances).toBe(5);
    expect(state.segments.map((s) => s.kind)).toEqual([
      'shared',
      'instance',
      'instance',
      'instance',
      'instance',
      'instance',
    ]);
    for (let i = 1; i < state.segments.length; i++)
      expect(state.segments[i].from).toBeCloseTo(state.segments[i - 1].to, 12);
    expect(state.segments[state.segments.length - 1].to * state.capacityBytes).toBeCloseTo(state.usedBytes, 0);
    expect(state.capacityAt).toBe(1);
  });

  it('counts a VM on disk from power on, when most of its disk is taken', () => {
    const start = meterAt(run.vm, 'disk', 0);
    expect(start.instances).toBe(5);
    expect(start.usedBytes).toBe(levelAt(seriesOf(run.vm, 'disk'), 0));
    expect(meterAt(run.vm, 'disk', run.vm.allReadyMs).usedBytes).toBe(run.vm.disk.usedBytes);
  });

  it('draws fifty thin instances as one block, a few wide ones each on their own', () => {
    const many = planComparison({ vms: 1, containers: 50, image: 'nginx' });
    const state = meterAt(many.container, 'ram', many.container.allReadyMs);
    expect(state.instances).toBe(50);
    expect(meterRects(state, 300).map((r) => r.key)).toEqual(['shared', 'instances']);
    expect(meterRects(meterAt(run.vm, 'ram', 0), 300).map((r) => r.key)).toEqual([
      'shared',
      'i1',
      'i2',
      'i3',
      'i4',
      'i5',
    ]);
  });

  it('has no failure when everything fits', () => {
    expect(failureFromMs(run.vm)).toBeNull();
    expect(failureAt(run.vm, run.vm.allReadyMs)).toBeNull();
  });

  it('shows the VM failure once the meter holds what the failure says was left, with k of N started', () => {
    const full = planComparison({ vms: 20, containers: 20, profile: 'ubuntu-server', image: 'nginx' });
    expect(full.vm.failed).toBeGreaterThan(0);
    // A local hypervisor reserves every admitted VM's RAM at power on, so the failure is there from 0 ms.
    expect(failureFromMs(full.vm)).toBe(0);
    const notice = failureAt(full.vm, 0)!;
    expect(notice).toMatchObject({ side: 'vm', started: full.vm.fit.total, requested: 20 });
    expect(notice.failure.resource).toBe('ram');
    expect(levelAt(seriesOf(full.vm, 'ram'), 0)).toBe(notice.failure.capacityBytes - notice.failure.freeBytes);
    expect(failureAt(full.container, full.container.allReadyMs)).toBeNull();
  });

  it('waits for a cloud launch to reach its VMs’ power on before saying the next one did not fit', () => {
    const cloud = planComparison({ vms: 20, containers: 20, profile: 'cloud-vm', image: 'nginx' });
    const from = failureFromMs(cloud.vm)!;
    expect(from).toBeGreaterThan(0);
    expect(from).toBe(cloud.vm.timeline.instances[0].phases.find((p) => p.phase === 'vmm')!.startMs);
    expect(failureAt(cloud.vm, from - 1)).toBeNull();
    expect(failureAt(cloud.vm, from)).not.toBeNull();
  });
});
