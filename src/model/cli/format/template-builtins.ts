// text/template's predefined functions (funcs.go): and, or, not, len, index, slice, print,
// printf, println, html, js, urlquery, call and the comparisons.
import { sprint, sprintf, sprintln } from './go-fmt';
import { formatValue, noFlags } from './go-fmt-verbs';
import { isGoPrint } from './go-quote';
import {
  compareGoStrings,
  goTypeName,
  isTrue,
  kindOf,
  noValue,
  toNumber,
  utf8Bytes,
  utf8Decode,
  utf8Length,
} from './go-value';
import { FuncError } from './template-func';
import type { FuncContext, FuncMap, GoFunc } from './template-func';

const fail = (message: string): never => {
  throw new FuncError(message);
};

function indexArg(index: unknown, cap: number): number {
  const k = kindOf(index);
  if (k === 'invalid' || k === 'nil') fail('cannot index slice/array with nil');
  if (k !== 'int') fail(`cannot index slice/array with type ${goTypeName(index)}`);
  const x = toNumber(index);
  if (x < 0 || x > cap) fail(`index out of range: ${x}`);
  return x;
}

function index(item: unknown, ...indexes: unknown[]): unknown {
  if (item === noValue || item === null || item === undefined) fail('index of untyped nil');
  for (const ix of indexes) {
    if (item === null || item === undefined) fail('index of nil pointer');
    if (typeof item === 'string' || Array.isArray(item)) {
      const seq = typeof item === 'string' ? utf8Bytes(item) : item;
      const x = indexArg(ix, seq.length);
      if (x === seq.length) fail(`index out of range: ${x}`);
      item = seq[x];
    } else if (item instanceof Map) {
      if (typeof ix !== 'string') fail(`value has type ${goTypeName(ix)}; should be string`);
      const values = [...item.values()];
      item = item.has(ix) ? item.get(ix) : values.every((v) => typeof v === 'string') ? '' : null;
    } else fail(`can't index item of type ${goTypeName(item)}`);
  }
  return item;
}

function slice(item: unknown, ...indexes: unknown[]): unknown {
  if (item === noValue || item === null || item === undefined) fail('slice of untyped nil');
  if (indexes.length > 3) fail(`too many slice indexes: ${indexes.length}`);
  let seq: unknown[];
  if (typeof item === 'string') {
    if (indexes.length === 3) fail('cannot 3-index slice a string');
    seq = utf8Bytes(item);
  } else if (Array.isArray(item)) seq = item;
  else return fail(`can't slice item of type ${goTypeName(item)}`);
  const idx = [0, seq.length, seq.length];
  indexes.forEach((ix, i) => (idx[i] = indexArg(ix, seq.length)));
  const [i = 0, j = 0, k = 0] = idx;
  if (i > j) fail(`invalid slice index: ${i} > ${j}`);
  if (indexes.length === 3 && j > k) fail(`invalid slice index: ${j} > ${k}`);
  const part = seq.slice(i, j);
  return typeof item === 'string' ? utf8Decode(part as number[]) : part;
}

function length(item: unknown, ctxNamer?: FuncContext['namer']): number {
  if (item === noValue) return fail('reflect: call of reflect.Value.Type on zero Value');
  if (item === null || item === undefined) return fail('len of nil pointer');
  if (typeof item === 'string') return utf8Length(item);
  if (Array.isArray(item)) return item.length;
  if (item instanceof Map) return item.size;
  return fail(`len of type ${goTypeName(item, ctxNamer).replace(/^\*/, '')}`);
}

type BasicKind = 'bool' | 'int' | 'float' | 'string' | 'other';
const basicKind = (v: unknown): BasicKind => {
  const k = kindOf(v);
  return k === 'bool' || k === 'int' || k === 'float' || k === 'string' ? k : 'other';
};
const valid = (v: unknown): boolean => v !== noValue && v !== null && v !== undefined;

function eq(a: unknown, ...bs: unknown[]): boolean {
  if (bs.length === 0) fail('missing argument for comparison');
  for (const b of bs) {
    const [k1, k2] = [basicKind(a), basicKind(b)];
    if (k1 !== k2) {
      if (valid(a) && valid(b)) fail('incompatible types for comparison');
    } else if (k1 === 'int' || k1 === 'float') {
      if (toNumber(a) === toNumber(b)) return true;
    } else if (k1 !== 'other') {
      if (a === b) return true;
    } else if (!valid(a) || !valid(b)) {
      if (valid(a) === valid(b)) return true;
    } else if (Array.isArray(a) || a instanceof Map || typeof a === 'function') {
      fail(`non-comparable type ${formatValue(a, 'v', noFlags())}: ${goTypeName(a)}`);
    } else if (a === b) return true;
  }
  return false;
}

function lt(a: unknown, b: unknown): boolean {
  const [k1, k2] = [basicKind(a), basicKind(b)];
  if (k1 === 'other' || k2 === 'other') fail('invalid type for comparison');
  if (k1 !== k2) fail('incompatible types for comparison');
  if (k1 === 'bool') fail('invalid type for comparison');
  if (k1 === 'string') return compareGoStrings(a as string, b as string) < 0;
  return toNumber(a) < toNumber(b);
}

const hexUpper = '0123456789ABCDEF';

/** template.HTMLEscapeString. */
export function htmlEscape(s: string): string {
  const map: Record<string, string> = {
    '"': '&#34;',
    "'": '&#39;',
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '\0': '\ufffd',
  };
  return s.replace(/["'&<>\0]/g, (c) => map[c] ?? c);
}

/** template.JSEscapeString. */
export function jsEscape(s: string): string {
  const map: Record<string, string> = {
    '\\': '\\\\',
    "'": "\\'",
    '"': '\\"',
    '<': '\\u003C',
    '>': '\\u003E',
    '&': '\\u0026',
    '=': '\\u003D',
  };
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if (map[ch] !== undefined) out += map[ch];
    else if (cp < 0x20) out += '\\u00' + hexUpper[cp >> 4] + hexUpper[cp & 15];
    else if (cp >= 0x80 && !isGoPrint(cp)) out += '\\u' + cp.toString(16).toUpperCase().padStart(4, '0');
    else out += ch;
  }
  return out;
}

/** url.QueryEscape. */
export function queryEscape(s: string): string {
  let out = '';
  for (const b of utf8Bytes(s)) {
    const c = String.fromCharCode(b);
    if (/[A-Za-z0-9\-_.~]/.test(c)) out += c;
    else if (c === ' ') out += '+';
    else out += '%' + hexUpper[b >> 4] + hexUpper[b & 15];
  }
  return out;
}

/** text/template's evalArgs: a lone string as is, anything else through fmt.Sprint. */
function evalArgs(args: unknown[], ctx: FuncContext): string {
  return args.length === 1 && typeof args[0] === 'string' ? args[0] : sprint(args, ctx.namer);
}

const v = (call: GoFunc['call'], params: GoFunc['params'], variadic?: GoFunc['variadic']): GoFunc =>
  variadic === undefined ? { params, call } : { params, variadic, call };

/** The builtins of text/template; and/or are short-circuited by the executor itself. */
export const builtinFuncs: FuncMap = {
  and: v((a) => a[a.length - 1], ['value'], 'value'),
  or: v((a) => a[a.length - 1], ['value'], 'value'),
  not: v(([a]) => !isTrue(a), ['value']),
  len: v(([a], ctx) => length(a, ctx.namer), ['value']),
  index: v(([item, ...ix]) => index(item, ...ix), ['value'], 'value'),
  slice: v(([item, ...ix]) => slice(item, ...ix), ['value'], 'value'),
  print: v((a, ctx) => sprint(a, ctx.namer), [], 'any'),
  println: v((a, ctx) => sprintln(a, ctx.namer), [], 'any'),
  printf: v(([f, ...a], ctx) => sprintf(f as string, a, ctx.namer), ['string'], 'any'),
  html: v((a, ctx) => htmlEscape(evalArgs(a, ctx)), [], 'any'),
  js: v((a, ctx) => jsEscape(evalArgs(a, ctx)), [], 'any'),
  urlquery: v((a, ctx) => queryEscape(evalArgs(a, ctx)), [], 'any'),
  call: v(
    ([name, fn, ...a], ctx) => {
      if (fn === null || fn === undefined || fn === noValue) return fail('call of nil');
      if (typeof fn !== 'function') return fail(`non-function ${String(name)} of type ${goTypeName(fn, ctx.namer)}`);
      return (fn as (...x: unknown[]) => unknown)(...a);
    },
    ['value'],
    'value',
  ),
  eq: v(([a, ...b]) => eq(a, ...b), ['value'], 'value'),
  ne: v(([a, b]) => !eq(a, b), ['value', 'value']),
  lt: v(([a, b]) => lt(a, b), ['value', 'value']),
  le: v(([a, b]) => lt(a, b) || eq(a, b), ['value', 'value']),
  gt: v(([a, b]) => !(lt(a, b) || eq(a, b)), ['value', 'value']),
  ge: v(([a, b]) => !lt(a, b), ['value', 'value']),
};
