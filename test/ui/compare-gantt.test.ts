// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { planComparison } from '../../src/model/vm/comparison';
import { VM_PROFILES } from '../../src/model/vm/profiles';
import '../../src/ui/diagrams/compare/compare-gantt';
import type { SimCompareGantt } from '../../src/ui/diagrams/compare/compare-gantt';

async function mount(run: ReturnType<typeof planComparison>, clockMs: number): Promise<SimCompareGantt> {
  const el = document.createElement('sim-compare-gantt') as SimCompareGantt;
  el.run = run;
  el.clockMs = clockMs;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

describe('<sim-compare-gantt>', () => {
  it(
    'keeps the test hooks: data-vm and data-phase on VM rows, data-container-name and data-state on container ' +
      'rows',
    async () => {
      const run = planComparison({ vms: 3, containers: 3 });
      const el = await mount(run, 500);
      const root = el.shadowRoot!;
      expect([...root.querySelectorAll('[data-vm]')].map((r) => r.getAttribute('data-vm'))).toEqual(['1', '2', '3']);
      expect(root.querySelector('[data-vm="1"]')?.getAttribute('data-phase')).toBe('firmware');
      expect(root.querySelector('[data-container-name="race-1"]')?.getAttribute('data-state')).toBe('created');
      el.clockMs = Math.max(run.vm.allReadyMs, run.container.allReadyMs);
      await el.updateComplete;
      expect(root.querySelectorAll('[data-vm][data-phase="ready"]')).toHaveLength(3);
      expect(root.querySelector('[data-container-name="race-3"]')?.getAttribute('data-state')).toBe('running');
    },
  );

  it('is one tab stop; each phase cites its parameter, and the arrow keys move between phases and rows', async () => {
    const run = planComparison({ vms: 2, containers: 2, profile: 'ubuntu-server', image: 'nginx' });
    const el = await mount(run, 0);
    const root = el.shadowRoot!;
    const cells = [...root.querySelectorAll('.cell')];
    expect(cells.filter((c) => c.getAttribute('tabindex') === '0')).toHaveLength(1);
    const vmCites = [...root.querySelectorAll('[data-vm="1"] .cell')].map((c) => c.getAttribute('data-cite'));
    expect(vmCites).toEqual([...VM_PROFILES['ubuntu-server'].phases.map((p) => p.param), run.app.startParam]);
    const ctCites = [...root.querySelectorAll('[data-container-name="race-1"] .cell')].map((c) =>
      c.getAttribute('data-cite'),
    );
    expect(ctCites).toEqual([
      'cli_daemon',
      'namespaces',
      'rootfs_mount',
      'network_setup',
      'oci_runtime_exec',
      run.app.startParam,
    ]);
    expect(cells[0].getAttribute('aria-label')).toMatch(/^vm-1, power on \(hypervisor\): from 0 ms to /);
    const first = cells[0] as SVGElement;
    first.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
    expect(first.getAttribute('tabindex')).toBe('-1');
    expect(root.querySelector('[data-vm="1"] .cell:nth-child(2)')?.getAttribute('tabindex')).toBe('0');
    root
      .querySelector('[data-vm="1"] .cell:nth-child(2)')!
      .dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
    expect(root.querySelector('[data-vm="2"] .cell:nth-child(2)')?.getAttribute('tabindex')).toBe('0');
  });

  it('writes why a VM failed in its row, with the full sentence and the RAM sources on its cell', async () => {
    const run = planComparison({ vms: 12, containers: 12 });
    expect(run.vm.failed).toBeGreaterThan(0);
    const el = await mount(run, Math.max(run.vm.allReadyMs, run.container.allReadyMs));
    const root = el.shadowRoot!;
    const failed = [...root.querySelectorAll('[data-phase="failed"]')];
    expect(failed).toHaveLength(run.vm.failed);
    const cell = failed[0].querySelector('text.failed')!;
    expect(cell.textContent).toBe('failed: not enough memory');
    expect(cell.getAttribute('data-cite')).toBe(run.vm.sources.ram.join(' '));
    expect(cell.getAttribute('data-cite-title')).toMatch(/^Not enough memory: the VM needs /);
  });

  it('switches to a log axis with a pressed toggle button', async () => {
    const run = planComparison({ vms: 2, containers: 2 });
    const el = await mount(run, 0);
    const root = el.shadowRoot!;
    const button = root.querySelector<HTMLButtonElement>('button.axis-toggle')!;
    expect(button.getAttribute('aria-pressed')).toBe('false');
    const ticks = () => [...root.querySelectorAll('text.tick')].map((t) => t.textContent);
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-pressed')).toBe('true');
    expect(ticks()).toEqual(['0 ms', '10 ms', '100 ms', '1.00 s', '10.00 s']);
  });
});
