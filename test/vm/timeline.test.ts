import { describe, expect, it } from 'vitest';
import { levelSeries } from '../../src/model/vm/timeline';
import { planComparison } from '../../src/model/vm/comparison';

describe('resource levels over time', () => {
  it('sum changes onto a base as a step function, merging changes at the same time', () => {
    const series = levelSeries(
      'ram',
      'bytes',
      100,
      10,
      [
        { atMs: 5, delta: 20 },
        { atMs: 0, delta: 5 },
        { atMs: 5, delta: 1 },
        { atMs: 9, delta: 0 },
      ],
      false,
    );
    expect(series.points).toEqual([
      { atMs: 0, value: 15 },
      { atMs: 5, value: 36 },
    ]);
  });

  it("never show a rate above the host's capacity", () => {
    const series = levelSeries(
      'cpu',
      'cores',
      8,
      0,
      [
        { atMs: 0, delta: 6 },
        { atMs: 0, delta: 6 },
        { atMs: 10, delta: -6 },
        { atMs: 20, delta: -6 },
      ],
      true,
    );
    expect(series.points).toEqual([
      { atMs: 0, value: 8 },
      { atMs: 10, value: 6 },
      { atMs: 20, value: 0 },
    ]);
  });

  it('one VM holds 4 CPU-seconds over its 17.035 s boot and reserves its RAM at power on', () => {
    const run = planComparison({ containers: 0 });
    const [ram, disk, cpu, read] = run.vm.timeline.resources;
    expect(ram.points).toEqual([{ atMs: 0, value: 2 ** 30 + 2098 * 2 ** 20 }]);
    expect(disk.points).toEqual([
      { atMs: 0, value: 2e9 },
      { atMs: 17_035, value: 2.2e9 },
    ]);
    expect(cpu.points).toEqual([
      { atMs: 0, value: 4000 / 17_035 },
      { atMs: 17_035, value: 0 },
    ]);
    expect(read.points).toEqual([
      { atMs: 0, value: (200e6 / 17_035) * 1000 },
      { atMs: 17_035, value: 0 },
    ]);
  });

  it('a cloud VM takes host RAM and CPU only once it reaches the host, after the API call and scheduling', () => {
    const run = planComparison({ profile: 'cloud-vm', containers: 0 });
    const [ram, , cpu] = run.vm.timeline.resources;
    expect(ram.points).toEqual([
      { atMs: 0, value: 2 ** 30 },
      { atMs: 6500, value: 2 ** 30 + 2098 * 2 ** 20 },
    ]);
    expect(cpu.points[1]).toEqual({ atMs: 6500, value: 4000 / 17_035 });
  });

  it("a container's shim and app take RAM from its namespaces phase; its writable layer lands when it is ready", () => {
    const run = planComparison({ vms: 0 });
    const [ram, disk] = run.container.timeline.resources;
    expect(ram.points).toEqual([
      { atMs: 0, value: 2 ** 30 + 120e6 },
      { atMs: 250, value: 2 ** 30 + 136e6 },
    ]);
    expect(disk.points).toEqual([
      { atMs: 0, value: run.image.sizeBytes },
      { atMs: 873, value: run.image.sizeBytes + 1093 },
    ]);
  });
});
