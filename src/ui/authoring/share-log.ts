/**
 * The sandbox's command log in a link: base64url (RFC 4648 §5, no padding) of the UTF-8 JSON array
 * of the lines. Plain JSON keeps it readable by any tool; base64url keeps it one URL-safe token.
 * Decoding never throws: a value from a URL is untrusted, so every way it can be wrong has a name.
 */

/** The longest encoded log a link may carry (characters of the `log=` value). */
export const MAX_LOG_CHARS = 16_000;
/** The most lines a shared log may hold. */
export const MAX_LOG_LINES = 500;
/** The longest single line a shared log may hold. */
export const MAX_LINE_CHARS = 4_000;

/** Why a shared log could not be read (or written). */
export type LogProblem =
  /** The encoded value is longer than MAX_LOG_CHARS, or holds too many or too long lines. */
  | 'too-long'
  /** Not base64url, not UTF-8, not JSON, or not an array of strings. */
  | 'malformed';

/** The outcome of decoding a shared log. */
export type DecodedLog = { ok: true; lines: string[] } | { ok: false; problem: LogProblem };

/** The lines as a `log=` value; `too-long` when a link could not hold them. */
export function encodeLog(lines: readonly string[]): { ok: true; value: string } | { ok: false; problem: LogProblem } {
  if (lines.length > MAX_LOG_LINES || lines.some((l) => l.length > MAX_LINE_CHARS))
    return { ok: false, problem: 'too-long' };
  const bytes = new TextEncoder().encode(JSON.stringify(lines));
  const value = toBase64Url(bytes);
  return value.length > MAX_LOG_CHARS ? { ok: false, problem: 'too-long' } : { ok: true, value };
}

/** Reads a `log=` value back into lines. */
export function decodeLog(value: string): DecodedLog {
  if (value.length > MAX_LOG_CHARS) return { ok: false, problem: 'too-long' };
  const bytes = fromBase64Url(value);
  if (!bytes) return { ok: false, problem: 'malformed' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return { ok: false, problem: 'malformed' };
  }
  if (!Array.isArray(parsed) || !parsed.every((l) => typeof l === 'string')) return { ok: false, problem: 'malformed' };
  const lines = parsed as string[];
  if (lines.length > MAX_LOG_LINES || lines.some((l) => l.length > MAX_LINE_CHARS))
    return { ok: false, problem: 'too-long' };
  return { ok: true, lines };
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Bytes as base64url without padding. */
export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let k = 0; k < chars; k++) out += ALPHABET[(n >> (18 - 6 * k)) & 63];
  }
  return out;
}

/** base64url (padding optional) as bytes; undefined for anything else. */
export function fromBase64Url(text: string): Uint8Array | undefined {
  const s = text.replace(/=+$/, '');
  // A length of 1 mod 4 cannot come from whole bytes.
  if (!/^[A-Za-z0-9_-]*$/.test(s) || s.length % 4 === 1) return undefined;
  const out = new Uint8Array(Math.floor((s.length * 6) / 8));
  let bits = 0;
  let acc = 0;
  let j = 0;
  for (const c of s) {
    acc = (acc << 6) | ALPHABET.indexOf(c);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[j++] = (acc >> bits) & 255;
    }
  }
  // Leftover bits must be zero, or the text was not written by an encoder.
  if ((acc & ((1 << bits) - 1)) !== 0) return undefined;
  return out;
}
