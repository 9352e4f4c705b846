// How template and fmt code sees plain JS values as Go values: a string is a string, an
// integral number an int, other numbers float64, an array a slice, a Map a Go map (sorted
// when printed or ranged), a plain object a struct (fields in insertion order) and a
// function a method. Go's reflect distinctions that JS cannot carry are approximated here.

/** reflect.Value{}: what a missing map key or an unset interface evaluates to ("<no value>"). */
export const noValue: unique symbol = Symbol('no value');

/** A plain object may name its Go type under this key, for error messages and %T. */
export const goTypeKey: unique symbol = Symbol.for('pelabuhan.goType');

/** A float64 whose value is integral (3.0), which a plain JS number would pass off as an int. */
export class GoFloat {
  constructor(readonly value: number) {}
}

/** A Map marked with this key is a nil Go map: it prints `map[]` but marshals to JSON `null`. */
export const goNilMapKey: unique symbol = Symbol.for('pelabuhan.goNilMap');

/** A nil map of a map-typed field (what encoding/json leaves from a JSON `null`). */
export function nilGoMap(): Map<string, unknown> {
  return Object.assign(new Map<string, unknown>(), { [goNilMapKey]: true });
}

/** An array marked with this key is a nil Go slice: it prints `[]` but marshals to JSON `null`. */
export const goNilSliceKey: unique symbol = Symbol.for('pelabuhan.goNilSlice');

/** A nil slice of a slice-typed field (what encoding/json leaves from a JSON `null`). */
export function nilGoSlice(): unknown[] {
  return Object.assign([], { [goNilSliceKey]: true });
}

/** A struct may list its `omitempty` fields under this key: json leaves them out when empty. */
export const goOmitEmptyKey: unique symbol = Symbol.for('pelabuhan.goOmitEmpty');

/** Whether encoding/json's omitempty drops the value: false, 0, "", nil, or an empty slice or map. */
export function isEmptyGoValue(v: unknown): boolean {
  if (v === null || v === undefined || v === false || v === 0 || v === '') return true;
  if (Array.isArray(v)) return v.length === 0;
  return v instanceof Map && v.size === 0;
}

/** A Map may carry methods under this key (docker's header map has Label). */
export const goMethodsKey: unique symbol = Symbol.for('pelabuhan.goMethods');

/** The numeric value of an int or float operand. */
export function toNumber(v: unknown): number {
  if (v instanceof GoFloat) return v.value;
  return typeof v === 'bigint' ? Number(v) : (v as number);
}

/** Go's reflect kinds, as far as they can be told apart in JS. */
export type GoKind = 'invalid' | 'nil' | 'string' | 'int' | 'float' | 'bool' | 'slice' | 'map' | 'struct' | 'func';

/** Whether a number is a Go int (integral and in int64 range) rather than a float64. */
export function isGoInt(v: number): boolean {
  return Number.isInteger(v) && Math.abs(v) < 2 ** 63 && !Object.is(v, -0);
}

/** The reflect kind of a JS value. */
export function kindOf(v: unknown): GoKind {
  if (v === noValue) return 'invalid';
  if (v === null || v === undefined) return 'nil';
  switch (typeof v) {
    case 'string':
      return 'string';
    case 'number':
      return isGoInt(v) ? 'int' : 'float';
    case 'bigint':
      return 'int';
    case 'boolean':
      return 'bool';
    case 'function':
      return 'func';
    case 'object':
      if (Array.isArray(v)) return 'slice';
      if (v instanceof Map) return 'map';
      if (v instanceof GoFloat) return 'float';
      return 'struct';
    default:
      return 'invalid';
  }
}

/** Resolves the Go type name of a struct value (the template's root gets its name this way). */
export type StructNamer = (v: object) => string | undefined;

/** The Go type name of a value as reflect would print it (best effort for slices, maps, structs). */
export function goTypeName(v: unknown, namer?: StructNamer): string {
  switch (kindOf(v)) {
    case 'invalid':
    case 'nil':
      return '<nil>';
    case 'string':
      return 'string';
    case 'int':
      return 'int';
    case 'float':
      return 'float64';
    case 'bool':
      return 'bool';
    case 'func':
      return 'func() string';
    case 'slice':
      return (v as unknown[]).every((e) => typeof e === 'string') ? '[]string' : '[]interface {}';
    case 'map': {
      const values = [...(v as Map<unknown, unknown>).values()];
      return values.every((e) => typeof e === 'string') ? 'map[string]string' : 'map[string]interface {}';
    }
    default: {
      const own = (v as Record<symbol, unknown>)[goTypeKey];
      return namer?.(v as object) ?? (typeof own === 'string' ? own : 'struct {}');
    }
  }
}

/** The fields of a struct value in order; function-valued properties are methods, not fields. */
export function structFields(v: object): [string, unknown][] {
  return Object.entries(v).filter(([, f]) => typeof f !== 'function');
}

/** Compares strings by code point, the byte order Go's sort uses for UTF-8 strings. */
export function compareGoStrings(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = (x[i]?.codePointAt(0) ?? 0) - (y[i]?.codePointAt(0) ?? 0);
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

/** A map's entries in fmtsort order (numbers numerically, strings bytewise). */
export function sortedEntries(m: Map<unknown, unknown>): [unknown, unknown][] {
  return [...m.entries()].sort(([a], [b]) => {
    if (typeof a === 'number' && typeof b === 'number') return a - b;
    return compareGoStrings(String(a), String(b));
  });
}

/** text/template's truth: non-zero, non-empty, non-nil; undefined when Go says "can't use". */
export function isTrue(v: unknown): boolean | undefined {
  switch (kindOf(v)) {
    case 'invalid':
    case 'nil':
      return false;
    case 'string':
      return (v as string).length > 0;
    case 'int':
    case 'float':
      return toNumber(v) !== 0;
    case 'bool':
      return v as boolean;
    case 'slice':
      return (v as unknown[]).length > 0;
    case 'map':
      return (v as Map<unknown, unknown>).size > 0;
    case 'func':
    case 'struct':
      return true;
  }
}

/** Length of a string in UTF-8 bytes, Go's len(s). */
export function utf8Length(s: string): number {
  let n = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return n;
}

/** UTF-8 bytes of a string (a lone surrogate becomes U+FFFD, as TextEncoder does). */
export function utf8Bytes(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) {
    let cp = ch.codePointAt(0) ?? 0xfffd;
    if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd;
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  }
  return out;
}

/** Decodes UTF-8 bytes; each invalid or cut-off byte becomes U+FFFD, as a terminal shows it. */
export function utf8Decode(bytes: readonly number[]): string {
  let out = '';
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] ?? 0;
    const need = b < 0x80 ? 0 : b >= 0xf0 && b < 0xf8 ? 3 : b >= 0xe0 ? 2 : b >= 0xc2 && b < 0xe0 ? 1 : -1;
    let cp = need === 0 ? b : need === 1 ? b & 31 : need === 2 ? b & 15 : b & 7;
    let ok = need >= 0 && i + need < bytes.length;
    for (let k = 1; ok && k <= need; k++) {
      const c = bytes[i + k] ?? 0;
      if ((c & 0xc0) !== 0x80) ok = false;
      else cp = (cp << 6) | (c & 63);
    }
    if (!ok) {
      out += '\ufffd';
      i += 1;
      continue;
    }
    out += String.fromCodePoint(cp);
    i += need + 1;
  }
  return out;
}
