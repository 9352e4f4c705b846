/**
 * The QR encoder against reference matrices made by another encoder (python-qrcode 8.2, level M,
 * byte mode, the same forced mask: test/ui/fixtures/qr-reference.json): version 1, a completion
 * code's size (version 6), and version 10 (version information blocks, several RS blocks).
 */

import { describe, expect, it } from 'vitest';
import reference from './fixtures/qr-reference.json';
import { encodeQr } from '../../src/ui/classroom/qr-code';
import { qrPath } from '../../src/ui/classroom/qr-svg';

const rows = (modules: boolean[][]) => modules.map((r) => r.map((d) => (d ? '1' : '0')).join(''));
const bytes = (s: string) => new TextEncoder().encode(s);

describe('the QR encoder', () => {
  for (const ref of reference)
    it(`matches the reference for ${ref.data.length} bytes (version ${ref.version}, mask ${ref.mask})`, () => {
      const q = encodeQr(bytes(ref.data), { mask: ref.mask });
      expect(q.version).toBe(ref.version);
      expect(rows(q.modules)).toEqual(ref.rows);
    });

  it('picks a mask by the penalty rules and a version that holds the data', () => {
    const q = encodeQr(bytes('PB1.' + 'x'.repeat(80)));
    expect(q.mask).toBeGreaterThanOrEqual(0);
    expect(q.mask).toBeLessThan(8);
    expect(q.size).toBe(q.version * 4 + 17);
    expect(() => encodeQr(new Uint8Array(3000))).toThrow(RangeError);
  });

  it('draws one unit square per dark module, inside the quiet zone', () => {
    const q = encodeQr(bytes('HELLO'), { mask: 2 });
    const d = qrPath(q);
    expect(d.match(/M/g)!.length).toBe(q.modules.flat().filter(Boolean).length);
    expect(d.startsWith('M4 4h1v1h-1z')).toBe(true); // the finder's top-left corner
  });
});
