// @vitest-environment happy-dom
/** The SCORM chunk's wiring in a page: the API on the window, progress events, pagehide, the notices. */

import { afterEach, describe, expect, it } from 'vitest';
import { startScorm } from '../../src/ui/lms/scorm-boot';
import { recordProgress } from '../../src/ui/classroom/progress-store';
import { scormStub, type ScormStub } from './scorm-stub';

const win = window as unknown as { API?: ScormStub };

afterEach(() => {
  delete win.API;
  document.body.replaceChildren();
  delete document.documentElement.dataset.lms;
  history.replaceState(null, '', '/');
});

describe('startScorm', () => {
  it("reports the SCO's lesson from the progress store's event, and finishes on pagehide", () => {
    history.replaceState(null, '', '/index.html?lesson=images&lms=scorm');
    const api = (win.API = scormStub());
    expect(startScorm()).toBeDefined();
    expect(document.documentElement.dataset.lms).toBe('connected');
    recordProgress({ kind: 'lesson', id: 'prune', scenarioHash: 'h', score: 1, maxScore: 1, finishedAt: 0 });
    expect(api.values.has('cmi.core.score.raw')).toBe(false);
    recordProgress({ kind: 'lesson', id: 'images', scenarioHash: 'h', score: 6, maxScore: 7, finishedAt: 0 });
    expect(api.values.get('cmi.core.score.raw')).toBe('86');
    expect(api.values.get('cmi.core.lesson_status')).toBe('completed');
    window.dispatchEvent(new Event('pagehide'));
    expect(api.calls.at(-1)).toEqual(['LMSFinish', '']);
    expect(document.querySelector('sim-lms-notice')).toBeNull();
  });

  it('without an API says so in a notice, and the page goes on', async () => {
    expect(startScorm()).toBeUndefined();
    expect(document.documentElement.dataset.lms).toBe('none');
    const notice = document.querySelector('sim-lms-notice')!;
    expect(notice.kind).toBe('none');
    await notice.updateComplete;
    expect(notice.shadowRoot!.textContent).toContain('No LMS answered');
  });

  it('an LMS that refuses LMSInitialize: the notice gives its error code and words', async () => {
    const api = (win.API = scormStub());
    api.refuse.add('LMSInitialize');
    expect(startScorm()).toBeUndefined();
    expect(document.documentElement.dataset.lms).toBe('refused');
    const notice = document.querySelector('sim-lms-notice')!;
    await notice.updateComplete;
    expect([notice.kind, notice.code, notice.detail]).toEqual(['error', '101', 'General exception']);
    expect(notice.shadowRoot!.textContent).toContain('error 101: General exception');
  });
});
