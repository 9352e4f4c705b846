/**
 * What the classroom keeps in localStorage: the teacher's classes (the chosen one kept, the last
 * made by default), the learner's class and name, each class's table; damaged entries read as absent.
 */

import { describe, expect, it } from 'vitest';
import { memoryStorage } from './memory-storage';
import { classId, newClassKey } from '../../src/ui/classroom/class-key';
import {
  CLASSES_KEY,
  MY_CLASS_KEY,
  readClasses,
  readLearnerClass,
  readTable,
  TABLE_PREFIX,
  writeClasses,
  writeLearnerClass,
  writeTable,
  type TeacherClass,
} from '../../src/ui/classroom/classroom-store';
import type { ClassRow } from '../../src/ui/classroom/class-table';

const teacherClass = (name: string, fill: number): TeacherClass => {
  const c = newClassKey(name, (a) => a.fill(fill));
  return { ...c, id: classId(c.key), created: 1_800_000_000_000 + fill };
};

describe('the classroom store', () => {
  it('keeps several classes and the chosen one; the last made is chosen by default', () => {
    const s = memoryStorage();
    expect(readClasses(s)).toEqual({ classes: [] });
    const a = teacherClass('XI RPL 1', 1);
    const b = teacherClass('XI RPL 2', 2);
    writeClasses(s, [a, b], a.id);
    expect(readClasses(s)).toEqual({ classes: [a, b], current: a.id });
    writeClasses(s, [a, b], 'gone');
    expect(readClasses(s).current).toBe(b.id);
  });

  it('drops damaged classes and reads a damaged store as empty', () => {
    const s = memoryStorage();
    const a = teacherClass('XI RPL 1', 1);
    writeClasses(s, [a]);
    const raw = JSON.parse(s.getItem(CLASSES_KEY)!);
    raw.classes.push({ name: 'short key', key: 'AAAA', created: 1 }, null);
    s.setItem(CLASSES_KEY, JSON.stringify(raw));
    expect(readClasses(s).classes.map((c) => c.name)).toEqual(['XI RPL 1']);
    s.setItem(CLASSES_KEY, '{not json');
    expect(readClasses(s)).toEqual({ classes: [] });
  });

  it("keeps the learner's class and name", () => {
    const s = memoryStorage();
    expect(readLearnerClass(s)).toBeUndefined();
    const c = { ...newClassKey('XI RPL 2', (a) => a.fill(3)), learner: 'Siti' };
    writeLearnerClass(s, c);
    expect(readLearnerClass(s)).toEqual(c);
    s.setItem(MY_CLASS_KEY, JSON.stringify({ v: 1, name: 'x', key: 'not a key' }));
    expect(readLearnerClass(s)).toBeUndefined();
  });

  it("keeps each class's table apart and skips damaged rows", () => {
    const s = memoryStorage();
    const row: ClassRow = {
      learner: 'Ani',
      kind: 'lesson',
      id: 'images',
      scenarioHash: '0123456789abcdef',
      score: 1,
      maxScore: 7,
      finishedAt: 1,
      code: 'PB1.x',
    };
    writeTable(s, 'aaaaaa', [row]);
    expect(readTable(s, 'aaaaaa')).toEqual([row]);
    expect(readTable(s, 'bbbbbb')).toEqual([]);
    s.setItem(`${TABLE_PREFIX}aaaaaa`, JSON.stringify({ v: 1, rows: [row, { learner: 'x' }] }));
    expect(readTable(s, 'aaaaaa')).toEqual([row]);
  });
});
