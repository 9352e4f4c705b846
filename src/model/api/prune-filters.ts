/**
 * The filters the prune endpoints share, as moby reads them: `until` (daemon/prune.go
 * getUntilFromPruneFilters over api/types/time GetTimestamp), `label` / `label!` (matchLabels over
 * filters.Args.MatchKVList) and boolean filters (filters.Args.GetBoolOrDefault).
 */

import { EngineError, type ErrorKind } from '../engine/errors';
import { goDurationNs } from '../kernel/go-duration';
import type { Filters } from './query';

// api/types/time GetTimestamp's layouts: a date, an hour, minutes, or RFC 3339 seconds with an optional
// fraction, each in the daemon's zone (UTC here) or with a Z / ±hh:mm zone.
const TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2})(?::(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?)?([Zz]|[+-]\d{2}:\d{2})?$/;

/** Go's %q for the printable ASCII that filter values are. */
function goQuoted(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** A date-time GetTimestamp accepts, in milliseconds since the epoch; undefined when it does not parse. */
function parseDateTime(value: string): number | undefined {
  const m = TIMESTAMP.exec(value);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map((p) => Number(p ?? 0));
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return undefined;
  const utc = Date.UTC(year, month - 1, day, hour, minute, second);
  if (new Date(utc).getUTCDate() !== day) return undefined;
  const fraction = Number(`0.${m[7] ?? '0'}`) * 1000;
  const zone = m[8] ?? 'Z';
  const offset = /^[Zz]$/.test(zone)
    ? 0
    : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4)));
  return utc + fraction - offset * 60_000;
}

/**
 * GetTimestamp then ParseTimestamps: a Go duration counts back from `nowMs`, otherwise a date-time or
 * a Unix timestamp (seconds, with an optional fraction). The instant in milliseconds, or Go's error.
 */
export function parseTimestamp(value: string, nowMs: number): number | string {
  const ns = goDurationNs(value);
  // GetTimestamp: reference.Add(-d).Unix(), whole seconds.
  if (value !== '0' && ns !== undefined) return Math.floor((nowMs - ns / 1e6) / 1000) * 1000;
  const at = parseDateTime(value);
  if (at !== undefined) return at;
  const unix = /^[+-]?\d+(?:\.(\d+))?$/.exec(value);
  if (!unix || value.includes('-')) return `failed to parse value as time or duration: ${goQuoted(value)}`;
  return Number(value) * 1000;
}

/** getUntilFromPruneFilters: the `until` instant in ms, or undefined without the filter. */
export function pruneUntil(filters: Filters, nowMs: number, kind: ErrorKind = 'invalidParameter'): number | undefined {
  const values = filters.get('until');
  if (!values) return undefined;
  if (values.length > 1) throw new EngineError(kind, 'more than one until filter specified');
  const at = parseTimestamp(values[0], nowMs);
  if (typeof at === 'string') throw new EngineError(kind, at);
  return at;
}

/** filters.Args.MatchKVList: every `key` or `key=value` of the filter is among the labels. */
export function matchKVList(filters: Filters, key: string, labels: Record<string, string> | null | undefined): boolean {
  const values = filters.get(key) ?? [];
  if (values.length === 0) return true;
  const source = labels ?? {};
  if (Object.keys(source).length === 0) return false;
  return values.every((value) => {
    const at = value.indexOf('=');
    const k = at < 0 ? value : value.slice(0, at);
    if (!Object.prototype.hasOwnProperty.call(source, k)) return false;
    return at < 0 || source[k] === value.slice(at + 1);
  });
}

/** daemon/prune.go matchLabels: all of `label`, none of `label!`. */
export function matchPruneLabels(filters: Filters, labels: Record<string, string> | null | undefined): boolean {
  if (!matchKVList(filters, 'label', labels)) return false;
  return !(filters.has('label!') && matchKVList(filters, 'label!', labels));
}

/** filters.Args.GetBoolOrDefault, with its `invalid filter 'key=[values]'` error. */
export function filterBool(filters: Filters, key: string, fallback: boolean): boolean {
  const values = filters.get(key);
  if (!values) return fallback;
  if (values.length === 0) throw new EngineError('invalidParameter', `invalid filter '${key}'`);
  const isFalse = values.includes('0') || values.includes('false');
  const isTrue = values.includes('1') || values.includes('true');
  if (isFalse === isTrue) throw new EngineError('invalidParameter', `invalid filter '${key}=[${values.join(' ')}]'`);
  return isTrue;
}
