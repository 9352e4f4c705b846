/**
 * `<sim-audience>`: the audience window. It shows only the class's part of the presenter view and
 * follows the presenter over a BroadcastChannel: each snapshot (lesson, step, stage, lines, blank,
 * language) is rebuilt here by deterministic replay of the scenario the presenter names (a built-in
 * lesson, the same same-origin `src` file, or the same file kept in localStorage, loaded once), so both windows show
 * the same world without
 * any world being sent. On opening it says hello, and the presenter answers with where it is.
 */

import { LitElement, html, css, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { baseStyles } from '../theme/shared-styles';
import type { Session } from '../session/session';
import { LessonController } from '../lesson/lesson-controller';
import { applyLang, currentLang } from '../i18n/locale';
import { isTextField, keyAction } from './clicker-keys';
import { SyncChannel, canSync } from './sync-channel';
import { helloMessage, type SyncMessage, type SyncSnapshot } from './sync-protocol';
import { scenarioRefKey, type ScenarioRef } from './scenario-ref';
import { renderSourceProblem, resolveScenario, type Resolved, type SourceProblem } from './present-source';
import { pageStorage } from './scenario-store';
import { canFullscreen, toggleFullscreen } from './screen-control';
import { projectorTheme } from './projector-theme';
import { currentBlocks } from './present-steps';
import './present-stage';

/** How often an audience still waiting asks again (the presenter may open after it). */
const HELLO_EVERY_MS = 1500;

@customElement('sim-audience')
@localized()
export class SimAudience extends LitElement {
  static styles = [
    baseStyles,
    projectorTheme,
    css`
      :host { display: grid; grid-template-rows: minmax(0, 1fr); height: 100vh; height: 100dvh; }
      sim-present-stage {
        min-height: 0;
        --present-narration: clamp(1.5rem, 2.7vw, 3rem);
        --present-command: clamp(1.5rem, 2.6vw, 3rem);
      }
      main { display: grid; min-height: 0; }
      .message {
        align-self: center;
        justify-self: center;
        max-width: 40rem;
        padding: 2rem;
        font-size: 1.5em;
        text-align: center;
      }
      .fs { position: fixed; right: 0.5rem; bottom: 0.5rem; opacity: 0.85; }
      :host([data-fullscreen='true']) .fs { display: none; }
      .gone {
        position: fixed;
        left: 0.5rem;
        bottom: 0.5rem;
        margin: 0;
        padding: 0.3rem 0.6rem;
        background: var(--warn-bg);
        color: var(--warn-text);
        border: 2px solid var(--warn-text);
        border-radius: 6px;
      }
      .blank { position: fixed; inset: 0; background: #000; z-index: 10; cursor: none; }
    `,
  ];

  @property({ attribute: false }) session!: Session;
  /** The channel to follow (from `?channel=`); undefined when the URL had none. */
  @property() channel: string | undefined;
  @state() private controller: LessonController | undefined;
  @state() private unknownLesson: string | undefined;
  /** Why the presenter's scenario cannot be loaded here (a missing file, a stored one evicted). */
  @state() private problem: SourceProblem | undefined;
  /** The scenario last loaded, by its reference's key: a file is fetched or read once, not per snapshot. */
  private loaded: { key: string; result: Resolved } | undefined;
  /** The reference the current controller's scenario came from. */
  private controllerKey: string | undefined;
  @state() private presenterGone = false;
  private sync: SyncChannel | undefined;
  private helloTimer: ReturnType<typeof setInterval> | undefined;
  /** Snapshots are applied one at a time, in order (a language switch is awaited first). */
  private queue: Promise<void> = Promise.resolve();

  private readonly onSession = () => this.requestUpdate();
  private readonly onKey = (e: KeyboardEvent) => {
    // The audience window only takes F (the projector's full screen); the presenter drives the rest.
    const action = keyAction(e, { inTextField: isTextField(document.activeElement), blank: false });
    if (action?.kind !== 'fullscreen') return;
    e.preventDefault();
    void toggleFullscreen();
  };
  private readonly onFullscreen = () => (this.dataset.fullscreen = String(document.fullscreenElement !== null));

  connectedCallback(): void {
    super.connectedCallback();
    this.dataset.testid = 'audience';
    this.session.addEventListener('change', this.onSession);
    this.session.addEventListener('output', this.onSession);
    window.addEventListener('keydown', this.onKey);
    document.addEventListener('fullscreenchange', this.onFullscreen);
    if (this.channel) this.sync = SyncChannel.open(this.channel, (m) => this.receive(m));
    this.greet();
  }

  /** Asks for the presenter's state until one arrives (now, and again every so often). */
  private greet(): void {
    if (!this.sync) return;
    clearInterval(this.helloTimer);
    this.sync.post(helloMessage());
    this.helloTimer = setInterval(() => this.sync?.post(helloMessage()), HELLO_EVERY_MS);
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    this.session.removeEventListener('change', this.onSession);
    this.session.removeEventListener('output', this.onSession);
    window.removeEventListener('keydown', this.onKey);
    document.removeEventListener('fullscreenchange', this.onFullscreen);
    clearInterval(this.helloTimer);
    this.sync?.close();
    this.controller?.dispose();
  }

  private receive(message: SyncMessage): void {
    if (message.type === 'hello') return;
    if (message.type === 'bye') {
      // The presenter closed or is reloading: keep the last picture, and ask again until it is back.
      this.presenterGone = true;
      this.greet();
      return;
    }
    clearInterval(this.helloTimer);
    this.presenterGone = false;
    this.queue = this.queue
      .then(() => this.follow(message.snapshot, message.lang, message.source))
      .catch(() => undefined);
  }

  /** The scenario `source` names (loaded once per reference; a failed load is tried again on the next message). */
  private async scenarioOf(source: ScenarioRef): Promise<Resolved> {
    const key = scenarioRefKey(source);
    if (this.loaded?.key === key && this.loaded.result.ok) return this.loaded.result;
    const result = await resolveScenario(source, { pageUrl: location.href, storage: pageStorage() });
    this.loaded = { key, result };
    return result;
  }

  /** Rebuilds the presenter's position here, by replay. */
  private async follow(snapshot: SyncSnapshot, lang: 'en' | 'id', source: ScenarioRef): Promise<void> {
    if (lang !== currentLang()) {
      await applyLang(lang);
      this.session.relocalize();
    }
    const found = await this.scenarioOf(source);
    if (!found.ok || found.scenario.id !== snapshot.lesson) {
      // A file the presenter could open but this window cannot (or another scenario under that name): say why.
      this.problem = found.ok || found.problem.kind === 'unknown-lesson' ? undefined : found.problem;
      this.unknownLesson = this.problem ? undefined : snapshot.lesson;
      return;
    }
    const scenario = found.scenario;
    const key = scenarioRefKey(source);
    this.unknownLesson = undefined;
    this.problem = undefined;
    if (this.controller && this.controllerKey === key && this.controller.scenario === scenario)
      this.controller.goTo(snapshot);
    else {
      this.controller?.dispose();
      this.controller = LessonController.restore(scenario, snapshot, this.session, { locale: () => currentLang() });
      this.controllerKey = key;
    }
    this.dataset.source = key;
    this.requestUpdate();
  }

  protected willUpdate(): void {
    const c = this.controller;
    this.dataset.lesson = c?.scenario.id ?? '';
    this.dataset.step = c ? String(c.step) : '';
    this.dataset.stage = c?.stage ?? '';
    this.dataset.blank = String(c?.blank ?? false);
  }

  private renderMessage() {
    if (!this.channel) {
      return html`<p class="message"
        role="status">${msg(
          'This window follows a presenter. Open it with the "Open audience window" button of the presenter view.',
          { id: 'audience.noChannel' },
        )}</p>`;
    }
    if (!canSync()) {
      return html`<p class="message"
        role="alert">${msg(
          'This browser has no BroadcastChannel, so this window cannot follow the presenter. Project the presenter window instead.',
          { id: 'audience.noSync' },
        )}</p>`;
    }
    if (this.problem) return html`<div class="message">${renderSourceProblem(this.problem)}</div>`;
    if (this.unknownLesson) {
      return html`<p class="message"
        role="alert">${msg('The presenter shows a lesson this window does not know.', {
          id: 'audience.unknownLesson',
        })}</p>`;
    }
    return html`<p class="message" role="status">${msg('Waiting for the presenter…', { id: 'audience.waiting' })}</p>`;
  }

  render() {
    const c = this.controller;
    if (!c || this.unknownLesson || this.problem) return html`<main>${this.renderMessage()}</main>`;
    const lang = currentLang();
    return html`
      <main aria-label=${msg('Lesson', { id: 'audience.lesson' })}>
        <sim-present-stage .scenario=${c.scenario} .session=${this.session} .step=${c.step} .stage=${c.stage}
          .lang=${lang}
          .current=${currentBlocks(c)}
            .tick=${this.session.revision * 100000 + this.session.outputSeq}></sim-present-stage>
      </main>
      ${
        canFullscreen()
          ? html`<button class="btn fs"
        @click=${() => void toggleFullscreen()}>${msg('Full screen', { id: 'present.fullscreen' })}</button>`
          : nothing
      }
      ${
        this.presenterGone
          ? html`<p class="gone"
        role="status">${msg('The presenter window was closed.', { id: 'audience.gone' })}</p>`
          : nothing
      }
      ${
        c.blank
          ? html`<div class="blank" data-testid="blank"><span
        class="sr-only">${msg('The screen is blank.', { id: 'audience.blank' })}</span></div>`
          : nothing
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sim-audience': SimAudience;
  }
}
