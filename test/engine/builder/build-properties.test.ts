/** Properties of the builder over generated Dockerfiles: the cache, determinism, and failures that leave nothing. */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { images, newDaemon, psAll, pull } from '../engine-harness';
import { build, type Context } from './build-harness';

const word = fc.stringMatching(/^[a-z][a-z0-9]{0,5}$/);

/** One instruction after FROM, with the context files it needs. */
const instruction: fc.Arbitrary<{ line: string; files: Context }> = fc.oneof(
  fc.tuple(word, word).map(([text, file]) => ({ line: `RUN echo ${text} > /${file}`, files: {} })),
  fc
    .tuple(word, word)
    .map(([name, content]) => ({ line: `COPY ${name}.txt /data/`, files: { [`${name}.txt`]: content } })),
  fc.tuple(word, word).map(([k, v]) => ({ line: `ENV ${k.toUpperCase()}=${v}`, files: {} })),
  word.map((dir) => ({ line: `WORKDIR /${dir}`, files: {} })),
  fc.tuple(word, word).map(([k, v]) => ({ line: `LABEL ${k}=${v}`, files: {} })),
  word.map((arg) => ({ line: `CMD ["echo", "${arg}"]`, files: {} })),
);

const dockerfile = fc.array(instruction, { minLength: 1, maxLength: 8 }).map((list) => {
  const files: Context = {};
  for (const i of list) Object.assign(files, i.files);
  return { ...files, Dockerfile: ['FROM alpine', ...list.map((i) => i.line)].join('\n') + '\n' };
});

const stepsOf = (names: string[]) => names.filter((s) => /\] (RUN|COPY|WORKDIR)/.test(s));

describe('builder properties', () => {
  it('a rebuild with no change is all cache hits and yields the same image ID', () => {
    fc.assert(
      fc.property(dockerfile, (files) => {
        const d = newDaemon();
        const first = build(d, files, { t: 'p' });
        expect(first.error).toBeUndefined();
        const second = build(d, files, { t: 'p' });
        expect(second.id).toBe(first.id);
        expect(stepsOf(second.steps).every((s) => s.startsWith('CACHED '))).toBe(true);
      }),
      { numRuns: 20 },
    );
  });

  it('a build is deterministic for one seed: two fresh worlds give the same IDs', () => {
    fc.assert(
      fc.property(dockerfile, fc.integer({ min: 1, max: 1000 }), (files, seed) => {
        const a = build(newDaemon(seed), files);
        const b = build(newDaemon(seed), files);
        expect(a.id).toBeDefined();
        expect(b.id).toBe(a.id);
        expect(b.steps).toEqual(a.steps);
      }),
      { numRuns: 10 },
    );
  });

  it('a failing RUN leaves no image, no tag, no container, and cache only for the steps before it', () => {
    fc.assert(
      fc.property(dockerfile, fc.nat(), fc.integer({ min: 1, max: 125 }), (files, at, code) => {
        const d = newDaemon();
        pull(d, 'alpine');
        const lines = files.Dockerfile.trimEnd().split('\n');
        const cut = 1 + (at % lines.length);
        const failing = [...lines.slice(0, cut), `RUN exit ${code}`, ...lines.slice(cut)].join('\n');
        const before = images(d);
        const b = build(d, { ...files, Dockerfile: failing }, { t: 'bad' });
        expect(b.error).toBe(`process "/bin/sh -c exit ${code}" did not complete successfully: exit code: ${code}`);
        expect(images(d)).toEqual(before);
        expect(psAll(d)).toEqual([]);
        const ranBefore = lines.slice(1, cut).filter((l) => /^(RUN|COPY|WORKDIR)/.test(l)).length;
        expect(Object.values(d.host.buildCache ?? {}).filter((r) => r.type === 'regular')).toHaveLength(ranBefore);
      }),
      { numRuns: 20 },
    );
  });
});
