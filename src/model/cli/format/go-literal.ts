// Go literal syntax as text/template's parser reads it: strconv.Unquote for "..." `...` and
// 'c', and strconv.ParseInt/ParseFloat with base prefixes and underscores.
import { utf8Bytes, utf8Decode } from './go-value';

/** strconv.ErrSyntax's text. */
export const invalidSyntax = 'invalid syntax';

const simpleEscapes: Record<string, number> = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, '\\': 92 };

/** Reads one (possibly escaped) character; returns its bytes and the rest, or undefined on a syntax error. */
function unquoteChar(s: string, quote: string): [number[], string] | undefined {
  const c = s[0];
  if (c === undefined || (c === quote && quote !== '`')) return undefined;
  if (c !== '\\') {
    const ch = String.fromCodePoint(s.codePointAt(0) ?? 0);
    return [utf8Bytes(ch), s.slice(ch.length)];
  }
  const e = s[1];
  if (e === undefined) return undefined;
  const rest = s.slice(2);
  const simple = simpleEscapes[e];
  if (simple !== undefined) return [[simple], rest];
  if (e === "'" || e === '"') return e === quote ? [[e.charCodeAt(0)], rest] : undefined;
  if (e === 'x' || e === 'u' || e === 'U') {
    const n = e === 'x' ? 2 : e === 'u' ? 4 : 8;
    const hex = rest.slice(0, n);
    if (!new RegExp(`^[0-9a-fA-F]{${n}}$`).test(hex)) return undefined;
    const v = parseInt(hex, 16);
    if (e === 'x') return [[v], rest.slice(n)];
    if (v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff)) return undefined;
    return [utf8Bytes(String.fromCodePoint(v)), rest.slice(n)];
  }
  if (e >= '0' && e <= '7') {
    const oct = s.slice(1, 4);
    if (!/^[0-7]{3}$/.test(oct)) return undefined;
    const v = parseInt(oct, 8);
    return v > 255 ? undefined : [[v], s.slice(4)];
  }
  return undefined;
}

/** strconv.Unquote; undefined means "invalid syntax". */
export function unquote(s: string): string | undefined {
  const q = s[0];
  if (s.length < 2 || q !== s[s.length - 1]) return undefined;
  const body = s.slice(1, -1);
  if (q === '`') return body.includes('`') ? undefined : body.replace(/\r/g, '');
  if (q !== '"' && q !== "'") return undefined;
  if (body.includes('\n')) return undefined;
  const bytes: number[] = [];
  let rest = body;
  let count = 0;
  while (rest.length > 0) {
    const r = unquoteChar(rest, q);
    if (r === undefined) return undefined;
    bytes.push(...r[0]);
    rest = r[1];
    count++;
  }
  if (q === "'" && count !== 1) return undefined;
  return utf8Decode(bytes);
}

/** strconv's underscoreOK: underscores only between digits or after a base prefix. */
function underscoreOK(s: string): boolean {
  let saw = '^';
  let i = 0;
  if (s[0] === '-' || s[0] === '+') s = s.slice(1);
  const hex = /^0[xX]/.test(s);
  if (/^0[bBoOxX]/.test(s)) [i, saw] = [2, '0'];
  for (; i < s.length; i++) {
    const c = s[i] ?? '';
    if ((c >= '0' && c <= '9') || (hex && /[a-fA-F]/.test(c))) saw = '0';
    else if (c === '_') {
      if (saw !== '0') return false;
      saw = '_';
    } else {
      if (saw === '_') return false;
      saw = '!';
    }
  }
  return saw !== '_';
}

/** The integer value of Go integer-literal syntax (base prefixes, octal 0, underscores), any size. */
export function parseGoInteger(text: string): bigint | undefined {
  if (text.includes('_') && !underscoreOK(text)) return undefined;
  const m = /^([+-]?)(0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|0[0-7_]*|[1-9][0-9_]*)$/.exec(text);
  if (!m) return undefined;
  const body = (m[2] ?? '').replace(/_/g, '');
  let big: bigint;
  if (/^0[0-7]+$/.test(body)) big = BigInt('0o' + body.slice(1));
  else big = BigInt(body.length === 0 ? '0' : body);
  return m[1] === '-' ? -big : big;
}

/** strconv.ParseFloat(text, 64), or undefined on a syntax error. */
export function parseGoFloat(text: string): number | undefined {
  if (text.includes('_') && !underscoreOK(text)) return undefined;
  const t = text.replace(/_/g, '');
  const hex = /^([+-]?)0[xX]([0-9a-fA-F]*)\.?([0-9a-fA-F]*)[pP]([+-]?\d+)$/.exec(t);
  if (hex) {
    const digits = (hex[2] ?? '') + (hex[3] ?? '');
    if (digits.length === 0) return undefined;
    const v = parseInt(digits, 16) * 2 ** (Number(hex[4]) - 4 * (hex[3] ?? '').length);
    return hex[1] === '-' ? -v : v;
  }
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) return undefined;
  return Number(t);
}
