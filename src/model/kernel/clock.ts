/**
 * The virtual clock: the only source of time in the model. Time is integer milliseconds since the
 * Unix epoch, and it only moves when the model says so (an operation that takes time, or `advance`).
 */

/** The serializable state of the virtual clock. */
export interface ClockState {
  nowMs: number;
}

/** The default start of every world: the day the golden transcripts were captured. */
export const DEFAULT_EPOCH_MS = Date.UTC(2026, 10, 28, 12, 0, 0);

/** Creates a clock standing at `startMs`. */
export function createClock(startMs: number = DEFAULT_EPOCH_MS): ClockState {
  return { nowMs: startMs };
}

/** Formats a virtual time as RFC 3339 with seconds and `Z`, as the Engine API does for volumes. */
export function formatRfc3339Seconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Formats a virtual time as RFC 3339 with nanoseconds, as Go's time.Time marshals to JSON. */
export function formatRfc3339Nano(ms: number): string {
  const iso = new Date(ms).toISOString();
  const frac = String(ms % 1000).padStart(3, '0');
  return `${iso.slice(0, 19)}.${frac}000000Z`;
}
