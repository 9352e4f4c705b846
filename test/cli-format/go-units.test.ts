import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bytesSize, humanDuration, humanSize, humanSizeWithPrecision } from '../../src/model/kernel/go-units';
import bytesOracle from './fixtures/go-units-bytes.json';
import durationsOracle from './fixtures/go-units-durations.json';
import sizesOracle from './fixtures/go-units-sizes.json';
import { refHumanDuration, refHumanSizeWithPrecision } from './go-units-reference';

const s = 1000;
const min = 60 * s;
const hour = 60 * min;
const day = 24 * hour;

describe('go-units sizes', () => {
  it.each([
    [8309000, 3, '8.31MB'],
    [8309000, 4, '8.309MB'],
    [191817070, 3, '192MB'],
    [1093, 3, '1.09kB'],
    [1093, 4, '1.093kB'],
    [999, 3, '999B'],
    [1000, 3, '1kB'],
    [0, 3, '0B'],
    [999600000, 3, '1e+03MB'],
    [999600000, 4, '999.6MB'],
    [374_500_000, 4, '374.5MB'],
    [1125, 3, '1.12kB'],
    [1375, 3, '1.38kB'],
    [7_058_000, 4, '7.058MB'],
    [28_230_000, 4, '28.23MB'],
    [550, 4, '550B'],
    [1100, 4, '1.1kB'],
  ])('%d bytes at precision %d is %s', (bytes, precision, expected) => {
    expect(humanSizeWithPrecision(bytes, precision)).toBe(expected);
  });

  it('exact ties round to even, as Go does and JS toPrecision does not', () => {
    expect((1.125).toPrecision(3)).toBe('1.13');
    expect(humanSizeWithPrecision(1125, 3)).toBe('1.12kB');
    expect(humanSizeWithPrecision(2_500, 1)).toBe('2kB');
    expect(humanSizeWithPrecision(3_500, 1)).toBe('4kB');
  });

  it('keeps Go formatting for odd inputs', () => {
    expect(humanSize(-5)).toBe('-5B');
    expect(humanSize(Number.NaN)).toBe('NaNB');
    expect(humanSize(Infinity)).toBe('+InfYB');
    expect(humanSize(1e30)).toBe('1e+06YB');
    expect(humanSizeWithPrecision(1234, -1)).toBe('1.234kB');
    expect(humanSizeWithPrecision(1234, 0)).toBe('1kB');
  });

  it('BytesSize uses binary units with %.4g (docker info Total Memory)', () => {
    expect(bytesSize(16_622_243_840)).toBe('15.48GiB');
    expect(bytesSize(1024)).toBe('1KiB');
    expect(bytesSize(1_048_575)).toBe('1024KiB');
  });

  it('matches the real CLI 28.2.2 on every captured size', () => {
    expect(sizesOracle.rows.length).toBeGreaterThan(10);
    expect(bytesOracle.rows.length).toBeGreaterThan(10);
    for (const [bytes, p3, p4] of sizesOracle.rows as [number, string, string][]) {
      expect([humanSizeWithPrecision(bytes, 3), humanSize(bytes)]).toEqual([p3, p4]);
    }
    for (const [bytes, shown] of bytesOracle.rows as [number, string][]) expect(bytesSize(bytes)).toBe(shown);
  });

  const multipliers = [
    1, 0.9995, 0.99949, 0.9999, 1.0005, 1.00049, 1.005, 1.0049, 9.995, 9.9949, 99.95, 99.949, 999.5, 999.49, 999.95,
    1.125, 1.375, 2.5,
  ];
  const nearBoundary = fc
    .tuple(fc.integer({ min: 0, max: 8 }), fc.constantFrom(...multipliers), fc.integer({ min: -3, max: 3 }))
    .map(([k, m, delta]) => Math.max(0, Math.round(1000 ** k * m) + delta));

  it('matches an independent port of go-units around every unit and rounding boundary', () => {
    fc.assert(
      fc.property(nearBoundary, fc.integer({ min: 1, max: 6 }), (bytes, precision) => {
        expect(humanSizeWithPrecision(bytes, precision)).toBe(refHumanSizeWithPrecision(bytes, precision));
      }),
      { numRuns: 3000 },
    );
  });

  it('matches the independent port on arbitrary doubles and never throws', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e300, noNaN: true }),
        fc.integer({ min: 1, max: 17 }),
        (bytes, precision) => {
          expect(humanSizeWithPrecision(bytes, precision)).toBe(refHumanSizeWithPrecision(bytes, precision));
        },
      ),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(
        fc.double(),
        fc.integer(),
        (bytes, p) => typeof humanSizeWithPrecision(bytes, p) === 'string' && typeof bytesSize(bytes) === 'string',
      ),
    );
  });
});

describe('go-units HumanDuration', () => {
  it.each([
    [999, 'Less than a second'],
    [-5 * s, 'Less than a second'],
    [1 * s, '1 second'],
    [1999, '1 second'],
    [2 * s, '2 seconds'],
    [59 * s, '59 seconds'],
    [59_999, '59 seconds'],
    [60 * s, 'About a minute'],
    [119 * s, 'About a minute'],
    [120 * s, '2 minutes'],
    [59 * min, '59 minutes'],
    [60 * min - 1, '59 minutes'],
    [60 * min, 'About an hour'],
    [89 * min, 'About an hour'],
    [90 * min - 1, 'About an hour'],
    [90 * min, '2 hours'],
    [47 * hour + 29 * min, '47 hours'],
    [47.5 * hour - 1, '47 hours'],
    [47.5 * hour, '2 days'],
    [48 * hour, '2 days'],
    [13 * day, '13 days'],
    [13 * day + 23 * hour, '13 days'],
    [14 * day - 31 * min, '13 days'],
    [14 * day - 30 * min, '2 weeks'],
    [14 * day, '2 weeks'],
    [20 * day, '2 weeks'],
    [24 * day, '3 weeks'],
    [35 * day, '5 weeks'],
    [8 * 7 * day, '8 weeks'],
    [60 * day - 30 * min, '2 months'],
    [60 * day, '2 months'],
    [364 * day, '12 months'],
    [730 * day - 31 * min, '24 months'],
    [730 * day - 30 * min, '1 years'],
    [730 * day, '2 years'],
    [3 * 365 * day + 60 * day, '3 years'],
    [56 * 365 * day, '56 years'],
  ])('%d ms reads "%s"', (ms, expected) => {
    expect(humanDuration(ms)).toBe(expected);
  });

  it('matches the real CLI 28.2.2 "CreatedSince" for every captured age', () => {
    for (const [seconds, shown] of durationsOracle.rows as [number, string][]) {
      expect(humanDuration(seconds * 1000 + 500) + ' ago').toBe(shown);
    }
  });

  const unitBoundaries = [
    1,
    60,
    120,
    3600,
    5400,
    86_400,
    47.5 * 3600,
    48 * 3600,
    14 * 86_400 - 1800,
    60 * 86_400 - 1800,
    730 * 86_400 - 1800,
    365 * 86_400,
  ];
  it('matches an independent port of go-units at and around every boundary', () => {
    const around = fc
      .tuple(fc.constantFrom(...unitBoundaries), fc.integer({ min: 0, max: 40 }), fc.integer({ min: -2000, max: 2000 }))
      .map(([b, k, delta]) => Math.max(0, Math.round(b * 1000 * (1 + (k % 4 === 0 ? 0 : k))) + delta));
    fc.assert(
      fc.property(around, (ms) => {
        expect(humanDuration(ms)).toBe(refHumanDuration(ms));
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9e9 }), (ms) => {
        expect(humanDuration(ms)).toBe(refHumanDuration(ms));
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.double(), (ms) => typeof humanDuration(ms) === 'string'));
  });
});
