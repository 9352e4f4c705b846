// Go fmt's per-value formatting (print.go printArg/printValue, format.go), used by printf,
// print and println in templates and by {{.Field}} output of non-string values.
import { formatFloat } from '../../kernel/go-float';
import { escapeRune, goQuote, isGoPrint } from './go-quote';
import { goTypeName, isGoInt, kindOf, noValue, sortedEntries, structFields, toNumber, utf8Bytes } from './go-value';
import type { StructNamer } from './go-value';

/** The flags, width and precision of one verb (fmt's fmtFlags). */
export interface FmtFlags {
  plus: boolean;
  minus: boolean;
  sharp: boolean;
  space: boolean;
  zero: boolean;
  plusV: boolean;
  width?: number;
  prec?: number;
}

/** Flags of a bare verb such as %v. */
export function noFlags(): FmtFlags {
  return { plus: false, minus: false, sharp: false, space: false, zero: false, plusV: false };
}

/** fmt.pad: pads to the width in runes, with zeros only when asked and only on the left. */
export function pad(s: string, f: FmtFlags, zero = f.zero): string {
  if (f.width === undefined || f.width === 0) return s;
  const n = f.width - Array.from(s).length;
  if (n <= 0) return s;
  if (f.minus) return s + ' '.repeat(n);
  return (zero ? '0' : ' ').repeat(n) + s;
}

function truncateRunes(s: string, f: FmtFlags): string {
  return f.prec === undefined ? s : Array.from(s).slice(0, f.prec).join('');
}

/** fmt's badVerb: "%!d(string=abc)"; the value is printed with %v under the same width and precision. */
function badVerb(verb: string, arg: unknown, f: FmtFlags, namer?: StructNamer): string {
  if (arg === noValue && verb !== 'v') return `%!${verb}(<invalid reflect.Value>)`;
  if (arg === null || arg === undefined || arg === noValue) return `%!${verb}(<nil>)`;
  return `%!${verb}(${goTypeName(arg, namer)}=${formatValue(arg, 'v', { ...f, plusV: false }, namer, 1)})`;
}

function fmtInteger(v: bigint, verb: string, f: FmtFlags): string {
  const negative = v < 0n;
  const u = negative ? -v : v;
  const base = verb === 'b' ? 2 : verb === 'o' || verb === 'O' ? 8 : verb === 'x' || verb === 'X' ? 16 : 10;
  let prec = 0;
  if (f.prec !== undefined) {
    prec = f.prec;
    if (prec === 0 && u === 0n) return pad('', f, false);
  } else if (f.zero && !f.minus && f.width !== undefined) {
    prec = f.width - (negative || f.plus || f.space ? 1 : 0);
  }
  let digits = u.toString(base);
  if (verb === 'X') digits = digits.toUpperCase();
  digits = digits.padStart(prec, '0');
  if (f.sharp) {
    if (base === 2) digits = '0b' + digits;
    else if (base === 8 && !digits.startsWith('0')) digits = '0' + digits;
    else if (base === 16) digits = (verb === 'X' ? '0X' : '0x') + digits;
  }
  if (verb === 'O') digits = '0o' + digits;
  const sign = negative ? '-' : f.plus ? '+' : f.space ? ' ' : '';
  return pad(sign + digits, f, false);
}

function fmtIntVerb(v: bigint, verb: string, f: FmtFlags, namer?: StructNamer): string {
  switch (verb) {
    case 'v':
    case 'd':
    case 'b':
    case 'o':
    case 'O':
    case 'x':
    case 'X':
      return fmtInteger(v, verb, f);
    case 'c':
      return pad(String.fromCodePoint(validRune(v)), f);
    case 'q':
      return pad("'" + escapeRune(validRune(v), 0x27, f.plus) + "'", f);
    case 'U': {
      const cp = validRune(v);
      let s =
        'U+' +
        v
          .toString(16)
          .toUpperCase()
          .padStart(Math.max(4, f.prec ?? 0), '0');
      if (f.sharp && isGoPrint(cp)) s += " '" + String.fromCodePoint(cp) + "'";
      return pad(s, f, false);
    }
    default:
      return badVerb(verb, Number(v), f, namer);
  }
}

function validRune(v: bigint): number {
  return v >= 0n && v <= 0x10ffffn && !(v >= 0xd800n && v <= 0xdfffn) ? Number(v) : 0xfffd;
}

function fmtFloatVerb(v: number, verb: string, f: FmtFlags, namer?: StructNamer): string {
  let conv: 'e' | 'E' | 'f' | 'g' | 'G';
  let prec: number;
  if (verb === 'v' || verb === 'g' || verb === 'G') [conv, prec] = [verb === 'G' ? 'G' : 'g', -1];
  else if (verb === 'e' || verb === 'E' || verb === 'f' || verb === 'F') [conv, prec] = [verb === 'F' ? 'f' : verb, 6];
  else return badVerb(verb, v, f, namer);
  if (f.prec !== undefined) prec = f.prec;
  let num = formatFloat(v, conv, prec);
  if (num[0] !== '-' && num[0] !== '+') num = '+' + num;
  if (f.space && num[0] === '+' && !f.plus) num = ' ' + num.slice(1);
  if (num[1] === 'I' || num[1] === 'N') {
    if (num[1] === 'N' && !f.space && !f.plus) num = num.slice(1);
    return pad(num, f, false);
  }
  if (f.sharp) num = sharpFloat(num, verb, prec);
  if (f.plus || num[0] !== '+') {
    if (f.zero && !f.minus && f.width !== undefined && f.width > num.length) {
      return num[0] + '0'.repeat(f.width - num.length) + num.slice(1);
    }
    return pad(num, f);
  }
  return pad(num.slice(1), f);
}

/** The '#' flag on floats: always a decimal point, and %g keeps its trailing zeros. */
function sharpFloat(num: string, verb: string, prec: number): string {
  let digits = verb === 'v' || verb === 'g' || verb === 'G' ? (prec === -1 ? 6 : prec) : 0;
  const e = num.search(/[eE]/);
  const tail = e < 0 ? '' : num.slice(e);
  let body = e < 0 ? num : num.slice(0, e);
  let sawNonzero = false;
  for (const ch of body.slice(1)) {
    if (ch === '.') continue;
    if (ch !== '0') sawNonzero = true;
    if (sawNonzero) digits--;
  }
  if (!body.includes('.')) {
    if (body.length === 2 && body[1] === '0') digits--;
    body += '.';
  }
  return body + '0'.repeat(Math.max(0, digits)) + tail;
}

function fmtHex(s: string, verb: string, f: FmtFlags): string {
  let bytes = utf8Bytes(s);
  if (f.prec !== undefined) bytes = bytes.slice(0, f.prec);
  const parts = bytes.map((b) => {
    const h = b.toString(16).padStart(2, '0');
    return verb === 'X' ? h.toUpperCase() : h;
  });
  const prefix = verb === 'X' ? '0X' : '0x';
  let out: string;
  if (f.space) out = parts.map((p) => (f.sharp ? prefix + p : p)).join(' ');
  else out = (f.sharp && parts.length > 0 ? prefix : '') + parts.join('');
  return pad(out, f);
}

function fmtStringVerb(s: string, verb: string, f: FmtFlags, namer?: StructNamer): string {
  switch (verb) {
    case 'v':
    case 's':
      return pad(truncateRunes(s, f), f);
    case 'x':
    case 'X':
      return fmtHex(s, verb, f);
    case 'q': {
      const t = truncateRunes(s, f);
      if (f.sharp && !/[`\x00-\x08\x0a-\x1f\x7f\ufeff]/.test(t)) return pad('`' + t + '`', f);
      return pad(goQuote(t, f.plus), f);
    }
    default:
      return badVerb(verb, s, f, namer);
  }
}

/** Formats one operand for a verb, recursing into slices, maps and structs as printValue does. */
export function formatValue(arg: unknown, verb: string, f: FmtFlags, namer?: StructNamer, depth = 0): string {
  if (verb === 'T') return pad(goTypeName(arg, namer), f);
  switch (kindOf(arg)) {
    case 'invalid':
      return depth === 0 ? '<invalid reflect.Value>' : verb === 'v' ? '<nil>' : badVerb(verb, arg, f, namer);
    case 'nil':
      return depth > 0 || verb === 'v' ? pad('<nil>', f) : badVerb(verb, arg, f, namer);
    case 'bool':
      return verb === 'v' || verb === 't' ? pad(arg ? 'true' : 'false', f) : badVerb(verb, arg, f, namer);
    case 'int':
      return fmtIntVerb(typeof arg === 'bigint' ? arg : BigInt(arg as number), verb, f, namer);
    case 'float':
      return fmtFloatVerb(toNumber(arg), verb, f, namer);
    case 'string':
      return fmtStringVerb(arg as string, verb, f, namer);
    case 'func':
      return verb === 'v' || verb === 'p' ? '0xc000010000' : badVerb(verb, arg, f, namer);
    case 'slice':
      return '[' + (arg as unknown[]).map((e) => formatValue(e, verb, f, namer, depth + 1)).join(' ') + ']';
    case 'map': {
      const parts = sortedEntries(arg as Map<unknown, unknown>).map(
        ([k, v]) => formatValue(k, verb, f, namer, depth + 1) + ':' + formatValue(v, verb, f, namer, depth + 1),
      );
      return 'map[' + parts.join(' ') + ']';
    }
    case 'struct': {
      const parts = structFields(arg as object).map(
        ([k, v]) => (f.plusV ? k + ':' : '') + formatValue(v, verb, f, namer, depth + 1),
      );
      return '{' + parts.join(' ') + '}';
    }
  }
}

/** Whether fmt.Sprint treats an operand as a string (no space is added next to strings). */
export function isStringOperand(v: unknown): boolean {
  return typeof v === 'string';
}

/** Whether a value is an int operand usable for '*' width or precision. */
export function intOperand(v: unknown): number | undefined {
  if (typeof v === 'number' && isGoInt(v)) return v;
  if (typeof v === 'bigint') return Number(v);
  return undefined;
}
