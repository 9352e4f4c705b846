/**
 * The zip writer, read back by this module's reader and, where the machine has them, by Info-ZIP's
 * `unzip -t` and Python's zipfile (readers we did not write).
 */

import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, readZip, writeZip, type ZipEntry } from '../../tools/scorm/zip';

const text = (s: string) => new TextEncoder().encode(s);
const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

const ENTRIES: ZipEntry[] = [
  { name: 'imsmanifest.xml', data: text('<manifest/>\n') },
  { name: 'index.html', data: text('<!doctype html>'.repeat(200)) }, // compresses: deflated
  { name: 'assets/bin.dat', data: Uint8Array.from({ length: 300 }, (_, i) => (i * 7919) % 251) },
  { name: 'assets/empty.txt', data: new Uint8Array(0) },
  { name: 'pelajaran/ringkasan-ü.txt', data: text('Pelabuhan — harbour') },
];

describe('zip', () => {
  it('CRC-32 is the IEEE one (the check value of "123456789" is cbf43926)', () => {
    expect(crc32(text('123456789')).toString(16)).toBe('cbf43926');
    expect(crc32(new Uint8Array(0))).toBe(0);
  });

  it('reads back what it wrote, deflated or stored', () => {
    for (const deflate of [true, false]) {
      const zip = writeZip(ENTRIES, { deflate });
      const back = readZip(zip);
      expect(back.map((e) => e.name)).toEqual(ENTRIES.map((e) => e.name));
      back.forEach((e, i) => expect(Buffer.from(e.data).equals(Buffer.from(ENTRIES[i].data))).toBe(true));
    }
    expect(writeZip(ENTRIES).length).toBeLessThan(writeZip(ENTRIES, { deflate: false }).length);
  });

  it('is the same bytes for the same files (no timestamps)', () => {
    expect(Buffer.from(writeZip(ENTRIES)).equals(Buffer.from(writeZip(ENTRIES)))).toBe(true);
  });

  it('refuses unsafe and duplicate names', () => {
    for (const name of ['/etc/passwd', '../up.txt', 'a//b', 'a\\b', '']) {
      expect(() => writeZip([{ name, data: text('x') }])).toThrow(/not a safe path/);
    }
    expect(() => writeZip([ENTRIES[0], ENTRIES[0]])).toThrow(/twice/);
  });

  it('the reader notices a damaged entry', () => {
    const zip = writeZip([{ name: 'a.txt', data: text('hello hello hello') }], { deflate: false });
    zip[30 + 'a.txt'.length] ^= 0xff; // first byte of the stored data
    expect(() => readZip(zip)).toThrow(/a.txt: CRC-32 mismatch/);
    expect(() => readZip(text('not a zip at all, not even close'))).toThrow(/not a zip/);
  });

  it.skipIf(!has('unzip'))('unzip -t finds no errors and lists every file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zip-test-'));
    try {
      const file = join(dir, 't.zip');
      writeFileSync(file, writeZip(ENTRIES));
      const test = spawnSync('unzip', ['-t', file], { encoding: 'utf8' });
      expect(test.status, test.stdout + test.stderr).toBe(0);
      expect(test.stdout).toContain('No errors detected');
      for (const e of ENTRIES) expect(test.stdout).toContain(e.name);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.skipIf(!has('python3'))("Python's zipfile reads every file", () => {
    const dir = mkdtempSync(join(tmpdir(), 'zip-test-'));
    try {
      const file = join(dir, 't.zip');
      writeFileSync(file, writeZip(ENTRIES));
      const script =
        'import sys,zipfile,json;z=zipfile.ZipFile(sys.argv[1]);assert z.testzip() is None;' +
        'print(json.dumps({i.filename: len(z.read(i)) for i in z.infolist()}))';
      const out = spawnSync('python3', ['-c', script, file], { encoding: 'utf8' });
      expect(out.status, out.stderr).toBe(0);
      expect(JSON.parse(out.stdout)).toEqual(Object.fromEntries(ENTRIES.map((e) => [e.name, e.data.length])));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
