/**
 * The real docker client computes "5 minutes ago" with its own (wall) clock, while the engine lives
 * on the virtual clock. The HTTP server therefore shifts every timestamp it sends by
 * (wall now − virtual now), so that the client sees virtual ages.
 */

const SECONDS_KEYS = new Set(['Created']);
const TIME_KEYS = new Set([
  'Created',
  'CreatedAt',
  'StartedAt',
  'FinishedAt',
  'SystemTime',
  'LastTagTime',
  'LastUsedAt',
]);
const RFC3339 = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

function shiftText(text: string, offsetMs: number): string {
  const m = RFC3339.exec(text);
  if (!m || text.startsWith('0001-01-01')) return text;
  const shifted = new Date(Date.parse(text) + offsetMs).toISOString();
  return m[2] ? `${shifted.slice(0, 19)}.${shifted.slice(20, 23)}000000Z` : shifted.replace(/\.\d{3}Z$/, 'Z');
}

/** Returns a copy of a JSON value with every timestamp field shifted by `offsetMs`. */
export function shiftTimestamps(value: unknown, offsetMs: number): unknown {
  if (offsetMs === 0 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => shiftTimestamps(v, offsetMs));
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if (SECONDS_KEYS.has(key) && typeof v === 'number') out[key] = v + Math.round(offsetMs / 1000);
    else if (TIME_KEYS.has(key) && typeof v === 'string') out[key] = shiftText(v, offsetMs);
    else out[key] = shiftTimestamps(v, offsetMs);
  }
  return out;
}
