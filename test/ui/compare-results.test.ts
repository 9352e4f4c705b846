// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { planComparison } from '../../src/model/vm/comparison';
import '../../src/ui/diagrams/compare/compare-results';
import type { SimCompareResults } from '../../src/ui/diagrams/compare/compare-results';

async function mount(run: ReturnType<typeof planComparison>): Promise<ShadowRoot> {
  const el = document.createElement('sim-compare-results') as SimCompareResults;
  el.run = run;
  document.body.append(el);
  await el.updateComplete;
  return el.shadowRoot!;
}

const cellText = (root: ShadowRoot, key: string, side: 'vm' | 'container') =>
  root.querySelector(`tr[data-result="${key}"] td[data-side="${side}"]`)?.textContent?.trim();
const cites = (root: ShadowRoot, key: string, side: 'vm' | 'container') =>
  (root.querySelector(`tr[data-result="${key}"] td[data-side="${side}"]`)?.getAttribute('data-cite') ?? '').split(' ');

describe('<sim-compare-results>', () => {
  it("is a real table with the run's numbers, formatted as the compare report formats them", async () => {
    const run = planComparison({ vms: 5, containers: 5, profile: 'ubuntu-server', image: 'nginx' });
    const root = await mount(run);
    expect(root.querySelector('table caption')?.textContent).toBe('Results for 5 VMs and 5 containers');
    expect(cellText(root, 'started', 'vm')).toBe('5 of 5');
    // Worked out from the reference's defaults (vm-container-model.md), not with the model's formatters:
    // one VM boots in 35 ms + 1 + 1 + 1.5 + 1 + 12 + 0.5 s (§1A), and five on 8 cores take no longer (§3.4);
    // a container starts in 250 + 10 + 33 + 60 + 20 + 500 ms (§1D); 1 GiB + 5 × (2048 + 50) MiB of RAM for
    // the VMs and 8 + 8 MB per container (§1H, §3.6); nginx's 191.8 MB of layers plus five tiny writable ones.
    expect(cellText(root, 'ready', 'vm')).toBe('17.04 s');
    expect(cellText(root, 'ready', 'container')).toBe('873 ms');
    expect(cellText(root, 'single', 'vm')).toBe('17.04 s');
    expect(cellText(root, 'first', 'container')).toBe('873 ms');
    expect(cellText(root, 'ram', 'vm')).toBe('11.24GiB');
    expect(cellText(root, 'ram-each', 'container')).toBe('15.26MiB');
    expect(cellText(root, 'disk', 'container')).toBe('191.8MB');
    expect(cellText(root, 'fit', 'vm')).toBe(`${run.vm.fit.total} (RAM runs out)`);
    expect(root.querySelectorAll('tbody th[scope="row"]')).toHaveLength(9);
  });

  it('lets every number be focused and cites the parameters it depends on', async () => {
    const run = planComparison({ vms: 5, containers: 5, profile: 'ubuntu-server', image: 'nginx' });
    const root = await mount(run);
    const cells = [...root.querySelectorAll('td[data-side]')];
    expect(cells).toHaveLength(18);
    for (const td of cells) {
      expect(td.getAttribute('tabindex')).toBe('0');
      const ids = (td.getAttribute('data-cite') ?? '').split(' ').filter(Boolean);
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) expect(run.citations[id], id).toBeDefined();
    }
    expect(cites(root, 'ready', 'vm')).toEqual([...run.vm.sources.time]);
    expect(cites(root, 'ram', 'container')).toEqual([...run.container.sources.ram]);
    expect(cites(root, 'disk', 'vm')).toEqual([...run.vm.sources.disk]);
    const fit = cites(root, 'fit', 'vm');
    for (const id of [...run.vm.sources.ram, ...run.vm.sources.disk, ...run.hostSources]) expect(fit).toContain(id);
  });

  it('shows the source tip when a number gets keyboard focus', async () => {
    const run = planComparison({ vms: 2, containers: 2 });
    const root = await mount(run);
    const td = root.querySelector<HTMLElement>('tr[data-result="ram"] td[data-side="vm"]')!;
    td.focus();
    td.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    await (root.host as SimCompareResults).updateComplete;
    const tip = root.querySelector('[role="tooltip"]');
    expect(tip).not.toBeNull();
    expect(td.getAttribute('aria-describedby')).toBe(tip!.id);
    expect(tip!.textContent).toContain(run.citations[run.vm.sources.ram[1]].label);
  });

  it('says which VMs do not fit when N is larger than the host holds', async () => {
    const run = planComparison({ vms: 50, containers: 50 });
    const root = await mount(run);
    expect(cellText(root, 'started', 'vm')).toBe(`${run.vm.started} of 50`);
    expect(cellText(root, 'started', 'container')).toBe('50 of 50');
  });
});
