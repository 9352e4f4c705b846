import { describe, expect, it } from 'vitest';
import { defaultHost } from '../../src/model/world/world-base';
import type { CommandRecord } from '../../src/model/cli/shell/command-record';
import { projectArchitecture, registryLabel } from '../../src/ui/diagrams/architecture/architecture-model';
import { projectLifecycle, transitionsToPlay } from '../../src/ui/diagrams/lifecycle/lifecycle-model';
import { apiLogEntries, projectApiLog } from '../../src/ui/diagrams/api-log/api-log-model';
import { API_LOG_LIMIT } from '../../src/ui/common/view-port';
import { call, runContainer, worldWithAlpineAndNginx } from './world-fixture';

function record(id: number, line: string, exchanges: Array<[string, string, number]>, more = {}): CommandRecord {
  return {
    id,
    line,
    at: 0,
    cols: 80,
    tty: true,
    chunks: [],
    exitCode: 0,
    exchanges: exchanges.map(([method, path, status], i) => ({
      id: id * 1000 + i,
      method,
      path,
      query: '',
      status,
      at: 0,
    })),
    events: [],
    daemonRunning: true,
    ...more,
  };
}

describe('the views as pure projections of the host', () => {
  it('architecture: every image, container (oldest first, with its status), volume, network and registry', () => {
    const { world } = worldWithAlpineAndNginx();
    runContainer(world, 'web', 'nginx:alpine');
    runContainer(world, 'job', 'alpine', false);
    call(world, 'POST', '/volumes/create', { Name: 'data' });
    const host = defaultHost(world);
    const m = projectArchitecture(host, ['docker.io', 'ghcr.io', 'x.azurecr.io']);
    expect(m.daemonRunning).toBe(true);
    expect(m.images.map((i) => i.label).sort()).toEqual(['alpine:latest', 'nginx:alpine']);
    expect(m.containers).toEqual([
      { label: 'web', state: 'running' },
      { label: 'job', state: 'created' },
    ]);
    expect(m.volumes).toEqual([{ label: 'data' }]);
    expect(m.networks.map((n) => n.label)).toContain('bridge (bridge)');
    expect(m.registries.map((r) => r.label)).toEqual(['Docker Hub', 'GitHub (GHCR)', 'Azure (ACR)']);
    expect(registryLabel('quay.io')).toBe('quay.io');
  });

  it('lifecycle: containers per state, the newest chosen unless one is picked, transitions of the last changed', () => {
    const { world } = worldWithAlpineAndNginx();
    const web = runContainer(world, 'web', 'nginx:alpine');
    const job = runContainer(world, 'job', 'alpine', false);
    const host = defaultHost(world);
    const newest = projectLifecycle(host, undefined);
    expect(newest.selected).toBe(job);
    expect(newest.selectedState).toBe('created');
    expect([...newest.counts.values()].reduce((a, b) => a + b, 0)).toBe(2);
    expect(projectLifecycle(host, web).selectedName).toBe('web');
    expect(projectLifecycle(host, 'gone').selected).toBe(job);
    const stop = record(1, 'docker stop web', [], {
      events: [
        { type: 'container.state.changed', host: 'h', containerId: job, name: '/job', from: 'a', to: 'b', event: 'x' },
        {
          type: 'container.state.changed',
          host: 'h',
          containerId: web,
          name: '/web',
          from: 'running',
          to: 'exited',
          event: 'die',
        },
      ],
    });
    const played = transitionsToPlay(stop, host, job);
    expect(played.selected).toBe(web);
    expect(played.changes.map((e) => e.to)).toEqual(['exited']);
  });

  it('API log: exchanges newest first with their command, a page action without one, filtered, capped', () => {
    const records = [
      record(1, 'docker ps', [['GET', '/containers/json', 200]]),
      record(2, '', [['GET', '/_ping', 200]], { action: { kind: 'daemon', daemon: 'stop' } }),
      record(3, 'docker rmi nginx', [['DELETE', '/images/nginx', 409]]),
    ];
    const all = projectApiLog(records, '', 2);
    expect(all.commands).toEqual(['docker rmi nginx', 'docker ps']);
    expect(all.shown).toHaveLength(3);
    expect(all.newest.map((x) => `${x.command}|${x.exchange.path}`)).toEqual([
      'docker rmi nginx|/images/nginx',
      '|/_ping',
    ]);
    expect(projectApiLog(records, 'docker ps', 200).newest.map((x) => x.exchange.path)).toEqual(['/containers/json']);
    const many = Array.from({ length: API_LOG_LIMIT + 10 }, (_, i) => record(i + 1, `c${i}`, [['GET', '/x', 200]]));
    const kept = apiLogEntries(many);
    expect(kept).toHaveLength(API_LOG_LIMIT);
    expect(kept[0].command).toBe('c10');
  });
});
