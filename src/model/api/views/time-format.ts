/** Times as the Engine API writes them: Unix seconds in lists, RFC 3339 with nanoseconds in inspects. */

/** Unix seconds of a virtual time (lists: `Created`). */
export function unixSeconds(ms: number): number {
  return Math.floor(ms / 1000);
}

/** Go's RFC 3339 nano form (`2026-11-28T12:00:00.123000000Z`); Go's zero time for 0. */
export function rfc3339Nano(ms: number): string {
  if (ms === 0) return '0001-01-01T00:00:00Z';
  const iso = new Date(ms).toISOString();
  return `${iso.slice(0, 19)}.${iso.slice(20, 23)}000000Z`;
}

/** RFC 3339 with whole seconds (`2026-11-28T12:12:52Z`), as volumes show `CreatedAt`. */
export function rfc3339Seconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
