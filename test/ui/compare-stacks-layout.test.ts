import { describe, expect, it } from 'vitest';
import { planComparison } from '../../src/model/vm/comparison';
import {
  guestHeight,
  instanceStateAt,
  layoutStacks,
  type StacksLayout,
} from '../../src/ui/diagrams/compare/compare-stacks-layout';

const roles = (l: StacksLayout, side: 'vm' | 'container') =>
  l.base
    .filter((b) => b.key.startsWith(`${side}:`))
    .sort((a, b) => b.y - a.y)
    .map((b) => b.role);

describe('the comparison stacks layout', () => {
  const run = planComparison({ vms: 3, containers: 3 });
  const vmReady = run.vm.timeline.instances[0].readyMs!;
  const ctReady = run.container.timeline.instances[0].readyMs!;

  it('stacks a type 2 hypervisor on a host OS, and a type 1 hypervisor right on the hardware', () => {
    expect(roles(layoutStacks(run, 0, 800, 2), 'vm')).toEqual(['hardware', 'host-os', 'hypervisor']);
    expect(roles(layoutStacks(run, 0, 800, 1), 'vm')).toEqual(['hardware', 'hypervisor']);
    expect(roles(layoutStacks(run, 0, 800, 1), 'container')).toEqual(['hardware', 'host-os', 'engine', 'image']);
  });

  it('draws the image layers once, with the image size citing the daemon', () => {
    const l = layoutStacks(run, vmReady, 800, 2);
    expect(l.base.filter((b) => b.role === 'image')).toHaveLength(1);
    const size = l.texts.find((t) => t.spec.kind === 'disk' && t.spec.bytes === run.image.sizeBytes);
    expect(size?.cite).toEqual(run.container.sources.disk);
  });

  it('shows each instance from the instant its first phase starts', () => {
    const l = layoutStacks(run, 0, 800, 2);
    expect(l.columns.filter((c) => c.side === 'vm').map((c) => c.index)).toEqual([1, 2, 3]);
    expect(l.columns.filter((c) => c.side === 'container').map((c) => c.name)).toEqual(['race-1', 'race-2', 'race-3']);
    // A VM that powers on later (as a cloud VM queued behind others would) appears only then.
    const late = structuredClone(run);
    late.vm.timeline.instances[1].phases = late.vm.timeline.instances[1].phases.map((p) => ({
      ...p,
      startMs: p.startMs + 400,
      endMs: p.endMs + 400,
    }));
    const vmsAt = (ms: number) =>
      layoutStacks(late, ms, 800, 2)
        .columns.filter((c) => c.side === 'vm')
        .map((c) => c.index);
    expect(vmsAt(399)).toEqual([1, 3]);
    expect(vmsAt(400)).toEqual([1, 2, 3]);
    expect(layoutStacks(late, 400, 800, 2).columns.find((c) => c.side === 'vm' && c.index === 2)!.phase).toBe(
      late.vm.timeline.instances[1].phases[0].phase,
    );
  });

  it('labels a booting VM by its phase and marks it ready at its ready time', () => {
    const vm = run.vm.timeline.instances[0];
    const kernel = vm.phases.find((p) => p.phase === 'kernel')!;
    const booting = layoutStacks(run, kernel.startMs + 1, 800, 2).columns.find(
      (c) => c.side === 'vm' && c.index === 1,
    )!;
    expect(booting.state).toBe('starting');
    expect(booting.phase).toBe('kernel');
    expect(booting.texts.some((t) => t.spec.kind === 'phase' && t.spec.phase === 'kernel')).toBe(true);
    const guest = booting.rects.find((r) => r.role === 'guest-os')!;
    expect(guest.progress).toBeGreaterThan(0);
    expect(guest.progress).toBeLessThan(1);
    const ready = layoutStacks(run, vmReady, 800, 2).columns.find((c) => c.side === 'vm' && c.index === 1)!;
    expect(ready.phase).toBe('ready');
    expect(ready.rects.find((r) => r.role === 'guest-os')!.progress).toBeUndefined();
  });

  it('has containers running while every VM still boots', () => {
    const l = layoutStacks(run, ctReady, 800, 2);
    expect(l.columns.filter((c) => c.side === 'container').every((c) => c.engineState === 'running')).toBe(true);
    expect(l.columns.filter((c) => c.side === 'vm').every((c) => c.state === 'starting')).toBe(true);
    expect(layoutStacks(run, 0, 800, 2).columns.find((c) => c.side === 'container')!.engineState).toBe('created');
  });

  it('gives a VM a heavy guest OS and a container only a thin writable layer, each citing its RAM sources', () => {
    const l = layoutStacks(run, vmReady, 800, 2);
    const vm = l.columns.find((c) => c.side === 'vm')!;
    const ct = l.columns.find((c) => c.side === 'container')!;
    const guest = vm.rects.find((r) => r.role === 'guest-os')!;
    const writable = ct.rects.find((r) => r.role === 'writable')!;
    expect(guest.h).toBeGreaterThanOrEqual(5 * writable.h);
    const ram = vm.texts.find((t) => t.spec.kind === 'ram')!;
    expect(ram.spec).toEqual({ kind: 'ram', bytes: run.vm.ram.perInstanceBytes });
    expect(ram.cite).toEqual(run.vm.sources.ram);
    expect(ct.texts.find((t) => t.spec.kind === 'ram')!.cite).toEqual(run.container.sources.ram);
    expect(ct.texts.find((t) => t.spec.kind === 'disk')!.cite).toEqual(run.container.sources.disk);
  });

  it('grows the guest OS block with the guest RAM', () => {
    expect(guestHeight(8 * 1024 ** 3)).toBeGreaterThan(guestHeight(2 * 1024 ** 3));
    expect(guestHeight(2 * 1024 ** 3)).toBeGreaterThan(guestHeight(128 * 1024 ** 2));
  });

  it('cites the host parameters on the hardware numbers', () => {
    const l = layoutStacks(run, 0, 800, 2);
    const cited = l.texts.filter((t) => t.key.startsWith('vm:hardware') && t.cite).map((t) => t.cite);
    expect(cited).toEqual([['host_cores'], ['host_ram']]);
  });

  describe('with 50 of each on a host that fits fewer VMs', () => {
    const big = planComparison({ vms: 50, containers: 50 });
    const end = Math.max(big.vm.timeline.endMs, big.container.timeline.endMs);

    it.each([720, 560, 420, 320])('fits every block inside %i px, as compact tiles with a ×N summary', (width) => {
      const l = layoutStacks(big, end, width, 2);
      expect(l.compact).toEqual({ vm: true, container: true });
      expect(l.columns).toHaveLength(100);
      for (const c of l.columns) {
        expect(c.x).toBeGreaterThanOrEqual(0);
        expect(c.x + c.w).toBeLessThanOrEqual(width + 0.001);
        expect(c.y).toBeGreaterThanOrEqual(0);
        expect(c.y + c.h).toBeLessThanOrEqual(l.height);
      }
      // A block's stroke (up to 2 px, centred on its edge) stays inside the picture too.
      for (const b of [...l.base, ...l.columns]) {
        expect(b.x).toBeGreaterThanOrEqual(1);
        expect(b.x + b.w).toBeLessThanOrEqual(width - 1);
      }
      for (const t of l.texts) {
        const right = t.anchor === 'end' ? t.x : t.anchor === 'middle' ? t.x + t.maxPx / 2 : t.x + t.maxPx;
        expect(right).toBeLessThanOrEqual(width + 0.001);
      }
      const counts = l.texts.filter((t) => t.spec.kind === 'counts').map((t) => t.spec);
      expect(counts).toContainEqual({
        kind: 'counts',
        side: 'vm',
        ready: big.vm.started,
        starting: 0,
        failed: big.vm.failed,
      });
    });

    it('draws the VMs that never started as failed, and no two tiles overlap', () => {
      const l = layoutStacks(big, end, 720, 2);
      const vms = l.columns.filter((c) => c.side === 'vm');
      expect(vms.filter((c) => c.phase === 'failed')).toHaveLength(big.vm.failed);
      expect(big.vm.failed).toBeGreaterThan(0);
      const boxes = l.columns.map((c) => `${c.side}:${Math.round(c.x)}:${Math.round(c.y)}`);
      expect(new Set(boxes).size).toBe(boxes.length);
    });

    it('keeps full columns, wrapped, for a few instances', () => {
      const l = layoutStacks(planComparison({ vms: 8, containers: 8 }), 1, 720, 2);
      expect(l.compact).toEqual({ vm: false, container: false });
      const rows = new Set(l.columns.filter((c) => c.side === 'vm').map((c) => c.y));
      expect(rows.size).toBe(2);
    });
  });

  it('says where an instance is at an instant', () => {
    const vm = run.vm.timeline.instances[0];
    expect(instanceStateAt(vm, 0)).toEqual({ state: 'starting', phase: vm.phases[0].phase });
    expect(instanceStateAt(vm, vm.readyMs! - 1).state).toBe('starting');
    expect(instanceStateAt(vm, vm.readyMs!)).toEqual({ state: 'ready', phase: 'ready' });
    expect(instanceStateAt({ ...vm, phases: [], readyMs: null, failure: null }, 0)).toEqual({
      state: 'failed',
      phase: 'failed',
    });
  });
});
