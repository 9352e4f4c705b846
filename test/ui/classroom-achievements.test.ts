/**
 * Achievements from progress alone, and the link that shares them: unsigned without a class, signed
 * with the class key when there is one (checked with that key, refused with another or once altered).
 */

import { describe, expect, it } from 'vitest';
import {
  ACHIEVEMENTS,
  achievementsSignedBy,
  achievementsToken,
  earnedAchievements,
  readAchievementsToken,
} from '../../src/ui/classroom/achievements';
import { newClassKey } from '../../src/ui/classroom/class-key';
import type { ProgressEntry } from '../../src/ui/classroom/progress-store';
import { LESSONS } from '../../src/lessons/index';

const course = LESSONS.map((l) => l.id).filter((id) => id !== 'sandbox');
const e = (kind: ProgressEntry['kind'], id: string, score = 1, maxScore = 2): ProgressEntry => ({
  kind,
  id,
  scenarioHash: '0000000000000000',
  score,
  maxScore,
  finishedAt: 1_800_000_000_000,
});
const earned = (entries: ProgressEntry[]) => earnedAchievements({ entries, courseLessons: course });

describe('achievements', () => {
  it('none without progress; the first lesson, every step, and the topic groups as they are done', () => {
    expect(earned([])).toEqual([]);
    expect(earned([e('lesson', 'images')])).toEqual(['first-lesson']);
    expect(earned([e('lesson', 'images', 7, 7)])).toEqual(['first-lesson', 'every-step']);
    expect(earned(['networks', 'mongo-network'].map((id) => e('lesson', id)))).toEqual(['first-lesson', 'networker']);
    expect(earned([e('lesson', 'networks')])).not.toContain('networker');
    expect(earned([e('lesson', 'push-and-run-elsewhere')])).not.toContain('shipper');
    const shipping = ['build-first-image', 'layer-cache', 'push-and-run-elsewhere'];
    expect(earned(shipping.map((id) => e('lesson', id)))).toContain('shipper');
    expect(earned([e('lesson', 'compose')])).toContain('composer');
    // A lesson id as a challenge's does not count for lessons.
    expect(earned([e('challenge', 'compose')])).toEqual(['first-challenge']);
  });

  it('all lessons only when every course lesson is done', () => {
    const all = course.map((id) => e('lesson', id));
    expect(earned(all)).toContain('all-lessons');
    expect(earned(all.slice(1))).not.toContain('all-lessons');
    expect(earnedAchievements({ entries: [], courseLessons: [] })).not.toContain('all-lessons');
  });

  it('five different challenges, and a perfect quiz', () => {
    const four = ['a', 'b', 'c', 'd'].map((id) => e('challenge', id));
    expect(earned(four)).not.toContain('five-challenges');
    expect(earned([...four, e('challenge', 'a')])).not.toContain('five-challenges');
    expect(earned([...four, e('challenge', 'e')])).toContain('five-challenges');
    expect(earned([e('quiz', 'q', 4, 5)])).not.toContain('perfect-quiz');
    expect(earned([e('quiz', 'q', 5, 5)])).toContain('perfect-quiz');
    expect(earned([e('quiz', 'q', 0, 0)])).not.toContain('perfect-quiz');
  });

  it('every achievement has a unique id', () => {
    expect(new Set(ACHIEVEMENTS.map((a) => a.id)).size).toBe(ACHIEVEMENTS.length);
  });
});

describe('the shared achievements link', () => {
  const cls = newClassKey('XI RPL 2', (a) => a.fill(7));
  const other = newClassKey('XI RPL 3', (a) => a.fill(8));
  const at = Date.UTC(2026, 11, 5, 9);

  it('is plainly unsigned without a class', () => {
    const token = achievementsToken('Ani', ['first-lesson', 'networker'], at);
    expect(readAchievementsToken(token)).toEqual({
      name: 'Ani',
      ids: ['first-lesson', 'networker'],
      sharedAt: at,
      signed: false,
    });
    expect(achievementsSignedBy(token, cls.key)).toBe(false);
  });

  it('is signed with the class key: right with it, wrong with another or once altered', () => {
    const token = achievementsToken('Ani', ['first-lesson'], at, cls);
    const read = readAchievementsToken(token)!;
    expect([read.signed, read.className, read.ids]).toEqual([true, 'XI RPL 2', ['first-lesson']]);
    expect(achievementsSignedBy(token, cls.key)).toBe(true);
    expect(achievementsSignedBy(token, other.key)).toBe(false);
    const forged = achievementsToken('Ani', ['first-lesson', 'all-lessons'], at, cls).split('.');
    const mixed = [forged[0], forged[1], token.split('.')[2]].join('.');
    expect(achievementsSignedBy(mixed, cls.key)).toBe(false);
  });

  it('reads nothing from a broken token and drops unknown ids', () => {
    for (const bad of ['', 'A1', 'A2.e30', 'A1.%%', 'A1.e30', 'A1.bm90IGpzb24'])
      expect(readAchievementsToken(bad), bad).toBeUndefined();
    const future = achievementsToken('Ani', ['first-lesson', 'from-a-newer-page'], at);
    expect(readAchievementsToken(future)!.ids).toEqual(['first-lesson']);
  });
});
