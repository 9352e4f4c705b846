/**
 * `docker context …` in the simulated client: the same bytes and exit codes as the real docker
 * 28.2.2 client on the same config directory (the context commands never reach a daemon, so the
 * real client needs no engine here), and what the store leaves behind (meta.json, config.json).
 */

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createWorld } from '../../src/model/world/world';
import { createShell } from '../../src/model/cli/shell/shell';
import { recordText } from '../../src/model/cli/shell/command-record';
import { hasDockerClient } from '../golden/real-client';
import { dockerClientNeed, reportNeed } from '../machine-needs';

/** A session of context commands, good and bad, none of which talks to a daemon. */
const LINES = [
  'docker context ls',
  'docker context create server-2 --docker host=ssh://student@server-2',
  'docker context create lab --description "the lab <2>" --docker "host=tcp://server-2:2375"',
  'docker context create copy',
  'docker context create copy2 --from lab',
  'docker context create bad --from lab --docker host=tcp://x',
  "docker context create 'bad name' --docker host=tcp://a",
  'docker context create default',
  'docker context create lab --docker host=tcp://a',
  'docker context create x --docker foo=bar',
  'docker context create x --docker hostx',
  'docker context create x --docker host=nonsense',
  'docker context create x --docker skip-tls-verify=maybe',
  'docker context create x --docker from=nope',
  'docker context create x --from nope',
  'docker context create x2 --docker from=lab',
  'docker context ls',
  'docker context ls -q',
  'docker context list --format json',
  "docker context ls --format 'table {{.Name}}\\t{{.Current}}'",
  'docker context use lab',
  'docker context show',
  'docker context inspect',
  'docker context inspect default copy nope',
  "docker context inspect -f '{{.Name}} {{.Endpoints.docker.Host}}' lab nope",
  'DOCKER_HOST=tcp://server-2:2375 docker context ls',
  'DOCKER_HOST=tcp://x:1 docker context use server-2',
  'docker context rm server-2',
  'docker context rm nope default',
  'docker --context nope context ls',
  'DOCKER_CONTEXT=copy docker context show',
  'docker context use nope',
  'docker context use default',
  'docker context rm -f lab copy nothere',
  'docker context ls',
  'docker context remove copy2 copy2',
  'docker context use x',
];

const available = hasDockerClient();
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A fresh config dir, on the real disk and, at the same path, on the simulated client machine. */
function configDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pelabuhan-contexts-'));
  dirs.push(dir);
  return dir;
}

/** Runs the lines in a fresh shell with DOCKER_CONFIG at `dir`: output and exit code of each. */
function simulate(dir: string, lines: readonly string[]) {
  const shell = createShell({ world: createWorld({ seed: 1 }) });
  shell.run(`export DOCKER_CONFIG=${dir}`);
  return {
    shell,
    results: lines.map((line) => {
      const r = shell.run(line);
      return { line, output: recordText(r), exitCode: r.exitCode };
    }),
  };
}

describe('docker context in the simulated client', () => {
  reportNeed(dockerClientNeed());

  it.runIf(available)('prints what the real docker client prints, line by line', () => {
    const ours = configDir();
    const theirs = configDir();
    const { results } = simulate(ours, LINES);
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: tmpdir(), LANG: 'C.UTF-8', DOCKER_CONFIG: ours };
    // The real client runs second on a directory of the same name, so paths in errors agree.
    rmSync(ours, { recursive: true, force: true });
    const real = LINES.map((line) => {
      const run = spawnSync('bash', ['-c', `exec 2>&1; ${line}`], { env, encoding: 'utf8' });
      return { line, output: run.stdout, exitCode: run.status };
    });
    expect(results).toEqual(real);
    rmSync(theirs, { recursive: true, force: true });
  });

  it('keeps contexts where docker does: meta.json under the SHA-256 of the name, currentContext in config.json', () => {
    const dir = configDir();
    const { shell } = simulate(dir, [
      'docker context create lab --description "the lab" --docker host=tcp://server-2:2375',
      'docker context use lab',
    ]);
    const files = shell.world.state.hosts['docker-host'].hostFiles;
    const key = `${dir.slice(1)}/contexts/meta/${createHash('sha256').update('lab').digest('hex')}/meta.json`;
    expect(Object.keys(files).filter((k) => k.endsWith('/meta.json'))).toEqual([key]);
    expect(files[key]).toBe(
      '{"Name":"lab","Metadata":{"Description":"the lab"},' +
        '"Endpoints":{"docker":{"Host":"tcp://server-2:2375","SkipTLSVerify":false}}}',
    );
    expect(files[`${dir.slice(1)}/config.json`]).toBe('{\n\t"auths": {},\n\t"currentContext": "lab"\n}');
    shell.run('docker context use default');
    expect(files[`${dir.slice(1)}/config.json`]).toBe('{\n\t"auths": {}\n}');
  });

  it.runIf(available)('leaves the same files as the real client', () => {
    const dir = configDir();
    const lines = [
      'docker context create lab --description "a <b> & c" --docker host=tcp://server-2:2375',
      'docker context create s2 --docker host=ssh://student@server-2 --docker skip-tls-verify=true',
      'docker context use s2',
    ];
    const { shell } = simulate(dir, lines);
    const files = shell.world.state.hosts['docker-host'].hostFiles;
    const ours = Object.fromEntries(
      Object.entries(files)
        .filter(([k]) => k.startsWith(dir.slice(1)) && !k.endsWith('/'))
        .map(([k, v]) => [`/${k}`, v]),
    );
    rmSync(dir, { recursive: true, force: true });
    for (const line of lines)
      spawnSync('bash', ['-c', line], { env: { PATH: process.env.PATH, DOCKER_CONFIG: dir }, encoding: 'utf8' });
    const real: Record<string, string> = {};
    const walk = (path: string) => {
      for (const entry of readdirSync(path, { withFileTypes: true })) {
        const full = `${path}/${entry.name}`;
        if (entry.isDirectory()) walk(full);
        else real[full] = readFileSync(full, 'utf8');
      }
    };
    walk(dir);
    expect(ours).toEqual(real);
  });
});
