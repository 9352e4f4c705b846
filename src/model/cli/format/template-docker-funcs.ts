// docker/cli templates/templates.go: the functions every --format template gets
// (basicFunctions) and the stand-ins used while rendering a table header (HeaderFunctions).
import { encodeJson } from './go-json';
import { utf8Bytes, utf8Decode, utf8Length } from './go-value';
import { FuncError } from './template-func';
import type { FuncMap, GoFunc } from './template-func';

/** Title-case exceptions: the digraphs have a distinct titlecase form; Georgian titles as itself. */
const titleOf: Record<number, number> = {
  0x1c4: 0x1c5,
  0x1c5: 0x1c5,
  0x1c6: 0x1c5,
  0x1c7: 0x1c8,
  0x1c8: 0x1c8,
  0x1c9: 0x1c8,
  0x1ca: 0x1cb,
  0x1cb: 0x1cb,
  0x1cc: 0x1cb,
  0x1f1: 0x1f2,
  0x1f2: 0x1f2,
  0x1f3: 0x1f2,
};

/** unicode.ToUpper/ToLower/ToTitle use the simple (one rune) mapping; JS may expand ß to SS. */
function mapRune(ch: string, mode: 'upper' | 'lower' | 'title'): string {
  const cp = ch.codePointAt(0) ?? 0;
  if (mode === 'title') {
    const t = titleOf[cp];
    if (t !== undefined) return String.fromCodePoint(t);
    if ((cp >= 0x10d0 && cp <= 0x10fa) || (cp >= 0x10fd && cp <= 0x10ff)) return ch;
  }
  if (mode === 'lower' && cp === 0x130) return 'i';
  const mapped = mode === 'lower' ? ch.toLowerCase() : ch.toUpperCase();
  return Array.from(mapped).length === 1 ? mapped : ch;
}

/** strings.ToUpper. */
export function goToUpper(s: string): string {
  return Array.from(s, (ch) => mapRune(ch, 'upper')).join('');
}

/** strings.ToLower. */
export function goToLower(s: string): string {
  return Array.from(s, (ch) => mapRune(ch, 'lower')).join('');
}

/** strings.Title's isSeparator: ASCII non-alphanumerics and Unicode spaces separate words. */
function isSeparator(ch: string): boolean {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp <= 0x7f) return !/[0-9a-zA-Z_]/.test(ch);
  if (/[\p{L}\p{Nd}]/u.test(ch)) return false;
  return /\s/u.test(ch);
}

/** strings.Title (deprecated in Go, still what docker's `title` calls). */
export function goTitle(s: string): string {
  let prev = ' ';
  return Array.from(s, (ch) => {
    const out = isSeparator(prev) ? mapRune(ch, 'title') : ch;
    prev = ch;
    return out;
  }).join('');
}

/** strings.Split: an empty separator splits into runes. */
export function goSplit(s: string, sep: string): string[] {
  return sep === '' ? Array.from(s) : s.split(sep);
}

const fn = (params: GoFunc['params'], call: GoFunc['call']): GoFunc => ({ params, call });

/** docker's basicFunctions. */
export const dockerFuncs: FuncMap = {
  // An Encoder with SetEscapeHTML(false); its errors are dropped, leaving "".
  json: fn(['any'], ([v], ctx) => encodeJson(v, { escapeHTML: false, asMap: ctx.asMap }) ?? ''),
  split: fn(['string', 'string'], ([s, sep]) => goSplit(s as string, sep as string)),
  join: fn(['[]string', 'string'], ([elems, sep]) => (elems as string[]).join(sep as string)),
  title: fn(['string'], ([s]) => goTitle(s as string)),
  lower: fn(['string'], ([s]) => goToLower(s as string)),
  upper: fn(['string'], ([s]) => goToUpper(s as string)),
  pad: fn(['string', 'int', 'int'], ([s, prefix, suffix]) => {
    const src = s as string;
    if (src === '') return src;
    if ((prefix as number) < 0 || (suffix as number) < 0) throw new FuncError('strings: negative Repeat count');
    return ' '.repeat(prefix as number) + src + ' '.repeat(suffix as number);
  }),
  // Go slices bytes here, so a cut through a multi-byte rune leaves broken UTF-8 (shown as U+FFFD).
  truncate: fn(['string', 'int'], ([s, n]) => {
    const src = s as string;
    const len = n as number;
    if (utf8Length(src) < len) return src;
    if (len < 0) throw new FuncError(`runtime error: slice bounds out of range [:${len}]`);
    return utf8Decode(utf8Bytes(src).slice(0, len));
  }),
};

const identity = ([v]: unknown[]): unknown => v;

/** docker's HeaderFunctions: the header keeps column names intact (pad is not overridden). */
export const headerFuncs: FuncMap = {
  ...dockerFuncs,
  json: fn(['string'], identity),
  split: fn(['string', 'string'], identity),
  join: fn(['string', 'string'], identity),
  title: fn(['string'], identity),
  lower: fn(['string'], identity),
  upper: fn(['string'], identity),
  truncate: fn(['string', 'int'], identity),
};
