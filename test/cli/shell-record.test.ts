import { describe, expect, it } from 'vitest';
import { createWorld } from '../../src/model/world/world';
import { createShell } from '../../src/model/cli/shell/shell';
import { recordText } from '../../src/model/cli/shell/command-record';

const fresh = (nextId?: () => number) => createShell({ world: createWorld({ seed: 1 }), nextId });

describe('one command record per line, made at the door', () => {
  it("numbers the record and its exchanges from the caller's counter, in the order they happen", () => {
    let n = 100;
    const shell = fresh(() => ++n);
    const record = shell.run('docker volume create data', { tty: true, cols: 90 });
    expect(record).toMatchObject({ id: 101, line: 'docker volume create data', cols: 90, tty: true, exitCode: 0 });
    expect(record.exchanges.map((x) => [x.id, x.method, x.path, x.status])).toEqual([
      [102, 'HEAD', '/_ping', 200],
      [103, 'POST', '/volumes/create', 201],
    ]);
    expect(record.exchanges[1].requestBody).toMatchObject({ Name: 'data' });
    expect(record.events.map((e) => e.type)).toContain('volume.created');
    expect(record.daemonRunning).toBe(true);
    expect(shell.run('true').id).toBe(104);
  });

  it('a foreground container: the client waits on the virtual clock, not the command', () => {
    const shell = fresh();
    shell.run('docker pull -q alpine');
    const before = shell.world.state.clock.nowMs;
    const record = shell.run("docker run alpine sh -c 'echo one; sleep 3; exit 4'");
    expect(shell.world.state.clock.nowMs - before).toBe(3000);
    expect(record.exitCode).toBe(4);
    expect(recordText(record)).toBe('one\n');
    expect(record.exchanges.map((x) => x.path).filter((p) => p.startsWith('/containers/'))).toEqual([
      '/containers/create',
      expect.stringMatching(/\/attach$/),
      expect.stringMatching(/\/wait$/),
      expect.stringMatching(/\/start$/),
    ]);
  });

  it('a server stays attached; Ctrl+C is a new record of what followed, sent through kill?signal=INT', () => {
    const shell = fresh();
    const server = shell.run('docker run --name web nginx');
    expect(server.exitCode).toBeUndefined();
    expect(server.attached?.containerId).toMatch(/^[0-9a-f]{64}$/);
    const stopped = shell.interrupt(server.attached!.containerId);
    expect(stopped).toMatchObject({ line: 'docker run --name web nginx', interrupted: true });
    expect(stopped.id).not.toBe(server.id);
    // The same client goes on (it pinged when the line began), as the real docker process does.
    expect(stopped.exchanges.map((x) => `${x.method} ${x.path}?${x.query}`)).toEqual([
      expect.stringMatching(/^POST \/containers\/[0-9a-f]{64}\/kill\?signal=INT$/),
    ]);
    expect(typeof stopped.exitCode).toBe('number');
    expect(recordText(shell.run('docker ps -a --format "{{.Names}} {{.State}}"'))).toBe('web exited\n');
  });

  it('Ctrl+C during the implicit pull of docker run: the client dies of SIGINT without another word', () => {
    const shell = fresh();
    const start = shell.world.state.clock.nowMs;
    const whole = shell.run('docker run -d nginx; echo after', { tty: true, cols: 100, interruptible: true });
    const mid = Math.floor((start + shell.world.state.clock.nowMs) / 2);
    const cancelled = shell.cancelPull(mid)!;
    expect(cancelled).toMatchObject({ id: whole.id, exitCode: 130, interrupted: true });
    expect(recordText(cancelled)).not.toContain('docker run --help');
    expect(recordText(cancelled)).not.toContain('after');
    expect(cancelled.exchanges.at(-1)).toMatchObject({ path: '/images/create', status: 200 });
  });

  it('a stopped daemon: the ping is recorded with status 0', () => {
    const shell = fresh();
    shell.world.state.hosts[Object.keys(shell.world.state.hosts)[0]].daemon.status = 'stopped';
    const record = shell.run('docker ps');
    expect(record).toMatchObject({ exitCode: 1, daemonRunning: false });
    expect(record.exchanges.map((x) => [x.method, x.path, x.status])).toEqual([['HEAD', '/_ping', 0]]);
  });
});
