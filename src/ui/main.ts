/**
 * Entry point of the page: reads the reader's preferences and saved session, starts the app, and
 * falls back to a fresh session (with a notice) whenever the saved one cannot be used. Teacher mode
 * (`?mode=present`, `?mode=audience`) and a quiz (`?quiz=<id>`) boot their own chunks instead and leave the saved
 * session alone, and so do the classroom pages (`?mode=progress`, `?mode=teacher`, `?class=`, `?achievements=`).
 * `?lms=scorm` (a SCO in an LMS) also loads the SCORM adapter's chunk (ui/lms/scorm-boot.ts).
 */

import './theme/tokens.css';
import { loadPrefs, savePrefs } from './common/prefs';
import { applyLang } from './i18n/locale';
import { clearSession, loadSession } from './session/persistence';
import { Session } from './session/session';
import { pageSessionDeps } from './app/session-deps';
import { registerOffline } from './app/offline';
import { loadDeferred } from './app/deferred';
import type { RestoreNotice, SimApp } from './app/sim-app';
import './app/sim-app';

function localStorageOrUndefined(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

async function mount(session: Session, notice: RestoreNotice, prefs: ReturnType<typeof loadPrefs>): Promise<SimApp> {
  const app = document.createElement('sim-app');
  app.session = session;
  app.prefs = prefs;
  app.notice = notice;
  document.getElementById('app')!.replaceChildren(app);
  await app.updateComplete;
  return app;
}

async function boot(): Promise<void> {
  const storage = localStorageOrUndefined();
  const prefs = loadPrefs(storage, location.search);
  savePrefs(storage, prefs);
  const langReady = applyLang(prefs.lang).catch(() => applyLang('en'));
  // Only the mode (and `lms`) is read here: teacher mode's URL is parsed in its own chunk.
  const params = new URLSearchParams(location.search);
  const mode = params.get('mode');
  if (mode === 'present' || mode === 'audience') {
    const [{ bootPresent, readPresentMode }] = await Promise.all([import('./presenter/presenter-boot'), langReady]);
    await bootPresent(readPresentMode(location.search)!, prefs, pageSessionDeps());
    if (import.meta.env.PROD) registerOffline();
    return;
  }
  if (mode === 'progress' || mode === 'teacher' || params.has('class') || params.has('achievements')) {
    const [{ bootClassroom }] = await Promise.all([import('./classroom/classroom-boot'), langReady]);
    await bootClassroom(location.search);
    if (import.meta.env.PROD) registerOffline();
    return;
  }
  // Launched by an LMS (a SCO of `npm run export:scorm`): the SCORM adapter is its own chunk.
  if (params.get('lms') === 'scorm') {
    const startScorm = async () => (await import('./lms/scorm-boot')).startScorm();
    void langReady.then(startScorm).catch(() => undefined);
  }
  // A quiz is a page of its own (issue 14): its chunk finds the quiz, the client loads when it scores.
  const quiz = params.get('quiz');
  if (quiz !== null) {
    const [{ bootQuiz }] = await Promise.all([import('./quiz/quiz-boot'), langReady]);
    await bootQuiz(quiz);
    if (import.meta.env.PROD) registerOffline();
    return;
  }
  const outcome = loadSession(storage);
  let notice: RestoreNotice;
  let session: Session | undefined;
  if (outcome.kind === 'restored') {
    try {
      session = new Session(storage, pageSessionDeps(), outcome.session);
    } catch {
      notice = 'corrupt';
    }
  } else if (outcome.kind !== 'none') notice = outcome.kind;
  if (notice) clearSession(storage);
  session ??= new Session(storage, pageSessionDeps());
  await langReady;
  try {
    const app = await mount(session, notice, prefs);
    addEventListener('pagehide', () => app.session.saveNow());
  } catch {
    // The restored world looked fine but could not be drawn: start afresh rather than show nothing.
    clearSession(storage);
    const fresh = new Session(storage, pageSessionDeps());
    const app = await mount(fresh, 'corrupt', prefs);
    addEventListener('pagehide', () => app.session.saveNow());
  }
  // Ready for a command: fetch what commands need (the session waits for it before the first line).
  void loadDeferred().catch(() => undefined);
  if (import.meta.env.PROD) registerOffline();
}

void boot();
