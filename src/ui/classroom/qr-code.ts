/**
 * A QR code encoder (ISO/IEC 18004), written for the page: byte mode, error correction level M,
 * versions 1–40, the mask chosen by the standard's penalty rules. Enough for a completion code
 * (about 80 bytes: version 5 or 6). Pure; test/ui/classroom-qr.test.ts compares its matrices with
 * another encoder's. Module coordinates are (x = column, y = row).
 */

/** Error-correction codewords per block, level M, for versions 1–40 (the standard's table). */
const ECC_PER_BLOCK = [
  10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28, 28,
  28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28,
];
/** Error-correction blocks, level M, for versions 1–40. */
const BLOCKS = [
  1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35,
  37, 38, 40, 43, 45, 47, 49,
];
/** Level M's two format bits. */
const LEVEL_M_BITS = 0;

/** A QR code: `modules[y][x]` is true for a dark module. */
export interface QrCode {
  version: number;
  mask: number;
  size: number;
  modules: boolean[][];
}

/** Encodes `data` (bytes) at the smallest version that holds it; `mask` forces a mask (tests). */
export function encodeQr(data: Uint8Array, options: { mask?: number; minVersion?: number } = {}): QrCode {
  let version = options.minVersion ?? 1;
  while (dataCapacity(version) < data.length + (version < 10 ? 2 : 3)) {
    if (++version > 40) throw new RangeError('too much data for a QR code');
  }
  const codewords = withErrorCorrection(dataCodewords(data, version), version);
  const size = version * 4 + 17;
  const grid = new Grid(size);
  drawFunctionPatterns(grid, version);
  drawCodewords(grid, codewords);
  let best = options.mask ?? 0;
  if (options.mask === undefined) {
    let lowest = Infinity;
    for (let m = 0; m < 8; m++) {
      applyMask(grid, m);
      drawFormatBits(grid, m);
      const p = penalty(grid);
      if (p < lowest) ((lowest = p), (best = m));
      applyMask(grid, m); // XOR again undoes it
    }
  }
  applyMask(grid, best);
  drawFormatBits(grid, best);
  return { version, mask: best, size, modules: grid.dark };
}

class Grid {
  dark: boolean[][];
  fixed: boolean[][];
  constructor(readonly size: number) {
    this.dark = Array.from({ length: size }, () => new Array<boolean>(size).fill(false));
    this.fixed = Array.from({ length: size }, () => new Array<boolean>(size).fill(false));
  }
  set(x: number, y: number, dark: boolean): void {
    this.dark[y][x] = dark;
    this.fixed[y][x] = true;
  }
}

/** Modules left for data and error correction once the function patterns are drawn. */
function rawModules(v: number): number {
  let n = (16 * v + 128) * v + 64;
  if (v >= 2) {
    const align = Math.floor(v / 7) + 2;
    n -= (25 * align - 10) * align - 55;
    if (v >= 7) n -= 36;
  }
  return n;
}

function dataCapacity(v: number): number {
  return Math.floor(rawModules(v) / 8) - ECC_PER_BLOCK[v - 1] * BLOCKS[v - 1];
}

/** Mode 0100 (bytes), the count, the bytes, a terminator, then the pad bytes 0xEC 0x11. */
function dataCodewords(data: Uint8Array, v: number): number[] {
  const bits: number[] = [];
  const put = (value: number, n: number) => {
    for (let i = n - 1; i >= 0; i--) bits.push((value >>> i) & 1);
  };
  put(4, 4);
  put(data.length, v < 10 ? 8 : 16);
  data.forEach((b) => put(b, 8));
  const capacity = dataCapacity(v) * 8;
  put(0, Math.min(4, capacity - bits.length));
  put(0, (8 - (bits.length % 8)) % 8);
  for (let pad = 0xec; bits.length < capacity; pad ^= 0xec ^ 0x11) put(pad, 8);
  const out: number[] = [];
  for (let i = 0; i < bits.length; i += 8) out.push(bits.slice(i, i + 8).reduce((a, b) => (a << 1) | b, 0));
  return out;
}

/** Splits the data into blocks, adds each block's Reed–Solomon codewords, and interleaves them. */
function withErrorCorrection(data: number[], v: number): number[] {
  const blocks = BLOCKS[v - 1];
  const ecc = ECC_PER_BLOCK[v - 1];
  const total = Math.floor(rawModules(v) / 8);
  const shortLen = Math.floor(total / blocks);
  const shortBlocks = blocks - (total % blocks);
  const divisor = rsDivisor(ecc);
  const parts: number[][] = [];
  for (let i = 0, at = 0; i < blocks; i++) {
    const len = shortLen - ecc + (i < shortBlocks ? 0 : 1);
    const dat = data.slice(at, at + len);
    at += len;
    parts.push([...dat, ...rsRemainder(dat, divisor)]);
  }
  const out: number[] = [];
  const dataLen = shortLen - ecc + 1;
  for (let i = 0; i < dataLen; i++) parts.forEach((p, b) => (i < dataLen - 1 || b >= shortBlocks ? out.push(p[i]) : 0));
  for (let i = 0; i < ecc; i++) parts.forEach((p) => out.push(p[p.length - ecc + i]));
  return out;
}

/** Multiplication in GF(2^8) modulo x^8 + x^4 + x^3 + x^2 + 1. */
function gfMul(a: number, b: number): number {
  let z = 0;
  for (let i = 7; i >= 0; i--) {
    z = (z << 1) ^ ((z >>> 7) * 0x11d);
    z ^= ((b >>> i) & 1) * a;
  }
  return z;
}

/** The generator polynomial of degree n (coefficients high to low, the leading 1 left out). */
function rsDivisor(n: number): number[] {
  const poly = new Array<number>(n).fill(0);
  poly[n - 1] = 1;
  let root = 1;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      poly[j] = gfMul(poly[j], root);
      if (j + 1 < n) poly[j] ^= poly[j + 1];
    }
    root = gfMul(root, 2);
  }
  return poly;
}

function rsRemainder(data: number[], divisor: number[]): number[] {
  const rest = new Array<number>(divisor.length).fill(0);
  for (const b of data) {
    const factor = b ^ (rest.shift() as number);
    rest.push(0);
    divisor.forEach((d, i) => (rest[i] ^= gfMul(d, factor)));
  }
  return rest;
}

function drawFunctionPatterns(g: Grid, v: number): void {
  const size = g.size;
  for (let i = 0; i < size; i++) {
    g.set(6, i, i % 2 === 0);
    g.set(i, 6, i % 2 === 0);
  }
  for (const [cx, cy] of [
    [3, 3],
    [size - 4, 3],
    [3, size - 4],
  ]) {
    for (let dy = -4; dy <= 4; dy++)
      for (let dx = -4; dx <= 4; dx++) {
        const d = Math.max(Math.abs(dx), Math.abs(dy));
        const x = cx + dx;
        const y = cy + dy;
        if (x >= 0 && x < size && y >= 0 && y < size) g.set(x, y, d !== 2 && d !== 4);
      }
  }
  const align = alignmentPositions(v);
  align.forEach((ay, i) =>
    align.forEach((ax, j) => {
      const corner = (i === 0 && j === 0) || (i === 0 && j === align.length - 1) || (i === align.length - 1 && j === 0);
      if (corner) return;
      for (let dy = -2; dy <= 2; dy++)
        for (let dx = -2; dx <= 2; dx++) g.set(ax + dx, ay + dy, Math.max(Math.abs(dx), Math.abs(dy)) !== 1);
    }),
  );
  drawFormatBits(g, 0); // reserves the format areas; the real bits are drawn once the mask is chosen
  if (v >= 7) {
    let rem = v;
    for (let i = 0; i < 12; i++) rem = (rem << 1) ^ ((rem >>> 11) * 0x1f25);
    const bits = (v << 12) | rem;
    for (let i = 0; i < 18; i++) {
      const dark = ((bits >>> i) & 1) === 1;
      const a = size - 11 + (i % 3);
      const b = Math.floor(i / 3);
      g.set(a, b, dark);
      g.set(b, a, dark);
    }
  }
}

/** The centres of the alignment patterns on each axis. */
function alignmentPositions(v: number): number[] {
  if (v === 1) return [];
  const n = Math.floor(v / 7) + 2;
  const size = v * 4 + 17;
  const step = v === 32 ? 26 : Math.ceil((v * 4 + 4) / (n * 2 - 2)) * 2;
  const out = [6];
  for (let pos = size - 7; out.length < n; pos -= step) out.splice(1, 0, pos);
  return out;
}

function drawFormatBits(g: Grid, mask: number): void {
  const data = (LEVEL_M_BITS << 3) | mask;
  let rem = data;
  for (let i = 0; i < 10; i++) rem = (rem << 1) ^ ((rem >>> 9) * 0x537);
  const bits = ((data << 10) | rem) ^ 0x5412;
  const bit = (i: number) => ((bits >>> i) & 1) === 1;
  const size = g.size;
  for (let i = 0; i <= 5; i++) g.set(8, i, bit(i));
  g.set(8, 7, bit(6));
  g.set(8, 8, bit(7));
  g.set(7, 8, bit(8));
  for (let i = 9; i < 15; i++) g.set(14 - i, 8, bit(i));
  for (let i = 0; i < 8; i++) g.set(size - 1 - i, 8, bit(i));
  for (let i = 8; i < 15; i++) g.set(8, size - 15 + i, bit(i));
  g.set(8, size - 8, true);
}

/** Places the codewords in the zigzag of two-module columns, right to left, skipping the timing column. */
function drawCodewords(g: Grid, codewords: number[]): void {
  const size = g.size;
  let i = 0;
  for (let right = size - 1; right >= 1; right -= 2) {
    if (right === 6) right = 5;
    const upward = ((right + 1) & 2) === 0;
    for (let vert = 0; vert < size; vert++) {
      const y = upward ? size - 1 - vert : vert;
      for (let j = 0; j < 2; j++) {
        const x = right - j;
        if (g.fixed[y][x] || i >= codewords.length * 8) continue;
        g.dark[y][x] = ((codewords[i >>> 3] >>> (7 - (i & 7))) & 1) === 1;
        i++;
      }
    }
  }
}

const MASKS: ((x: number, y: number) => boolean)[] = [
  (x, y) => (x + y) % 2 === 0,
  (_x, y) => y % 2 === 0,
  (x) => x % 3 === 0,
  (x, y) => (x + y) % 3 === 0,
  (x, y) => (Math.floor(x / 3) + Math.floor(y / 2)) % 2 === 0,
  (x, y) => ((x * y) % 2) + ((x * y) % 3) === 0,
  (x, y) => (((x * y) % 2) + ((x * y) % 3)) % 2 === 0,
  (x, y) => (((x + y) % 2) + ((x * y) % 3)) % 2 === 0,
];

function applyMask(g: Grid, mask: number): void {
  for (let y = 0; y < g.size; y++)
    for (let x = 0; x < g.size; x++) if (!g.fixed[y][x] && MASKS[mask](x, y)) g.dark[y][x] = !g.dark[y][x];
}

/** The standard's penalty: runs of five or more, 2×2 blocks, finder-like patterns, and dark/light balance. */
function penalty(g: Grid): number {
  const size = g.size;
  const at = (x: number, y: number, columns: boolean) => (columns ? g.dark[x][y] : g.dark[y][x]);
  let score = 0;
  let dark = 0;
  for (const columns of [false, true])
    for (let y = 0; y < size; y++) {
      let run = 1;
      let line = '';
      for (let x = 0; x < size; x++) {
        const d = at(x, y, columns);
        line += d ? '1' : '0';
        if (x > 0 && d === at(x - 1, y, columns)) run++;
        else run = 1;
        if (run === 5) score += 3;
        else if (run > 5) score++;
      }
      const padded = `0000${line}0000`;
      for (const p of ['00001011101', '10111010000'])
        for (let k = padded.indexOf(p); k >= 0; k = padded.indexOf(p, k + 1)) score += 40;
    }
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      if (g.dark[y][x]) dark++;
      if (x < size - 1 && y < size - 1) {
        const c = g.dark[y][x];
        if (c === g.dark[y][x + 1] && c === g.dark[y + 1][x] && c === g.dark[y + 1][x + 1]) score += 3;
      }
    }
  const total = size * size;
  return score + (Math.ceil(Math.abs(dark * 20 - total * 10) / total) - 1) * 10;
}
