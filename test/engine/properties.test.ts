/**
 * Property tests of the engine: random sequences of 50 Engine API calls, with the daemon's
 * invariants checked after every call. Reproduce a failure with the seed and path it prints:
 * `FC_SEED=… FC_PATH=… npx vitest run test/engine/properties.test.ts`. `FC_RUNS` sets the run count.
 */

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createWorld, defaultHost } from '../../src/model/world/world';
import { jsonEqual } from './engine-invariants';
import { apply, commandArb, freshWorld, report, runSequence, SHARED_REGISTRIES } from './engine-sequences';

const RUNS = Number(process.env.FC_RUNS ?? 1000);
const CALLS = 50;

describe('engine properties', () => {
  it(
    `${RUNS} random sequences of ${CALLS} API calls keep every invariant after every call`,
    () => {
      const property = fc.property(
        fc.integer(),
        fc.array(commandArb, { minLength: CALLS, maxLength: CALLS }),
        fc.nat(CALLS - 1),
        (seed, commands, twinAt) => {
          const failure = runSequence(seed, commands, twinAt);
          if (failure) throw new Error(`step ${failure.step + 1} (${failure.command}): ${failure.problems.join('; ')}`);
        },
      );
      const details = fc.check(property, {
        numRuns: RUNS,
        seed: process.env.FC_SEED ? Number(process.env.FC_SEED) : undefined,
        path: process.env.FC_PATH,
        endOnFailure: !!process.env.FC_PATH,
      });
      if (details.failed && details.counterexample) {
        const [seed, commands, twinAt] = details.counterexample;
        expect.fail(report(seed, commands, twinAt, details));
      }
      expect(details.failed, fc.defaultReportMessage(details)).toBe(false);
      expect(details.numRuns).toBe(RUNS);
      // About 20 ms a sequence on a 2-core machine; the timeout leaves room for a busy one.
    },
    Math.max(60_000, RUNS * 120),
  );

  it('the shared frozen registries equal those of any fresh world and survive a JSON round trip', () => {
    expect(jsonEqual(createWorld({ seed: 12345 }).state.registries, SHARED_REGISTRIES)).toBeNull();
    expect(jsonEqual(JSON.parse(JSON.stringify(SHARED_REGISTRIES)), SHARED_REGISTRIES)).toBeNull();
  });

  it(
    'the sequences reach the interesting states: shared layers, dangling images, running and exited containers, ' +
      'conflicts',
    () => {
      // A sanity check of the generator: a property that never sees these states proves little.
      const seen = {
        sharedLayer: 0,
        dangling: 0,
        running: 0,
        exited: 0,
        paused: 0,
        conflict409: 0,
        volumeInUse: 0,
        removedByRm: 0,
      };
      fc.assert(
        fc.property(fc.integer(), fc.array(commandArb, { minLength: CALLS, maxLength: CALLS }), (seed, commands) => {
          const world = freshWorld(seed);
          for (const c of commands) {
            const { answers } = apply(world, c);
            const host = defaultHost(world);
            if (Object.values(host.layers).some((l) => l.users.length > 1)) seen.sharedLayer++;
            if (Object.values(host.images).some((i) => i.repoTags.length === 0 && i.repoDigests.length === 0))
              seen.dangling++;
            const states = Object.values(host.containers).map((x) =>
              typeof x.state.lifecycle === 'string' ? x.state.lifecycle : x.state.lifecycle.running,
            );
            if (states.includes('active')) seen.running++;
            if (states.includes('exited')) seen.exited++;
            if (states.includes('paused')) seen.paused++;
            for (const a of answers) {
              const message = (a.json as { message?: string } | undefined)?.message ?? '';
              if (a.status === 409 && message.startsWith('conflict: unable to')) seen.conflict409++;
              if (message.includes('volume is in use')) seen.volumeInUse++;
            }
            if (c.op === 'rm' && answers[0]?.status === 204) seen.removedByRm++;
          }
        }),
        { numRuns: 100, seed: 1 },
      );
      for (const [what, count] of Object.entries(seen)) expect(count, what).toBeGreaterThan(0);
    },
  );
});
