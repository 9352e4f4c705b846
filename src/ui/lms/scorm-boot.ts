/**
 * The SCORM chunk, loaded by main.ts only for `?lms=scorm` (the launch URL of every SCO that
 * `npm run export:scorm` writes): finds the LMS's API, starts the session, reports the SCO's lesson
 * when the progress store records it (`pelabuhan-progress`), finishes on pagehide. Without an LMS
 * the page works as always and a notice says so. `<html data-lms>` says how it went (for tests):
 * `connected`, `none` or `refused`.
 */

import { PROGRESS_EVENT, type ProgressEntry } from '../classroom/progress-store';
import { findScormApi, type ApiWindow } from './scorm-api';
import { ScormSession, type LmsProblem } from './scorm-adapter';
import type { LmsNoticeKind } from './lms-notice';
import './lms-notice';

function showNotice(kind: LmsNoticeKind, problem?: LmsProblem): void {
  if (document.querySelector('sim-lms-notice')) return; // one notice is enough; the first says it
  const notice = document.createElement('sim-lms-notice');
  notice.kind = kind;
  notice.code = problem?.code ?? '';
  notice.detail = problem?.text ?? '';
  document.body.append(notice);
}

/** The scenario this SCO was launched for: `?lesson=` (what export:scorm writes), `?challenge=` or `?quiz=`. */
function launchedScenario(search: string): Pick<ProgressEntry, 'kind' | 'id'> | undefined {
  const params = new URLSearchParams(search);
  for (const kind of ['lesson', 'challenge', 'quiz'] as const) {
    const id = params.get(kind);
    if (id) return { kind, id };
  }
  return undefined;
}

/** Connects this page to the LMS that launched it, if one answers; returns the session when one did. */
export function startScorm(): ScormSession | undefined {
  const root = document.documentElement;
  const api = findScormApi(window as unknown as ApiWindow);
  if (!api) {
    root.dataset.lms = 'none';
    showNotice('none');
    return undefined;
  }
  const session = new ScormSession(api, launchedScenario(location.search), Date.now, (problem) => {
    // A warning for whoever looks at the console; the learner sees the notice.
    console.warn(`SCORM: ${problem.call} failed (${problem.code}) ${problem.text}`);
    showNotice('error', problem);
  });
  if (!session.start()) {
    root.dataset.lms = 'refused';
    return undefined;
  }
  root.dataset.lms = 'connected';
  addEventListener(PROGRESS_EVENT, (e) => session.report((e as CustomEvent<ProgressEntry>).detail));
  addEventListener('pagehide', () => session.finish());
  return session;
}
