/**
 * POSIX ustar archives as binary strings (one char per byte, 0–255), the form a build context travels
 * in: the client packs the context directory (`docker build .` sends a tar as the body of `POST /build`)
 * and the daemon unpacks it. The same bytes go over HTTP to and from the real docker client.
 */

/** One member of an archive: a regular file (UTF-8 text) or a directory. */
export interface TarEntry {
  /** Relative path, `/`-separated, without a leading `./`; a directory's without its trailing `/`. */
  name: string;
  type: 'file' | 'dir';
  /** A file's text. */
  content?: string;
  /** Permission bits (0o644 for files and 0o755 for directories unless given). */
  mode?: number;
}

const BLOCK = 512;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

const bytesToBinary = (bytes: Uint8Array): string => {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) out += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return out;
};

const binaryToBytes = (binary: string): Uint8Array => {
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i) & 0xff;
  return bytes;
};

function writeField(header: Uint8Array, offset: number, length: number, text: string): void {
  const bytes = encoder.encode(text);
  header.set(bytes.subarray(0, length), offset);
}

const octal = (n: number, width: number) => n.toString(8).padStart(width - 1, '0');

function headerFor(name: string, type: 'file' | 'dir', size: number, mode: number): Uint8Array {
  const header = new Uint8Array(BLOCK);
  let prefix = '';
  let short = name;
  // ustar splits a long name at a `/` into prefix (155) and name (100).
  if (encoder.encode(name).length > 100) {
    const cut = name.lastIndexOf('/', 155);
    if (cut > 0) {
      prefix = name.slice(0, cut);
      short = name.slice(cut + 1);
    }
  }
  writeField(header, 0, 100, short);
  writeField(header, 100, 8, `${octal(mode, 8)}\0`);
  writeField(header, 108, 8, `${octal(0, 8)}\0`);
  writeField(header, 116, 8, `${octal(0, 8)}\0`);
  writeField(header, 124, 12, `${octal(size, 12)}\0`);
  writeField(header, 136, 12, `${octal(0, 12)}\0`);
  header.fill(0x20, 148, 156);
  header[156] = type === 'dir' ? 0x35 : 0x30;
  writeField(header, 257, 6, 'ustar\0');
  writeField(header, 263, 2, '00');
  writeField(header, 345, 155, prefix);
  let sum = 0;
  for (const b of header) sum += b;
  writeField(header, 148, 8, `${octal(sum, 7)}\0 `);
  return header;
}

/** Packs entries, in the order given, into a ustar archive (a binary string). */
export function packTar(entries: readonly TarEntry[]): string {
  const blocks: Uint8Array[] = [];
  for (const entry of entries) {
    const data = entry.type === 'file' ? encoder.encode(entry.content ?? '') : new Uint8Array(0);
    const name = entry.type === 'dir' ? `${entry.name.replace(/\/+$/, '')}/` : entry.name;
    blocks.push(headerFor(name, entry.type, data.length, entry.mode ?? (entry.type === 'dir' ? 0o755 : 0o644)));
    if (data.length) {
      const padded = new Uint8Array(Math.ceil(data.length / BLOCK) * BLOCK);
      padded.set(data);
      blocks.push(padded);
    }
  }
  blocks.push(new Uint8Array(BLOCK * 2));
  const total = blocks.reduce((n, b) => n + b.length, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const b of blocks) {
    out.set(b, at);
    at += b.length;
  }
  return bytesToBinary(out);
}

const cString = (bytes: Uint8Array) => {
  const end = bytes.indexOf(0);
  return decoder.decode(end >= 0 ? bytes.subarray(0, end) : bytes);
};

/**
 * Unpacks a ustar (or GNU/pax, whose extension headers are skipped) archive; undefined when the bytes
 * are not a tar archive (a truncated header, a bad checksum).
 */
export function unpackTar(binary: string): TarEntry[] | undefined {
  const bytes = binaryToBytes(binary);
  const entries: TarEntry[] = [];
  let at = 0;
  // A GNU `L` header or a pax `x` header names the member that follows (Go's archive/tar writes pax).
  let longName: string | undefined;
  while (at + BLOCK <= bytes.length) {
    const header = bytes.subarray(at, at + BLOCK);
    if (header.every((b) => b === 0)) return entries;
    let sum = 0;
    for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : header[i];
    if (parseInt(cString(header.subarray(148, 156)).trim() || 'x', 8) !== sum) return undefined;
    const size = parseInt(cString(header.subarray(124, 136)).trim() || '0', 8);
    const typeflag = String.fromCharCode(header[156] || 0x30);
    const prefix = cString(header.subarray(345, 500));
    const name = longName ?? (prefix ? `${prefix}/` : '') + cString(header.subarray(0, 100));
    longName = undefined;
    const mode = parseInt(cString(header.subarray(100, 108)).trim() || '0', 8);
    const dataStart = at + BLOCK;
    if (dataStart + size > bytes.length) return undefined;
    const data = bytes.subarray(dataStart, dataStart + size);
    if (typeflag === 'L') longName = cString(data);
    if (typeflag === 'x') longName = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(decoder.decode(data))?.[1];
    const clean = name.replace(/^\.\//, '').replace(/\/+$/, '');
    if (typeflag === '5') entries.push({ name: clean, type: 'dir', mode });
    else if (typeflag === '0' || typeflag === '\0' || typeflag === '7')
      entries.push({ name: clean, type: 'file', content: decoder.decode(data), mode });
    at = dataStart + Math.ceil(size / BLOCK) * BLOCK;
  }
  return bytes.length === 0 ? [] : entries;
}
