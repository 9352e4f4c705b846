import { describe, expect, it } from 'vitest';
import {
  byeMessage,
  decodeMessage,
  encodeMessage,
  helloMessage,
  isChannelId,
  newChannelId,
  stateMessage,
  validateSnapshot,
  type SyncSnapshot,
} from '../../src/ui/presenter/sync-protocol';
import { audienceHref, presenterHref, readPresentMode, withPresentParams } from '../../src/ui/presenter/present-url';

const snap: SyncSnapshot = { lesson: 'images', step: 2, stage: 'predict', lines: [] };

describe('the presenter/audience sync protocol', () => {
  it('round-trips hello, state and bye through encode and decode', () => {
    for (const m of [
      helloMessage(),
      byeMessage(),
      stateMessage(snap, 'id'),
      stateMessage({ ...snap, stage: 'after', lines: ['docker ps -a', '#daemon stop'], blank: true }, 'en'),
    ]) {
      expect(decodeMessage(encodeMessage(m))).toEqual(m);
    }
  });

  it('accepts an already-parsed object as well as JSON text', () => {
    expect(decodeMessage({ v: 1, type: 'state', snapshot: snap, lang: 'en' })).toEqual(stateMessage(snap, 'en'));
  });

  it('ignores malformed messages: bad JSON, another version, unknown types, wrong fields', () => {
    const bad: unknown[] = [
      'not json',
      '{',
      'null',
      '42',
      '[]',
      null,
      undefined,
      7,
      { type: 'hello' },
      { v: 2, type: 'hello' },
      { v: 1, type: 'shout' },
      { v: 1, type: 'state', snapshot: snap },
      { v: 1, type: 'state', snapshot: snap, lang: 'fr' },
      { v: 1, type: 'state', snapshot: { ...snap, step: -1 }, lang: 'en' },
      { v: 1, type: 'state', snapshot: { ...snap, step: 1.5 }, lang: 'en' },
      { v: 1, type: 'state', snapshot: { ...snap, step: '2' }, lang: 'en' },
      { v: 1, type: 'state', snapshot: { ...snap, stage: 'during' }, lang: 'en' },
      { v: 1, type: 'state', snapshot: { ...snap, lesson: '../x' }, lang: 'en' },
      { v: 1, type: 'state', snapshot: { ...snap, lesson: 'Images' }, lang: 'en' },
      { v: 1, type: 'state', snapshot: { ...snap, lines: 'docker ps' }, lang: 'en' },
      { v: 1, type: 'state', snapshot: { ...snap, lines: [1] }, lang: 'en' },
      { v: 1, type: 'state', snapshot: { ...snap, blank: 'yes' }, lang: 'en' },
      { v: 1, type: 'state', snapshot: { ...snap, lines: Array(501).fill('docker ps') }, lang: 'en' },
      { v: 1, type: 'state', snapshot: { ...snap, lines: ['x'.repeat(5000)] }, lang: 'en' },
    ];
    for (const data of bad)
      expect(
        decodeMessage(typeof data === 'string' ? data : (JSON.stringify(data) ?? data)),
        JSON.stringify(data),
      ).toBeUndefined();
  });

  it('keeps only the snapshot fields it knows (nothing else crosses to the audience)', () => {
    expect(validateSnapshot({ ...snap, world: { huge: true }, extra: 1 })).toEqual(snap);
    expect(validateSnapshot({ ...snap, blank: false })).toEqual({ ...snap, blank: false });
  });

  it('makes 16-hex-digit channel ids from the random source it is given', () => {
    const id = newChannelId((b) => b.fill(0xab));
    expect(id).toBe('abababababababab');
    expect(isChannelId(id)).toBe(true);
    expect(isChannelId(newChannelId())).toBe(true);
    expect(newChannelId()).not.toBe(newChannelId());
    for (const bad of ['', 'abc', 'a b c d', 'x'.repeat(65), 42, null]) expect(isChannelId(bad)).toBe(false);
  });
});

describe('teacher mode in the URL', () => {
  it('reads the presenter (lesson, 1-based step, channel) and the audience window (channel)', () => {
    expect(readPresentMode('?lesson=images&mode=present')).toEqual({
      mode: 'present',
      source: { kind: 'lesson', id: 'images' },
      step: 0,
      channel: undefined,
    });
    expect(readPresentMode('?lesson=images&mode=present&step=3&channel=abcd1234')).toEqual({
      mode: 'present',
      source: { kind: 'lesson', id: 'images' },
      step: 2,
      channel: 'abcd1234',
    });
    expect(readPresentMode('?mode=present&step=zero')).toEqual({
      mode: 'present',
      source: undefined,
      step: 0,
      channel: undefined,
    });
    expect(readPresentMode('?mode=audience&channel=abcd1234')).toEqual({ mode: 'audience', channel: 'abcd1234' });
    expect(readPresentMode('?mode=audience&channel=<script>')).toEqual({ mode: 'audience', channel: undefined });
  });

  it('leaves the normal page alone', () => {
    expect(readPresentMode('')).toBeUndefined();
    expect(readPresentMode('?lesson=images&step=3&lang=id')).toBeUndefined();
    expect(readPresentMode('?mode=edit')).toBeUndefined();
  });

  it("writes the audience address and keeps the channel in the presenter's own", () => {
    expect(audienceHref('abcd1234')).toBe('?mode=audience&channel=abcd1234');
    expect(presenterHref('images', 'id', 3)).toBe('?lesson=images&mode=present&step=3&lang=id');
    expect(readPresentMode(presenterHref('images', 'id', 3))).toEqual({
      mode: 'present',
      source: { kind: 'lesson', id: 'images' },
      step: 2,
      channel: undefined,
    });
    expect(presenterHref('images')).toBe('?lesson=images&mode=present');
    expect(withPresentParams('?lesson=images&mode=present&lang=id', { channel: 'abcd1234' })).toBe(
      '?lesson=images&mode=present&lang=id&channel=abcd1234',
    );
    expect(withPresentParams('?lesson=images&mode=present&channel=abcd1234', { step: 4 })).toBe(
      '?lesson=images&mode=present&channel=abcd1234&step=4',
    );
    expect(withPresentParams('?lesson=images&mode=present&step=4', { step: 1 })).toBe('?lesson=images&mode=present');
  });
});
