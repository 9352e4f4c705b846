/**
 * The sizes and durations the docker commands print match go-units at every unit boundary: the
 * CREATED and STATUS ages of `docker ps`, the SIZE of `docker ps -s` and `docker images`, checked
 * against an independent port of go-units (test/cli-format/go-units-reference.ts).
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containerFields } from '../../src/model/cli/commands/rows/container-row';
import { imageRows } from '../../src/model/cli/commands/rows/image-row';
import { refHumanDuration, refHumanSizeWithPrecision } from '../cli-format/go-units-reference';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Where HumanDuration changes wording: 1 s, 2 s, 60 s, 2 min, 60 min, 90 min, 48 h, 14 d, 60 d, 2 y. */
const DURATION_EDGES = [
  SECOND,
  2 * SECOND,
  MINUTE,
  2 * MINUTE,
  HOUR,
  1.5 * HOUR,
  48 * HOUR,
  14 * DAY,
  60 * DAY,
  730 * DAY,
];
/** Where go-units changes unit or digits: 1000^k and the roundings just below. */
const SIZE_EDGES = [1, 10, 100, 999, 1000, 9995, 99950, 999500, 1e6, 9.995e6, 1e9, 1e12, 1e15];

const NOW = Date.UTC(2026, 10, 28, 12, 0, 0);
const around = (edges: number[], spread: number) =>
  fc
    .tuple(fc.constantFrom(...edges), fc.integer({ min: -spread, max: spread }))
    .map(([edge, delta]) => Math.max(0, Math.round(edge + delta)));

describe('go-units in the docker tables', () => {
  it('ages (CREATED … ago) match HumanDuration around every boundary', () => {
    const fields = containerFields(true, NOW);
    fc.assert(
      fc.property(around(DURATION_EDGES, 2 * SECOND), (ageMs) => {
        // The API gives whole seconds; the client subtracts them from its own clock.
        const createdSec = Math.floor((NOW - ageMs) / 1000);
        const shown = fields.RunningFor({ Id: 'x', Created: createdSec });
        expect(shown).toBe(`${refHumanDuration(NOW - createdSec * 1000)} ago`);
      }),
      { numRuns: 2000 },
    );
  });

  it('sizes (ps -s, images) match HumanSizeWithPrecision(3) around every boundary', () => {
    const fields = containerFields(true, NOW);
    fc.assert(
      fc.property(around(SIZE_EDGES, 7), around(SIZE_EDGES, 7), (rw, rootFs) => {
        const expected =
          rootFs > 0
            ? `${refHumanSizeWithPrecision(rw, 3)} (virtual ${refHumanSizeWithPrecision(rootFs, 3)})`
            : refHumanSizeWithPrecision(rw, 3);
        expect(fields.Size({ Id: 'x', SizeRw: rw, SizeRootFs: rootFs })).toBe(expected);
        const [row] = imageRows(
          { Id: 'sha256:abc', RepoTags: ['a:b'], Size: rw, Created: 0 },
          { trunc: true, needDigest: false, digestFlag: false, nowMs: NOW },
        );
        expect(row.Size).toBe(refHumanSizeWithPrecision(rw, 3));
      }),
      { numRuns: 2000 },
    );
  });
});
