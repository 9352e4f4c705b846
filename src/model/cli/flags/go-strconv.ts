// Go's strconv.ParseInt / ParseUint / ParseBool as pflag calls them (base 0, so "0x1f", "0o17",
// "017", "0b101" and "1_000" are numbers too), with their exact error texts.
import { goQuote } from '../format/go-quote';

/** A parsed number, or strconv's error ("strconv.ParseInt: parsing \"x\": invalid syntax"). */
export type ParsedNumber = { ok: true; value: bigint } | { ok: false; error: string };

/** Go's underscoreOK: underscores only between digits, and only after a base prefix or digit. */
function underscoreOK(s: string): boolean {
  let saw = '^';
  let i = 0;
  if (s.length >= 1 && (s[0] === '-' || s[0] === '+')) s = s.slice(1);
  let hex = false;
  if (s.length >= 2 && s[0] === '0' && 'bBoOxX'.includes(s[1])) {
    i = 2;
    saw = '0';
    hex = s[1] === 'x' || s[1] === 'X';
  }
  for (; i < s.length; i++) {
    const c = s[i];
    if ((c >= '0' && c <= '9') || (hex && /[a-fA-F]/.test(c))) {
      saw = '0';
      continue;
    }
    if (c === '_') {
      if (saw !== '0') return false;
      saw = '_';
      continue;
    }
    if (saw === '_') return false;
    saw = '!';
  }
  return saw !== '_';
}

/** The magnitude of an unsigned base-0 literal, or 'syntax'. */
function parseMagnitude(s: string): bigint | 'syntax' {
  if (s === '') return 'syntax';
  let base = 10;
  let digits = s;
  if (s[0] === '0') {
    if (s.length >= 3 && (s[1] === 'x' || s[1] === 'X')) [base, digits] = [16, s.slice(2)];
    else if (s.length >= 3 && (s[1] === 'o' || s[1] === 'O')) [base, digits] = [8, s.slice(2)];
    else if (s.length >= 3 && (s[1] === 'b' || s[1] === 'B')) [base, digits] = [2, s.slice(2)];
    else if (s.length > 1) [base, digits] = [8, s.slice(1)];
  }
  if (s.includes('_') && !underscoreOK(s)) return 'syntax';
  digits = digits.replace(/_/g, '');
  if (digits === '') return 'syntax';
  // Far beyond 64 bits: check the syntax only and report the size, without a quadratic BigInt.
  if (digits.length > 70) {
    for (const ch of digits) {
      const d = parseInt(ch, 36);
      if (Number.isNaN(d) || d >= base) return 'syntax';
    }
    return 1n << 200n;
  }
  let n = 0n;
  for (const ch of digits) {
    const d = parseInt(ch, 36);
    if (Number.isNaN(d) || d >= base) return 'syntax';
    n = n * BigInt(base) + BigInt(d);
  }
  return n;
}

const syntax = (fn: string, s: string): ParsedNumber => ({
  ok: false,
  error: `strconv.${fn}: parsing ${goQuote(s)}: invalid syntax`,
});
const range = (fn: string, s: string): ParsedNumber => ({
  ok: false,
  error: `strconv.${fn}: parsing ${goQuote(s)}: value out of range`,
});

/** strconv.ParseInt(s, 0, bits). */
export function parseGoInt(s: string, bits = 64): ParsedNumber {
  let body = s;
  let negative = false;
  if (body[0] === '+' || body[0] === '-') {
    negative = body[0] === '-';
    body = body.slice(1);
  }
  const magnitude = parseMagnitude(body);
  if (magnitude === 'syntax') return syntax('ParseInt', s);
  const limit = 1n << BigInt(bits - 1);
  if (!negative && magnitude >= limit) return range('ParseInt', s);
  if (negative && magnitude > limit) return range('ParseInt', s);
  return { ok: true, value: negative ? -magnitude : magnitude };
}

/** strconv.ParseUint(s, 0, bits). */
export function parseGoUint(s: string, bits = 64): ParsedNumber {
  const magnitude = s[0] === '+' || s[0] === '-' ? 'syntax' : parseMagnitude(s);
  if (magnitude === 'syntax') return syntax('ParseUint', s);
  if (magnitude >= 1n << BigInt(bits)) return range('ParseUint', s);
  return { ok: true, value: magnitude };
}

/** strconv.ParseBool. */
export function parseGoBool(s: string): { ok: true; value: boolean } | { ok: false; error: string } {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(s)) return { ok: true, value: true };
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(s)) return { ok: true, value: false };
  return { ok: false, error: `strconv.ParseBool: parsing ${goQuote(s)}: invalid syntax` };
}
