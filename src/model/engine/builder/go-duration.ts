/**
 * Go's time.ParseDuration (`30s`, `1m30s`, `1.5h`, `300ms`), which HEALTHCHECK's `--interval`,
 * `--timeout`, `--start-period` and `--start-interval` go through, with Go's error texts.
 */

import { goQuote } from './shell-words';

const UNITS: Record<string, number> = {
  ns: 1,
  us: 1e3,
  µs: 1e3,
  μs: 1e3,
  ms: 1e6,
  s: 1e9,
  m: 60e9,
  h: 3600e9,
};

/** Nanoseconds, or Go's error (`time: invalid duration "abc"`). */
export function parseGoDuration(text: string): { ok: true; ns: number } | { ok: false; error: string } {
  const bad = { ok: false as const, error: `time: invalid duration ${goQuote(text)}` };
  let s = text;
  let neg = false;
  if (s !== '' && (s[0] === '-' || s[0] === '+')) {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  if (s === '0') return { ok: true, ns: 0 };
  if (s === '') return bad;
  let total = 0;
  while (s !== '') {
    const num = /^(\d*)(?:\.(\d*))?/.exec(s);
    if (!num || (num[1] === '' && (num[2] === undefined || num[2] === ''))) return bad;
    s = s.slice(num[0].length);
    const unit = /^[^\d.]*/.exec(s)?.[0] ?? '';
    if (unit === '') return { ok: false, error: `time: missing unit in duration ${goQuote(text)}` };
    const scale = UNITS[unit];
    if (scale === undefined) {
      return { ok: false, error: `time: unknown unit ${goQuote(unit)} in duration ${goQuote(text)}` };
    }
    s = s.slice(unit.length);
    total += Number(`${num[1] || '0'}.${num[2] || '0'}`) * scale;
  }
  return { ok: true, ns: Math.round(neg ? -total : total) };
}
