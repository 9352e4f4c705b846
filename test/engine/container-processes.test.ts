import { describe, expect, it } from 'vitest';
import { advance, create, inspectState, logs, newDaemon, nowMs, op, outcome, psAll, pull, run } from './engine-harness';

const state = (d: ReturnType<typeof newDaemon>, c: string) => {
  const s = inspectState(d, c);
  return { status: s.Status, exitCode: s.ExitCode };
};

function daemonWith(...refs: string[]) {
  const d = newDaemon();
  for (const ref of refs) pull(d, ref);
  return d;
}

describe('processes: programs that end by themselves', () => {
  it('sleep 5 runs for exactly 5 virtual seconds, then exits 0', () => {
    const d = daemonWith('alpine');
    run(d, { Image: 'alpine', Cmd: ['sleep', '5'] }, 'sl');
    advance(d, 4_999);
    expect(state(d, 'sl')).toEqual({ status: 'running', exitCode: 0 });
    advance(d, 1);
    expect(state(d, 'sl')).toEqual({ status: 'exited', exitCode: 0 });
    expect(psAll(d)).toEqual([{ name: 'sl', state: 'exited', status: 'Exited (0) Less than a second ago' }]);
  });

  it('the exit happens at its own time even when the clock jumps past it', () => {
    const d = daemonWith('alpine');
    run(d, { Image: 'alpine', Cmd: ['sleep', '5'] }, 'sl');
    const started = nowMs(d);
    advance(d, 65_000);
    const finishedAt = Date.parse(inspectState(d, 'sl').FinishedAt);
    expect(finishedAt - started).toBe(5_000);
    expect(psAll(d)[0].status).toBe('Exited (0) About a minute ago');
  });

  it('echo writes its output to the log and exits 0 at once', () => {
    const d = daemonWith('alpine');
    run(d, { Image: 'alpine', Cmd: ['echo', 'hello', 'world'] }, 'ec');
    expect(logs(d, 'ec')).toEqual(['hello world']);
    expect(state(d, 'ec')).toEqual({ status: 'exited', exitCode: 0 });
  });

  it('sh without a TTY reads EOF and exits 0 (G18)', () => {
    const d = daemonWith('alpine');
    create(d, { Image: 'alpine' }, 'c1');
    expect(outcome(op(d, 'start', 'c1'))).toEqual({ status: 204 });
    expect(state(d, 'c1')).toEqual({ status: 'exited', exitCode: 0 });
  });

  it('sh with a TTY and open stdin keeps running', () => {
    const d = daemonWith('alpine');
    run(d, { Image: 'alpine', Tty: true, OpenStdin: true }, 'it');
    advance(d, 3_600_000);
    expect(state(d, 'it').status).toBe('running');
  });

  it("a language image's interpreter reads EOF without a terminal and exits 0; with -it it waits", () => {
    const d = daemonWith('node', 'python', 'alpine');
    run(d, { Image: 'node' }, 'nd');
    expect(state(d, 'nd')).toEqual({ status: 'exited', exitCode: 0 });
    run(d, { Image: 'python', Tty: true, OpenStdin: true }, 'py');
    expect(state(d, 'py').status).toBe('running');
    // The interpreter exists only where the image's config runs it.
    const { start } = run(d, { Image: 'alpine:latest', Cmd: ['python3'] }, 'nopy');
    expect(start.status).toBe(400);
  });

  it('sh -c runs a script: output, then its exit code', () => {
    const d = daemonWith('alpine');
    run(d, { Image: 'alpine', Cmd: ['sh', '-c', 'echo one; echo two && exit 3'] }, 'script');
    expect(logs(d, 'script')).toEqual(['one', 'two']);
    expect(state(d, 'script')).toEqual({ status: 'exited', exitCode: 3 });
  });

  it('an unknown command fails the start with the OCI error, leaves Created and records exit code 127', () => {
    const d = daemonWith('alpine');
    const { start } = run(d, { Image: 'alpine', Cmd: ['foo'] }, 'bad');
    const message =
      'failed to create task for container: failed to create shim task: OCI runtime create failed: runc create ' +
      'failed: unable to start container process: error during container init: exec: "foo": executable file ' +
      'not found in $PATH: unknown';
    expect(outcome(start).message).toBe(message);
    expect(state(d, 'bad')).toEqual({ status: 'created', exitCode: 127 });
    expect(inspectState(d, 'bad').Error).toBe(message);
    expect(psAll(d)).toEqual([{ name: 'bad', state: 'created', status: 'Created' }]);
  });

  it('an unknown command is a 400 (moby startInvalidConfigError is an InvalidParameter)', () => {
    const d = daemonWith('alpine');
    expect(run(d, { Image: 'alpine', Cmd: ['foo'] }, 'bad').start.status).toBe(400);
  });
});

describe('processes: stop and kill', () => {
  it('docker stop of sleep 1000 waits the 10 s timeout (PID 1 ignores SIGTERM), then SIGKILL gives 137', () => {
    const d = daemonWith('alpine');
    run(d, { Image: 'alpine', Cmd: ['sleep', '1000'] }, 'app');
    const before = nowMs(d);
    expect(outcome(op(d, 'stop', 'app'))).toEqual({ status: 204 });
    expect(nowMs(d) - before).toBe(10_000);
    expect(state(d, 'app')).toEqual({ status: 'exited', exitCode: 137 });
  });

  it(
    'a started container reports exit code 0 while it runs,' + ' whatever its last run ended with (moby SetRunning)',
    () => {
      const d = daemonWith('alpine');
      run(d, { Image: 'alpine', Cmd: ['sleep', '1000'] }, 'app');
      op(d, 'kill', 'app');
      expect(state(d, 'app')).toEqual({ status: 'exited', exitCode: 137 });
      op(d, 'start', 'app');
      expect(state(d, 'app')).toEqual({ status: 'running', exitCode: 0 });
    },
  );

  it('docker stop -t 3 waits 3 s', () => {
    const d = daemonWith('alpine');
    run(d, { Image: 'alpine', Cmd: ['sleep', '1000'] }, 'app');
    const before = nowMs(d);
    op(d, 'stop', 'app', '?t=3');
    expect(nowMs(d) - before).toBe(3_000);
    expect(state(d, 'app').exitCode).toBe(137);
  });

  it('a process that ends by itself during the stop timeout exits with its own code', () => {
    const d = daemonWith('alpine');
    run(d, { Image: 'alpine', Cmd: ['sleep', '4'] }, 'app');
    const before = nowMs(d);
    op(d, 'stop', 'app');
    expect(state(d, 'app')).toEqual({ status: 'exited', exitCode: 0 });
    expect(Date.parse(inspectState(d, 'app').FinishedAt) - before).toBe(4_000);
  });

  it('nginx handles its stop signal (SIGQUIT): docker stop returns at once with exit code 0', () => {
    const d = daemonWith('nginx');
    run(d, { Image: 'nginx' }, 'web');
    const before = nowMs(d);
    op(d, 'stop', 'web');
    expect(nowMs(d)).toBe(before);
    expect(state(d, 'web')).toEqual({ status: 'exited', exitCode: 0 });
  });

  it('docker kill gives 137 at once', () => {
    const d = daemonWith('nginx');
    run(d, { Image: 'nginx' }, 'web');
    expect(outcome(op(d, 'kill', 'web'))).toEqual({ status: 204 });
    expect(state(d, 'web')).toEqual({ status: 'exited', exitCode: 137 });
  });

  it('nginx logs its start-up lines while it runs', () => {
    const d = daemonWith('nginx');
    run(d, { Image: 'nginx' }, 'web');
    expect(logs(d, 'web')).toContain('/docker-entrypoint.sh: Configuration complete; ready for start up');
  });
});

describe('processes: status strings over virtual time (G19)', () => {
  it('Up About a minute → stop → Exited (137) 2 minutes ago → start, restart → Up Less than a second', () => {
    const d = daemonWith('alpine');
    run(d, { Image: 'alpine', Cmd: ['sleep', '1000'] }, 'app');
    advance(d, 65_000);
    expect(psAll(d)).toEqual([{ name: 'app', state: 'running', status: 'Up About a minute' }]);
    op(d, 'stop', 'app');
    advance(d, 130_000);
    expect(psAll(d)).toEqual([{ name: 'app', state: 'exited', status: 'Exited (137) 2 minutes ago' }]);
    op(d, 'start', 'app');
    const before = nowMs(d);
    expect(outcome(op(d, 'restart', 'app'))).toEqual({ status: 204 });
    // The restart's stop waits the 10 s timeout of a process that ignores SIGTERM.
    expect(nowMs(d) - before).toBe(10_000);
    expect(psAll(d)).toEqual([{ name: 'app', state: 'running', status: 'Up Less than a second' }]);
  });
});

describe('processes: pause', () => {
  it('pause freezes a sleep: paused time does not count towards its end', () => {
    const d = daemonWith('alpine');
    run(d, { Image: 'alpine', Cmd: ['sleep', '5'] }, 'sl');
    advance(d, 2_000);
    op(d, 'pause', 'sl');
    advance(d, 60_000);
    expect(state(d, 'sl').status).toBe('paused');
    op(d, 'unpause', 'sl');
    advance(d, 2_999);
    expect(state(d, 'sl').status).toBe('running');
    advance(d, 1);
    expect(state(d, 'sl')).toEqual({ status: 'exited', exitCode: 0 });
  });

  it('a paused container is listed as running by ps, with (Paused) in its status', () => {
    const d = daemonWith('alpine');
    run(d, { Image: 'alpine', Cmd: ['sleep', '1000'] }, 'sl');
    advance(d, 120_000);
    op(d, 'pause', 'sl');
    const running = d.call('GET', '/containers/json').json as Array<{ State: string; Status: string }>;
    expect(running.map((c) => ({ state: c.State, status: c.Status }))).toEqual([
      { state: 'paused', status: 'Up 2 minutes (Paused)' },
    ]);
  });

  it('a restart gives a new run whose old exit timer no longer fires', () => {
    const d = daemonWith('alpine');
    run(d, { Image: 'alpine', Cmd: ['sleep', '5'] }, 'sl');
    advance(d, 4_000);
    // -t 0: SIGKILL at once, then a new `sleep 5` starts at 4 s; the first run's end (5 s) is stale.
    op(d, 'restart', 'sl', '?t=0');
    advance(d, 4_999);
    expect(state(d, 'sl')).toEqual({ status: 'running', exitCode: 0 });
    advance(d, 1);
    expect(state(d, 'sl')).toEqual({ status: 'exited', exitCode: 0 });
  });
});
