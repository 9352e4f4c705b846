/**
 * `<sim-presenter>`: teacher mode. The class's part (`<sim-present-stage>`) beside what only the
 * teacher sees (`<sim-presenter-notes>`: the narration after, hints, the solution, the goal, the
 * next step). Clicker keys drive it (see `clicker-keys.ts`); an audience window opened from here
 * follows it live over a BroadcastChannel, rebuilding the same world from each snapshot.
 */

import { LitElement, html, css, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { baseStyles } from '../theme/shared-styles';
import type { Session } from '../session/session';
import type { LessonController } from '../lesson/lesson-controller';
import { applyLang, currentLang, type Lang } from '../i18n/locale';
import { isTextField, keyAction, type PresenterAction } from './clicker-keys';
import { advanceOf, backOf, currentBlocks, textIn } from './present-steps';
import { audienceHref, withPresentParams } from './present-url';
import { SyncChannel, canSync } from './sync-channel';
import { byeMessage, stateMessage, type SyncMessage } from './sync-protocol';
import type { ScenarioRef } from './scenario-ref';
import { canFullscreen, toggleFullscreen } from './screen-control';
import { projectorTheme } from './projector-theme';
import './present-stage';
import './presenter-notes';

@customElement('sim-presenter')
@localized()
export class SimPresenter extends LitElement {
  static styles = [
    baseStyles,
    projectorTheme,
    css`
      :host { display: grid; grid-template-rows: auto minmax(0, 1fr); height: 100vh; height: 100dvh; }
      .bar {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.4rem 0.6rem;
        padding: 0.4rem 0.8rem;
        border-bottom: 3px solid var(--text);
      }
      .bar h1 { font-size: 1.05em; margin: 0 auto 0 0; }
      .bar .group { display: flex; flex-wrap: wrap; gap: 0.4rem; }
      main { display: grid; grid-template-columns: minmax(0, 1fr) minmax(15rem, 23%); min-height: 0; }
      sim-present-stage {
        min-height: 0;
          --present-narration: clamp(1.1rem, 1.8vw, 2.2rem);
          --present-command: clamp(1.1rem, 1.8vw, 2.2rem);
        /* The teacher reads the output on the class's screen; here the diagram gets the room it needs. */
        --present-columns: minmax(0, 2fr) minmax(0, 3fr);
      }
      .notice {
        margin: 0.4rem 0;
        padding: 0.4rem 0.6rem;
        background: var(--warn-bg);
        color: var(--warn-text);
        border: 2px solid var(--warn-text);
        border-radius: 6px;
      }
      .blank { position: fixed; inset: 0; background: #000; z-index: 10; cursor: none; }
      sim-presenter-notes { min-height: 0; }
      @media (max-width: 900px) {
        main {
        grid-template-columns: minmax(0, 1fr);
        grid-template-rows: minmax(0, 1fr) auto;
      }
      }
    `,
  ];

  @property({ attribute: false }) controller!: LessonController;
  @property({ attribute: false }) session!: Session;
  /** Which scenario this is, told to the audience windows so they load the same one (a built-in lesson by default). */
  @property({ attribute: false }) source: ScenarioRef | undefined;
  /** The channel audience windows join (random, made by the boot code). */
  @property() channel = '';
  @state() private revealing = false;
  @state() private audienceBlocked = false;
  private sync: SyncChannel | undefined;
  private busy = false;

  private readonly onChange = () => {
    this.requestUpdate();
    this.broadcast();
    const search = withPresentParams(location.search, { step: this.controller.step + 1 });
    if (search !== location.search) history.replaceState(history.state, '', `${search}${location.hash}`);
  };
  private readonly onSession = () => this.requestUpdate();
  private readonly onKey = (e: KeyboardEvent) => this.key(e);
  private readonly onHide = () => this.sync?.post(byeMessage());

  connectedCallback(): void {
    super.connectedCallback();
    this.controller.addEventListener('change', this.onChange);
    this.session.addEventListener('change', this.onSession);
    this.session.addEventListener('output', this.onSession);
    window.addEventListener('keydown', this.onKey);
    window.addEventListener('pagehide', this.onHide);
    if (this.channel) this.sync = SyncChannel.open(this.channel, (m) => this.receive(m));
    // After a reload, audience windows already open learn where we are without asking.
    this.broadcast();
    this.syncAttributes();
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    this.controller.removeEventListener('change', this.onChange);
    this.session.removeEventListener('change', this.onSession);
    this.session.removeEventListener('output', this.onSession);
    window.removeEventListener('keydown', this.onKey);
    window.removeEventListener('pagehide', this.onHide);
    this.sync?.close();
  }

  private receive(message: SyncMessage): void {
    // An audience window opened (or reloaded): it asks where we are.
    if (message.type === 'hello') this.broadcast();
  }

  private broadcast(): void {
    const snapshot = this.controller.snapshot();
    this.sync?.post(stateMessage(snapshot, currentLang(), this.source ?? { kind: 'lesson', id: snapshot.lesson }));
  }

  /** The hooks tests and styles read, on the element itself. */
  private syncAttributes(): void {
    const c = this.controller;
    this.dataset.testid = 'presenter';
    this.dataset.lesson = c.scenario.id;
    this.dataset.step = String(c.step);
    this.dataset.stage = c.stage;
    this.dataset.blank = String(c.blank);
    this.dataset.playing = String(c.playing);
  }

  protected willUpdate(): void {
    this.syncAttributes();
  }

  private key(e: KeyboardEvent): void {
    const action = keyAction(e, { inTextField: isTextField(document.activeElement), blank: this.controller.blank });
    if (!action) return;
    // A focused button keeps Space and Enter for itself: Space on "Next" must not also toggle autoplay.
    if (action.kind === 'togglePlay' && this.focusedButton()) return;
    e.preventDefault();
    void this.perform(action);
  }

  private focusedButton(): boolean {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el?.tagName === 'BUTTON' || el?.tagName === 'SUMMARY';
  }

  /** Does what a key or a button asks. */
  async perform(action: PresenterAction): Promise<void> {
    const c = this.controller;
    // Taking the wheel stops autoplay, as a clicker press stops an auto-advancing slide show.
    if (c.playing && ['next', 'prev', 'jump'].includes(action.kind)) c.togglePlay();
    switch (action.kind) {
      case 'next':
        return this.advance();
      case 'prev':
        return this.back();
      case 'togglePlay':
        return c.togglePlay();
      case 'restart':
        return c.restart();
      case 'jump':
        if (action.step < c.scenario.steps.length) c.jump(action.step);
        return;
      case 'fullscreen':
        return toggleFullscreen();
      case 'blank':
        return c.setBlank(!c.blank);
      case 'unblank':
        return c.setBlank(false);
    }
  }

  /** Next: run the step, or ask the class first, or reveal, or move on. */
  private async advance(): Promise<void> {
    const c = this.controller;
    // While the step's commands still print, another press would queue them twice.
    if (this.busy) return;
    const what = advanceOf(c.scenario, { step: c.step, stage: c.stage });
    if (what === 'next') return c.next();
    if (what === 'none') return;
    this.busy = true;
    this.revealing = what === 'reveal';
    try {
      await (what === 'reveal' ? c.reveal() : c.runStep());
    } finally {
      this.busy = false;
      this.revealing = false;
    }
  }

  private back(): void {
    const c = this.controller;
    const to = backOf(c.scenario, { step: c.step, stage: c.stage });
    if (!to) return;
    this.busy = false;
    this.revealing = false;
    c.goTo({ lesson: c.scenario.id, step: to.step, stage: to.stage, lines: to.lines, blank: c.blank });
  }

  private openAudience(): void {
    const w = window.open(audienceHref(this.channel), `pelabuhan-audience-${this.channel}`);
    // A blocked pop-up: say so, the teacher can allow it or copy the address.
    this.audienceBlocked = w === null;
  }

  private async toggleLang(): Promise<void> {
    const lang: Lang = currentLang() === 'en' ? 'id' : 'en';
    await applyLang(lang);
    this.session.relocalize();
    this.requestUpdate();
    this.broadcast();
  }

  private nextLabel(): string {
    switch (advanceOf(this.controller.scenario, { step: this.controller.step, stage: this.controller.stage })) {
      case 'run':
        return this.controller.current.predict && this.controller.stage === 'before'
          ? msg('Ask the class', { id: 'present.ask' })
          : msg('Run', { id: 'present.run' });
      case 'reveal':
        return msg('Reveal', { id: 'present.reveal' });
      default:
        return msg('Next step', { id: 'present.next' });
    }
  }

  render() {
    const c = this.controller;
    const lang = currentLang();
    const sync = canSync();
    return html`
      <header>
      <div class="bar">
        <h1>${textIn(c.scenario.title, lang)}</h1>
        <div class="group">
          <button class="btn" @click=${() => this.back()}
            ?disabled=${c.step === 0 && c.stage === 'before'}>${msg('Back', { id: 'present.back' })}</button>
          <button class="btn primary" data-testid="present-next-button"
            @click=${() => void this.advance()}>${this.nextLabel()}</button>
          <button class="btn" aria-pressed=${String(c.playing)}
            @click=${() => c.togglePlay()}>${
              c.playing ? msg('Pause', { id: 'present.pause' }) : msg('Play', { id: 'present.play' })
            }</button>
          <button class="btn" @click=${() => c.restart()}>${msg('Restart', { id: 'present.restart' })}</button>
          <button class="btn" aria-pressed=${String(c.blank)}
            @click=${() => c.setBlank(!c.blank)}>${msg('Blank', { id: 'present.blank' })}</button>
          ${
            canFullscreen()
              ? html`<button class="btn"
            @click=${() => void toggleFullscreen()}>${msg('Full screen', { id: 'present.fullscreen' })}</button>`
              : nothing
          }
          <button class="btn" @click=${() => void this.toggleLang()}
            lang=${lang === 'en' ? 'id' : 'en'}>${lang === 'en' ? 'Bahasa Indonesia' : 'English'}</button>
          <button class="btn" data-testid="open-audience" ?disabled=${!sync}
            @click=${() => this.openAudience()}>${msg('Open audience window', { id: 'present.openAudience' })}</button>
        </div>
      </div>
      ${
        !sync
          ? html`<p class="notice"
            role="alert">${msg(
              'This browser has no BroadcastChannel, so an audience window cannot follow this one. Project this window instead.',
              { id: 'present.noSync' },
            )}</p>`
          : nothing
      }
      ${
        this.audienceBlocked
          ? html`<p class="notice"
            role="alert">${msg('The browser blocked the audience window. Allow pop-ups for this page and try again.', {
              id: 'present.blocked',
            })}</p>`
          : nothing
      }
      </header>
      <main>
        <sim-present-stage .scenario=${c.scenario} .session=${this.session} .step=${c.step} .stage=${c.stage}
          .lang=${lang}
          .revealing=${this.revealing} .current=${currentBlocks(c)}
            .tick=${this.session.revision * 100000 + this.session.outputSeq}
          aria-label=${msg(str`What the class sees: step ${c.step + 1}`, { id: 'present.stageLabel' })}
            role="region"></sim-present-stage>
        <sim-presenter-notes .scenario=${c.scenario} .step=${c.step} .goalMet=${c.goal.met} .lang=${lang}
          @sim-presenter-run=${(e: CustomEvent<{ line: string }>) =>
            this.session.submit([e.detail.line])}></sim-presenter-notes>
      </main>
      ${
        c.blank
          ? html`<div class="blank" data-testid="blank" @click=${() => c.setBlank(false)}><span class="sr-only"
            role="status">${msg('The screen is blank. Press any key to bring it back.', {
              id: 'present.blanked',
            })}</span></div>`
          : nothing
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sim-presenter': SimPresenter;
  }
}
