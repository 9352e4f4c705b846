import { describe, expect, it } from 'vitest';
import { advance, create, newDaemon, pull, run } from './engine-harness';
import { humanSize, humanSizeWithPrecision } from '../../src/model/kernel/go-units';

interface DiskUsage {
  LayersSize: number;
  Images: Array<{ RepoTags: string[]; Id: string; Size: number; SharedSize: number; Containers: number }>;
  Containers: Array<{ Names: string[]; State: string; SizeRw: number }>;
  Volumes: Array<{ Name: string; UsageData: { Size: number; RefCount: number } }>;
  BuildCache: unknown[];
}

/** The G46 setup: five images, a running nginx with a port, a created alpine, one volume; 600 s later. */
function g46(): DiskUsage {
  const d = newDaemon();
  for (const ref of ['alpine', 'nginx', 'nginx:alpine', 'redis', 'ubuntu']) pull(d, ref);
  run(d, { Image: 'nginx', HostConfig: { PortBindings: { '80/tcp': [{ HostIp: '', HostPort: '8080' }] } } }, 'web');
  create(d, { Image: 'alpine' }, 'c1');
  d.call('POST', '/volumes/create', { Name: 'myvol' });
  advance(d, 600_000);
  const r = d.call('GET', '/system/df');
  expect(r.status).toBe(200);
  return r.json as DiskUsage;
}

describe('system df (G46)', () => {
  it('the summary: images 5 / 2 active / 374.5MB / 257.5MB (68%) reclaimable', () => {
    const df = g46();
    const active = df.Images.filter((i) => i.Containers > 0);
    const reclaimable = df.LayersSize - active.reduce((sum, i) => sum + (i.Size - i.SharedSize), 0);
    expect({
      total: df.Images.length,
      active: active.length,
      size: humanSize(df.LayersSize),
      reclaimable: `${humanSize(reclaimable)} (${Math.trunc((reclaimable * 100) / df.LayersSize)}%)`,
    }).toEqual({ total: 5, active: 2, size: '374.5MB', reclaimable: '257.5MB (68%)' });
  });

  it('the summary: containers 2 / 1 running / 1.093kB; volumes 1 / 0 / 0B; no build cache', () => {
    const df = g46();
    expect({
      containers: df.Containers.length,
      running: df.Containers.filter((c) => c.State === 'running').length,
      size: humanSize(df.Containers.reduce((s, c) => s + c.SizeRw, 0)),
      reclaimable: humanSize(df.Containers.filter((c) => c.State !== 'running').reduce((s, c) => s + c.SizeRw, 0)),
      volumes: df.Volumes.map((v) => ({
        name: v.Name,
        links: v.UsageData.RefCount,
        size: humanSize(v.UsageData.Size),
      })),
      buildCache: df.BuildCache,
    }).toEqual({
      containers: 2,
      running: 1,
      size: '1.093kB',
      reclaimable: '0B',
      volumes: [{ name: 'myvol', links: 0, size: '0B' }],
      buildCache: [],
    });
  });

  it(
    '-v images: size, shared and unique size, containers, newest first (a layer shared by two images counts in ' +
      'both)',
    () => {
      const df = g46();
      const rows = df.Images.map((i) => [
        i.RepoTags[0],
        humanSizeWithPrecision(i.Size, 3),
        humanSize(i.SharedSize),
        humanSize(i.Size - i.SharedSize),
        i.Containers,
      ]);
      expect(rows).toEqual([
        ['nginx:latest', '192MB', '74.8MB', '117MB', 1],
        ['nginx:alpine', '52.1MB', '8.309MB', '43.8MB', 0],
        ['redis:latest', '127MB', '74.8MB', '52.5MB', 0],
        ['alpine:latest', '8.31MB', '8.309MB', '0B', 1],
        ['ubuntu:latest', '78.1MB', '0B', '78.1MB', 0],
      ]);
    },
  );

  it('-v containers: nginx wrote 1.09kB to its writable layer; the created alpine nothing', () => {
    const df = g46();
    expect(df.Containers.map((c) => [c.Names[0], humanSizeWithPrecision(c.SizeRw, 3), c.State])).toEqual([
      ['/web', '1.09kB', 'running'],
      ['/c1', '0B', 'created'],
    ]);
  });

  it('LayersSize counts each distinct layer once', () => {
    const d = newDaemon();
    pull(d, 'alpine');
    pull(d, 'nginx:alpine');
    const df = d.call('GET', '/system/df').json as DiskUsage;
    expect(df.LayersSize).toBe(52_106_020);
    expect(df.Images.reduce((s, i) => s + i.Size, 0)).toBe(52_106_020 + 8_309_000);
  });

  it('type= limits the answer to some sections', () => {
    const d = newDaemon();
    expect(Object.keys(d.call('GET', '/system/df?type=volume').json as object)).toEqual(['Volumes']);
  });
});
