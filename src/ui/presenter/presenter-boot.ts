/**
 * Boots teacher mode (`?mode=present` or `?mode=audience`, see `present-url.ts`) instead of the
 * normal page. The presenter shows a built-in lesson, a same-origin scenario file (`src=`) or one
 * kept in localStorage (`scenario=local:<hash>`); one it cannot load is said plainly above the list
 * of lessons. Its session is not saved: presenting a lesson must not overwrite the reader's own
 * sandbox in localStorage.
 */

import { msg } from '@lit/localize';
import { html, render } from 'lit';
import { Session, type SessionDeps } from '../session/session';
import { setSpeed } from '../common/motion';
import type { Prefs } from '../common/prefs';
import { LessonController } from '../lesson/lesson-controller';
import { LESSONS } from '../../lessons/index';
import { currentLang } from '../i18n/locale';
import { presenterHref, withPresentParams, type PresentMode } from './present-url';
import { newChannelId } from './sync-protocol';
import { textIn } from './present-steps';
import { renderSourceProblem, resolveScenario, type SourceProblem } from './present-source';
import { pageStorage } from './scenario-store';
import './sim-presenter';
import './sim-audience';

/** main.ts reads only `?mode=`; the rest of teacher mode's URL is parsed here, in this chunk. */
export { readPresentMode } from './present-url';

/** Mounts the presenter or the audience window in `#app`; the language is already applied. */
/** The terminal width the presenter and audience lay output out for. */
const PROJECTED_COLS = 120;

/** `deps`: the page's shell, fresh worlds and deferred loaders (main.ts passes them in). */
export async function bootPresent(mode: PresentMode, prefs: Prefs, deps: SessionDeps): Promise<void> {
  setSpeed(prefs.speed);
  const root = document.getElementById('app')!;
  const session = new Session(undefined, deps);
  // The big transcript has no terminal width of its own: lay output out as a wide terminal would,
  // so `docker ps` keeps one row per line, and let the transcript size its type to fit.
  session.measureCols = () => PROJECTED_COLS;
  // Commands wait for the client's data (help texts, catalog); fetch it now, as the page does.
  void deps.loadDeferred().catch(() => undefined);
  if (mode.mode === 'audience') {
    const audience = document.createElement('sim-audience');
    audience.session = session;
    audience.channel = mode.channel;
    root.replaceChildren(audience);
    document.title = msg('Pelabuhan: audience', { id: 'audience.title' });
    await audience.updateComplete;
  } else {
    // A built-in lesson, a same-origin file (`src=`) or a file kept in this browser (`scenario=local:`).
    const found = mode.source
      ? await resolveScenario(mode.source, { pageUrl: location.href, storage: pageStorage() })
      : undefined;
    if (!found?.ok) {
      renderPicker(root, found?.problem);
    } else {
      const scenario = found.scenario;
      const presenter = document.createElement('sim-presenter');
      presenter.session = session;
      presenter.source = mode.source!;
      presenter.controller = LessonController.open(scenario, session, mode.step, { locale: () => currentLang() });
      presenter.channel = mode.channel ?? newChannelId();
      // A reload keeps the channel, so audience windows already open keep following.
      if (!mode.channel)
        history.replaceState(history.state, '', withPresentParams(location.search, { channel: presenter.channel }));
      root.replaceChildren(presenter);
      document.title = `${textIn(scenario.title, currentLang())} · Pelabuhan`;
      await presenter.updateComplete;
    }
  }
  document.documentElement.dataset.ready = 'true';
}

/** No scenario in the URL, or one that cannot be presented (said plainly): the lessons to present, as links. */
function renderPicker(root: HTMLElement, problem: SourceProblem | undefined): void {
  const lang = currentLang();
  if (problem) document.title = `${msg('Present a lesson', { id: 'present.pick' })} · Pelabuhan`;
  // The page's static "Loading…" goes: lit's render would add the list after it.
  root.replaceChildren();
  render(
    html`<main class="boot">
      <h1>${msg('Present a lesson', { id: 'present.pick' })}</h1>
      ${problem ? renderSourceProblem(problem) : ''}
      <ul>
        ${LESSONS.map((l) => html`<li><a href=${presenterHref(l.id, lang)}>${textIn(l.title, lang)}</a></li>`)}
      </ul>
      <p><a href="./">${msg('Back to the simulator', { id: 'present.home' })}</a></p>
    </main>`,
    root,
  );
}
