/**
 * The architecture view with two hosts: the other host stands right of the registries (so the
 * registries are between the two daemons), and a push flies only the layers the registry lacked,
 * from the daemon that pushed; a pull on the other host flies into that host's box.
 */

import { describe, expect, it } from 'vitest';
import type { CommandRecord } from '../../src/model/cli/shell/command-record';
import type { DomainEvent } from '../../src/model/kernel/events';
import { layoutArchitecture, type ArchBox } from '../../src/ui/diagrams/architecture/architecture-layout';
import { planFlights } from '../../src/ui/diagrams/architecture/architecture-flights';
import { pushedLayers, pushedRegistry } from '../../src/ui/diagrams/architecture/architecture-push';
import { projectOtherHost } from '../../src/ui/diagrams/architecture/architecture-model';
import { worldWithAlpineAndNginx } from './world-fixture';

const REGISTRIES = ['docker.io', 'ghcr.io', 'gcr.io'];
const right = (b: ArchBox) => b.x + b.w;
const bottom = (b: ArchBox) => b.y + b.h;
const overlaps = (a: ArchBox, b: ArchBox) => a.x < right(b) && b.x < right(a) && a.y < bottom(b) && b.y < bottom(a);

function pushRecord(host: string | undefined, statuses: Array<[string, string, number]>): CommandRecord {
  const events: DomainEvent[] = statuses.map(([layerId, status, at]) => ({
    type: 'image.layer.pushed',
    host: host ?? 'docker-host',
    registry: 'docker.io',
    repository: 'student/app',
    layerId,
    status,
    at,
  }));
  events.push({
    type: 'image.pushed',
    host: host ?? 'docker-host',
    registry: 'docker.io',
    reference: 'docker.io/student/app:1.0',
    digest: 'sha256:00',
  });
  return {
    id: 1,
    line: 'docker push student/app:1.0',
    at: 0,
    cols: 80,
    tty: true,
    chunks: [],
    exitCode: 0,
    exchanges: [{ id: 2, method: 'POST', path: '/images/student/app/push', query: 'tag=1.0', status: 200, at: 0 }],
    events,
    daemonRunning: true,
    ...(host ? { host } : {}),
  } as CommandRecord;
}

describe('the architecture diagram of two hosts', () => {
  it.each([
    [680, 300],
    [1024, 600],
    [1920, 1080],
  ])('at %i × %i the other host is right of the registries, inside the picture, overlapping nothing', (w, h) => {
    const l = layoutArchitecture(w, h, REGISTRIES, ['server-2']);
    expect(l.others).toHaveLength(1);
    const other = l.others[0];
    expect(right(other)).toBeLessThanOrEqual(l.width);
    expect(bottom(other)).toBeLessThanOrEqual(l.height);
    for (const r of l.registries) expect(other.x, r.id).toBeGreaterThan(right(r));
    for (const b of [l.client, l.api, l.daemon, ...l.registries]) expect(overlaps(b, other), b.id).toBe(false);
  });

  it('one host: no other box, and the layout is as before', () => {
    expect(layoutArchitecture(1024, 600, REGISTRIES).others).toEqual([]);
    expect(layoutArchitecture(1024, 600, REGISTRIES, [])).toEqual(layoutArchitecture(1024, 600, REGISTRIES));
  });

  it('a push flies only the layers the registry lacked, from daemon to registry; the others stay marked', () => {
    const { host } = worldWithAlpineAndNginx();
    const l = layoutArchitecture(1024, 600, REGISTRIES, ['server-2']);
    const record = pushRecord(undefined, [
      ['aaaaaaaaaaaa', 'Preparing', 0],
      ['bbbbbbbbbbbb', 'Preparing', 0],
      ['cccccccccccc', 'Preparing', 0],
      ['aaaaaaaaaaaa', 'Layer already exists', 100],
      ['bbbbbbbbbbbb', 'Pushed', 900],
      ['cccccccccccc', 'Mounted from library/alpine', 200],
    ]);
    expect(pushedRegistry(record)).toBe('docker.io');
    expect(pushedLayers(record).map((p) => [p.layerId, p.fate])).toEqual([
      ['aaaaaaaaaaaa', 'exists'],
      ['bbbbbbbbbbbb', 'sent'],
      ['cccccccccccc', 'mounted'],
    ]);
    const flights = planFlights(record, l, host, { hop: 100, pull: 2000 }, { exists: 'Already exists', refused: '' });
    const travelling = flights.filter((f) => f.kind === 'layer');
    expect(travelling.map((f) => f.label)).toEqual(['bbbbbbbbbbbb']);
    const reg = l.registries.find((r) => r.id === 'docker.io')!;
    // From the daemon (left of the registries) rightwards into the registry.
    expect(travelling[0].from[0]).toBeLessThan(reg.x);
    expect(travelling[0].to[0]).toBeGreaterThanOrEqual(reg.x);
    const marks = flights.filter((f) => f.kind === 'exists').map((f) => f.label);
    expect(marks).toEqual(['aaaaaaaaaaaa Layer already exists', 'cccccccccccc Mounted from library/alpine']);
  });

  it('a pull on the other host flies into its box, right of the registry', () => {
    const { world, host } = worldWithAlpineAndNginx();
    const l = layoutArchitecture(1024, 600, REGISTRIES, ['server-2']);
    const server2 = { ...host, name: 'server-2' };
    const record: CommandRecord = {
      id: 1,
      line: 'docker pull student/app:1.0',
      at: 0,
      cols: 80,
      tty: true,
      chunks: [],
      exitCode: 0,
      exchanges: [{ id: 2, method: 'POST', path: '/images/create', query: '', status: 200, at: 0 }],
      events: [
        { type: 'image.layer.progress', host: 'server-2', layerId: 'dddddddddddd', status: 'Downloading', at: 10 },
        { type: 'image.layer.progress', host: 'server-2', layerId: 'dddddddddddd', status: 'Pull complete', at: 500 },
        { type: 'image.pulled', host: 'server-2', imageId: 'sha256:x', reference: 'docker.io/student/app:1.0' },
      ] as DomainEvent[],
      daemonRunning: true,
    };
    const flights = planFlights(record, l, server2, { hop: 100, pull: 2000 }, { exists: 'x', refused: '' });
    const layer = flights.find((f) => f.kind === 'layer')!;
    expect(layer.to[0]).toBeGreaterThan(right(l.registries[0]));
    expect(layer.from[0]).toBeLessThan(layer.to[0]);
    expect(projectOtherHost(world.state.hosts['docker-host'])).toMatchObject({ images: 2, containers: 0 });
  });
});
