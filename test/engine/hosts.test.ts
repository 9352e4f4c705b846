/**
 * A world of two hosts: server-2 beside docker-host without changing anything of docker-host (the
 * golden transcripts' IDs depend on the first host's random draws), each daemon on its own, lesson
 * goals that name server-2, and the engine server giving each host its own port to the real client.
 */

import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorld, deserializeWorld, serializeWorld } from '../../src/model/world/world';
import { DEFAULT_HOST_PROFILE, SERVER_2_PROFILE } from '../../src/model/engine/host';
import { lessonWorldOf } from '../../src/model/lesson/lesson-replay';
import { checkGoal } from '../../src/model/lesson/goals';
import { recordText } from '../../src/model/cli/shell/command-record';
import { startEngineServer } from '../../tools/engine-server';
import { hasDockerClient } from '../golden/real-client';
import { dockerClientNeed, reportNeed } from '../machine-needs';

describe('a world with two hosts', () => {
  it('has docker-host then server-2, and docker-host is exactly the one-host world’s', () => {
    const two = createWorld({ seed: 7 });
    const one = createWorld({ seed: 7, hosts: [DEFAULT_HOST_PROFILE] });
    expect(Object.keys(two.state.hosts)).toEqual(['docker-host', 'server-2']);
    expect(two.state.hosts['docker-host']).toEqual(one.state.hosts['docker-host']);
    expect(two.state.random).toEqual(one.state.random);
    const s2 = two.state.hosts['server-2'];
    expect([s2.cpus, s2.memTotal, s2.operatingSystem]).toEqual([4, SERVER_2_PROFILE.memTotal, 'Ubuntu 24.04.2 LTS']);
    expect(s2.daemon.id).toMatch(/^([A-Z2-7]{4}:){11}[A-Z2-7]{4}$/);
    expect(s2.daemon.id).not.toBe(two.state.hosts['docker-host'].daemon.id);
  });

  it('draws server-2 from its own stream: the same for one seed, another for another seed', () => {
    const a = createWorld({ seed: 7 }).state.hosts['server-2'];
    expect(createWorld({ seed: 7 }).state.hosts['server-2']).toEqual(a);
    expect(createWorld({ seed: 8 }).state.hosts['server-2'].daemon.id).not.toBe(a.daemon.id);
  });

  it('keeps each daemon to itself, and both survive serialization', () => {
    const lw = lessonWorldOf(createWorld({ seed: 1 }));
    const run = (line: string) => lw.shell.run(line);
    expect(run('DOCKER_HOST=ssh://student@server-2 docker run -d --name web nginx:alpine').exitCode).toBe(0);
    expect(recordText(run('docker ps -a -q'))).toBe('');
    const restored = deserializeWorld(serializeWorld(lw.world));
    expect(restored.state).toEqual(JSON.parse(serializeWorld(lw.world)));
    expect(Object.keys(restored.state.hosts['server-2'].containers)).toHaveLength(1);
    expect(Object.keys(restored.state.hosts['docker-host'].containers)).toHaveLength(0);
  });

  it('lesson goals naming server-2 look at server-2', () => {
    const lw = lessonWorldOf(createWorld({ seed: 1 }));
    lw.shell.run('docker context create s2 --docker host=ssh://student@server-2');
    lw.shell.run('docker context use s2');
    lw.shell.run('docker run -d --name web nginx:alpine');
    expect(checkGoal({ image: 'nginx:alpine', host: 'server-2' }, lw, null).met).toBe(true);
    expect(checkGoal({ image: 'nginx:alpine' }, lw, null).met).toBe(false);
    expect(checkGoal({ container: { name: 'web', state: 'running' }, host: 'server-2' }, lw, null).met).toBe(true);
    expect(checkGoal({ noContainer: 'web', host: 'docker-host' }, lw, null).met).toBe(true);
    expect(checkGoal({ image: 'nginx:alpine', host: 'server-9' }, lw, null).met).toBe(false);
  });
});

describe('the engine server with --hosts', () => {
  reportNeed(dockerClientNeed());

  it('serves each host on its own port, and reports a stopped one as the real client does', async () => {
    const server = await startEngineServer({ port: 0, seed: '1', hosts: ['docker-host', 'server-2'] });
    try {
      expect(Object.keys(server.ports)).toEqual(['docker-host', 'server-2']);
      const info = async (port: number) =>
        ((await (await fetch(`http://127.0.0.1:${port}/v1.50/info`)).json()) as { Name: string }).Name;
      expect(await info(server.ports['docker-host'])).toBe('docker-host');
      expect(await info(server.ports['server-2'])).toBe('server-2');
      if (!hasDockerClient()) return;
      const config = mkdtempSync(join(tmpdir(), 'pelabuhan-hosts-'));
      const s2 = server.ports['server-2'];
      // The client runs asynchronously: a blocking spawn would keep this process's server from answering.
      const run = (line: string, port: number) =>
        new Promise<{ stdout: string; status: number }>((resolve) => {
          execFile(
            'bash',
            ['-c', `exec 2>&1; ${line}`],
            { env: { PATH: process.env.PATH, DOCKER_CONFIG: config, DOCKER_HOST: `tcp://127.0.0.1:${port}` } },
            (error, stdout) => resolve({ stdout, status: error ? Number(error.code ?? 1) : 0 }),
          );
        });
      expect((await run('docker pull -q alpine', s2)).stdout).toBe('docker.io/library/alpine:latest\n');
      expect((await run('docker images --format {{.Repository}}', s2)).stdout).toBe('alpine\n');
      expect((await run('docker images -q', server.port)).stdout).toBe('');
      expect((await run('docker info --format {{.Name}}', s2)).stdout).toBe('server-2\n');
      await fetch(`http://127.0.0.1:${server.port}/_sim/daemon?state=stopped&host=server-2`, { method: 'POST' });
      await new Promise((r) => setTimeout(r, 100));
      expect(await run('docker ps', s2)).toEqual({
        stdout: `Cannot connect to the Docker daemon at tcp://127.0.0.1:${s2}. Is the docker daemon running?\n`,
        status: 1,
      });
      expect((await run('docker ps -q', server.port)).status).toBe(0);
      rmSync(config, { recursive: true, force: true });
    } finally {
      await server.close();
    }
  });
});
