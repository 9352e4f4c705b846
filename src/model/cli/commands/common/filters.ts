// opts.FilterOpt: `-f key=value` flags as docker collects them (key lowercased and trimmed, value
// trimmed, empty flags ignored) and sends them as the `filters` query parameter.
import { filtersJson } from '../../client/api-client';

/** The filter pairs of every `--filter` given, in order. */
export function filterPairs(values: readonly string[]): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (const value of values) {
    if (value === '') continue;
    const at = value.indexOf('=');
    pairs.push([value.slice(0, at).trim().toLowerCase(), value.slice(at + 1).trim()]);
  }
  return pairs;
}

/** The `filters` query value for these flags, or undefined when there are none. */
export function filtersQuery(
  values: readonly string[],
  extra: ReadonlyArray<[string, string]> = [],
): string | undefined {
  return filtersJson([...filterPairs(values), ...extra]);
}
