/**
 * Base64 of UTF-8 text, as Go's encoding/base64 writes it: StdEncoding for config.json's `auth`,
 * URLEncoding for the X-Registry-Auth header. Pure TypeScript, the same in Node and the browser.
 */

const STD = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const URL_SAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Encodes the UTF-8 bytes of `text`, padded; `url` picks the URL-safe alphabet. */
export function base64Encode(text: string, url = false): string {
  const chars = url ? URL_SAFE : STD;
  const bytes = new TextEncoder().encode(text);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += chars[(n >> 18) & 63] + chars[(n >> 12) & 63];
    out += i + 1 < bytes.length ? chars[(n >> 6) & 63] : '=';
    out += i + 2 < bytes.length ? chars[n & 63] : '=';
  }
  return out;
}

/** Decodes either alphabet (padding optional) to UTF-8 text; undefined when it is not base64. */
export function base64Decode(encoded: string): string | undefined {
  const text = encoded.replace(/=+$/, '');
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const c of text) {
    let v = STD.indexOf(c);
    if (v < 0) v = URL_SAFE.indexOf(c);
    if (v < 0) return undefined;
    buffer = (buffer << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}
