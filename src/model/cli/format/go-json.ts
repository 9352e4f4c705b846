// Go's encoding/json output, used by `--format json` and the {{json}} template function.
// Docker's list contexts marshal through json.Marshal of a map (sorted keys, HTML-escaped:
// "\u003cnone\u003e"), while {{json .Field}} goes through an Encoder with SetEscapeHTML(false).
import { formatFloat } from '../../kernel/go-float';
import {
  compareGoStrings,
  GoFloat,
  goNilMapKey,
  goNilSliceKey,
  goOmitEmptyKey,
  isEmptyGoValue,
  isGoInt,
  kindOf,
  sortedEntries,
  structFields,
} from './go-value';

/** How one json encoding runs. */
export interface JsonOptions {
  /** json.Marshal escapes <, > and & as \u003c, \u003e, \u0026; an Encoder may turn that off. */
  escapeHTML: boolean;
  /** Objects that marshal as a map[string]any (sorted keys, always HTML-escaped), like docker's contexts. */
  asMap?: (v: object) => boolean;
}

const hexDigits = '0123456789abcdef';

/** encoding/json's string literal (Go 1.22+: \b and \f are short escapes). */
export function jsonString(s: string, escapeHTML: boolean): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0xfffd;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\b') out += '\\b';
    else if (ch === '\f') out += '\\f';
    else if (cp < 0x20 || (escapeHTML && (ch === '<' || ch === '>' || ch === '&'))) {
      out += '\\u00' + hexDigits[cp >> 4] + hexDigits[cp & 15];
    } else if (cp === 0x2028 || cp === 0x2029) out += '\\u' + cp.toString(16);
    else if (cp >= 0xd800 && cp <= 0xdfff) out += '\\ufffd';
    else out += ch;
  }
  return out + '"';
}

/** encoding/json's float64: 'f' form unless the exponent is < -6 or >= 21, "e-07" cleaned to "e-7". */
function jsonNumber(v: number, float: boolean): string | undefined {
  if (!Number.isFinite(v)) return undefined;
  if (!float && isGoInt(v)) return BigInt(v).toString();
  const abs = Math.abs(v);
  const useE = abs !== 0 && (abs < 1e-6 || abs >= 1e21);
  let s = formatFloat(v, useE ? 'e' : 'f', -1);
  if (useE) s = s.replace(/e-0(\d)$/, 'e-$1');
  return s;
}

/** Encodes a value as Go would; undefined means json's "unsupported value" error. */
export function encodeJson(v: unknown, options: JsonOptions): string | undefined {
  const seen = new Set<object>();
  const enc = (x: unknown, escapeHTML: boolean): string | undefined => {
    switch (kindOf(x)) {
      case 'invalid':
      case 'nil':
        return 'null';
      case 'string':
        return jsonString(x as string, escapeHTML);
      case 'int':
      case 'float':
        if (x instanceof GoFloat) return jsonNumber(x.value, true);
        return typeof x === 'bigint' ? x.toString() : jsonNumber(x as number, false);
      case 'bool':
        return x ? 'true' : 'false';
      case 'func':
        return undefined;
      default:
        break;
    }
    const obj = x as object;
    const marks = obj as unknown as Record<symbol, unknown>;
    if ((obj instanceof Map && marks[goNilMapKey]) || (Array.isArray(obj) && marks[goNilSliceKey])) return 'null';
    if (seen.has(obj)) return undefined;
    seen.add(obj);
    let out: string | undefined;
    if (Array.isArray(obj)) {
      const parts = obj.map((e) => enc(e, escapeHTML));
      out = parts.includes(undefined) ? undefined : '[' + parts.join(',') + ']';
    } else {
      const asMap = obj instanceof Map || (options.asMap?.(obj) ?? false);
      const escape = asMap && !(obj instanceof Map) ? true : escapeHTML;
      const omitEmpty = (marks[goOmitEmptyKey] as readonly string[] | undefined) ?? [];
      const entries =
        obj instanceof Map
          ? sortedEntries(obj)
          : structFields(obj).filter(([k, v]) => !(omitEmpty.includes(k) && isEmptyGoValue(v)));
      if (asMap && !(obj instanceof Map)) entries.sort(([a], [b]) => compareGoStrings(String(a), String(b)));
      const parts: string[] = [];
      for (const [k, val] of entries) {
        const e = enc(val, escape);
        if (e === undefined) {
          seen.delete(obj);
          return undefined;
        }
        parts.push(jsonString(String(k), escape) + ':' + e);
      }
      out = '{' + parts.join(',') + '}';
    }
    seen.delete(obj);
    return out;
  };
  return enc(v, options.escapeHTML);
}
