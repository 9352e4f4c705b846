/**
 * A class: its name and the random key that signs its learners' completion codes, and the token of
 * the class link (`?class=<token>`) that carries both to the learners. Pure, except `newClassKey`
 * (it draws from `crypto.getRandomValues`). The key travels in the link: it keeps honest learners'
 * codes apart from typos and copies, not a determined learner who has the link from forging one.
 */

import { fromBase64Url, fromUtf8, toBase64Url, utf8 } from './base64url';
import { hmacSha256 } from '../../model';

/** A class as the teacher made it. */
export interface ClassKey {
  name: string;
  /** 16 random bytes. */
  key: Uint8Array;
}

/** Bytes of a class key. */
export const KEY_BYTES = 16;
/** The longest class or learner name, in characters (they travel in links and codes). */
export const MAX_NAME = 60;
/** The class token's version: `1.<key>.<name>`. */
const TOKEN_VERSION = '1';

/** A fresh class named `name`, with a key from the platform's random source. */
export function newClassKey(name: string, random: (a: Uint8Array) => Uint8Array = (a) => crypto.getRandomValues(a)) {
  return { name: cleanName(name), key: random(new Uint8Array(KEY_BYTES)) } satisfies ClassKey;
}

/** A name as kept: spaces trimmed and runs of white space made one, cut at MAX_NAME characters. */
export function cleanName(name: string): string {
  return [...name.replace(/\s+/g, ' ').trim()].slice(0, MAX_NAME).join('');
}

/**
 * The class's id: 4 bytes of HMAC(key, "pelabuhan class id") as 6 base64url characters. Codes carry
 * it, so a code of another class is told apart from a forged one without revealing the key.
 */
export function classId(key: Uint8Array): string {
  return toBase64Url(classIdBytes(key));
}

/** The id's 4 bytes. */
export function classIdBytes(key: Uint8Array): Uint8Array {
  return hmacSha256(key, utf8('pelabuhan class id')).slice(0, 4);
}

/** The token of the class link. */
export function classToken(c: ClassKey): string {
  return `${TOKEN_VERSION}.${toBase64Url(c.key)}.${toBase64Url(utf8(c.name))}`;
}

/** The class in a token, or undefined when the token is not one (wrong version, key or name). */
export function readClassToken(token: string): ClassKey | undefined {
  const parts = token.trim().split('.');
  if (parts.length !== 3 || parts[0] !== TOKEN_VERSION) return undefined;
  const key = fromBase64Url(parts[1]);
  const nameBytes = fromBase64Url(parts[2]);
  const name = nameBytes && fromUtf8(nameBytes);
  if (!key || key.length !== KEY_BYTES || name === undefined) return undefined;
  const clean = cleanName(name);
  return clean && clean === name ? { name, key } : undefined;
}
