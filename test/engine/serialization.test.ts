import { describe, expect, it } from 'vitest';
import { advance, attach, create, newDaemon, op, pull, run, tag, type Daemon } from './engine-harness';
import { deserializeWorld, serializeWorld, subscribe } from '../../src/model/world/world';
import type { ApiResponse } from '../../src/model/api/types';

/** A daemon in a varied state: shared layers, a dangling image, pending exits, a paused sleep, volumes, networks. */
function busyDaemon(): Daemon {
  const d = newDaemon('serialize');
  for (const ref of ['alpine', 'nginx:alpine', 'redis', 'busybox']) pull(d, ref);
  tag(d, 'busybox', 'myapp:v1');
  d.call('POST', '/volumes/create', { Name: 'data' });
  d.call('POST', '/networks/create', { Name: 'mynet' });
  run(
    d,
    {
      Image: 'nginx:alpine',
      HostConfig: { PortBindings: { '80/tcp': [{ HostIp: '', HostPort: '8080' }] }, NetworkMode: 'mynet' },
    },
    'web',
  );
  run(d, { Image: 'redis' }, 'cache');
  run(d, { Image: 'alpine', Cmd: ['sleep', '30'], HostConfig: { Binds: ['data:/data'] } }, 'sleeper');
  run(d, { Image: 'alpine', Cmd: ['sleep', '20'] }, 'frozen');
  advance(d, 5_000);
  op(d, 'pause', 'frozen');
  run(d, { Image: 'busybox', Cmd: ['echo', 'bye'] });
  create(d, { Image: 'alpine' });
  run(d, { Image: 'alpine', Cmd: ['sleep', '1000'] }, 'holder');
  d.call('DELETE', '/images/alpine?force=1');
  return d;
}

/** What happens next: timers fire, randomness is drawn (IDs, names), images and containers come and go. */
function continueWith(d: Daemon): unknown[] {
  const answers: ApiResponse[] = [];
  const call = (method: string, path: string, body?: unknown) => answers.push(d.call(method, path, body));
  advance(d, 20_000);
  call('POST', '/containers/frozen/unpause');
  advance(d, 20_000);
  call('POST', '/containers/create', { Image: 'busybox', Cmd: ['sleep', '3'] });
  call('POST', '/volumes/create', {});
  call('POST', '/networks/create', { Name: 'other' });
  call('POST', '/containers/holder/stop');
  call('POST', '/images/create?fromImage=docker.io%2Flibrary%2Fnginx&tag=latest');
  call('DELETE', '/containers/cache?force=1&v=1');
  call('DELETE', '/images/redis');
  call('GET', '/containers/json?all=1');
  call('GET', '/images/json');
  call('GET', '/system/df');
  call('GET', '/volumes');
  call('GET', '/networks');
  return answers.map((a) => JSON.parse(JSON.stringify(a)) as unknown);
}

describe('serialize → deserialize', () => {
  it('gives an equal world', () => {
    const d = busyDaemon();
    const restored = deserializeWorld(serializeWorld(d.world));
    expect(restored.state).toEqual(d.world.state);
    expect(serializeWorld(restored)).toBe(serializeWorld(d.world));
  });

  it('the restored world behaves the same afterwards: same answers, same final state', () => {
    const original = busyDaemon();
    const copy = attach(deserializeWorld(serializeWorld(original.world)));
    const a = continueWith(original);
    const b = continueWith(copy);
    expect(b).toEqual(a);
    expect(serializeWorld(copy.world)).toBe(serializeWorld(original.world));
  });

  it('the pending exits survive: the paused sleep resumes with the time it had left', () => {
    const d = busyDaemon();
    const copy = attach(deserializeWorld(serializeWorld(d.world)));
    op(copy, 'unpause', 'frozen');
    advance(copy, 14_999);
    expect((copy.call('GET', '/containers/frozen/json').json as { State: { Status: string } }).State.Status).toBe(
      'running',
    );
    advance(copy, 1);
    expect((copy.call('GET', '/containers/frozen/json').json as { State: { Status: string } }).State.Status).toBe(
      'exited',
    );
  });

  it('listeners are not part of the state; a restored world can be subscribed to', () => {
    const d = busyDaemon();
    subscribe(d.world, () => undefined);
    const restored = deserializeWorld(serializeWorld(d.world));
    expect(restored.listeners.size).toBe(0);
    const seen: string[] = [];
    subscribe(restored, (e) => seen.push(e.type));
    attach(restored).call('GET', '/_ping');
    expect(seen).toEqual(['api.request', 'api.response']);
  });

  it('refuses what is not a saved world, in plain words', () => {
    expect(() => deserializeWorld('{nope')).toThrow('The saved world is not valid JSON.');
    expect(() => deserializeWorld('{}')).toThrow('The saved world is incomplete.');
    expect(() => deserializeWorld('null')).toThrow('The saved world is incomplete.');
    const future = JSON.parse(serializeWorld(newDaemon().world)) as { version: number };
    future.version = 99;
    expect(() => deserializeWorld(JSON.stringify(future))).toThrow(
      'The saved world has format version 99; this simulator reads version 1.',
    );
  });
});
