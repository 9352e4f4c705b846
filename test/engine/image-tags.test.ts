import { describe, expect, it } from 'vitest';
import { CATALOG, create, images, newDaemon, outcome, pull, rmi, run, tag } from './engine-harness';

describe('tag', () => {
  it('docker tag adds a second name for the same image ID (201, no body)', () => {
    const d = newDaemon();
    pull(d, 'alpine');
    const r = tag(d, 'alpine', 'myweb:v1');
    expect(outcome(r)).toEqual({ status: 201 });
    expect(images(d)).toEqual([
      { ref: 'alpine:latest', id: 'e7c8ca00dae5' },
      { ref: 'myweb:v1', id: 'e7c8ca00dae5' },
    ]);
  });

  it('tagging a missing image is 404 "No such image" with the default tag added', () => {
    const d = newDaemon();
    expect(outcome(tag(d, 'nope', 'x:1'))).toEqual({ status: 404, message: 'No such image: nope:latest' });
  });

  it('an invalid target reference is a 400', () => {
    const d = newDaemon();
    pull(d, 'alpine');
    expect(outcome(tag(d, 'alpine', 'MyWeb:v1'))).toEqual({
      status: 400,
      message: 'invalid reference format: repository name (library/MyWeb) must be lowercase',
    });
  });

  it('moving a tag to another image leaves the old image without it, still listed by its digest', () => {
    const d = newDaemon();
    pull(d, 'alpine');
    pull(d, 'busybox');
    tag(d, 'busybox', 'alpine:latest');
    expect(images(d).find((i) => i.id === 'e7c8ca00dae5')).toEqual({ ref: 'alpine:<none>', id: 'e7c8ca00dae5' });
    expect(images(d).filter((i) => i.ref === 'alpine:latest')).toEqual([
      { ref: 'alpine:latest', id: images(d).find((i) => i.ref === 'busybox:latest')!.id },
    ]);
  });
});

describe('untag', () => {
  it('rmi of one of two tags only untags (G32 myweb:v1)', () => {
    const d = newDaemon();
    pull(d, 'alpine');
    tag(d, 'alpine', 'myweb:v1');
    const r = rmi(d, 'myweb:v1');
    expect(r.status).toBe(200);
    expect(r.json).toEqual([{ Untagged: 'myweb:v1' }]);
    expect(images(d)).toEqual([{ ref: 'alpine:latest', id: 'e7c8ca00dae5' }]);
  });

  it('rmi of the last tag of a repository also untags its digest reference and deletes the image', () => {
    const d = newDaemon();
    pull(d, 'alpine');
    tag(d, 'alpine', 'myweb:v1');
    rmi(d, 'myweb:v1');
    expect(rmi(d, 'alpine').json).toEqual([
      { Untagged: 'alpine:latest' },
      { Untagged: `alpine@${CATALOG.alpine.digest}` },
      { Deleted: CATALOG.alpine.id },
      { Deleted: CATALOG.alpine.chain },
    ]);
  });
});

describe('dangling images', () => {
  it('an image whose last reference is removed while a running container uses it shows as <none>:<none> (G27)', () => {
    const d = newDaemon();
    pull(d, 'alpine');
    run(d, { Image: 'alpine', Cmd: ['sleep', '1000'] }, 'app');
    rmi(d, 'alpine', true);
    expect(images(d)).toEqual([{ ref: '<none>:<none>', id: 'e7c8ca00dae5' }]);
    expect(d.call('GET', '/images/json?filters=%7B%22dangling%22%3A%7B%22true%22%3Atrue%7D%7D').json).toHaveLength(1);
  });

  it('image prune removes dangling images that no container uses, and keeps the rest', () => {
    const d = newDaemon();
    pull(d, 'alpine');
    pull(d, 'busybox');
    const app = run(d, { Image: 'alpine', Cmd: ['sleep', '1000'] }, 'app').id;
    rmi(d, 'alpine', true);
    const prune = d.call('POST', '/images/prune');
    expect(prune.json).toEqual({ ImagesDeleted: null, SpaceReclaimed: 0 });
    d.call('DELETE', `/containers/${app}?force=1`);
    const again = d.call('POST', '/images/prune').json as {
      ImagesDeleted: Array<Record<string, string>>;
      SpaceReclaimed: number;
    };
    expect(again.ImagesDeleted).toEqual([{ Deleted: CATALOG.alpine.id }, { Deleted: CATALOG.alpine.chain }]);
    expect(again.SpaceReclaimed).toBe(8_309_000);
    expect(images(d).map((i) => i.ref)).toEqual(['busybox:latest']);
  });

  it('a container of an untagged image shows the 12-hex image ID in ps', () => {
    const d = newDaemon();
    pull(d, 'alpine');
    create(d, { Image: 'alpine' }, 'c1');
    rmi(d, 'alpine', true);
    const ps = d.call('GET', '/containers/json?all=1').json as Array<{ Image: string }>;
    expect(ps.map((c) => c.Image)).toEqual(['e7c8ca00dae5']);
  });
});
