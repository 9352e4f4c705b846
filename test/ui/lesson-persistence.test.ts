import { describe, expect, it } from 'vitest';
import { loadSession, saveSession, SESSION_FORMAT, SESSION_KEY } from '../../src/ui/session/persistence';
import { isLessonSnapshot } from '../../src/ui/lesson/lesson-controller';
import { lessonFromUrl } from '../../src/ui/lesson/lesson-url';
import { serializeWorld } from '../../src/model/world/world';
import { worldWithAlpineAndNginx } from './world-fixture';
import { memoryStorage } from './memory-storage';

const parts = { history: [], records: [], shownFrom: 1, nextId: 1 };

describe('the lesson position in the saved session', () => {
  it('is saved and read back with the session', () => {
    const storage = memoryStorage();
    const lesson = { lesson: 'images', step: 2, stage: 'after' as const, lines: ['docker pull nginx:alpine'] };
    saveSession(storage, serializeWorld(worldWithAlpineAndNginx().world), { ...parts, lesson });
    const outcome = loadSession(storage);
    expect(outcome.kind).toBe('restored');
    if (outcome.kind !== 'restored') throw new Error(`not restored: ${outcome.kind}`);
    expect(outcome.session.lesson).toEqual(lesson);
    expect(isLessonSnapshot(outcome.session.lesson)).toBe(true);
  });

  it('a damaged position is not a snapshot, and the session itself still restores', () => {
    const storage = memoryStorage();
    const world = serializeWorld(worldWithAlpineAndNginx().world);
    storage.setItem(
      SESSION_KEY,
      JSON.stringify({ format: SESSION_FORMAT, world, ...parts, lesson: { lesson: 'images', step: -1, lines: 'x' } }),
    );
    const outcome = loadSession(storage);
    if (outcome.kind !== 'restored') throw new Error(`not restored: ${outcome.kind}`);
    expect(isLessonSnapshot(outcome.session.lesson)).toBe(false);
    storage.setItem(SESSION_KEY, JSON.stringify({ format: SESSION_FORMAT, world, ...parts, lesson: 'nonsense' }));
    const again = loadSession(storage);
    expect(again.kind === 'restored' && again.session.lesson).toBeUndefined();
  });

  it('reads ?lesson= and a 1-based ?step= from the URL', () => {
    expect(lessonFromUrl('?lesson=images&step=3&lang=id')).toEqual({ id: 'images', step: 3 });
    expect(lessonFromUrl('?lesson=images')).toEqual({ id: 'images', step: 1 });
    expect(lessonFromUrl('?lesson=images&step=zero')).toEqual({ id: 'images', step: 1 });
    expect(lessonFromUrl('?lesson=../x')).toBeUndefined();
    expect(lessonFromUrl('?view=layers')).toBeUndefined();
  });
});
