import { describe, expect, it } from 'vitest';
import { attach, create, createContainer, newDaemon, outcome, psAll, pull, rm } from './engine-harness';
import { deserializeWorld, serializeWorld } from '../../src/model/world/world';
import { ADJECTIVES, SURNAMES } from '../../src/model/engine/names/words';

const invalid = (name: string) => ({
  status: 400,
  message: `Invalid container name (${name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`,
});

function unnamed(d: ReturnType<typeof newDaemon>, n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const id = create(d, { Image: 'alpine' });
    out.push(d.host.containers[id].name.slice(1));
  }
  return out;
}

describe('container names: validation', () => {
  it.each(['my app', 'x', '_hidden', '-dash', 'a/b', 'ünï', '.'])('%j is refused with 400 (G15)', (name) => {
    const d = newDaemon();
    pull(d, 'alpine');
    expect(outcome(createContainer(d, { Image: 'alpine' }, name))).toEqual(invalid(name));
    expect(psAll(d)).toEqual([]);
  });

  it.each(['ab', 'web', 'a.b-c_d', '0day', '/web'])(
    '%j is accepted and stored without its leading slash in views',
    (name) => {
      const d = newDaemon();
      pull(d, 'alpine');
      create(d, { Image: 'alpine' }, name);
      expect(psAll(d).map((c) => c.name)).toEqual([name.replace(/^\//, '')]);
    },
  );

  it('the image is checked before the name: a bad name with a missing image is a 404', () => {
    const d = newDaemon();
    expect(outcome(createContainer(d, { Image: 'alpine' }, 'x'))).toEqual({
      status: 404,
      message: 'No such image: alpine:latest',
    });
  });
});

describe('container names: conflicts', () => {
  it('a name in use is a 409 naming the holder by full ID (G14)', () => {
    const d = newDaemon();
    pull(d, 'alpine');
    const id = create(d, { Image: 'alpine' }, 'web');
    expect(outcome(createContainer(d, { Image: 'alpine' }, 'web'))).toEqual({
      status: 409,
      message:
        `Conflict. The container name "/web" is already in use by container "${id}". You have to remove (or ` +
        `rename) that container to be able to reuse that name.`,
    });
    expect(outcome(createContainer(d, { Image: 'alpine' }, '/web')).status).toBe(409);
  });

  it('names are case-sensitive: Web and web can coexist', () => {
    const d = newDaemon();
    pull(d, 'alpine');
    create(d, { Image: 'alpine' }, 'web');
    expect(createContainer(d, { Image: 'alpine' }, 'Web').status).toBe(201);
  });

  it('removing a container releases its name for reuse', () => {
    const d = newDaemon();
    pull(d, 'alpine');
    create(d, { Image: 'alpine' }, 'web');
    rm(d, 'web');
    expect(createContainer(d, { Image: 'alpine' }, 'web').status).toBe(201);
    expect(d.host.names).toEqual({ '/web': Object.keys(d.host.containers)[0] });
  });
});

describe('container names: generated', () => {
  it('are adjective_surname from the engine word lists, never boring_wozniak, and unique', () => {
    const d = newDaemon(7);
    pull(d, 'alpine');
    const names = unnamed(d, 200);
    for (const name of names) {
      const m = /^([a-z]+)_([a-z]+)(\d?)$/.exec(name);
      expect(m, name).not.toBeNull();
      expect(ADJECTIVES).toContain(m![1]);
      expect(SURNAMES).toContain(m![2]);
      expect(name).not.toBe('boring_wozniak');
    }
    expect(new Set(names).size).toBe(names.length);
  });

  it('are the same for the same seed and differ for another seed', () => {
    const names = (seed: number) => {
      const d = newDaemon(seed);
      pull(d, 'alpine');
      return unnamed(d, 10);
    };
    expect(names(42)).toEqual(names(42));
    expect(names(42)).not.toEqual(names(43));
  });

  it('on a collision the daemon retries with one random digit appended', () => {
    const d = newDaemon(3);
    pull(d, 'alpine');
    // In a copy of the world, learn the name an unnamed create gets after one named create
    // (a given name draws no randomness, so both worlds draw the same IDs and names).
    const copy = attach(deserializeWorld(serializeWorld(d.world)));
    create(copy, { Image: 'alpine' }, 'placeholder');
    const next = copy.host.containers[create(copy, { Image: 'alpine' })].name.slice(1);
    create(d, { Image: 'alpine' }, next);
    const generated = d.host.containers[create(d, { Image: 'alpine' })].name.slice(1);
    expect(generated).not.toBe(next);
    expect(generated).toMatch(/^[a-z]+_[a-z]+\d$/);
  });
});
