import { describe, expect, it } from 'vitest';
import { createWorld } from '../../src/model/world/world';
import { createShell } from '../../src/model/cli/shell/shell';
import { recordText } from '../../src/model/cli/shell/command-record';
import { runDocker } from '../../src/model/cli/docker/run-docker';
import { DOCKER_HANDLERS } from '../../src/model/cli/commands';
import { Output } from '../../src/model/cli/docker/output';
import { createInProcessTransport } from '../../src/model/cli/client/in-process-transport';
import { advanceClock } from '../../src/model/engine/advance';
import { createScreen, feed, screenLines } from '../../src/model/cli/format/screen';

/** A world with nginx and redis running for 30 virtual seconds. */
function setUp() {
  const world = createWorld({ seed: '1' });
  const shell = createShell({ world });
  for (const line of [
    'docker pull -q nginx',
    'docker pull -q redis',
    'docker run -d --name web -m 100m --cpus 0.5 nginx',
    'docker run -d --name cache redis',
  ])
    shell.run(line, { tty: false, cols: 80 });
  advanceClock(world, 30_000);
  return { world, shell };
}

/** Runs `docker ARGS` through the client and returns its result and output (the job, if it left one). */
function docker(world: ReturnType<typeof setUp>['world'], args: string[]) {
  const transport = createInProcessTransport(world);
  const out = new Output(() => transport.now());
  const term = { stdinTty: true, stdoutTty: true, stderrTty: true, cols: 120 };
  const result = runDocker(args, { transport, out, term, handlers: DOCKER_HANDLERS, notSimulated: (c) => c });
  return { result, out, text: () => out.chunks.map((c) => c.text).join('') };
}

describe('docker stats', () => {
  it('--no-stream prints one table with the columns and sizes of the real client', () => {
    const { shell } = setUp();
    const r = shell.run('docker stats --no-stream', { tty: false, cols: 80 });
    const lines = recordText(r).split('\n');
    expect(lines[0].split(/ {2,}/)).toEqual([
      'CONTAINER ID',
      'NAME',
      'CPU %',
      'MEM USAGE / LIMIT',
      'MEM %',
      'NET I/O',
      'BLOCK I/O',
      'PIDS',
    ]);
    expect(lines[1]).toMatch(
      /^[0-9a-f]{12} {3}cache {5}\d+\.\d\d% {5}\d\.\d+MiB \/ 15\.48GiB {3}0\.02% {5}1\.2kB \/ 0B/,
    );
    expect(lines[2]).toMatch(/ web .* \/ 100MiB .* 9$/);
    expect(r.exitCode).toBe(0);
  });

  it('an unknown container is the daemon error, exit 1, before any table', () => {
    const { shell } = setUp();
    const r = shell.run('docker stats --no-stream web nope', { tty: false, cols: 80 });
    expect(recordText(r)).toBe('Error response from daemon: No such container: nope\n');
    expect(r.exitCode).toBe(1);
  });

  it('live, keeps the terminal: redraws in place every 500 ms of the client clock until Ctrl+C', () => {
    const { world } = setUp();
    const started = world.state.clock.nowMs;
    const { result, text } = docker(world, ['stats', 'web']);
    const job = result.foreground!;
    expect(result.exitCode).toBe(0);
    expect(world.state.clock.nowMs).toBe(started + 500);
    // The real 28.2.2 bytes: home, the table, home, each line again with " \x1b[K", then "\x1b[J".
    const first = text();
    expect(first.startsWith('\x1b[HCONTAINER ID')).toBe(true);
    expect(first.endsWith(' \x1b[K\n \x1b[K\n\x1b[J')).toBe(true);
    expect(job.readsInput).toBe(false);
    expect(job.wakeAt()).toBe(started + 1000);

    advanceClock(world, 2000);
    const out = new Output(() => world.state.clock.nowMs);
    expect(job.follow(out)).toBeUndefined();
    expect(out.chunks.map((c) => c.at - started)).toEqual([1000, 1500, 2000, 2500]);
    const screen = createScreen(120);
    for (const c of out.chunks) feed(screen, c.text);
    expect(screenLines(screen)[0]).toMatch(/^CONTAINER ID/);
    expect(screenLines(screen)[1]).toMatch(/ web /);

    expect(job.interrupt(new Output(() => 0))).toBe(0);
    expect(job.wakeAt()).toBeUndefined();
  });

  it('live without names follows the list: a container that stops leaves the table', () => {
    const { world, shell } = setUp();
    const { result } = docker(world, ['stats']);
    const job = result.foreground!;
    shell.run('docker stop web', { tty: false, cols: 80 });
    advanceClock(world, 1000);
    const out = new Output(() => world.state.clock.nowMs);
    job.follow(out);
    const screen = createScreen(120);
    for (const c of out.chunks) feed(screen, c.text);
    const shown = screenLines(screen).join('\n');
    expect(shown).toMatch(/ cache /);
    expect(shown).not.toMatch(/ web /);
    job.close();
  });
});
