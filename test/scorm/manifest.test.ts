/** The SCORM 1.2 manifest and the export command's arguments and lessons. */

import { describe, expect, it } from 'vitest';
import { launchUrl, scormManifest } from '../../tools/scorm/manifest';
import { chooseLessons, parseExportArgs } from '../../tools/export-scorm';
import { LESSONS } from '../../src/lessons/index';

const FILES = ['index.html', 'assets/index-abc.js', 'sw.js'];

/** The attribute values of every `<tag … name="…">` in `xml`. */
function attrs(xml: string, tag: string, name: string): string[] {
  return [...xml.matchAll(new RegExp(`<${tag}\\b[^>]*\\b${name}="([^"]*)"`, 'g'))].map((m) => m[1]);
}

describe('scormManifest', () => {
  const lessons = [
    { id: 'images', title: 'Images' },
    { id: 'architecture', title: "Docker's architecture & <more>" },
  ];
  const xml = scormManifest({ identifier: 'pelabuhan', title: 'Course', lessons, files: FILES });

  it('is a SCORM 1.2 manifest (ADL SCORM 1.2 metadata, the 1.2 namespaces)', () => {
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<manifest identifier="pelabuhan"/);
    expect(xml).toContain('xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"');
    expect(xml).toContain('xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"');
    expect(xml).toContain('<schema>ADL SCORM</schema>');
    expect(xml).toContain('<schemaversion>1.2</schemaversion>');
  });

  it('has one item per lesson, each naming a sco resource that launches the page on that lesson', () => {
    expect(attrs(xml, 'item', 'identifierref')).toEqual(['sco-images', 'sco-architecture']);
    const scos = [...xml.matchAll(/<resource identifier="([^"]+)"[^>]*adlcp:scormtype="sco" href="([^"]+)"/g)];
    expect(scos.map((m) => [m[1], m[2]])).toEqual([
      ['sco-images', 'index.html?lesson=images&amp;lms=scorm'],
      ['sco-architecture', 'index.html?lesson=architecture&amp;lms=scorm'],
    ]);
    expect(launchUrl('images')).toBe('index.html?lesson=images&lms=scorm');
    // Every identifierref resolves; identifiers are unique.
    const ids = attrs(xml, '[a-z]+', 'identifier');
    expect(new Set(ids).size).toBe(ids.length);
    for (const ref of attrs(xml, '[a-z]+', 'identifierref')) expect(ids).toContain(ref);
    expect(attrs(xml, 'organizations', 'default')).toEqual(['course']);
  });

  it('lists every file of the page in the asset resource, and escapes titles', () => {
    expect(attrs(xml, 'file', 'href').sort()).toEqual([...FILES, 'index.html', 'index.html'].sort());
    expect(xml).toContain('<title>Docker&apos;s architecture &amp; &lt;more&gt;</title>');
    expect(xml).toMatch(/<resource identifier="page" type="webcontent" adlcp:scormtype="asset">/);
  });

  it('refuses ids that are not XML identifiers, a lesson twice, no lessons, no index.html', () => {
    const base = { identifier: 'p', title: 'C', files: FILES };
    expect(() => scormManifest({ ...base, lessons: [{ id: '1st', title: 'x' }] })).toThrow(/XML identifier/);
    expect(() => scormManifest({ ...base, lessons: [lessons[0], lessons[0]] })).toThrow(/twice/);
    expect(() => scormManifest({ ...base, lessons: [] })).toThrow(/at least one/);
    expect(() => scormManifest({ ...base, files: ['a.js'], lessons })).toThrow(/index.html/);
  });
});

describe('export:scorm arguments', () => {
  it('reads --lessons, --out and --dist (with or without a folder)', () => {
    expect(parseExportArgs(['--lessons', 'images,prune', '--out', 'x.zip'])).toEqual({
      ok: true,
      args: { lessons: ['images', 'prune'], out: 'x.zip', help: false },
    });
    expect(parseExportArgs(['--dist', '--out=y.zip'])).toMatchObject({
      ok: true,
      args: { dist: 'dist', out: 'y.zip' },
    });
    expect(parseExportArgs(['--dist', 'build/'])).toMatchObject({ ok: true, args: { dist: 'build/' } });
    expect(parseExportArgs(['--lessons'])).toMatchObject({ ok: false });
    expect(parseExportArgs(['--frobnicate'])).toEqual({ ok: false, error: 'unknown argument: --frobnicate' });
  });

  it('takes every course lesson by default (not the sandbox), in course order, titles in English', () => {
    const all = chooseLessons(undefined);
    expect(Array.isArray(all) && all.map((l) => l.id)).toEqual(
      LESSONS.filter((l) => l.id !== 'sandbox').map((l) => l.id),
    );
    expect(chooseLessons(['images'])).toEqual([{ id: 'images', title: 'Images' }]);
    expect(chooseLessons(['images', 'nope'])).toMatch(/^unknown lesson: nope \(known: /);
  });
});
