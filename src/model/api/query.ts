/** Query-string decoding as moby's httputils does it: booleans, integers and filters. */

import { EngineError } from '../engine/errors';

/** moby httputils.BoolValue: anything but "", "0", "no", "false", "none" is true. */
export function boolValue(query: URLSearchParams, key: string): boolean {
  const value = (query.get(key) ?? '').trim().toLowerCase();
  return !['', '0', 'no', 'false', 'none'].includes(value);
}

/** An integer query value, or `undefined` when absent; a malformed one is a 400 as in moby. */
export function intValue(query: URLSearchParams, key: string): number | undefined {
  const raw = query.get(key);
  if (raw === null || raw === '') return undefined;
  if (!/^-?\d+$/.test(raw)) throw new EngineError('invalidParameter', `invalid value for ${key}: ${raw}`);
  return Number(raw);
}

/** Decoded `filters`: each key maps to its accepted values. */
export type Filters = Map<string, string[]>;

/** Decodes `filters` in both forms moby accepts: `{"k":{"v":true}}` and the legacy `{"k":["v"]}`. */
export function parseFilters(query: URLSearchParams): Filters {
  const raw = query.get('filters');
  const filters: Filters = new Map();
  if (!raw) return filters;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new EngineError('invalidParameter', `invalid filter: ${raw}`);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
    throw new EngineError('invalidParameter', `invalid filter: ${raw}`);
  for (const [key, value] of Object.entries(parsed as Record<string, unknown>)) {
    if (Array.isArray(value)) filters.set(key, value.map(String));
    else if (value && typeof value === 'object')
      filters.set(
        key,
        Object.keys(value).filter((k) => (value as Record<string, unknown>)[k]),
      );
    else throw new EngineError('invalidParameter', `invalid filter: ${raw}`);
  }
  return filters;
}

/** Refuses filter keys a list does not support, with moby's message. */
export function checkFilterKeys(filters: Filters, allowed: string[]): void {
  for (const key of filters.keys()) {
    if (!allowed.includes(key)) throw new EngineError('invalidParameter', `invalid filter '${key}'`);
  }
}

/** Matches a Docker filter pattern (a glob with `*`), as used by `reference` and `name` filters. */
export function globMatch(pattern: string, text: string): boolean {
  // Without regular expressions, so a huge pattern cannot blow up: match the pieces between stars in order.
  const pieces = pattern.split('*');
  if (pieces.length === 1) return pattern === text;
  if (!text.startsWith(pieces[0]) || !text.endsWith(pieces[pieces.length - 1])) return false;
  let at = pieces[0].length;
  const end = text.length - pieces[pieces.length - 1].length;
  for (const piece of pieces.slice(1, -1)) {
    const found = text.indexOf(piece, at);
    if (found < 0 || found + piece.length > end) return false;
    at = found + piece.length;
  }
  return at <= end;
}
