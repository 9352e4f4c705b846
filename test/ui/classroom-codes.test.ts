/**
 * Completion codes: the page's own SHA-256 and HMAC agree with Node's crypto; a code signed for a
 * class verifies with that class's key; each field altered (learner, kind, id, scenario hash,
 * score, max score, time), another class, another version, a broken text and a time in the future
 * are each refused with their own reason. The class link's token round-trips and refuses damage.
 */

import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hmacSha256, sha256Bytes as sha256 } from '../../src/model/kernel/digest';
import { fromBase64Url, toBase64Url } from '../../src/ui/classroom/base64url';
import { classId, classToken, newClassKey, readClassToken } from '../../src/ui/classroom/class-key';
import { signCode, verifyCode, type CodeProblem } from '../../src/ui/classroom/completion-code';
import type { ProgressEntry } from '../../src/ui/classroom/progress-store';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const bytes = (n: number, seed = 1) => Uint8Array.from({ length: n }, (_, i) => (i * 31 + seed * 7) & 0xff);
const fixedRandom = (a: Uint8Array) => a.set(bytes(a.length, 3)) ?? a;

const NOW = Date.UTC(2026, 11, 5, 9, 0, 0);
const ENTRY: ProgressEntry = {
  kind: 'lesson',
  id: 'images',
  scenarioHash: '0123456789abcdef',
  score: 6,
  maxScore: 7,
  finishedAt: NOW - 60_000,
};
const CLASS = newClassKey('  XI  RPL 2 ', fixedRandom);
const OTHER = newClassKey('XI RPL 3', (a) => a.set(bytes(a.length, 9)) ?? a);

describe('sha-256 and hmac', () => {
  it('agree with node:crypto for lengths around the block edges', () => {
    for (const n of [0, 1, 3, 55, 56, 63, 64, 65, 119, 120, 128, 1000]) {
      const data = bytes(n);
      expect(hex(sha256(data)), `length ${n}`).toBe(createHash('sha256').update(data).digest('hex'));
      for (const k of [bytes(16, 2), bytes(64, 4), bytes(100, 5)])
        expect(hex(hmacSha256(k, data))).toBe(createHmac('sha256', k).update(data).digest('hex'));
    }
  });

  it('base64url round-trips and refuses foreign letters and non-canonical tails', () => {
    for (let n = 0; n < 20; n++) expect(hex(fromBase64Url(toBase64Url(bytes(n)))!)).toBe(hex(bytes(n)));
    expect(toBase64Url(Uint8Array.from([0xfb, 0xff]))).toBe('-_8');
    expect(fromBase64Url('ab+c')).toBeUndefined();
    expect(fromBase64Url('abcde')).toBeUndefined();
    expect(fromBase64Url('AB')).toBeUndefined(); // 'AB' leaves a non-zero bit: 'AA' is the one spelling
  });
});

describe('the class link token', () => {
  it('carries the name and key, trimmed, and refuses damaged tokens', () => {
    expect(CLASS.name).toBe('XI RPL 2');
    const back = readClassToken(classToken(CLASS))!;
    expect(back.name).toBe('XI RPL 2');
    expect(hex(back.key)).toBe(hex(CLASS.key));
    const t = classToken(CLASS);
    for (const bad of ['', 'x', t.replace(/^1\./, '2.'), t.slice(0, 10), `${t}.x`, t.replace(/\.[^.]+$/, '.%%')])
      expect(readClassToken(bad), bad).toBeUndefined();
  });

  it('names a class by 6 characters that differ between keys', () => {
    expect(classId(CLASS.key)).toMatch(/^[A-Za-z0-9_-]{6}$/);
    expect(classId(CLASS.key)).not.toBe(classId(OTHER.key));
  });
});

describe('completion codes', () => {
  const code = signCode(ENTRY, 'Siti Nurhaliza', CLASS.key);

  it('is short, versioned, and verifies with the class key', () => {
    expect(code).toMatch(/^PB1\.[A-Za-z0-9_-]+$/);
    expect(code.length).toBeLessThan(90);
    const check = verifyCode(code, CLASS.key, NOW);
    expect(check).toEqual({
      ok: true,
      claim: {
        learner: 'Siti Nurhaliza',
        kind: 'lesson',
        id: 'images',
        scenarioHash: '0123456789abcdef',
        score: 6,
        maxScore: 7,
        finishedAt: Math.floor(ENTRY.finishedAt / 1000) * 1000,
      },
    });
    // Typed in groups, or with a line break from a chat app: still the same code.
    expect(verifyCode(`${code.slice(0, 20)} ${code.slice(20, 40)}\n${code.slice(40)}`, CLASS.key, NOW).ok).toBe(true);
  });

  /** The code with byte `at` of its payload changed by `f` (the MAC left as it was). */
  const altered = (at: number | ((len: number) => number), f: (b: number) => number) => {
    const raw = fromBase64Url(code.slice(4))!;
    const i = typeof at === 'number' ? at : at(raw.length);
    raw[i] = f(raw[i]);
    return `PB1.${toBase64Url(raw)}`;
  };
  const problem = (c: string, key = CLASS.key, now = NOW): CodeProblem | 'ok' => {
    const r = verifyCode(c, key, now);
    return r.ok ? 'ok' : r.problem;
  };

  it('refuses each altered field as altered or forged (the MAC does not match)', () => {
    const fields: Record<string, [number | ((len: number) => number), (b: number) => number]> = {
      kind: [4, () => 1],
      finishedAt: [8, (b) => b ^ 0x10],
      score: [10, () => 7],
      maxScore: [12, () => 9],
      scenarioHash: [13, (b) => b ^ 1],
      id: [22, () => 'j'.charCodeAt(0)],
      learner: [(len) => len - 9, (b) => b ^ 0x20],
      mac: [(len) => len - 1, (b) => b ^ 1],
    };
    for (const [field, [at, f]] of Object.entries(fields)) expect(problem(altered(at, f)), field).toBe('mac');
  });

  it('says a code of another class is not this class, also when its class id was altered', () => {
    expect(problem(code, OTHER.key)).toBe('class');
    expect(problem(altered(0, (b) => b ^ 1))).toBe('class');
    expect(problem(signCode(ENTRY, 'Siti', OTHER.key))).toBe('class');
  });

  it('refuses unknown versions, malformed text and codes from the future', () => {
    expect(problem(code.replace('PB1.', 'PB2.'))).toBe('version');
    expect(problem(code.replace('PB1.', 'pb9.'))).toBe('version');
    for (const bad of ['', 'hello', 'PB1.', 'PB1.!!!!', code.slice(0, 30), `XX.${code.slice(4)}`, `${code}A`])
      expect(problem(bad), JSON.stringify(bad)).toBe('malformed');
    // A score above its maximum is refused before the MAC is even looked at.
    expect(problem(altered(10, () => 99))).toBe('malformed');
    const later = signCode({ ...ENTRY, finishedAt: NOW + 3_600_000 }, 'Siti', CLASS.key);
    expect(problem(later)).toBe('future');
    expect(problem(later, CLASS.key, NOW + 3_600_000)).toBe('ok');
  });

  it('keeps a learner name with commas, quotes and non-Latin letters', () => {
    const name = 'Dewi "Uci", Ayu — 王';
    const r = verifyCode(signCode({ ...ENTRY, kind: 'quiz', id: 'q-1' }, name, CLASS.key), CLASS.key, NOW);
    expect(r.ok && [r.claim.learner, r.claim.kind, r.claim.id]).toEqual([name, 'quiz', 'q-1']);
  });
});

describe('pasted codes', () => {
  it('finds each code in a paste: one per line, several on a line, or one typed in groups', async () => {
    const { splitCodes } = await import('../../src/ui/classroom/completion-code');
    expect(splitCodes('PB1.aaaa\n\n  PB1.bbbb  \r\nPB1.cc, PB1.dd PB1.ee')).toEqual([
      'PB1.aaaa',
      'PB1.bbbb',
      'PB1.cc',
      'PB1.dd',
      'PB1.ee',
    ]);
    expect(splitCodes('PB1.abcd efgh ijkl')).toEqual(['PB1.abcd efgh ijkl']);
    expect(splitCodes('hello there')).toEqual(['hello there']);
  });
});
