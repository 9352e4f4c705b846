import { describe, expect, it } from 'vitest';
import { advance, create, createContainer, inspectState, newDaemon, nowMs, outcome, pull, run } from './engine-harness';
import { oomKillAfterMs, resourceUse } from '../../src/model/engine/resources/resource-use';
import type { DomainEvent } from '../../src/model/kernel/events';
import { subscribe } from '../../src/model/kernel/events';

const MiB = 1024 * 1024;

function daemonWith(...refs: string[]) {
  const d = newDaemon();
  for (const ref of refs) pull(d, ref);
  return d;
}

describe('resource limits on create', () => {
  it('refuses what moby refuses, with its texts, and leaves no container', () => {
    const d = daemonWith('nginx');
    const refusal = (hostConfig: Record<string, unknown>) =>
      outcome(createContainer(d, { Image: 'nginx', HostConfig: hostConfig }));
    expect(refusal({ Memory: 1 * MiB })).toEqual({ status: 400, message: 'Minimum memory limit allowed is 6MB' });
    expect(refusal({ Memory: 100 * MiB, MemorySwap: 50 * MiB }).message).toBe(
      'Minimum memoryswap limit should be larger than memory limit, see usage',
    );
    expect(refusal({ MemorySwap: 50 * MiB }).message).toBe(
      'You should always set the Memory limit when using Memoryswap limit, see usage',
    );
    expect(refusal({ Memory: 10 * MiB, MemoryReservation: 20 * MiB }).message).toBe(
      'Minimum memory limit can not be less than memory reservation limit, see usage',
    );
    expect(refusal({ NanoCpus: 9e9 }).message).toBe(
      'range of CPUs is from 0.01 to 8.00, as there are only 8 CPUs available',
    );
    expect(refusal({ NanoCpus: 1e9, CpuPeriod: 100000 }).message).toBe(
      'Conflicting options: Nano CPUs and CPU Period cannot both be set',
    );
    expect(refusal({ NanoCpus: 1e9, CpuQuota: 50000 }).message).toBe(
      'Conflicting options: Nano CPUs and CPU Quota cannot both be set',
    );
    expect(refusal({ CpusetCpus: '0-9' }).message).toBe(
      'Requested CPUs are not available - requested 0-9, available: 0-7',
    );
    expect(refusal({ CpusetCpus: 'a' }).message).toBe('Invalid value a for cpuset cpus: invalid format: a');
    expect(Object.keys(d.host.containers)).toEqual([]);
  });

  it('checks the limits before the image: a refused limit with a missing image is still the limit', () => {
    const d = newDaemon();
    expect(outcome(createContainer(d, { Image: 'nosuch', HostConfig: { Memory: 1024 } })).message).toBe(
      'Minimum memory limit allowed is 6MB',
    );
  });

  it('keeps the limits, with MemorySwap twice Memory by default, and warns that OomKillDisable is discarded', () => {
    const d = daemonWith('nginx');
    const r = createContainer(d, {
      Image: 'nginx',
      HostConfig: { Memory: 100 * MiB, NanoCpus: 5e8, OomKillDisable: true },
    });
    expect(r.json).toMatchObject({
      Warnings: ['Your kernel does not support OomKillDisable. OomKillDisable discarded.'],
    });
    const id = (r.json as { Id: string }).Id;
    const hostConfig = (d.call('GET', `/containers/${id}/json`).json as { HostConfig: Record<string, unknown> })
      .HostConfig;
    expect(hostConfig).toMatchObject({
      Memory: 104857600,
      NanoCpus: 500000000,
      MemorySwap: 209715200,
      OomKillDisable: false,
      PidsLimit: null,
    });
  });
});

describe('the resource model', () => {
  it('is a function of the virtual clock: the same time gives the same use, and reading it changes nothing', () => {
    const d = daemonWith('redis');
    const { id } = run(d, { Image: 'redis' }, 'cache');
    advance(d, 30_000);
    const before = JSON.stringify(d.world.state);
    const a = resourceUse(d.host, d.host.containers[id], nowMs(d));
    const b = resourceUse(d.host, d.host.containers[id], nowMs(d));
    expect(a).toEqual(b);
    expect(JSON.stringify(d.world.state)).toBe(before);
  });

  it('ramps up at the start, then idles near the profile, and uses more CPU time as time passes', () => {
    const d = daemonWith('mongo');
    const { id } = run(d, { Image: 'mongo' }, 'db');
    const c = () => d.host.containers[id];
    const start = resourceUse(d.host, c(), nowMs(d) + 500);
    advance(d, 60_000);
    const idle = resourceUse(d.host, c(), nowMs(d));
    expect(start.usageBytes).toBeLessThan(idle.usageBytes);
    expect(idle.usageBytes).toBeGreaterThan(80 * MiB);
    expect(idle.usageBytes).toBeLessThan(180 * MiB);
    expect(resourceUse(d.host, c(), nowMs(d) + 1000).cpuNanos).toBeGreaterThan(idle.cpuNanos);
  });

  it('starts more slowly under --cpus: the ramp stretches to the CPU it is given', () => {
    const d = daemonWith('mysql');
    const env = ['MYSQL_ROOT_PASSWORD=secret'];
    const free = run(d, { Image: 'mysql', Env: env }, 'free');
    const slow = run(d, { Image: 'mysql', Env: env, HostConfig: { NanoCpus: 2.5e8 } }, 'slow');
    const at = nowMs(d) + 4000;
    const freeUse = resourceUse(d.host, d.host.containers[free.id], at);
    const slowUse = resourceUse(d.host, d.host.containers[slow.id], at);
    expect(slowUse.usageBytes).toBeLessThan(freeUse.usageBytes);
    expect(slowUse.throttledPeriods).toBeGreaterThan(0);
  });
});

describe('the OOM killer', () => {
  it('kills a container at the virtual time its memory reaches --memory: exit 137, OOMKilled, oom then die', () => {
    const d = daemonWith('mongo');
    const id = create(d, { Image: 'mongo', HostConfig: { Memory: 20 * MiB } }, 'small');
    const events: DomainEvent[] = [];
    subscribe(d.world, (e) => events.push(e));
    d.call('POST', `/containers/${id}/start`);
    const killAt = nowMs(d) + oomKillAfterMs(d.host, d.host.containers[id])!;
    advance(d, killAt - nowMs(d) - 1);
    expect(inspectState(d, 'small')).toMatchObject({ Status: 'running', OOMKilled: false });
    advance(d, 1);
    expect(inspectState(d, 'small')).toMatchObject({ Status: 'exited', OOMKilled: true, ExitCode: 137 });
    const kinds = events
      .filter((e) => e.type === 'container.oom' || e.type === 'container.state.changed')
      .map((e) => e.type);
    expect(kinds).toEqual(['container.state.changed', 'container.oom', 'container.state.changed']);
  });

  it('spares a container whose limit holds its program, and a restart clears OOMKilled', () => {
    const d = daemonWith('nginx', 'mongo');
    run(d, { Image: 'nginx', HostConfig: { Memory: 100 * MiB } }, 'web');
    run(d, { Image: 'mongo', HostConfig: { Memory: 20 * MiB } }, 'small');
    advance(d, 60_000);
    expect(inspectState(d, 'web')).toMatchObject({ Status: 'running', OOMKilled: false });
    expect(inspectState(d, 'small')).toMatchObject({ OOMKilled: true });
    d.call('POST', '/containers/small/start');
    expect(inspectState(d, 'small')).toMatchObject({ Status: 'running', OOMKilled: false });
  });

  it('holds the kill while paused and kills after unpause, when the rest of the ramp is done', () => {
    const d = daemonWith('mongo');
    run(d, { Image: 'mongo', HostConfig: { Memory: 20 * MiB } }, 'small');
    d.call('POST', '/containers/small/pause');
    advance(d, 60_000);
    expect(inspectState(d, 'small')).toMatchObject({ Status: 'paused' });
    d.call('POST', '/containers/small/unpause');
    advance(d, 60_000);
    expect(inspectState(d, 'small')).toMatchObject({ Status: 'exited', OOMKilled: true, ExitCode: 137 });
  });
});
