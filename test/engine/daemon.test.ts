import { describe, expect, it } from 'vitest';
import { inspectState, newDaemon, pull, run } from './engine-harness';
import { setDaemonRunning } from '../../src/model/engine/daemon';

function stop(d: ReturnType<typeof newDaemon>, running: boolean): void {
  setDaemonRunning({ world: d.world, host: d.host }, running);
}

describe('the daemon process', () => {
  it('a stopped daemon answers nothing: every request gets status 0', () => {
    const d = newDaemon();
    stop(d, false);
    for (const [method, path] of [
      ['HEAD', '/_ping'],
      ['GET', '/_ping'],
      ['GET', '/containers/json'],
      ['POST', '/images/create?fromImage=alpine'],
      ['GET', '/nope'],
    ]) {
      expect(d.call(method, path), `${method} ${path}`).toEqual({ status: 0, headers: {} });
    }
  });

  it('a stopped daemon changes nothing, even when asked to', () => {
    const d = newDaemon();
    stop(d, false);
    pull(d, 'alpine');
    expect(d.host.images).toEqual({});
  });

  it('stopping the daemon stops the containers: nginx exits 0 on its signal, sleep is killed (137)', () => {
    const d = newDaemon();
    pull(d, 'nginx');
    pull(d, 'alpine');
    run(d, { Image: 'nginx' }, 'web');
    run(d, { Image: 'alpine', Cmd: ['sleep', '1000'] }, 'app');
    stop(d, false);
    stop(d, true);
    const state = (c: string) => ({ status: inspectState(d, c).Status, exitCode: inspectState(d, c).ExitCode });
    expect(state('web')).toEqual({ status: 'exited', exitCode: 0 });
    expect(state('app')).toEqual({ status: 'exited', exitCode: 137 });
  });

  it('a started daemon answers the ping again with the API version headers', () => {
    const d = newDaemon();
    stop(d, false);
    stop(d, true);
    const r = d.call('GET', '/_ping');
    expect(r.status).toBe(200);
    expect(r.headers['Api-Version']).toBe('1.50');
    expect(r.text).toBe('OK');
  });

  it('starting a running daemon or stopping a stopped one is a no-op', () => {
    const d = newDaemon();
    const events: string[] = [];
    d.world.listeners.add((e) => events.push(e.type));
    stop(d, true);
    stop(d, false);
    stop(d, false);
    expect(events).toEqual(['daemon.stopped']);
  });
});
