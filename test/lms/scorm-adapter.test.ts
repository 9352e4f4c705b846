/** The SCORM 1.2 adapter against an API stub that records calls: discovery, start, report, finish, refusals. */

import { describe, expect, it } from 'vitest';
import { findScormApi, MAX_PARENTS, type ApiWindow } from '../../src/ui/lms/scorm-api';
import { cmiTimespan, percentScore, ScormSession } from '../../src/ui/lms/scorm-adapter';
import type { ProgressEntry } from '../../src/ui/classroom/progress-store';
import { scormStub } from './scorm-stub';

const entry = (over: Partial<ProgressEntry> = {}): ProgressEntry => ({
  kind: 'lesson',
  id: 'images',
  scenarioHash: 'abc',
  score: 7,
  maxScore: 7,
  finishedAt: 0,
  ...over,
});

const IMAGES = { kind: 'lesson', id: 'images' } as const;

/** The values set, in order, as `element=value`. */
const sets = (calls: readonly string[][]) => calls.filter((c) => c[0] === 'LMSSetValue').map((c) => `${c[1]}=${c[2]}`);

describe('findScormApi', () => {
  it('finds the API on a parent, climbing from the SCO frame', () => {
    const api = scormStub();
    const top: ApiWindow = { API: api };
    top.parent = top;
    const middle: ApiWindow = { parent: top };
    expect(findScormApi({ parent: middle })).toBe(api);
  });

  it("then looks from the opener's window (an LMS that opens the SCO in a new window)", () => {
    const api = scormStub();
    const opener: ApiWindow = { API: api, parent: null };
    const self: ApiWindow = { opener };
    self.parent = self;
    expect(findScormApi(self)).toBe(api);
  });

  it('gives up after MAX_PARENTS levels, and on a window of another origin (access throws)', () => {
    let deep: ApiWindow = { API: scormStub(), parent: null };
    for (let i = 0; i <= MAX_PARENTS; i++) deep = { parent: deep };
    expect(findScormApi(deep)).toBeUndefined();
    const foreign = {
      get API(): unknown {
        throw new DOMException('Blocked a frame with origin', 'SecurityError');
      },
      get parent(): ApiWindow {
        throw new DOMException('Blocked a frame with origin', 'SecurityError');
      },
    };
    expect(findScormApi({ parent: foreign })).toBeUndefined();
  });

  it('ignores an API that lacks the SCORM 1.2 functions (a SCORM 2004 API_1484_11 is another name)', () => {
    expect(findScormApi({ API: { Initialize: () => 'true' }, parent: null })).toBeUndefined();
  });
});

describe('ScormSession', () => {
  it('initializes, marks the lesson incomplete and commits', () => {
    const api = scormStub();
    const s = new ScormSession(api, IMAGES);
    expect(s.start()).toBe(true);
    expect(api.calls[0]).toEqual(['LMSInitialize', '']);
    expect(sets(api.calls)).toEqual(['cmi.core.lesson_status=incomplete']);
    expect(api.calls.at(-1)).toEqual(['LMSCommit', '']);
    expect(s.problems).toEqual([]);
  });

  it('does not undo an earlier visit that completed the lesson', () => {
    const api = scormStub({ 'cmi.core.lesson_status': 'completed' });
    new ScormSession(api, IMAGES).start();
    expect(sets(api.calls)).toEqual([]);
  });

  it("reports its lesson's score as a percentage, then completed, then commits", () => {
    const api = scormStub();
    const s = new ScormSession(api, IMAGES);
    s.start();
    api.calls.length = 0;
    s.report(entry({ score: 3, maxScore: 4 }));
    expect(sets(api.calls)).toEqual([
      'cmi.core.score.min=0',
      'cmi.core.score.max=100',
      'cmi.core.score.raw=75',
      'cmi.core.lesson_status=completed',
    ]);
    expect(api.calls.at(-1)).toEqual(['LMSCommit', '']);
  });

  it('says passed when the LMS set a mastery score and it is reached', () => {
    const api = scormStub({ 'cmi.student_data.mastery_score': '80' });
    const s = new ScormSession(api, IMAGES);
    s.start();
    s.report(entry({ score: 3, maxScore: 4 }));
    expect(api.values.get('cmi.core.lesson_status')).toBe('completed');
    s.report(entry({ score: 4, maxScore: 4 }));
    expect(api.values.get('cmi.core.lesson_status')).toBe('passed');
    expect(api.values.get('cmi.core.score.raw')).toBe('100');
  });

  it("ignores other scenarios' progress and never lowers a score reported in this visit", () => {
    const api = scormStub();
    const s = new ScormSession(api, IMAGES);
    s.start();
    api.calls.length = 0;
    s.report(entry({ id: 'prune' }));
    s.report(entry({ kind: 'quiz', id: 'images' }));
    expect(api.calls).toEqual([]);
    s.report(entry({ score: 7 }));
    s.report(entry({ score: 2 }));
    expect(api.values.get('cmi.core.score.raw')).toBe('100');
  });

  it('finishes once, with the session time, on pagehide', () => {
    let t = 1_000;
    const api = scormStub();
    const s = new ScormSession(api, IMAGES, () => t);
    s.start();
    t += 3_723_450;
    s.finish();
    s.finish();
    expect(api.values.get('cmi.core.session_time')).toBe('01:02:03.45');
    expect(api.values.get('cmi.core.exit')).toBe('suspend'); // left before the end: the attempt can resume
    expect(api.calls.filter((c) => c[0] === 'LMSFinish')).toEqual([['LMSFinish', '']]);
    s.report(entry());
    expect(api.calls.at(-1)?.[0]).toBe('LMSFinish');
  });

  it('leaves with a normal exit once the lesson was reported', () => {
    const api = scormStub();
    const s = new ScormSession(api, IMAGES);
    s.start();
    s.report(entry());
    s.finish();
    expect(api.values.get('cmi.core.exit')).toBe('');
    expect(api.calls.at(-1)).toEqual(['LMSFinish', '']);
  });

  it('keeps refusals (code and words from the LMS) and throws nothing at the learner', () => {
    const api = scormStub();
    api.refuse.add('LMSSetValue');
    const told: string[] = [];
    const s = new ScormSession(api, IMAGES, Date.now, (p) => told.push(`${p.call} ${p.code} ${p.text}`));
    expect(s.start()).toBe(true);
    expect(() => s.report(entry())).not.toThrow();
    expect(told[0]).toBe('LMSSetValue(cmi.core.lesson_status) 101 General exception');
    expect(s.problems.length).toBeGreaterThan(1);
  });

  it('an LMS that refuses LMSInitialize gets no other call; one that throws is caught', () => {
    const api = scormStub();
    api.refuse.add('LMSInitialize');
    const s = new ScormSession(api, IMAGES);
    expect(s.start()).toBe(false);
    s.report(entry());
    s.finish();
    expect(api.calls).toEqual([['LMSInitialize', '']]);
    const throwing = scormStub();
    throwing.LMSInitialize = () => {
      throw new Error('LMS down');
    };
    const t = new ScormSession(throwing, IMAGES);
    expect(t.start()).toBe(false);
    expect(t.problems).toEqual([{ call: 'LMSInitialize', code: '', text: 'LMS down' }]);
  });
});

describe('SCORM 1.2 values', () => {
  it('CMITimespan is HH:MM:SS.SS', () => {
    expect(cmiTimespan(0)).toBe('00:00:00.00');
    expect(cmiTimespan(59_999)).toBe('00:01:00.00');
    expect(cmiTimespan(36_000_000 + 5_250)).toBe('10:00:05.25');
  });

  it('the raw score is a whole percentage from 0 to 100', () => {
    expect(percentScore({ score: 1, maxScore: 3 })).toBe(33);
    expect(percentScore({ score: 5, maxScore: 5 })).toBe(100);
    expect(percentScore({ score: 0, maxScore: 0 })).toBe(100);
    expect(percentScore({ score: 9, maxScore: 5 })).toBe(100);
  });
});
