/**
 * Boots teacher mode (`?mode=present` or `?mode=audience`, see `present-url.ts`) instead of the
 * normal page. Its session is not saved: presenting a lesson must not overwrite the reader's own
 * sandbox in localStorage.
 */

import { msg } from '@lit/localize';
import { html, render } from 'lit';
import { Session } from '../app/session';
import { createShellPort } from '../app/shell-adapter';
import { loadDeferred } from '../app/deferred';
import { setSpeed } from '../app/motion';
import type { Prefs } from '../app/prefs';
import { LessonController } from '../lesson/lesson-controller';
import { LESSONS, lessonById } from '../../lessons/index';
import { currentLang } from '../i18n/locale';
import { presenterHref, withPresentParams, type PresentMode } from './present-url';
import { newChannelId } from './sync-protocol';
import { textIn } from './present-steps';
import './sim-presenter';
import './sim-audience';

/** Mounts the presenter or the audience window in `#app`; the language is already applied. */
export async function bootPresent(mode: PresentMode, prefs: Prefs): Promise<void> {
  setSpeed(prefs.speed);
  const root = document.getElementById('app')!;
  const session = new Session(undefined, createShellPort);
  // Commands wait for the client's data (help texts, catalog); fetch it now, as the page does.
  void loadDeferred().catch(() => undefined);
  if (mode.mode === 'audience') {
    const audience = document.createElement('sim-audience');
    audience.session = session;
    audience.channel = mode.channel;
    root.replaceChildren(audience);
    document.title = msg('Pelabuhan: audience', { id: 'audience.title' });
    await audience.updateComplete;
  } else {
    const scenario = mode.lesson ? lessonById(mode.lesson) : undefined;
    if (!scenario) {
      renderPicker(root, mode.lesson);
    } else {
      const presenter = document.createElement('sim-presenter');
      presenter.session = session;
      presenter.controller = LessonController.open(scenario, session, mode.step, { locale: () => currentLang() });
      presenter.channel = mode.channel ?? newChannelId();
      // A reload keeps the channel, so audience windows already open keep following.
      if (!mode.channel) history.replaceState(history.state, '', withPresentParams(location.search, { channel: presenter.channel }));
      root.replaceChildren(presenter);
      document.title = `${textIn(scenario.title, currentLang())} · Pelabuhan`;
      await presenter.updateComplete;
    }
  }
  document.documentElement.dataset.ready = 'true';
}

/** No lesson (or an unknown one) in the URL: the lessons to present, as links. */
function renderPicker(root: HTMLElement, asked: string | undefined): void {
  const lang = currentLang();
  render(
    html`<main class="boot">
      <h1>${msg('Present a lesson', { id: 'present.pick' })}</h1>
      ${asked ? html`<p role="alert">${msg('There is no lesson with that name.', { id: 'present.unknownLesson' })} <code>${asked}</code></p>` : ''}
      <ul>
        ${LESSONS.map((l) => html`<li><a href=${presenterHref(l.id, lang)}>${textIn(l.title, lang)}</a></li>`)}
      </ul>
      <p><a href="./">${msg('Back to the simulator', { id: 'present.home' })}</a></p>
    </main>`,
    root,
  );
}
