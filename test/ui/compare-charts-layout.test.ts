import { describe, expect, it } from 'vitest';
import { planComparison } from '../../src/model/vm/comparison';
import {
  layoutPhaseBars,
  layoutResourceChart,
  phaseCite,
  stepPoints,
  valueTicks,
} from '../../src/ui/diagrams/compare/compare-charts-layout';

describe('the comparison charts', () => {
  const run = planComparison({ vms: 5, containers: 5, profile: 'ubuntu-server', image: 'nginx' });

  it('stacks each side’s phases end to end, summing to its one-instance time', () => {
    const layout = layoutPhaseBars(run, 800, 'linear');
    for (const row of layout.rows) {
      const race = run[row.side];
      const total = row.segments.reduce((sum, s) => sum + (s.endMs - s.startMs), 0);
      expect(total).toBeCloseTo(race.singleMs, 6);
      expect(row.totalMs).toBe(race.singleMs);
      expect(row.segments[0].startMs).toBe(0);
      for (let i = 1; i < row.segments.length; i++) {
        expect(row.segments[i].startMs).toBe(row.segments[i - 1].endMs);
        expect(row.segments[i].x0).toBeCloseTo(row.segments[i - 1].x1, 9);
      }
    }
  });

  it('draws both bars on one time axis: the VM bar spans it, the container a sliver on a linear axis', () => {
    const layout = layoutPhaseBars(run, 800, 'linear');
    const [vm, container] = layout.rows;
    const span = layout.right - layout.left;
    const widthOf = (row: typeof vm) => row.segments[row.segments.length - 1].x1 - row.segments[0].x0;
    expect(widthOf(vm)).toBeCloseTo(span, 6);
    expect(widthOf(container) / span).toBeLessThan(0.1);
  });

  it('keeps the container’s phases visible on the log axis', () => {
    const layout = layoutPhaseBars(run, 800, 'log');
    const container = layout.rows[1];
    const span = layout.right - layout.left;
    expect((container.segments[container.segments.length - 1].x1 - layout.left) / span).toBeGreaterThan(0.5);
    for (const s of container.segments) expect(s.x1 - s.x0).toBeGreaterThan(2);
    expect(layout.ticks[0]).toEqual({ value: 0, at: layout.left });
  });

  it('cites each phase’s own parameter, its I/O share for a VM, and the app’s start for the app', () => {
    const layout = layoutPhaseBars(run, 800, 'linear');
    const vmKernel = layout.rows[0].segments.find((s) => s.phase === 'kernel')!;
    expect(vmKernel.cite).toEqual(['kernel', 'io_kernel']);
    expect(layout.rows[1].segments.find((s) => s.phase === 'namespaces')!.cite).toEqual(['namespaces']);
    expect(layout.rows[1].segments.find((s) => s.phase === 'app')!.cite).toEqual([run.app.startParam, 'io_app']);
    expect(phaseCite(run, 'vm', 'firmware', '')).toEqual(['firmware', 'io_firmware']);
  });

  it('holds each resource series to the end of the race and ends each line at the race’s use', () => {
    const endMs = Math.max(run.vm.timeline.endMs, run.container.timeline.endMs);
    const points = stepPoints(run.vm, 'ram', endMs);
    expect(points[points.length - 1]).toEqual([endMs, run.vm.ram.usedBytes]);
    const chart = layoutResourceChart(run, 900, 'linear');
    const ram = chart.panels.find((p) => p.resource === 'ram')!;
    expect(ram.lines.map((l) => l.endValue)).toEqual([run.vm.ram.usedBytes, run.container.ram.usedBytes]);
    expect(ram.capacity).toBe(run.host.ramBytes);
    expect(ram.capacityY).toBeGreaterThanOrEqual(ram.plot.top);
    expect(ram.lines.every((l) => l.d.startsWith('M'))).toBe(true);
  });

  it('puts the panels side by side when wide and one above the other when narrow', () => {
    const wide = layoutResourceChart(run, 900, 'linear');
    expect(wide.panels.map((p) => [p.x > 0, p.y > 0])).toEqual([
      [false, false],
      [true, false],
    ]);
    const narrow = layoutResourceChart(run, 400, 'linear');
    expect(narrow.panels.map((p) => [p.x > 0, p.y > 0])).toEqual([
      [false, false],
      [false, true],
    ]);
    for (const p of narrow.panels) expect(p.x + p.width).toBeLessThanOrEqual(400);
  });

  it('on a log value axis the container disk line sits well above the bottom, not flat on it', () => {
    const disk = (axis: 'linear' | 'log') =>
      layoutResourceChart(run, 900, axis).panels.find((p) => p.resource === 'disk')!;
    const y = (panel: ReturnType<typeof disk>) => Number(/,([\d.]+)/.exec(panel.lines[1].d)![1]);
    const lin = disk('linear');
    const log = disk('log');
    expect((lin.plot.bottom - y(lin)) / (lin.plot.bottom - lin.plot.top)).toBeLessThan(0.01);
    expect((log.plot.bottom - y(log)) / (log.plot.bottom - log.plot.top)).toBeGreaterThan(0.05);
  });

  it('ticks RAM in GiB or powers of two, disk in decimal steps, at most five', () => {
    const gib = 1024 ** 3;
    expect(valueTicks('ram', 'linear', [0, 16 * gib * 1.08])).toEqual([0, 5, 10, 15].map((g) => g * gib));
    expect(valueTicks('ram', 'log', [gib, 16 * gib * 1.3])).toEqual([1, 2, 4, 8, 16].map((g) => g * gib));
    expect(valueTicks('ram', 'log', [0.5 * gib, 64 * gib])).toHaveLength(4);
    expect(valueTicks('disk', 'log', [1e8, 6.5e11])).toEqual([1e8, 1e9, 1e10, 1e11]);
  });
});
