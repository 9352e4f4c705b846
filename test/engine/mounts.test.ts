import { describe, expect, it } from 'vitest';
import { create, createContainer, logs, newDaemon, outcome, pull, rm, run } from './engine-harness';

const volumeNames = (d: ReturnType<typeof newDaemon>) =>
  (d.call('GET', '/volumes').json as { Volumes: Array<{ Name: string }> }).Volumes.map((v) => v.Name).sort();
const containerCount = (d: ReturnType<typeof newDaemon>) =>
  (d.call('GET', '/containers/json?all=1').json as unknown[]).length;
const mountsOf = (d: ReturnType<typeof newDaemon>, name: string) =>
  (d.call('GET', `/containers/${name}/json`).json as { Mounts: Array<Record<string, unknown>> }).Mounts;

describe('HostConfig.Mounts (--mount)', () => {
  it('creates and mounts a named volume, shown with Mode "z"; the volume is then in use', () => {
    const d = newDaemon();
    pull(d, 'alpine');
    const id = create(d, {
      Image: 'alpine',
      HostConfig: { Mounts: [{ Type: 'volume', Source: 'data', Target: '/data' }] },
    });
    expect(volumeNames(d)).toEqual(['data']);
    expect(mountsOf(d, id)).toEqual([
      {
        Type: 'volume',
        Name: 'data',
        Source: '/var/lib/docker/volumes/data/_data',
        Destination: '/data',
        Driver: 'local',
        Mode: 'z',
        RW: true,
        Propagation: '',
      },
    ]);
    expect(outcome(d.call('DELETE', '/volumes/data'))).toEqual({
      status: 409,
      message: `remove data: volume is in use - [${id}]`,
    });
    rm(d, id);
    expect(d.call('DELETE', '/volumes/data').status).toBe(204);
  });

  it('files written through a --mount volume land in the volume and outlive the container', () => {
    const d = newDaemon();
    pull(d, 'alpine');
    const mount = { Type: 'volume', Source: 'data', Target: '/data' };
    run(d, { Image: 'alpine', Cmd: ['sh', '-c', 'echo hi > /data/f'], HostConfig: { Mounts: [mount] } }, 'w1');
    rm(d, 'w1');
    run(d, { Image: 'alpine', Cmd: ['cat', '/data/f'], HostConfig: { Mounts: [mount] } }, 'r1');
    expect(logs(d, 'r1')).toEqual(['hi']);
  });

  it('an anonymous volume mount gets a 64-hex volume marked anonymous, removed with rm -v', () => {
    const d = newDaemon();
    pull(d, 'alpine');
    create(d, { Image: 'alpine', HostConfig: { Mounts: [{ Type: 'volume', Target: '/anon' }] } }, 'a1');
    const [name] = volumeNames(d);
    expect(name).toMatch(/^[0-9a-f]{64}$/);
    expect(mountsOf(d, 'a1')[0]).toMatchObject({ Name: name, Mode: 'z', RW: true });
    rm(d, 'a1', { volumes: true });
    expect(volumeNames(d)).toEqual([]);
  });

  it('a bind mount of an existing host path propagates rprivate with no Mode; tmpfs has no source', () => {
    const d = newDaemon();
    pull(d, 'alpine');
    create(
      d,
      {
        Image: 'alpine',
        HostConfig: {
          Mounts: [
            { Type: 'bind', Source: '/home/user', Target: '/app', ReadOnly: true },
            { Type: 'tmpfs', Target: '/cache' },
          ],
        },
      },
      'b1',
    );
    expect(mountsOf(d, 'b1')).toEqual([
      { Type: 'bind', Source: '/home/user', Destination: '/app', Mode: '', RW: false, Propagation: 'rprivate' },
      { Type: 'tmpfs', Source: '', Destination: '/cache', Mode: '', RW: true, Propagation: '' },
    ]);
  });

  const refusals: Array<[string, Record<string, unknown>, string]> = [
    [
      'a missing bind source',
      { Type: 'bind', Source: '/nope', Target: '/app' },
      'bind source path does not exist: /nope',
    ],
    [
      'a relative bind source',
      { Type: 'bind', Source: 'x', Target: '/app' },
      "invalid mount path: 'x' mount path must be absolute",
    ],
    ['a bind without source', { Type: 'bind', Target: '/app' }, 'field Source must not be empty'],
    [
      'a relative target',
      { Type: 'volume', Source: 'v1', Target: 'app' },
      "invalid mount path: 'app' mount path must be absolute",
    ],
    ['no target', { Type: 'volume', Source: 'v1' }, 'field Target must not be empty'],
    ['a tmpfs with a source', { Type: 'tmpfs', Source: '/tmp', Target: '/app' }, 'field Source must not be specified'],
    ['an unknown type', { Type: 'nfs', Target: '/app' }, 'mount type unknown'],
    [
      'a read-only anonymous volume',
      { Type: 'volume', Target: '/app', ReadOnly: true },
      'must not set ReadOnly mode when using anonymous volumes',
    ],
    [
      'a bad propagation',
      { Type: 'bind', Source: '/tmp', Target: '/a', BindOptions: { Propagation: 'x' } },
      'invalid propagation mode: x',
    ],
  ];
  for (const [what, mount, error] of refusals) {
    it(`refuses ${what} before anything exists (400)`, () => {
      const d = newDaemon();
      pull(d, 'alpine');
      const r = createContainer(d, { Image: 'alpine', HostConfig: { Mounts: [mount] } }, 'x1');
      expect(outcome(r)).toEqual({
        status: 400,
        message: `invalid mount config for type ${JSON.stringify(mount.Type)}: ${error}`,
      });
      expect(containerCount(d)).toBe(0);
      expect(volumeNames(d)).toEqual([]);
    });
  }

  it('checks mounts before the image, as validateHostConfig runs first', () => {
    const d = newDaemon();
    const r = createContainer(d, {
      Image: 'nosuch',
      HostConfig: { Mounts: [{ Type: 'bind', Source: '/nope', Target: '/a' }] },
    });
    expect(outcome(r).message).toBe('invalid mount config for type "bind": bind source path does not exist: /nope');
  });

  it('a duplicate mount point leaves no volume and no container', () => {
    const d = newDaemon();
    pull(d, 'alpine');
    const r = createContainer(d, {
      Image: 'alpine',
      HostConfig: {
        Binds: ['first:/app'],
        Mounts: [
          { Type: 'volume', Source: 'second', Target: '/data' },
          { Type: 'volume', Source: 'third', Target: '/app/' },
        ],
      },
    });
    expect(outcome(r)).toEqual({ status: 400, message: 'Duplicate mount point: /app/' });
    expect(volumeNames(d)).toEqual([]);
    expect(containerCount(d)).toBe(0);
  });

  it('a bad volume name among good ones creates none of them', () => {
    const d = newDaemon();
    pull(d, 'alpine');
    const r = createContainer(d, {
      Image: 'alpine',
      HostConfig: {
        Mounts: [
          { Type: 'volume', Source: 'good', Target: '/a' },
          { Type: 'volume', Source: 'b/ad', Target: '/b' },
        ],
      },
    });
    expect(outcome(r).status).toBe(400);
    expect(volumeNames(d)).toEqual([]);
  });

  it('a -v bind creates its missing host directory at start; a --mount bind of it then works', () => {
    const d = newDaemon();
    pull(d, 'alpine');
    const mount = { Type: 'bind', Source: '/srv/site', Target: '/s' };
    expect(createContainer(d, { Image: 'alpine', HostConfig: { Mounts: [mount] } }).status).toBe(400);
    create(d, { Image: 'alpine', HostConfig: { Binds: ['/srv/site:/site'] } }, 'c1');
    expect(createContainer(d, { Image: 'alpine', HostConfig: { Mounts: [mount] } }).status).toBe(400);
    d.call('POST', '/containers/c1/start');
    expect(createContainer(d, { Image: 'alpine', HostConfig: { Mounts: [mount] } }).status).toBe(201);
  });

  it('a Mounts that is not a list is Go decoding error', () => {
    const d = newDaemon();
    pull(d, 'alpine');
    expect(outcome(createContainer(d, { Image: 'alpine', HostConfig: { Mounts: 'x' } }))).toEqual({
      status: 400,
      message:
        'invalid JSON: json: cannot unmarshal string into Go struct field HostConfig.Mounts of type []mount.Mount',
    });
  });
});
