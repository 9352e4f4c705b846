import { describe, expect, it } from 'vitest';
import { planComparison } from '../../src/model/vm/comparison';
import { containerStateAt, layoutGantt, phaseAt } from '../../src/ui/diagrams/compare/compare-layout';
import { readCompareParams } from '../../src/ui/diagrams/compare/compare-params';

describe('the comparison Gantt layout', () => {
  const run = planComparison({ vms: 3, containers: 3 });
  const layout = layoutGantt(run, 800);

  it('has one row per VM then one per container, each phase a bar inside the axis', () => {
    expect(layout.rows.map((r) => r.name)).toEqual(['vm-1', 'vm-2', 'vm-3', 'race-1', 'race-2', 'race-3']);
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

  it('reads n, profile and image from the URL, clamping n to 1-50', () => {
    expect(readCompareParams('?view=compare&n=5&profile=ubuntu-server&image=nginx')).toEqual({ n: 5, profile: 'ubuntu-server', image: 'nginx' });
    expect(readCompareParams('?n=500').n).toBe(50);
    expect(readCompareParams('?n=0').n).toBe(1);
    expect(readCompareParams('').n).toBe(1);
  });
});
