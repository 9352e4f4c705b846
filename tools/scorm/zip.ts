/**
 * A small ZIP writer and reader (PKWARE APPNOTE 6.3.x: local file headers, central directory, end
 * of central directory; no ZIP64, no encryption), so the SCORM export needs no dependency. Pure:
 * bytes in, bytes out; node:zlib only for raw DEFLATE. Every entry carries a fixed timestamp, so one
 * input always gives the same zip.
 */

import { deflateRawSync, inflateRawSync } from 'node:zlib';

/** One file to put in the zip: its path inside the archive (forward slashes) and its bytes. */
export interface ZipEntry {
  name: string;
  data: Uint8Array;
}

/** Compression methods of APPNOTE 4.4.5 that this module writes and reads. */
const STORE = 0;
const DEFLATE = 8;

/** 1980-01-01 00:00 in MS-DOS time/date (the earliest a zip can say): entries have no meaningful time. */
const DOS_TIME = 0;
const DOS_DATE = (1 << 5) | 1; // year 0 (1980) << 9, month 1 << 5, day 1

/** General purpose flag bit 11: names are UTF-8 (APPNOTE 4.4.4, appendix D). */
const UTF8_FLAG = 1 << 11;

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (the IEEE polynomial zip uses, reflected 0xEDB88320) of `data`. */
export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * Writes `entries` as a zip. Each is deflated unless that does not make it smaller (then stored),
 * or stored always with `{ deflate: false }`. Throws on a duplicate or unsafe name, or on sizes
 * that would need ZIP64.
 */
export function writeZip(entries: readonly ZipEntry[], options: { deflate?: boolean } = {}): Uint8Array {
  const deflate = options.deflate ?? true;
  if (entries.length > 0xffff) throw new Error(`too many files for a zip without ZIP64: ${entries.length}`);
  const seen = new Set<string>();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    checkName(entry.name, seen);
    const name = new TextEncoder().encode(entry.name);
    const crc = crc32(entry.data);
    const packed = deflate ? deflateRawSync(entry.data, { level: 9 }) : undefined;
    const method = packed && packed.length < entry.data.length ? DEFLATE : STORE;
    const body = method === DEFLATE ? packed! : entry.data;
    if (offset + 30 + name.length + body.length > 0xffffffff) throw new Error('zip too large without ZIP64');
    const meta = { method, crc, compressed: body.length, size: entry.data.length, name };
    const local = header(0x04034b50, meta, offset, false);
    locals.push(local, body);
    centrals.push(header(0x02014b50, meta, offset, true));
    offset += local.length + body.length;
  }
  const centralSize = centrals.reduce((sum, c) => sum + c.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, centralSize, true);
  end.setUint32(16, offset, true);
  return concat([...locals, ...centrals, new Uint8Array(end.buffer)]);
}

interface HeaderMeta {
  method: number;
  crc: number;
  compressed: number;
  size: number;
  name: Uint8Array;
}

/** A local file header (APPNOTE 4.3.7) or a central directory header (4.3.12), name included. */
function header(signature: number, m: HeaderMeta, offset: number, central: boolean): Uint8Array {
  const fixed = central ? 46 : 30;
  const view = new DataView(new ArrayBuffer(fixed + m.name.length));
  let at = 0;
  const u16 = (v: number) => {
    view.setUint16(at, v, true);
    at += 2;
  };
  const u32 = (v: number) => {
    view.setUint32(at, v, true);
    at += 4;
  };
  u32(signature);
  if (central) u16((3 << 8) | 20); // made by: Unix (so unzip reads the mode below), spec 2.0
  u16(20); // version needed to extract: 2.0 (deflate)
  u16(UTF8_FLAG);
  u16(m.method);
  u16(DOS_TIME);
  u16(DOS_DATE);
  u32(m.crc);
  u32(m.compressed);
  u32(m.size);
  u16(m.name.length);
  u16(0); // extra field length
  if (central) {
    u16(0); // comment length
    u16(0); // disk number start
    u16(0); // internal attributes
    u32((0o100644 << 16) >>> 0); // external attributes: a regular file, rw-r--r--
    u32(offset);
  }
  new Uint8Array(view.buffer).set(m.name, fixed);
  return new Uint8Array(view.buffer);
}

function checkName(name: string, seen: Set<string>): void {
  if (!name || name.startsWith('/') || name.includes('\\') || name.split('/').some((p) => p === '..' || p === '')) {
    throw new Error(`not a safe path inside a zip: ${JSON.stringify(name)}`);
  }
  if (seen.has(name)) throw new Error(`twice in one zip: ${name}`);
  seen.add(name);
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * Reads a zip written by `writeZip` or any other writer that uses only store and deflate: finds
 * the end of central directory, walks the central directory, and checks each entry's CRC-32 and
 * size. Throws, naming the entry, on anything else.
 */
export function readZip(zip: Uint8Array): ZipEntry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a zip: no end of central directory');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error(`central directory entry ${i}: bad signature`);
    const method = view.getUint16(at + 10, true);
    const crc = view.getUint32(at + 16, true);
    const compressed = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength));
    if (view.getUint32(local, true) !== 0x04034b50) throw new Error(`${name}: bad local header signature`);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const body = zip.subarray(start, start + compressed);
    let data: Uint8Array;
    if (method === STORE) data = body.slice();
    else if (method === DEFLATE) data = new Uint8Array(inflateRawSync(body));
    else throw new Error(`${name}: compression method ${method} is not read here`);
    if (data.length !== size) throw new Error(`${name}: ${data.length} bytes, the directory says ${size}`);
    if (crc32(data) !== crc) throw new Error(`${name}: CRC-32 mismatch`);
    entries.push({ name, data });
    at += 46 + skip;
  }
  return entries;
}
