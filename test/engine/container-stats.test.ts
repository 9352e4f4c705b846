import { describe, expect, it } from 'vitest';
import { route } from '../../src/model/api/route';
import { advance, newDaemon, nowMs, op, outcome, pull, rm, run } from './engine-harness';

function daemonWithNginx() {
  const d = newDaemon();
  pull(d, 'nginx');
  return d;
}

describe('GET /containers/{id}/stats', () => {
  it('stream=0 answers one StatsResponse with its fields in Go order and the sample a second before as precpu', () => {
    const d = daemonWithNginx();
    run(d, { Image: 'nginx', HostConfig: { Memory: 100 * 1024 * 1024 } }, 'web');
    advance(d, 10_000);
    const r = d.call('GET', '/containers/web/stats?stream=0');
    expect(r.status).toBe(200);
    const s = r.json as Record<string, any>;
    expect(Object.keys(s)).toEqual([
      'name',
      'id',
      'read',
      'preread',
      'pids_stats',
      'blkio_stats',
      'num_procs',
      'storage_stats',
      'cpu_stats',
      'precpu_stats',
      'memory_stats',
      'networks',
    ]);
    expect(s.name).toBe('/web');
    expect(s.pids_stats).toEqual({ current: 9 });
    expect(s.memory_stats.limit).toBe(104857600);
    expect(Object.keys(s.memory_stats.stats)).toEqual([...Object.keys(s.memory_stats.stats)].sort());
    expect(s.cpu_stats.system_cpu_usage - s.precpu_stats.system_cpu_usage).toBe(8 * 1e9);
    expect(s.cpu_stats.online_cpus).toBe(8);
    expect(Date.parse(s.read) - Date.parse(s.preread)).toBe(1000);
    expect(Object.keys(s.networks)).toEqual(['eth0']);
  });

  it('a container that is not running gives moby empty stats (name and ID, zeros)', () => {
    const d = daemonWithNginx();
    run(d, { Image: 'nginx' }, 'web');
    op(d, 'stop', 'web');
    const s = d.call('GET', '/containers/web/stats?stream=0').json as Record<string, unknown>;
    expect(s).toMatchObject({
      name: '/web',
      read: '0001-01-01T00:00:00Z',
      preread: '0001-01-01T00:00:00Z',
      pids_stats: {},
      memory_stats: {},
      cpu_stats: {
        cpu_usage: { total_usage: 0, usage_in_kernelmode: 0, usage_in_usermode: 0 },
        throttling_data: { periods: 0, throttled_periods: 0, throttled_time: 0 },
      },
    });
    expect(s).not.toHaveProperty('networks');
  });

  it('refuses stream with one-shot, and an unknown container with 404', () => {
    const d = daemonWithNginx();
    run(d, { Image: 'nginx' }, 'web');
    expect(outcome(d.call('GET', '/containers/web/stats?stream=1&one-shot=1'))).toEqual({
      status: 400,
      message: 'cannot have stream=true and one-shot=true',
    });
    expect(outcome(d.call('GET', '/containers/nope/stats?stream=0'))).toEqual({
      status: 404,
      message: 'No such container: nope',
    });
    const oneShot = d.call('GET', '/containers/web/stats?stream=0&one-shot=1').json as Record<string, unknown>;
    expect(oneShot.preread).toBe('0001-01-01T00:00:00Z');
  });

  it('streams a frame per virtual second, the previous one as precpu, until the container is removed', () => {
    const d = daemonWithNginx();
    run(d, { Image: 'nginx' }, 'web');
    const body = route(d.world, { method: 'GET', path: '/v1.50/containers/web/stats' }).body!;
    expect(body.format).toBe('json-messages');
    const first = body.read();
    expect(first.frames).toHaveLength(1);
    expect(body.wakeAt()).toBe(nowMs(d) + 1000);
    advance(d, 3000);
    const next = body.read();
    expect(next.frames.map((f) => f.at - first.frames[0].at)).toEqual([1000, 2000, 3000]);
    const docs = next.frames.map((f) => ('json' in f ? (f.json as Record<string, any>) : {}));
    expect(docs[1].precpu_stats).toEqual(docs[0].cpu_stats);
    rm(d, 'web', { force: true });
    advance(d, 1000);
    expect(body.read()).toEqual({ frames: [], done: true });
  });
});
