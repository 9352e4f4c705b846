/**
 * Which daemon the simulated client talks to: `-H`, DOCKER_HOST, `--context`, DOCKER_CONTEXT and
 * config.json's currentContext, in docker/cli's order; the endpoints of the world's hosts; the real
 * client's errors for what reaches no daemon; the shell's `export`, `unset`, `env` and `VAR=x cmd`;
 * and what the page reads of it (CommandRecord.host, ApiExchange.host, Shell.activeHost()).
 */

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createWorld } from '../../src/model/world/world';
import { createShell } from '../../src/model/cli/shell/shell';
import { recordText, streamText } from '../../src/model/cli/shell/command-record';
import { parseDockerHost } from '../../src/model/cli/client/docker-host';
import { setDaemonRunning } from '../../src/model/engine/daemon';
import { hasDockerClient } from '../golden/real-client';

const fresh = () => createShell({ world: createWorld({ seed: 1 }) });
const text = (shell: ReturnType<typeof fresh>, line: string) => recordText(shell.run(line));

/** Lines that reach no daemon, here or for the real client on this machine (it has none). */
const UNREACHABLE = [
  'DOCKER_HOST=tcp://127.0.0.1:1 docker ps',
  'DOCKER_HOST=tcp://server-3:2375 docker images',
  'DOCKER_HOST=unix:///tmp/nope.sock docker volume ls',
  'DOCKER_HOST=foo://x docker ps',
  'DOCKER_HOST=ssh://server-3 docker ps -a',
  'DOCKER_HOST=ssh://student@server-3 docker images',
  'docker -H a -H b ps',
  'docker -H tcp://x:abc ps',
  "docker -H 'tcp://[::1' ps",
  'docker --context nope ps',
  'docker --context nope -H tcp://server-2 ps',
  'DOCKER_CONTEXT=nope docker info --format "{{.Name}}"',
  'DOCKER_HOST=tcp://server-3:2375 docker rm -f x',
];

describe('the daemon the client talks to', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('reaches server-2 over ssh or tcp:2375, and the local socket by default', () => {
    const shell = fresh();
    const info = 'docker info --format "{{.Name}} {{.NCPU}}"';
    const infoH = 'info --format "{{.Name}} {{.NCPU}}"';
    expect(text(shell, info)).toBe('docker-host 8\n');
    expect(text(shell, `DOCKER_HOST=ssh://student@server-2 ${info}`)).toBe('server-2 4\n');
    expect(text(shell, `DOCKER_HOST=tcp://server-2:2375 ${info}`)).toBe('server-2 4\n');
    expect(text(shell, `DOCKER_HOST=tcp://server-2 ${info}`)).toBe('server-2 4\n');
    expect(text(shell, `docker -H ssh://server-2 ${infoH}`)).toBe('server-2 4\n');
    expect(text(shell, `DOCKER_HOST=tcp://localhost:2375 ${info}`)).toBe('docker-host 8\n');
    expect(text(shell, `DOCKER_HOST=unix:///var/run/docker.sock ${info}`)).toBe('docker-host 8\n');
  });

  it('chooses as docker/cli does: -H, then DOCKER_HOST, then --context, DOCKER_CONTEXT, currentContext', () => {
    const shell = fresh();
    shell.run('docker context create s2 --docker host=ssh://student@server-2');
    const name = 'docker info --format {{.Name}}';
    expect(text(shell, 'docker --context s2 info --format {{.Name}}')).toBe('server-2\n');
    expect(text(shell, `DOCKER_CONTEXT=s2 ${name}`)).toBe('server-2\n');
    // DOCKER_HOST makes the context `default`, whatever DOCKER_CONTEXT says; --context still wins.
    expect(text(shell, `DOCKER_HOST=unix:///var/run/docker.sock DOCKER_CONTEXT=s2 ${name}`)).toBe('docker-host\n');
    expect(text(shell, 'DOCKER_HOST=unix:///var/run/docker.sock docker --context s2 info --format {{.Name}}')).toBe(
      'server-2\n',
    );
    shell.run('docker context use s2');
    expect(text(shell, name)).toBe('server-2\n');
    expect(text(shell, 'docker -H unix:///var/run/docker.sock info --format {{.Name}}')).toBe('docker-host\n');
    expect(text(shell, `DOCKER_CONTEXT=default ${name}`)).toBe('docker-host\n');
    expect(text(shell, 'docker version --format "{{.Client.Context}} {{.Server.Platform.Name}}"')).toBe(
      's2 Docker Engine - Community\n',
    );
    expect(text(shell, 'docker info')).toContain(' Context:    s2\n');
  });

  it('each host keeps its own images and containers', () => {
    const shell = fresh();
    shell.run('docker context create s2 --docker host=ssh://student@server-2');
    expect(shell.run('docker --context s2 pull -q alpine').exitCode).toBe(0);
    expect(text(shell, 'docker images -q')).toBe('');
    expect(text(shell, 'docker --context s2 images --format {{.Repository}}')).toBe('alpine\n');
    expect(Object.keys(shell.world.state.hosts['server-2'].images)).toHaveLength(1);
    expect(Object.keys(shell.world.state.hosts['docker-host'].images)).toHaveLength(0);
  });

  it('names the host on the record and on each exchange; activeHost follows the context and DOCKER_HOST', () => {
    const shell = fresh();
    expect(shell.activeHost()).toBe('docker-host');
    const both = shell.run('docker ps -q; DOCKER_HOST=ssh://student@server-2 docker ps -q');
    expect(both.exchanges.map((x) => x.host)).toEqual(['docker-host', 'docker-host', 'server-2', 'server-2']);
    expect(both.host).toBe('server-2');
    expect(shell.activeHost()).toBe('docker-host');
    shell.run('docker context create s2 --docker host=tcp://server-2:2375');
    shell.run('docker context use s2');
    expect(shell.activeHost()).toBe('server-2');
    expect(shell.run('true').host).toBe('server-2');
    shell.run('export DOCKER_HOST=unix:///var/run/docker.sock');
    expect(shell.activeHost()).toBe('docker-host');
    expect(shell.run('docker ps').host).toBe('docker-host');
    shell.run('export DOCKER_HOST=tcp://nowhere:2375');
    expect(shell.activeHost()).toBeUndefined();
    shell.run('unset DOCKER_HOST');
    expect(shell.activeHost()).toBe('server-2');
    setDaemonRunning({ world: shell.world, host: shell.world.state.hosts['server-2'] }, false);
    expect(shell.run('true')).toMatchObject({ host: 'server-2', daemonRunning: false });
    expect(shell.run('docker context use default')).toMatchObject({ host: 'server-2', daemonRunning: false });
    expect(shell.run('true')).toMatchObject({ host: 'docker-host', daemonRunning: true });
  });

  it('says what the real client says when no daemon answers, and changes nothing', () => {
    const shell = fresh();
    const before = JSON.stringify(shell.world.state.hosts);
    const dir = mkdtempSync(join(tmpdir(), 'pelabuhan-endpoint-'));
    dirs.push(dir);
    shell.run(`export DOCKER_CONFIG=${dir}`);
    const ours = UNREACHABLE.map((line) => {
      const r = shell.run(line);
      return { line, output: recordText(r), exitCode: r.exitCode };
    });
    expect(JSON.stringify(shell.world.state.hosts)).toBe(before);
    for (const r of ours) expect(r.exitCode, r.line).toBe(1);
    expect(ours[0].output).toBe(
      'Cannot connect to the Docker daemon at tcp://127.0.0.1:1. Is the docker daemon running?\n',
    );
    expect(ours[3].output).toBe(
      'Failed to initialize: unable to resolve docker endpoint: invalid bind address format: foo://x\n',
    );
    expect(text(shell, 'DOCKER_HOST=tcp://server-2:2376 docker ps')).toBe(
      'Cannot connect to the Docker daemon at tcp://server-2:2376. Is the docker daemon running?\n',
    );
    expect(ours[1].output).toBe(
      'error during connect: Head "http://server-3:2375/_ping": ' +
        'dial tcp: lookup server-3 on 127.0.0.53:53: no such host\n',
    );
    expect(ours[12].output).toBe(
      'error during connect: Delete "http://server-3:2375/v1.50/containers/x?force=1": ' +
        'dial tcp: lookup server-3 on 127.0.0.53:53: no such host\n',
    );
    if (!hasDockerClient()) return;
    const env = { PATH: process.env.PATH, HOME: tmpdir(), LANG: 'C.UTF-8', DOCKER_CONFIG: dir };
    const real = UNREACHABLE.map((line) => {
      const run = spawnSync('bash', ['-c', `exec 2>&1; ${line}`], { env, encoding: 'utf8', timeout: 20_000 });
      return { line, output: run.stdout, exitCode: run.status };
    });
    // This machine's resolver is not the simulated host's (systemd-resolved's 127.0.0.53).
    const resolver = (s: string) => s.replace(/ on [\d.]+:53:/, ' on 127.0.0.53:53:');
    expect(ours).toEqual(real.map((r) => ({ ...r, output: resolver(r.output) })));
  });

  it('parses endpoints as opts.ParseHost does', () => {
    expect(parseDockerHost('')).toEqual({ ok: true, host: 'unix:///var/run/docker.sock' });
    expect(parseDockerHost('tcp://server-2')).toEqual({ ok: true, host: 'tcp://server-2:2375' });
    expect(parseDockerHost('server-2:2376')).toEqual({ ok: true, host: 'tcp://server-2:2376' });
    expect(parseDockerHost('tcp://')).toEqual({ ok: true, host: 'tcp://localhost:2375' });
    expect(parseDockerHost('unix://')).toEqual({ ok: true, host: 'unix:///var/run/docker.sock' });
    expect(parseDockerHost('ssh://student@server-2')).toEqual({ ok: true, host: 'ssh://student@server-2' });
    expect(parseDockerHost('http://x')).toEqual({ ok: false, error: 'invalid bind address format: http://x' });
  });
});

describe("the shell's environment", () => {
  it('export, unset and env as bash and GNU env do them', () => {
    const shell = fresh();
    expect(text(shell, 'env')).toBe(
      'HOME=/home/user\nUSER=user\nLOGNAME=user\nPWD=/home/user\nSHELL=/bin/bash\n' +
        'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\nTERM=xterm-256color\nLANG=C.UTF-8\n',
    );
    shell.run('A=1');
    expect(text(shell, 'env')).not.toContain('A=1');
    shell.run('export A');
    expect(text(shell, 'env')).toContain('A=1\n');
    expect(text(shell, 'echo $A')).toBe('1\n');
    expect(text(shell, 'export -p')).toContain('declare -x A="1"\n');
    shell.run('export -n A');
    expect(text(shell, 'env')).not.toContain('A=1');
    expect(text(shell, 'echo $A')).toBe('1\n');
    shell.run('unset A');
    expect(text(shell, 'echo "[$A]"')).toBe('[]\n');
    expect(text(shell, 'env B=2 env')).toContain('B=2\n');
    expect(text(shell, 'env -u HOME env')).not.toContain('HOME=');
    const bad = shell.run('export 1x=2');
    expect([streamText(bad, 'stderr'), bad.exitCode]).toEqual(["bash: export: `1x=2': not a valid identifier\n", 1]);
    const unset = shell.run('unset a-b');
    expect([streamText(unset, 'stderr'), unset.exitCode]).toEqual(["bash: unset: `a-b': not a valid identifier\n", 1]);
    const env = shell.run('env export A=1');
    expect([streamText(env, 'stderr'), env.exitCode]).toEqual([
      'env: \u2018export\u2019: No such file or directory\n',
      127,
    ]);
  });

  it('VAR=x before a command is its environment only', () => {
    const shell = fresh();
    expect(text(shell, 'DOCKER_HOST=ssh://server-2 docker info --format {{.Name}}')).toBe('server-2\n');
    expect(text(shell, 'docker info --format {{.Name}}')).toBe('docker-host\n');
    expect(text(shell, 'echo "[$DOCKER_HOST]"')).toBe('[]\n');
    expect(text(shell, 'X=1 env')).toContain('X=1\n');
    expect(text(shell, 'env')).not.toContain('X=1');
  });
});
