/** `npm run export:scorm` on a small stand-in build (`--dist`): the zip it writes and what it refuses. */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runExportScorm } from '../../tools/export-scorm';
import { readZip } from '../../tools/scorm/zip';
import { LESSONS } from '../../src/lessons/index';

let dir: string;
let page: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'export-scorm-test-'));
  page = join(dir, 'page');
  mkdirSync(join(page, 'assets'), { recursive: true });
  writeFileSync(join(page, 'index.html'), '<!doctype html><script type="module" src="./assets/index-x.js"></script>');
  writeFileSync(join(page, 'assets/index-x.js'), 'console.log(1)');
  writeFileSync(join(page, 'sw.js'), '// worker');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('runExportScorm', () => {
  it('writes imsmanifest.xml first, then every file of the page, for the lessons asked', () => {
    const out = join(dir, 'two.zip');
    const result = runExportScorm(['--dist', page, '--lessons', 'images,prune', '--out', out]);
    expect(result).toEqual({
      code: 0,
      stdout: expect.stringMatching(/^wrote .*two\.zip \(SCORM 1\.2, 2 lessons, /),
      stderr: '',
    });
    const entries = readZip(new Uint8Array(readFileSync(out)));
    expect(entries.map((e) => e.name)).toEqual(['imsmanifest.xml', 'assets/index-x.js', 'index.html', 'sw.js']);
    const manifest = new TextDecoder().decode(entries[0].data);
    expect([...manifest.matchAll(/<item identifier="([^"]+)"/g)].map((m) => m[1])).toEqual([
      'item-images',
      'item-prune',
    ]);
    expect(manifest).toContain('<file href="assets/index-x.js"/>');
    expect(new TextDecoder().decode(entries[2].data)).toContain('./assets/index-x.js');
  });

  it('takes every course lesson by default', () => {
    const out = join(dir, 'all.zip');
    expect(runExportScorm(['--dist', page, '--out', out]).code).toBe(0);
    const manifest = new TextDecoder().decode(readZip(new Uint8Array(readFileSync(out)))[0].data);
    expect(manifest.match(/adlcp:scormtype="sco"/g)).toHaveLength(LESSONS.filter((l) => l.id !== 'sandbox').length);
    expect(manifest).not.toContain('sandbox');
  });

  it('refuses an unknown lesson, a folder without a built page, and unknown arguments (exit 2)', () => {
    const unknown = runExportScorm(['--dist', page, '--lessons', 'imagez']);
    expect([unknown.code, unknown.stderr]).toEqual([2, expect.stringContaining('unknown lesson: imagez (known: ')]);
    const empty = runExportScorm(['--dist', dir, '--out', join(dir, 'x.zip')]);
    expect([empty.code, empty.stderr]).toEqual([2, expect.stringContaining('no built page in')]);
    expect(runExportScorm(['--zip'])).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown argument') });
    expect(runExportScorm(['--help'])).toMatchObject({ code: 0, stdout: expect.stringContaining('usage:') });
  });
});
