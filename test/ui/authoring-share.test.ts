import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  decodeLog,
  encodeLog,
  fromBase64Url,
  MAX_LOG_CHARS,
  MAX_LOG_LINES,
  toBase64Url,
} from '../../src/ui/authoring/share-log';
import { readSharedLog, shareLink, sharedPosition } from '../../src/ui/authoring/share-url';

const PAGE = 'https://example.test/pelabuhan/?lesson=old&view=layers#x';

describe('share log encoding', () => {
  it('round-trips unicode, quotes, backslashes, newlines and the empty log', () => {
    const logs = [
      [],
      [''],
      ['docker run -d --name web nginx', 'docker create --name db redis'],
      [
        `docker run --name "q'uote" alpine echo "a\\"b" 'c'`,
        'echo héllo — ümlaut 日本語 🐳',
        'docker run \\\n  -d nginx',
        '#daemon stop',
      ],
    ];
    for (const lines of logs) {
      const enc = encodeLog(lines);
      if (!enc.ok) throw new Error(`cannot encode ${JSON.stringify(lines)}: ${JSON.stringify(enc)}`);
      expect(enc.value).toMatch(/^[A-Za-z0-9_-]*$/);
      expect(decodeLog(enc.value)).toEqual({ ok: true, lines });
    }
  });

  it('round-trips any list of strings (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 40 }), { maxLength: 20 }), (lines) => {
        const enc = encodeLog(lines);
        expect(enc.ok && decodeLog(enc.value)).toEqual({ ok: true, lines });
      }),
    );
  });

  it('base64url matches the platform encoder, without padding', () => {
    for (const text of ['', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar', '\u00ff\u00fe?>']) {
      const bytes = new TextEncoder().encode(text);
      const expected = Buffer.from(bytes).toString('base64url');
      expect(toBase64Url(bytes)).toBe(expected);
      expect(Array.from(fromBase64Url(expected) ?? [])).toEqual(Array.from(bytes));
    }
  });

  it('names garbage as malformed, never throws', () => {
    const bad = [
      '%%%',
      'a',
      'abcde',
      '!!',
      'eyJh',
      toBase64Url(new TextEncoder().encode('{"a":1}')),
      toBase64Url(new TextEncoder().encode('[1,2]')),
      toBase64Url(new TextEncoder().encode('["ok", null]')),
      toBase64Url(new Uint8Array([0xff, 0xfe, 0x5b, 0x5d])),
      toBase64Url(new TextEncoder().encode('not json')),
    ];
    for (const value of bad) expect(decodeLog(value)).toEqual({ ok: false, problem: 'malformed' });
    // Non-zero leftover bits: not what an encoder writes.
    expect(fromBase64Url('W11')).toBeUndefined();
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        const r = decodeLog(s);
        expect(r.ok === true || r.problem === 'malformed' || r.problem === 'too-long').toBe(true);
      }),
    );
  });

  it('guards length: too many lines, too long a value', () => {
    expect(encodeLog(Array.from({ length: MAX_LOG_LINES + 1 }, () => 'docker ps'))).toEqual({
      ok: false,
      problem: 'too-long',
    });
    expect(
      encodeLog(Array.from({ length: 400 }, (_, i) => `docker run -d --name container-number-${i} nginx:alpine`)),
    ).toEqual({ ok: false, problem: 'too-long' });
    expect(decodeLog('A'.repeat(MAX_LOG_CHARS + 4))).toEqual({ ok: false, problem: 'too-long' });
  });
});

describe('share links', () => {
  it('carries lesson, 1-based step and language, replacing the page query and hash', () => {
    const made = shareLink(PAGE, { lesson: 'images', step: 2, lang: 'id' });
    expect(made).toEqual({ ok: true, url: 'https://example.test/pelabuhan/?lesson=images&step=3&lang=id' });
  });

  it('carries the sandbox log and reads it back', () => {
    const lines = ['docker run -d --name web nginx', 'docker create --name db redis'];
    const made = shareLink(PAGE, { lesson: 'sandbox', step: 0, lang: 'en', lines });
    if (!made.ok) throw new Error(`no share link: ${JSON.stringify(made)}`);
    const search = new URL(made.url).search;
    expect(readSharedLog(search)).toEqual({ kind: 'lines', lines });
    expect(sharedPosition(search)).toEqual({ lesson: 'sandbox', step: 0, lines });
  });

  it('leaves the log out for other lessons, keeps ?src=', () => {
    const made = shareLink(PAGE, {
      lesson: 'mine',
      step: 0,
      lang: 'en',
      lines: ['docker ps'],
      src: 'lessons/mine.yaml',
    });
    expect(made.ok && new URL(made.url).searchParams.get('log')).toBeNull();
    expect(made.ok && new URL(made.url).searchParams.get('src')).toBe('lessons/mine.yaml');
  });

  it('reports an unreadable log and replays nothing', () => {
    expect(readSharedLog('?lesson=sandbox&log=%%%')).toEqual({ kind: 'problem', problem: 'malformed' });
    expect(readSharedLog('?lesson=sandbox')).toEqual({ kind: 'none' });
    expect(sharedPosition('?lesson=sandbox&log=zz&step=x')).toEqual({ lesson: 'sandbox', step: 0, lines: [] });
    expect(sharedPosition('?lesson=images&step=4&log=W10')).toEqual({ lesson: 'images', step: 3, lines: [] });
  });
});
