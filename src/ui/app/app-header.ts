/**
 * The page's header, as a render function inside `<sim-app>`'s shadow root (so its elements stay
 * where the page's tests and styles find them): the brand, the daemon switch, animation speed,
 * language, new session, the lessons menu and the scenario button. The last two are only tags
 * here: their elements arrive with `header-extras.ts`, after the page is ready.
 */

import { html, css } from 'lit';
import { msg } from '@lit/localize';
import { LANGS } from '../i18n/locale';
import { SPEEDS, type Prefs, type Speed } from '../common/prefs';
import type { Scenario } from '../../model';
import type { ScenarioLoadDetail } from '../authoring/authoring-events';
import { renderHostSwitcher } from './host-switcher';

/** What the header shows and whom it tells; the handlers are kept stable so lit never rebinds them. */
export interface AppHeaderProps {
  daemonRunning: boolean;
  /** The world's hosts and the one the terminal talks to (the switcher shows them when there are two or more). */
  hosts: readonly string[];
  activeHost: string;
  onHost: (host: string) => void;
  prefs: Prefs;
  /** The lessons of the menu (empty until the lesson chunk is loaded). */
  lessons: readonly Scenario[];
  /** The open lesson's id, or ''. */
  currentLesson: string;
  /** The query string the page opened with (the scenario button reads `?src=` from it). */
  initialSearch: string;
  onDaemon: () => void;
  onSpeed: (e: Event) => void;
  onLang: (e: Event) => void;
  onNewSession: () => void;
  /** Loads the lessons for the menu. */
  loadLessons: () => Promise<void>;
  onLessonOpen: (e: CustomEvent<{ id: string }>) => void;
  onScenarioLoad: (e: CustomEvent<ScenarioLoadDetail>) => void;
}

/** The header's styles, for `<sim-app>`'s `static styles`. */
export const headerStyles = css`
  header {
    display: flex; flex-wrap: wrap; align-items: center; gap: 0.4rem 1rem; padding: 0.35rem 1rem;
    background: var(--surface); border-bottom: 1px solid var(--border);
  }
  .brand { display: flex; align-items: baseline; gap: 0.6rem; margin-right: auto; }
  h1 { font-size: 1.15rem; margin: 0; color: var(--accent-strong); letter-spacing: 0.01em; }
  .tagline { color: var(--text-muted); font-size: 0.85rem; }
  .controls { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1rem; }
  label.field { display: inline-flex; align-items: center; gap: 0.4rem; font-size: 0.9rem; color: var(--text-muted); }
  select {
    font: inherit;
    font-size: 0.9rem;
    color: var(--text);
    background: var(--surface);
    border: 1px solid var(--border-strong);
    border-radius: var(--radius);
    padding: 0.2rem 0.4rem;
    min-height: 2rem;
  }
  .switch {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    border: 1px solid var(--border-strong);
    background: var(--surface);
    border-radius: 999px;
    padding: 0.2rem 0.7rem 0.2rem 0.3rem;
    min-height: 2rem;
    font-size: 0.9rem;
  }
  .track {
    width: 2.1rem;
    height: 1.2rem;
    border-radius: 999px;
    background: var(--state-exited);
    position: relative;
    transition: background 0.15s;
  }
  .track::after {
    content: '';
    position: absolute;
    top: 0.15rem;
    left: 0.15rem;
    width: 0.9rem;
    height: 0.9rem;
    border-radius: 50%;
    background: #fff;
    transition: transform 0.15s;
  }
  .switch[aria-checked='true'] .track { background: var(--ok); }
  .switch[aria-checked='true'] .track::after { transform: translateX(0.9rem); }
  a.progress-link {
    display: inline-flex; align-items: center; box-sizing: border-box; color: var(--text); text-decoration: none;
  }
  @media (max-width: 1180px) { .tagline { display: none; } }
  @media (prefers-reduced-motion: reduce) { .track, .track::after { transition: none; } }
`;

/** A speed as the menu says it ("Off", "Instant", "0,5×" in Indonesian). */
function speedLabel(s: Speed): string {
  if (s === 0) return msg('Off', { id: 'speed.off' });
  if (s === 'instant') return msg('Instant', { id: 'speed.instant' });
  return `${String(s).replace('.', msg('.', { id: 'number.decimal' }))}×`;
}

/** Renders the header. */
export function renderHeader(p: AppHeaderProps) {
  const running = p.daemonRunning;
  return html`
    <header>
      <div class="brand">
        <h1>Pelabuhan</h1>
        <span class="tagline">${msg('Docker, explained in your browser', { id: 'app.tagline' })}</span>
      </div>
      <div class="controls">
        ${renderHostSwitcher({ hosts: p.hosts, active: p.activeHost, onChoose: p.onHost })}
        <button class="switch" role="switch" aria-checked=${running ? 'true' : 'false'} @click=${p.onDaemon}>
          <span class="track" aria-hidden="true"></span>
          <span>${msg('Docker daemon', { id: 'app.daemon' })}: ${
            running ? msg('running', { id: 'app.daemon.running' }) : msg('stopped', { id: 'app.daemon.stopped' })
          }</span>
        </button>
        <label class="field">${msg('Animation', { id: 'app.speed' })}
          <select @change=${p.onSpeed}>
            ${SPEEDS.map((s) => html`<option value=${s} ?selected=${s === p.prefs.speed}>${speedLabel(s)}</option>`)}
          </select>
        </label>
        <label class="field">${msg('Language', { id: 'app.language' })}
          <select @change=${p.onLang}>
            ${LANGS.map(
              (l) => html`<option value=${l} lang=${l}
              ?selected=${l === p.prefs.lang}>${l === 'en' ? 'English' : 'Bahasa Indonesia'}</option>`,
            )}
          </select>
        </label>
        <button class="btn" @click=${p.onNewSession}>${msg('New session', { id: 'app.reset' })}</button>
        <sim-lesson-picker .lessons=${p.lessons} current=${p.currentLesson} .load=${p.loadLessons}
          @lesson-open=${p.onLessonOpen}></sim-lesson-picker>
        <a class="btn progress-link" href="?mode=progress">${msg('My progress', { id: 'classroom.nav.progress' })}</a>
        <sim-scenario-drop .initialSearch=${p.initialSearch} @scenario-load=${p.onScenarioLoad}></sim-scenario-drop>
      </div>
    </header>
  `;
}
