import { describe, expect, it } from 'vitest';
import { advance, newDaemon, op, outcome, pull, run, type Daemon } from './engine-harness';
import type { StreamBody } from '../../src/model/api/types';
import { deserializeWorld, serializeWorld } from '../../src/model/world/world';

/** A daemon with a running `web` (nginx) and `box` (alpine, `sleep infinity`). */
function daemon(): Daemon {
  const d = newDaemon();
  pull(d, 'nginx');
  pull(d, 'alpine');
  run(d, { Image: 'nginx', Env: ['GREETING=hello'] }, 'web');
  run(d, { Image: 'alpine', Cmd: ['sleep', 'infinity'] }, 'box');
  return d;
}

function createExec(d: Daemon, container: string, body: Record<string, unknown>): string {
  const r = d.call('POST', `/containers/${container}/exec`, { AttachStdout: true, AttachStderr: true, ...body });
  expect(r.status, JSON.stringify(r.json)).toBe(201);
  return (r.json as { Id: string }).Id;
}

function start(d: Daemon, id: string, tty = false): StreamBody {
  const r = d.call('POST', `/exec/${id}/start`, { Detach: false, Tty: tty });
  expect(r.status).toBe(101);
  return r.body!;
}

function text(body: StreamBody): string {
  return body
    .read()
    .frames.map((f) => ('text' in f ? f.text : ''))
    .join('');
}

function inspect(d: Daemon, id: string): Record<string, unknown> {
  return d.call('GET', `/exec/${id}/json`).json as Record<string, unknown>;
}

/** One-shot `docker exec CONTAINER ARGV…`: its output and exit code. */
function execOnce(d: Daemon, container: string, cmd: string[], extra: Record<string, unknown> = {}) {
  const id = createExec(d, container, { Cmd: cmd, ...extra });
  const body = start(d, id);
  const output = text(body);
  return { output, exitCode: inspect(d, id).ExitCode, done: body.read().done };
}

describe('exec instances (moby daemon/exec.go)', () => {
  it('runs a one-shot program with the container Env and the exec Env, and keeps the exit code', () => {
    const d = daemon();
    expect(execOnce(d, 'web', ['sh', '-c', 'echo hello; exit 3'])).toEqual({
      output: 'hello\n',
      exitCode: 3,
      done: true,
    });
    const env = execOnce(d, 'web', ['env'], { Env: ['EXTRA=1', 'GREETING=bye'] }).output.split('\n');
    expect(env).toContain('EXTRA=1');
    expect(env).toContain('GREETING=bye');
    expect(env).toContain('HOSTNAME=' + d.host.containers[Object.keys(d.host.containers)[0]].config.Hostname);
    expect(env).not.toContain('TERM=xterm');
  });

  it('inspects as moby: ID, Running, ExitCode, ProcessConfig, streams, ContainerID, DetachKeys, Pid', () => {
    const d = daemon();
    const id = createExec(d, 'box', { Cmd: ['ls', '/'], DetachKeys: 'ctrl-p,ctrl-q' });
    const before = inspect(d, id);
    expect(Object.keys(before)).toEqual([
      'ID',
      'Running',
      'ExitCode',
      'ProcessConfig',
      'OpenStdin',
      'OpenStderr',
      'OpenStdout',
      'CanRemove',
      'ContainerID',
      'DetachKeys',
      'Pid',
    ]);
    expect(before).toMatchObject({ ID: id, Running: false, ExitCode: null, Pid: 0, DetachKeys: 'EBE=' });
    expect(before.ProcessConfig).toEqual({ tty: false, entrypoint: 'ls', arguments: ['/'], privileged: false });
    start(d, id);
    expect(inspect(d, id)).toMatchObject({ Running: false, ExitCode: 0 });
    expect(inspect(d, 'nope')).toEqual({ message: 'No such exec instance: nope' });
  });

  it('lists created and running execs in the container ExecIDs (null when none)', () => {
    const d = daemon();
    const execIds = () => (d.call('GET', '/containers/box/json').json as { ExecIDs: unknown }).ExecIDs;
    expect(execIds()).toBeNull();
    const a = createExec(d, 'box', { Cmd: ['sleep', '5'] });
    expect(execIds()).toEqual([a]);
    start(d, a);
    expect(inspect(d, a)).toMatchObject({ Running: true, ExitCode: null });
    advance(d, 5000);
    expect(inspect(d, a)).toMatchObject({ Running: false, ExitCode: 0 });
    expect(execIds()).toBeNull();
  });

  it('refuses as moby: no such container, not running, paused, already run', () => {
    const d = daemon();
    const box = d.host.containers[d.host.names['/box']];
    expect(outcome(d.call('POST', '/containers/nope/exec', { Cmd: ['ls'] }))).toEqual({
      status: 404,
      message: 'No such container: nope',
    });
    expect(outcome(d.call('POST', '/containers/box/exec', { Cmd: [] }))).toEqual({
      status: 400,
      message: 'No exec command specified',
    });
    const id = createExec(d, 'box', { Cmd: ['true'] });
    start(d, id);
    expect(text(start(d, id))).toBe(`exec command ${id} has already run\r\n`);
    op(d, 'pause', 'box');
    expect(outcome(d.call('POST', '/containers/box/exec', { Cmd: ['ls'] }))).toEqual({
      status: 409,
      message: 'Container box is paused, unpause the container before exec',
    });
    op(d, 'unpause', 'box');
    const waiting = createExec(d, 'box', { Cmd: ['ls'] });
    op(d, 'kill', 'box');
    expect(outcome(d.call('POST', '/containers/box/exec', { Cmd: ['ls'] }))).toEqual({
      status: 409,
      message: `container ${box.id} is not running`,
    });
    // A created exec is let go when its container stops (moby Cleanup).
    expect(outcome(d.call('GET', `/exec/${waiting}/json`))).toEqual({
      status: 404,
      message: `No such exec instance: ${waiting}`,
    });
  });

  it('a missing program: the runtime exec error in the stream, exit code 127', () => {
    const d = daemon();
    const r = execOnce(d, 'box', ['foo']);
    expect(r.output).toBe(
      'OCI runtime exec failed: exec failed: unable to start container process: exec: "foo": executable file not ' +
        'found in $PATH: unknown\r\n',
    );
    expect(r.exitCode).toBe(127);
    const id = createExec(d, 'box', { Cmd: ['bash'] });
    expect(outcome(d.call('POST', `/exec/${id}/start`, { Detach: true }))).toMatchObject({ status: 400 });
  });

  it('runs in the exec working directory and writes into the container files', () => {
    const d = daemon();
    const id = createExec(d, 'box', { Cmd: ['sh'], AttachStdin: true, Tty: true, WorkingDir: '/tmp' });
    expect(text(start(d, id, true))).toBe('/tmp # ');
    execOnce(d, 'box', ['sh', '-c', 'echo saved > /root/note']);
    expect(execOnce(d, 'box', ['cat', '/root/note']).output).toBe('saved\n');
  });

  it('an interactive shell reads piped stdin until EOF, and serializes between lines', () => {
    const d = daemon();
    const id = createExec(d, 'box', { Cmd: ['sh'], AttachStdin: true });
    const body = start(d, id);
    expect(text(body)).toBe('');
    body.write!('echo hi\nexit 4');
    expect(text(body)).toBe('hi\n');
    const restored = deserializeWorld(serializeWorld(d.world));
    expect(restored.state.hosts[d.host.name].execs?.[id]?.session?.flavour).toBe('ash');
    body.closeWrite!();
    expect(body.read()).toEqual({ frames: [], done: true });
    expect(inspect(d, id)).toMatchObject({ ExitCode: 4, Running: false });
  });

  it('with a TTY the terminal echoes keys, the shell prompts, and exit ends it', () => {
    const d = daemon();
    const id = createExec(d, 'web', { Cmd: ['bash'], AttachStdin: true, Tty: true });
    const body = start(d, id, true);
    const hostname = d.host.containers[d.host.names['/web']].config.Hostname;
    expect(text(body)).toBe(`root@${hostname}:/# `);
    body.write!('echo helloo');
    body.write!('\x7f\r');
    expect(text(body)).toBe(`echo helloo\b \b\nhello\nroot@${hostname}:/# `);
    body.write!('exit\r');
    expect(text(body)).toBe('exit\n');
    expect(body.read().done).toBe(true);
    expect(inspect(d, id)).toMatchObject({ ExitCode: 0, Running: false });
  });

  it('a running exec dies with its container (137) and stays inspectable', () => {
    const d = daemon();
    const id = createExec(d, 'box', { Cmd: ['sleep', '100'] });
    const body = start(d, id);
    expect(body.read().done).toBe(false);
    op(d, 'kill', 'box');
    expect(inspect(d, id)).toMatchObject({ Running: false, ExitCode: 137 });
    expect(body.read().done).toBe(true);
  });

  it('a paused container holds its execs: their time runs on after unpause', () => {
    const d = daemon();
    const id = createExec(d, 'box', { Cmd: ['sleep', '5'] });
    start(d, id);
    advance(d, 2000);
    op(d, 'pause', 'box');
    advance(d, 10_000);
    expect(inspect(d, id)).toMatchObject({ Running: true, ExitCode: null });
    op(d, 'unpause', 'box');
    advance(d, 2999);
    expect(inspect(d, id)).toMatchObject({ Running: true });
    advance(d, 1);
    expect(inspect(d, id)).toMatchObject({ Running: false, ExitCode: 0 });
  });

  it('detached: 200 and nothing to read; the process runs on the clock', () => {
    const d = daemon();
    const id = createExec(d, 'box', { Cmd: ['sleep', '2'] });
    const r = d.call('POST', `/exec/${id}/start`, { Detach: true });
    expect(r.status).toBe(200);
    expect(r.body).toBeUndefined();
    advance(d, 2000);
    expect(inspect(d, id)).toMatchObject({ ExitCode: 0 });
  });
});
