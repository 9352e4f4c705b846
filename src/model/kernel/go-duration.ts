// Go's time.ParseDuration, reduced to what the daemon needs from it: the value of a valid duration
// ("24h", "1h30m", "-5m", "1.5s") in nanoseconds, or nothing. The client's flag parser
// (cli/flags/flag-values.ts) keeps its own copy, which also words Go's errors.

const UNIT_NS: Record<string, number> = { ns: 1, us: 1e3, µs: 1e3, μs: 1e3, ms: 1e6, s: 1e9, m: 60e9, h: 3600e9 };

/** time.ParseDuration: nanoseconds, or undefined where Go returns an error. */
export function goDurationNs(text: string): number | undefined {
  let s = text;
  let negative = false;
  if (s !== '' && (s[0] === '-' || s[0] === '+')) {
    negative = s[0] === '-';
    s = s.slice(1);
  }
  if (s === '0') return 0;
  if (s === '') return undefined;
  let total = 0;
  while (s !== '') {
    const m = /^(\d*)(?:\.(\d*))?/.exec(s)!;
    if (m[0] === '' || (m[1] === '' && (m[2] ?? '') === '')) return undefined;
    s = s.slice(m[0].length);
    const unit = /^[^0-9.]*/.exec(s)![0];
    const scale = UNIT_NS[unit];
    if (scale === undefined) return undefined;
    s = s.slice(unit.length);
    total += Number(`${m[1] || '0'}.${m[2] ?? '0'}`) * scale;
    if (total > 9.223372036854775807e18) return undefined;
  }
  return negative ? -total : total;
}
