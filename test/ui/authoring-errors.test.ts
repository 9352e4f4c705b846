import { describe, expect, it } from 'vitest';
import { errorSnippet, formatError, snippetText, SNIPPET_WIDTH } from '../../src/ui/authoring/error-snippet';
import {
  isScenarioFileName,
  loadScenarioFile,
  loadScenarioText,
  loadScenarioUrl,
  MAX_SCENARIO_BYTES,
  resolveSource,
} from '../../src/ui/authoring/scenario-source';
import { formatScenario } from '../../src/model/lesson/scenario-format';
import { lessonById } from '../../src/lessons/index';

const BROKEN_YAML = `schema: pelabuhan-scenario/1
id: Broken Lesson
order: 1
title: { en: Broken, id: Rusak }
summary: { en: A broken file, id: Berkas rusak }
view: layers
steps:
  - id: one
    title: { en: One, id: Satu }
    before: { en: Before, id: Sebelum }
    comands: [docker ps]
    after: { en: After, id: Sesudah }
`;

describe('error lines', () => {
  it('"line L, column C — path: message", and no path for the whole file', () => {
    expect(
      formatError({
        line: 3,
        column: 7,
        path: 'steps[2].goals[0].containers.count',
        message: 'must be a whole number',
      }),
    ).toBe('line 3, column 7 — steps[2].goals[0].containers.count: must be a whole number');
    expect(
      formatError({ line: 1, column: 1, path: '', message: 'the file is empty' }, (l, c) => `baris ${l}, kolom ${c}`),
    ).toBe('baris 1, kolom 1 — the file is empty');
  });

  it('puts a caret under the column, keeping tabs so it lines up', () => {
    const text = 'a: 1\nsteps:\n\t- id: x y\n';
    expect(errorSnippet(text, 3, 8)).toEqual({ line: 3, source: '\t- id: x y', caret: '\t      ^' });
    expect(snippetText(errorSnippet(text, 1, 1)!)).toBe('1 │ a: 1\n  │ ^');
    // Past the end of the line: just after it. No such line: nothing.
    expect(errorSnippet(text, 1, 99)?.caret).toBe('    ^');
    expect(errorSnippet(text, 9, 1)).toBeUndefined();
    expect(errorSnippet('a\r\nbb\r\n', 2, 2)).toEqual({ line: 2, source: 'bb', caret: ' ^' });
  });

  it('cuts a long line around the column', () => {
    const long = `${'x'.repeat(300)}ERR${'y'.repeat(300)}`;
    const s = errorSnippet(long, 1, 301)!;
    expect(s.source.length).toBeLessThanOrEqual(SNIPPET_WIDTH + 2);
    expect(s.source.startsWith('…') && s.source.endsWith('…')).toBe(true);
    expect(s.source[s.caret.length - 1]).toBe('E');
  });

  it('real parser errors point at the offending text', () => {
    const out = loadScenarioText(BROKEN_YAML, 'broken.yaml');
    if (out.ok || out.failure.problem.kind !== 'invalid')
      throw new Error(`broken.yaml should fail as invalid: ${JSON.stringify(out)}`);
    expect(out.failure.source).toBe(BROKEN_YAML);
    const errors = out.failure.problem.errors;
    expect(errors.map((e) => e.path)).toEqual(expect.arrayContaining(['id', 'steps[0].comands']));
    for (const e of errors) {
      const s = errorSnippet(BROKEN_YAML, e.line, e.column)!;
      expect(s.source).toBe(BROKEN_YAML.split('\n')[e.line - 1]);
    }
    const id = errors.find((e) => e.path === 'id')!;
    const s = errorSnippet(BROKEN_YAML, id.line, id.column)!;
    expect(s.source.slice(s.caret.length - 1)).toBe('Broken Lesson');
  });
});

describe('scenario sources', () => {
  const good = formatScenario(lessonById('images')!);
  const file = (name: string, text: string, size = new TextEncoder().encode(text).length) => ({
    name,
    size,
    text: async () => text,
  });

  it('opens a valid file, refuses other endings and big files before reading', async () => {
    expect((await loadScenarioFile(file('images.scenario.json', good))).ok).toBe(true);
    expect(isScenarioFileName('A.YML') && isScenarioFileName('b.yaml') && !isScenarioFileName('c.txt')).toBe(true);
    const wrong = await loadScenarioFile(file('notes.txt', good));
    expect(!wrong.ok && wrong.failure.problem).toEqual({ kind: 'wrong-type' });
    const big = await loadScenarioFile({
      name: 'big.json',
      size: MAX_SCENARIO_BYTES + 1,
      text: async () => {
        throw new Error('read');
      },
    });
    expect(!big.ok && big.failure.problem).toEqual({ kind: 'too-big', bytes: MAX_SCENARIO_BYTES + 1 });
    const bigText = loadScenarioText(`# ${'x'.repeat(MAX_SCENARIO_BYTES)}`, 'big.yaml');
    expect(!bigText.ok && bigText.failure.problem.kind).toBe('too-big');
  });

  it('?src= resolves on the page origin only', () => {
    const page = 'http://127.0.0.1:4173/app/?src=x';
    expect(resolveSource('lessons/a.yaml', page)).toMatchObject({ ok: true });
    expect(resolveSource('/a.json', page)).toMatchObject({ ok: true });
    expect(resolveSource('https://evil.example/a.json', page)).toEqual({
      ok: false,
      problem: { kind: 'other-origin', origin: 'https://evil.example' },
    });
    expect(resolveSource('//evil.example/a.json', page)).toMatchObject({
      ok: false,
      problem: { kind: 'other-origin' },
    });
    expect(resolveSource('http://127.0.0.1:9999/a.json', page)).toMatchObject({
      ok: false,
      problem: { kind: 'other-origin' },
    });
    expect(resolveSource('javascript:alert(1)', page)).toEqual({ ok: false, problem: { kind: 'bad-address' } });
    expect(resolveSource('data:application/json,{}', page)).toEqual({ ok: false, problem: { kind: 'bad-address' } });
  });

  it('?src= makes no request to another origin; names 404 and network failures', async () => {
    const page = 'http://127.0.0.1:4173/?src=x';
    const calls: string[] = [];
    const fetchFn = (async (url: string | URL | Request) => {
      calls.push(String(url));
      if (String(url).endsWith('missing.json')) return new Response('nope', { status: 404 });
      if (String(url).endsWith('offline.json')) throw new TypeError('Failed to fetch');
      if (String(url).endsWith('broken.yaml')) return new Response(BROKEN_YAML, { status: 200 });
      return new Response(good, { status: 200 });
    }) as typeof fetch;
    const other = await loadScenarioUrl('https://evil.example/a.json', page, fetchFn);
    expect(!other.ok && other.failure.problem.kind).toBe('other-origin');
    expect(calls).toEqual([]);
    const missing = await loadScenarioUrl('missing.json', page, fetchFn);
    expect(!missing.ok && missing.failure).toMatchObject({
      fileName: 'missing.json',
      problem: { kind: 'http', status: 404 },
    });
    const offline = await loadScenarioUrl('offline.json', page, fetchFn);
    expect(!offline.ok && offline.failure.problem.kind).toBe('network');
    const broken = await loadScenarioUrl('fixtures/broken.yaml', page, fetchFn);
    expect(!broken.ok && broken.failure.problem.kind).toBe('invalid');
    const ok = await loadScenarioUrl('/lessons/images.json', page, fetchFn);
    expect(ok.ok && ok.scenario.id).toBe('images');
    expect(calls.every((u) => u.startsWith('http://127.0.0.1:4173/'))).toBe(true);
  });
});
