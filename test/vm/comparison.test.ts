import { describe, expect, it } from 'vitest';
import { planComparison } from '../../src/model/vm/comparison';
import { createWorld, defaultHost } from '../../src/model/world/world';
import { route } from '../../src/model/api/route';
import { statusOf } from '../../src/model/engine/container-state';
import type { RaceResult } from '../../src/model/vm/race-result';

const lastLevel = (race: RaceResult, resource: string) =>
  race.timeline.resources.find((r) => r.resource === resource)!.points.at(-1)!.value;

describe('planComparison', () => {
  it('by default compares one Ubuntu Server VM (about 17 s) with one nginx container (under a second)', () => {
    const run = planComparison();
    expect(run.vm.allReadyMs).toBe(17_035);
    expect(run.container.allReadyMs).toBe(873);
    expect(run.vm.timeline.instances[0].phases.map((p) => p.phase)).toEqual([
      'vmm',
      'firmware',
      'bootloader',
      'kernel',
      'initramfs',
      'userspace',
      'app',
    ]);
    expect(run.container.timeline.instances[0].phases.map((p) => p.phase)).toEqual([
      'create',
      'namespaces',
      'rootfs',
      'network',
      'exec',
      'app',
    ]);
  });

  it("starts the containers in the world's daemon as race-1 … race-N, each running", () => {
    const world = createWorld({ seed: 'race' });
    planComparison({ vms: 0, containers: 3 }, { world });
    const containers = Object.values(defaultHost(world).containers);
    expect(containers.map((c) => ({ name: c.name, state: statusOf(c.state.lifecycle) }))).toEqual([
      { name: '/race-1', state: 'running' },
      { name: '/race-2', state: 'running' },
      { name: '/race-3', state: 'running' },
    ]);
  });

  it('pulls a missing image first and reports the pull apart from the start time', () => {
    const world = createWorld({ seed: 'pull' });
    const run = planComparison({ vms: 0, containers: 1, image: 'alpine' }, { world });
    expect(run.image).toMatchObject({ reference: 'alpine', pulled: true, sizeBytes: 8_309_000 });
    expect(run.image.pullMs).toBeGreaterThan(0);
    expect(run.startedAtMs).toBe(createWorld().state.clock.nowMs + run.image.pullMs);
    expect(run.container.allReadyMs).toBe(374);
    const again = planComparison({ vms: 0, containers: 0, image: 'alpine' }, { world });
    expect(again.image.pulled).toBe(false);
  });

  it('creates and starts each container at the virtual time its phases say', () => {
    const world = createWorld({ seed: 'times' });
    const run = planComparison({ vms: 0, containers: 40 }, { world });
    for (const instance of run.container.timeline.instances) {
      const record = defaultHost(world).containers[instance.containerId!];
      const create = instance.phases[0];
      const app = instance.phases.find((p) => p.phase === 'app')!;
      expect(record.created - run.startedAtMs).toBe(create.startMs + create.waitMs);
      expect(record.state.startedAt - run.startedAtMs).toBe(app.startMs);
    }
    expect(world.state.clock.nowMs - run.startedAtMs).toBe(run.container.allReadyMs);
    expect(run.container.allReadyMs).toBe(1200);
  });

  it("counts the image's layers once and a writable layer per container, from the layer store", () => {
    const world = createWorld({ seed: 'disk' });
    const run = planComparison({ vms: 0, containers: 10 }, { world });
    const host = defaultHost(world);
    const image = host.images[run.image.id];
    const layers = image.layers.reduce((sum, id) => sum + host.layers[id].size, 0);
    const writable = Object.values(host.containers).reduce((sum, c) => sum + c.rwSize, 0);
    expect(run.container.disk.sharedBytes).toBe(layers);
    expect(run.container.disk.usedBytes).toBe(layers + writable);
    expect(writable).toBe(10 * 1093);
    const df = route(world, { method: 'GET', path: '/system/df' }).json as { LayersSize: number };
    expect(df.LayersSize).toBe(layers);
  });

  it('a 16 GiB host fits 7 default VMs; the 8th fails to start with a clear reason', () => {
    const run = planComparison({ vms: 8, containers: 0 });
    expect(run.vm.fit).toEqual({ byRam: 7, byDisk: 227, total: 7, limitedBy: 'ram' });
    expect(run.vm.started).toBe(7);
    const eighth = run.vm.timeline.instances[7];
    expect(eighth.readyMs).toBeNull();
    expect(eighth.phases).toEqual([]);
    expect(eighth.failure?.message).toBe(
      "not enough memory: the VM needs 2.049GiB but only 674MiB of the host's 16GiB RAM is free (a VM reserves " +
        'all of its guest RAM when it powers on)',
    );
  });

  it('containers keep fitting much longer: hundreds on the same host', () => {
    const run = planComparison({ vms: 0, containers: 0 });
    expect(run.container.fit.total).toBeGreaterThan(100 * run.vm.fit.total);
    expect(run.container.limitFailure.message).toMatch(/^not enough memory: the container needs 15.26MiB/);
  });

  it('containers past the memory limit are not started and say why', () => {
    const run = planComparison({ vms: 0, containers: 12, overrides: { host_ram: 2, app_rss: 100 } });
    const fit = run.container.fit.total;
    expect(fit).toBe(Math.floor((2 * 2 ** 30 - 2 ** 30 - 120e6) / 108e6));
    expect(run.container.started).toBe(fit);
    expect(run.container.timeline.instances[fit].failure?.resource).toBe('ram');
  });

  it('linked clones share one base image and use far less disk than full copies', () => {
    const full = planComparison({ vms: 5, containers: 0, disks: 'full' });
    const linked = planComparison({ vms: 5, containers: 0, disks: 'linked' });
    expect(full.vm.disk.usedBytes).toBe(11e9);
    expect(linked.vm.disk.usedBytes).toBe(0.6e9 + 5 * 0.2e9);
  });

  it('a small disk stops full-copy VMs before the RAM does', () => {
    const run = planComparison({ vms: 6, containers: 0, overrides: { host_disk: 10 } });
    expect(run.vm.fit).toMatchObject({ total: 4, limitedBy: 'disk' });
    expect(run.vm.timeline.instances[4].failure?.message).toMatch(
      /^not enough disk: the VM needs 2.2GB but only 1.2GB/,
    );
  });

  it('every profile boots: a cloud VM takes about 23.5 s, a microVM well under a second', () => {
    expect(planComparison({ profile: 'cloud-vm', containers: 0 }).vm.allReadyMs).toBe(23_535);
    expect(planComparison({ profile: 'firecracker', containers: 0 }).vm.allReadyMs).toBe(837);
    expect(planComparison({ profile: 'windows-server', containers: 0 }).vm.allReadyMs).toBe(38_535);
    expect(planComparison({ profile: 'desktop-vm', containers: 0 }).vm.allReadyMs).toBe(25_035);
  });

  it("the timeline shows each instance's phases back to back and each resource ending at its total", () => {
    const run = planComparison({ vms: 5, containers: 50 });
    for (const race of [run.vm, run.container] as RaceResult[]) {
      for (const instance of race.timeline.instances.filter((i) => i.readyMs !== null)) {
        expect(instance.phases[0].startMs).toBe(0);
        instance.phases.slice(1).forEach((p, i) => expect(p.startMs).toBe(instance.phases[i].endMs));
        expect(instance.phases.at(-1)!.endMs).toBe(instance.readyMs);
      }
      expect(lastLevel(race, 'ram')).toBe(race.ram.usedBytes);
      expect(lastLevel(race, 'disk')).toBe(race.disk.usedBytes);
      expect(lastLevel(race, 'cpu')).toBe(0);
    }
  });

  it('cites every parameter its numbers come from, with flags and sources', () => {
    const run = planComparison({ overrides: { userspace: 20 } });
    expect(run.vm.sources.time).toContain('userspace');
    expect(run.citations.userspace).toMatchObject({ value: '20 s', flags: ['I'], overridden: true });
    expect(run.citations.cli_daemon.source).toMatch(/moby\/moby#21737/);
    expect(run.citations['engine:system-df'].flags).toEqual(['D', 'E']);
    expect(run.vm.allReadyMs).toBe(25_035);
  });

  it('the same settings give the same run', () => {
    expect(JSON.stringify(planComparison({ vms: 3, containers: 3, seed: 'x' }))).toBe(
      JSON.stringify(planComparison({ vms: 3, containers: 3, seed: 'x' })),
    );
  });
});
