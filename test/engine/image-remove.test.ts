import { describe, expect, it } from 'vitest';
import { CATALOG, create, images, newDaemon, outcome, psAll, pull, rm, rmi, run, tag } from './engine-harness';

const ALPINE_REFS = [{ Untagged: 'alpine:latest' }, { Untagged: `alpine@${CATALOG.alpine.digest}` }];

/** alpine pulled and one container `app` using it, running (`sleep 1000`) or stopped (created). */
function withContainer(running: boolean) {
  const d = newDaemon();
  pull(d, 'alpine');
  const id = running
    ? run(d, { Image: 'alpine', Cmd: ['sleep', '1000'] }, 'app').id
    : create(d, { Image: 'alpine' }, 'app');
  return { d, id, short: id.slice(0, 12) };
}

describe('rmi while a RUNNING container uses the image (G27)', () => {
  it('by reference without -f: must force, naming the reference as typed', () => {
    const { d, short } = withContainer(true);
    expect(outcome(rmi(d, 'alpine'))).toEqual({
      status: 409,
      message:
        `conflict: unable to remove repository reference "alpine" (must force) - container ${short} is using its ` +
        `referenced image e7c8ca00dae5`,
    });
    expect(outcome(rmi(d, 'alpine:latest')).message).toContain('unable to remove repository reference "alpine:latest"');
  });

  it('by ID without -f: cannot be forced', () => {
    const { d, short } = withContainer(true);
    expect(outcome(rmi(d, 'e7c8ca00dae5'))).toEqual({
      status: 409,
      message:
        `conflict: unable to delete e7c8ca00dae5 (cannot be forced) - image is being used by running container ` +
        `${short}`,
    });
  });

  it('by ID with -f: still cannot be forced', () => {
    const { d, short } = withContainer(true);
    expect(outcome(rmi(d, 'e7c8ca00dae5', true))).toEqual({
      status: 409,
      message:
        `conflict: unable to delete e7c8ca00dae5 (cannot be forced) - image is being used by running container ` +
        `${short}`,
    });
    expect(images(d)).toEqual([{ ref: 'alpine:latest', id: 'e7c8ca00dae5' }]);
  });

  it('by reference with -f: only untags; the image stays, dangling, and the container keeps running', () => {
    const { d } = withContainer(true);
    const r = rmi(d, 'alpine', true);
    expect(r.status).toBe(200);
    expect(r.json).toEqual(ALPINE_REFS);
    expect(images(d)).toEqual([{ ref: '<none>:<none>', id: 'e7c8ca00dae5' }]);
    expect(psAll(d)).toEqual([{ name: 'app', state: 'running', status: 'Up Less than a second' }]);
  });
});

describe('rmi while a STOPPED container uses the image (G28)', () => {
  it('by reference without -f: must force', () => {
    const { d, short } = withContainer(false);
    expect(outcome(rmi(d, 'alpine'))).toEqual({
      status: 409,
      message:
        `conflict: unable to remove repository reference "alpine" (must force) - container ${short} is using its ` +
        `referenced image e7c8ca00dae5`,
    });
  });

  it('by ID without -f: must be forced', () => {
    const { d, short } = withContainer(false);
    expect(outcome(rmi(d, 'e7c8ca00dae5'))).toEqual({
      status: 409,
      message:
        `conflict: unable to delete e7c8ca00dae5 (must be forced) - image is being used by stopped container ` +
        `${short}`,
    });
  });

  it('by reference with -f: untags and deletes the image record, but no layer (the container holds them)', () => {
    const { d } = withContainer(false);
    const r = rmi(d, 'alpine', true);
    expect(r.json).toEqual([...ALPINE_REFS, { Deleted: CATALOG.alpine.id }]);
    expect(images(d)).toEqual([]);
    expect(Object.keys(d.host.layers)).toEqual([CATALOG.alpine.chain]);
    const ps = d.call('GET', '/containers/json?all=1').json as Array<{ Image: string; State: string }>;
    expect(ps.map((c) => ({ image: c.Image, state: c.State }))).toEqual([{ image: 'e7c8ca00dae5', state: 'created' }]);
  });

  it('by ID with -f: untags every reference and deletes the image record only', () => {
    const { d } = withContainer(false);
    expect(rmi(d, 'e7c8ca00dae5', true).json).toEqual([...ALPINE_REFS, { Deleted: CATALOG.alpine.id }]);
  });

  it('the layers of a force-deleted image are released silently when its last container is removed', () => {
    const { d } = withContainer(false);
    rmi(d, 'alpine', true);
    expect(outcome(rm(d, 'app'))).toEqual({ status: 204 });
    expect(d.host.layers).toEqual({});
  });
});

describe('rmi of images sharing a base layer (G29)', () => {
  it('rmi nginx keeps the debian layer redis shares: 6 layer lines; rmi redis then deletes 7', () => {
    const d = newDaemon();
    pull(d, 'nginx');
    pull(d, 'redis');
    expect(rmi(d, 'nginx').json).toEqual([
      { Untagged: 'nginx:latest' },
      { Untagged: `nginx@${CATALOG.nginx.digest}` },
      { Deleted: CATALOG.nginx.id },
      { Deleted: 'sha256:49c653c14645a6e213756c3d0895593f19311a9b0b01c50188c662f6f3cde34b' },
      { Deleted: 'sha256:596c1f79ccac1ecccdf73d7c9bf1938cfe92d2535e39f7cf4db78ab145aad5fd' },
      { Deleted: 'sha256:8b40bae852c41b0a9c31aab74fe4f9c721bf0c0fe83742bf895f0737d7de0d42' },
      { Deleted: 'sha256:24a22ca1a630592dc7ccf677f7281a2599862ef89d47e0f98a023bbd6bdfc5f7' },
      { Deleted: 'sha256:475c3eed2fe18890cd918bdb794df378ad45cc1341cca64b43caa024934c8529' },
      { Deleted: 'sha256:cb29aa781fa907c930419d62eb201db63fe8af3ed84fbc0d03c36c9a4ca4fae8' },
    ]);
    expect(rmi(d, 'redis').json).toEqual([
      { Untagged: 'redis:latest' },
      { Untagged: `redis@${CATALOG.redis.digest}` },
      { Deleted: CATALOG.redis.id },
      { Deleted: 'sha256:a834feea162420e0e41e0a30e7d09bdcf6c11e00c4aae8294f7595f335ee9548' },
      { Deleted: 'sha256:f0c5995e8e43bafa7c36cb88f52fc53548f17f182d32b0decfedda2114444bbf' },
      { Deleted: 'sha256:5464521b65a6d78fb9e7da31b103237abef846a5daa3edc5c4873221f67d1f78' },
      { Deleted: 'sha256:fa3b1e1dc1e8e8c593e51b548732965a7a022706aec375573edabc418838feca' },
      { Deleted: 'sha256:b3f5311d4326162ff8cb36be3116b360ae3b0676b439220e7aa3d9faa4a6db05' },
      { Deleted: 'sha256:e7af88c6781f2a0c0b05093c74494d9cc6329a55a88773a2f8f0bb3b974c17f0' },
      { Deleted: 'sha256:a5b4bb848029f4b2d33b4a3937a52dd2bb8f8926fd4ee883ab09754af9076bdd' },
    ]);
    expect(images(d)).toEqual([]);
    expect(d.host.layers).toEqual({});
  });
});

describe('rmi of a single-layer image; by short ID prefix (G30)', () => {
  it('rmi alpine deletes the image and its one layer; rmi 69fa deletes ubuntu by ID prefix', () => {
    const d = newDaemon();
    pull(d, 'alpine');
    pull(d, 'ubuntu');
    expect(rmi(d, 'alpine').json).toEqual([
      ...ALPINE_REFS,
      { Deleted: CATALOG.alpine.id },
      { Deleted: CATALOG.alpine.chain },
    ]);
    expect(rmi(d, '69fa').json).toEqual([
      { Untagged: 'ubuntu:latest' },
      { Untagged: `ubuntu@${CATALOG.ubuntu.digest}` },
      { Deleted: CATALOG.ubuntu.id },
      { Deleted: 'sha256:01640cffb441d0297259d6fe89fa5d34a16d6250cfc21505ca78cbf68052514c' },
    ]);
    expect(images(d)).toEqual([]);
  });
});

describe('rmi: other conflicts and errors (§7)', () => {
  it('by ID, an image tagged in two repositories must be forced; forced, it untags all in lexical order', () => {
    const d = newDaemon();
    pull(d, 'alpine');
    tag(d, 'alpine', 'myweb:v1');
    expect(outcome(rmi(d, 'e7c8ca00dae5'))).toEqual({
      status: 409,
      message:
        'conflict: unable to delete e7c8ca00dae5 (must be forced) - image is referenced in multiple repositories',
    });
    expect(rmi(d, 'e7c8ca00dae5', true).json).toEqual([
      ...ALPINE_REFS,
      { Untagged: 'myweb:v1' },
      { Deleted: CATALOG.alpine.id },
      { Deleted: CATALOG.alpine.chain },
    ]);
  });

  it('a missing image is 404 "No such image" with the default tag, also with -f', () => {
    const d = newDaemon();
    expect(outcome(rmi(d, 'nope'))).toEqual({ status: 404, message: 'No such image: nope:latest' });
    expect(outcome(rmi(d, 'nope', true))).toEqual({ status: 404, message: 'No such image: nope:latest' });
  });

  it('an invalid reference is refused by the daemon with 400', () => {
    const d = newDaemon();
    expect(outcome(rmi(d, 'Alpine'))).toEqual({
      status: 400,
      message: 'invalid reference format: repository name (library/Alpine) must be lowercase',
    });
  });

  it('the full sha256: ID works as well as the short one', () => {
    const d = newDaemon();
    pull(d, 'alpine');
    expect(rmi(d, CATALOG.alpine.id).json).toEqual([
      ...ALPINE_REFS,
      { Deleted: CATALOG.alpine.id },
      { Deleted: CATALOG.alpine.chain },
    ]);
  });
});
