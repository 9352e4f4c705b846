import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatFloat } from '../../src/model/kernel/go-float';
import { goQuote } from '../../src/model/cli/format/go-quote';
import { truncateRunes } from '../../src/model/cli/format/ellipsis';

describe('strconv.Quote (the COMMAND column)', () => {
  it.each([
    ['/docker-entrypoint.…', '"/docker-entrypoint.…"'],
    ['sleep 1000', '"sleep 1000"'],
    ['a"b\\c', '"a\\"b\\\\c"'],
    ['tab\there \u0001 é ☃ \u00a0x', '"tab\\there \\x01 é ☃ \\u00a0x"'],
    ['\u0007\b\f\n\r\v\u007f', '"\\a\\b\\f\\n\\r\\v\\x7f"'],
    ['日本語', '"日本語"'],
    ['\u2028\ufeff', '"\\u2028\\ufeff"'],
    ['\u{e0001}', '"\\U000e0001"'],
    ['😀', '"😀"'],
  ])('quotes %j as %s', (input, expected) => {
    expect(goQuote(input)).toBe(expected);
  });

  it('never throws and always yields a double-quoted literal', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => /^".*"$/su.test(goQuote(s))));
  });
});

describe('formatter.Ellipsis (truncateRunes)', () => {
  it.each([
    ["/docker-entrypoint.sh nginx -g 'daemon off;'", 20, '/docker-entrypoint.…'],
    ['docker-entrypoint.sh redis-server', 20, 'docker-entrypoint.s…'],
    ['sleep 1000', 20, 'sleep 1000'],
    ['exactly-twenty-chars', 20, 'exactly-twenty-chars'],
    ['echo 日本語日本語日本語日本語日本語', 20, 'echo 日本語日本語日…'],
    ['abc', 1, 'a'],
    ['abc', 0, ''],
    ['日本', 2, '日本'],
    ['', 1, ''],
  ])('fits %j into %d columns as %j', (input, n, expected) => {
    expect(truncateRunes(input, n)).toBe(expected);
  });

  it('never throws', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme' }),
        fc.integer({ min: -5, max: 40 }),
        (s, n) => typeof truncateRunes(s, n) === 'string',
      ),
    );
  });
});

describe('Go float formatting (strconv)', () => {
  it.each([
    [999.6, 'g', 3, '1e+03'],
    [1.125, 'g', 3, '1.12'],
    [1234567, 'g', -1, '1.234567e+06'],
    [123456, 'g', -1, '123456'],
    [0.00001, 'g', -1, '1e-05'],
    [1e21, 'g', -1, '1e+21'],
    [1234.5678, 'e', 6, '1.234568e+03'],
    [0.5, 'f', 0, '0'],
    [1.5, 'f', 0, '2'],
    [2.5, 'f', 0, '2'],
    [0, 'e', 3, '0.000e+00'],
    [-0, 'g', -1, '-0'],
    [Number.NaN, 'g', 3, 'NaN'],
    [-Infinity, 'g', 3, '-Inf'],
  ] as const)('%d with %s/%d is %s', (x, fmt, prec, expected) => {
    expect(formatFloat(x, fmt, prec)).toBe(expected);
  });

  it('shortest output reads back as the same double', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) =>
        Object.is(Number(formatFloat(x, 'g', -1)), x === 0 ? x : x),
      ),
    );
  });

  it('agrees with toExponential except on exact decimal ties, which Go rounds to even', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-300, max: 1e300, noNaN: true }), fc.integer({ min: 0, max: 15 }), (x, p) => {
        const js = x.toExponential(p);
        const go = formatFloat(x, 'e', p).replace(/e([+-])0(\d)$/, 'e$1$2');
        if (go !== js) {
          const exact = x.toPrecision(100).replace(/e.*$/, '').replace('.', '');
          expect(exact.slice(p + 1).replace(/0+$/, '')).toBe('5');
        }
      }),
      { numRuns: 3000 },
    );
  });
});
