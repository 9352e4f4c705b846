import { describe, expect, it } from 'vitest';
import { planComparison } from '../../src/model/vm/comparison';
import {
  axisFraction,
  COMPACT_ROW_HEIGHT,
  containerStateAt,
  layoutGantt,
  phaseAt,
  ROW_HEIGHT,
} from '../../src/ui/diagrams/compare/compare-layout';
import { readCompareParams } from '../../src/ui/diagrams/compare/compare-params';

describe('the comparison Gantt layout', () => {
  const run = planComparison({ vms: 3, containers: 3 });
  const layout = layoutGantt(run, 800);

  it('has one row per VM then one per container, each phase a bar inside the axis', () => {
    expect(layout.rows.map((r) => r.name)).toEqual(['vm-1', 'vm-2', 'vm-3', 'race-1', 'race-2', 'race-3']);
    expect(layout.rowHeight).toBe(ROW_HEIGHT);
    for (const bar of layout.rows.flatMap((r) => r.bars)) {
      expect(bar.x0).toBeGreaterThanOrEqual(layout.left);
      expect(bar.x1).toBeLessThanOrEqual(layout.right);
      expect(bar.x1).toBeGreaterThanOrEqual(bar.x0);
    }
  });

  it('shows a VM in its first phase at 0 ms, ready at its ready time; a container created, then running', () => {
    const vm = layout.rows[0];
    const ct = layout.rows[3];
    expect(phaseAt(vm, 0)).toBe(vm.bars[0].phase);
    expect(phaseAt(vm, vm.readyMs!)).toBe('ready');
    expect(containerStateAt(ct, 0)).toBe('created');
    expect(containerStateAt(ct, layout.endMs)).toBe('running');
  });

  it('puts the axis ticks in order from 0 to the end of the race, under the rows', () => {
    for (const axis of ['linear', 'log'] as const) {
      const l = layoutGantt(run, 800, { axis });
      expect(l.ticks[0]).toEqual({ ms: 0, x: l.left });
      for (let i = 1; i < l.ticks.length; i++) {
        expect(l.ticks[i].ms).toBeGreaterThan(l.ticks[i - 1].ms);
        expect(l.ticks[i].x).toBeGreaterThan(l.ticks[i - 1].x);
      }
      expect(l.ticks[l.ticks.length - 1].ms).toBeLessThanOrEqual(l.endMs);
      expect(l.axisY).toBeGreaterThan(Math.max(...l.rows.map((r) => r.y + l.rowHeight)) - 1);
    }
    // Powers of ten on the log axis: 0, 10 ms, 100 ms, 1 s, 10 s for a 17 s race.
    expect(layoutGantt(run, 800, { axis: 'log' }).ticks.map((t) => t.ms)).toEqual([0, 10, 100, 1000, 10000]);
  });

  it('maps time to the log axis monotonically, from 0 at the start to 1 at the end', () => {
    const end = layout.endMs;
    expect(axisFraction('log', 0, end)).toBe(0);
    expect(axisFraction('log', end, end)).toBeCloseTo(1, 12);
    let last = -1;
    for (let ms = 0; ms <= end; ms += 7) {
      const f = axisFraction('log', ms, end);
      expect(f).toBeGreaterThan(last);
      last = f;
    }
    // Out-of-range times are held at the ends.
    expect(axisFraction('log', -5, end)).toBe(0);
    expect(axisFraction('log', end * 2, end)).toBe(1);
  });

  it('gives every container phase visible width on the log axis, where the linear axis leaves a sliver', () => {
    const widths = (axis: 'linear' | 'log') =>
      layoutGantt(run, 800, { axis })
        .rows.filter((r) => r.kind === 'container')
        .flatMap((r) => r.bars.map((b) => b.x1 - b.x0));
    expect(Math.min(...widths('linear'))).toBeLessThan(1);
    expect(Math.min(...widths('log'))).toBeGreaterThan(3);
    // The whole container race takes a fifth of the log axis or more, against a twentieth of the linear one.
    const end = (axis: 'linear' | 'log') => {
      const l = layoutGantt(run, 800, { axis });
      return (l.x(run.container.allReadyMs) - l.left) / (l.right - l.left);
    };
    expect(end('linear')).toBeLessThan(0.06);
    expect(end('log')).toBeGreaterThan(0.5);
  });

  it('lays out 50 + 50 rows compactly, with the VMs that did not fit as failed rows that say why', () => {
    const big = planComparison({ vms: 50, containers: 50 });
    const l = layoutGantt(big, 800);
    expect(l.rows).toHaveLength(100);
    expect(l.rowHeight).toBe(COMPACT_ROW_HEIGHT);
    expect(l.height).toBeLessThan(1300);
    const vms = l.rows.filter((r) => r.kind === 'vm');
    const failed = vms.filter((r) => r.readyMs === null);
    expect(failed).toHaveLength(big.vm.failed);
    expect(failed.length).toBeGreaterThan(0);
    for (const row of failed) {
      expect(row.bars).toEqual([]);
      expect(row.failure?.resource).toBe('ram');
      expect(phaseAt(row, l.endMs)).toBe('failed');
    }
    expect(l.rows.filter((r) => r.kind === 'container').every((r) => containerStateAt(r, l.endMs) === 'running')).toBe(
      true,
    );
    // Only some names are drawn in compact rows: the first, every fifth and the last.
    expect(vms.filter((r) => r.labelled).map((r) => r.index)).toEqual([1, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50]);
  });

  it('reads n from the URL, clamping it to 1-50', () => {
    expect(readCompareParams('?view=compare&n=5&profile=ubuntu-server&image=nginx').params).toMatchObject({
      n: 5,
      profile: 'ubuntu-server',
      image: 'nginx',
    });
    expect(readCompareParams('?n=500').params.n).toBe(50);
    expect(readCompareParams('?n=0').params.n).toBe(1);
  });
});
