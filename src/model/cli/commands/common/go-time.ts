// Go's time.Time.String() in UTC, the form docker prints for CreatedAt columns:
// "2026-11-28 12:16:14 +0000 UTC", with the fraction of a second (trailing zeros trimmed) when there is one.

/** time.Unix(sec, 0).String() for the simulated host's UTC zone. */
export function goTimeString(ms: number): string {
  const iso = new Date(ms).toISOString();
  const fraction = iso.slice(20, 23).replace(/0+$/, '');
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}${fraction ? `.${fraction}` : ''} +0000 UTC`;
}

/** Parses the RFC 3339 timestamps of the Engine API (nanoseconds allowed) to ms; NaN if not one. */
export function parseApiTime(text: unknown): number {
  if (typeof text !== 'string') return NaN;
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d+))?(Z|[+-]\d{2}:\d{2})$/.exec(text);
  if (!m) return NaN;
  const ms = (m[2] ?? '').padEnd(3, '0').slice(0, 3);
  return Date.parse(`${m[1]}.${ms}${m[3]}`);
}
