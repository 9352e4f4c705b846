// The JSON docker prints for inspect: the daemon's document re-indented with four spaces
// (json.Indent keeps the daemon's key order), and JSON turned into Go template data (objects as
// maps, numbers as float64) for `--format`.
import { goTypeKey } from '../../format/template';

/** json.Indent(…, "", "    ") of a JSON value, as `docker inspect` prints it. */
export function indentJson(value: unknown): string {
  return (JSON.stringify(value, null, 4) ?? 'null').replace(/[\u2028\u2029]/g, (c) =>
    c === '\u2028' ? '\\u2028' : '\\u2029',
  );
}

/**
 * A decoded JSON document as Go template data. As structs (`asMaps` false), objects keep the
 * daemon's field order, as docker's typed inspect results do; as maps (docker's fallback, a
 * map[string]interface{} decoded with UseNumber) a missing key can be an error. Numbers print as
 * written either way.
 */
export function jsonToGo(value: unknown, asMaps = true, typeName?: string): unknown {
  if (Array.isArray(value)) return value.map((v) => jsonToGo(v, asMaps));
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).map(
      ([k, v]) => [k, jsonToGo(v, asMaps)] as [string, unknown],
    );
    if (asMaps) return new Map(entries);
    const struct: Record<string | symbol, unknown> = Object.fromEntries(entries);
    if (typeName) struct[goTypeKey] = typeName;
    return struct;
  }
  return value;
}
