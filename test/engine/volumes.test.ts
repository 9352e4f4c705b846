import { describe, expect, it } from 'vitest';
import { create, newDaemon, outcome, pull, rm, run } from './engine-harness';

const volumeNames = (d: ReturnType<typeof newDaemon>) =>
  (d.call('GET', '/volumes').json as { Volumes: Array<{ Name: string }> }).Volumes.map((v) => v.Name).sort();

describe('volume create', () => {
  it('creates a named volume with the local driver (201) and is idempotent (G33)', () => {
    const d = newDaemon();
    const r = d.call('POST', '/volumes/create', { Driver: 'local', Name: 'myvol' });
    expect(r.status).toBe(201);
    expect(r.json).toMatchObject({
      Name: 'myvol',
      Driver: 'local',
      Mountpoint: '/var/lib/docker/volumes/myvol/_data',
      Scope: 'local',
    });
    expect(d.call('POST', '/volumes/create', { Name: 'myvol' }).status).toBe(201);
    expect(volumeNames(d)).toEqual(['myvol']);
  });

  it('without a name it generates a 64-hex name', () => {
    const d = newDaemon();
    const r = d.call('POST', '/volumes/create', {});
    expect((r.json as { Name: string }).Name).toMatch(/^[0-9a-f]{64}$/);
  });

  it('a one-character name is too short (400)', () => {
    const d = newDaemon();
    expect(outcome(d.call('POST', '/volumes/create', { Name: 'x' }))).toEqual({
      status: 400,
      message: 'create x: volume name is too short, names should be at least two alphanumeric characters',
    });
  });

  it('a name with a slash has invalid characters (400)', () => {
    const d = newDaemon();
    expect(outcome(d.call('POST', '/volumes/create', { Name: 'a/b' }))).toEqual({
      status: 400,
      message:
        'create a/b: "a/b" includes invalid characters for a local volume name, only ' +
        '"[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path',
    });
  });

  it('-v name:/path creates the named volume when it does not exist', () => {
    const d = newDaemon();
    pull(d, 'alpine');
    create(d, { Image: 'alpine', HostConfig: { Binds: ['data:/data'] } }, 'app');
    expect(volumeNames(d)).toEqual(['data']);
  });
});

describe('volume rm', () => {
  it('a volume used by a running container is in use (409), listing the full container ID (G34)', () => {
    const d = newDaemon();
    pull(d, 'alpine');
    d.call('POST', '/volumes/create', { Name: 'data' });
    const { id } = run(d, { Image: 'alpine', Cmd: ['sleep', '1000'], HostConfig: { Binds: ['data:/data'] } }, 'app');
    expect(outcome(d.call('DELETE', '/volumes/data'))).toEqual({
      status: 409,
      message: `remove data: volume is in use - [${id}]`,
    });
    rm(d, 'app', { force: true });
    expect(outcome(d.call('DELETE', '/volumes/data'))).toEqual({ status: 204 });
    expect(volumeNames(d)).toEqual([]);
  });

  it('a stopped container counts as a user too', () => {
    const d = newDaemon();
    pull(d, 'alpine');
    const a = create(d, { Image: 'alpine', HostConfig: { Binds: ['data:/data'] } }, 'a1');
    const b = run(d, { Image: 'alpine', Cmd: ['echo'], HostConfig: { Binds: ['data:/data:ro'] } }, 'a2').id;
    expect(outcome(d.call('DELETE', '/volumes/data'))).toEqual({
      status: 409,
      message: `remove data: volume is in use - [${a}, ${b}]`,
    });
  });

  it('a missing volume is 404 "no such volume"; with force it is a silent success', () => {
    const d = newDaemon();
    expect(outcome(d.call('DELETE', '/volumes/nope'))).toEqual({ status: 404, message: 'get nope: no such volume' });
    expect(outcome(d.call('DELETE', '/volumes/nope?force=1'))).toEqual({ status: 204 });
  });
});

describe('anonymous volumes (G36)', () => {
  it('an image VOLUME gets an anonymous 64-hex volume with the anonymous label', () => {
    const d = newDaemon();
    pull(d, 'redis');
    run(d, { Image: 'redis' }, 'cache');
    const vols = (
      d.call('GET', '/volumes').json as { Volumes: Array<{ Name: string; Labels: Record<string, string> }> }
    ).Volumes;
    expect(vols).toHaveLength(1);
    expect(vols[0].Name).toMatch(/^[0-9a-f]{64}$/);
    expect(vols[0].Labels).toEqual({ 'com.docker.volume.anonymous': '' });
  });

  it('rm -f keeps the anonymous volume; rm -f -v removes it', () => {
    const d = newDaemon();
    pull(d, 'redis');
    run(d, { Image: 'redis' }, 'cache');
    const first = volumeNames(d);
    rm(d, 'cache', { force: true });
    expect(volumeNames(d)).toEqual(first);
    run(d, { Image: 'redis' }, 'cache2');
    expect(volumeNames(d)).toHaveLength(2);
    rm(d, 'cache2', { force: true, volumes: true });
    expect(volumeNames(d)).toEqual(first);
  });

  it('rm -v never removes a named volume', () => {
    const d = newDaemon();
    pull(d, 'alpine');
    run(d, { Image: 'alpine', Cmd: ['echo'], HostConfig: { Binds: ['keep:/data'] } }, 'app');
    rm(d, 'app', { volumes: true });
    expect(volumeNames(d)).toEqual(['keep']);
  });

  it('a -v bind over the image VOLUME path replaces the anonymous volume', () => {
    const d = newDaemon();
    pull(d, 'redis');
    run(d, { Image: 'redis', HostConfig: { Binds: ['cache-data:/data'] } }, 'cache');
    expect(volumeNames(d)).toEqual(['cache-data']);
  });
});
