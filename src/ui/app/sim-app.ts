/**
 * `<sim-app>`: the page. A header with the lessons menu, daemon switch, animation speed and
 * language; the lesson player (when a lesson is open); the open view with its explanation; the
 * terminal. It wires the terminal's events to the session, keeps the reader's preferences, and
 * keeps the URL on the lesson's position (`?lesson=images&step=3&lang=id`, step 1-based).
 * A scenario file (`<sim-scenario-drop>`'s `scenario-load`) opens in the player the same way.
 */

import { LitElement, html, css, nothing } from 'lit';
import { customElement, property, state, query } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { localized, msg, str } from '@lit/localize';
import { baseStyles } from '../theme/shared-styles';
import { applyLang, currentLang, LANGS, type Lang } from '../i18n/locale';
import { SPEEDS, VIEWS, savePrefs, type Prefs, type Speed, type ViewId } from './prefs';
import { setSpeed } from './motion';
import { afterNextPaint, type Session } from './session';
import { loadView, viewLabel } from './view-registry';
import type { CommandSubmitDetail, SimTerminal } from '../terminal/sim-terminal';
import { complete } from '../terminal/completion';
import { completionNames } from './completion-names';
import type { CommandRecord } from './session-types';
import '../terminal/sim-terminal';
import { sharedPosition } from '../authoring/share-url';
import type { ScenarioLoadDetail } from '../authoring/authoring-events';
import { loadDeferred } from './deferred';
import type { Scenario } from '../../model/lesson/scenario';
import type { LessonController } from '../lesson/lesson-controller';
import { lessonFromUrl, withLessonParams } from '../lesson/lesson-url';

/** The lazily loaded lesson chunk. */
type LessonRuntime = typeof import('../lesson/lesson-runtime');
let runtimeLoading: Promise<LessonRuntime> | undefined;
/** Loads the lessons, the controller and the player (and what replays need) once. */
function lessonRuntime(): Promise<LessonRuntime> {
  runtimeLoading ??= Promise.all([import('../lesson/lesson-runtime'), loadDeferred()]).then(([m]) => m);
  return runtimeLoading;
}

/** Why the saved session was not restored, if it was not. */
export type RestoreNotice = 'corrupt' | 'outdated' | undefined;

@customElement('sim-app')
@localized()
export class SimApp extends LitElement {
  static styles = [
    baseStyles,
    css`
      :host { display: grid; grid-template-rows: auto auto minmax(0, 1fr); height: 100vh; height: 100dvh; }
      header { grid-row: 1; }
      .notices { grid-row: 2; }
      main { grid-row: 3; }
      header {
        display: flex; flex-wrap: wrap; align-items: center; gap: 0.4rem 1rem; padding: 0.35rem 1rem;
        background: var(--surface); border-bottom: 1px solid var(--border);
      }
      .brand { display: flex; align-items: baseline; gap: 0.6rem; margin-right: auto; }
      h1 { font-size: 1.15rem; margin: 0; color: var(--accent-strong); letter-spacing: 0.01em; }
      .tagline { color: var(--text-muted); font-size: 0.85rem; }
      .controls { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1rem; }
      label.field { display: inline-flex; align-items: center; gap: 0.4rem; font-size: 0.9rem; color: var(--text-muted); }
      select { font: inherit; font-size: 0.9rem; color: var(--text); background: var(--surface); border: 1px solid var(--border-strong); border-radius: var(--radius); padding: 0.2rem 0.4rem; min-height: 2rem; }
      .switch { display: inline-flex; align-items: center; gap: 0.5rem; border: 1px solid var(--border-strong); background: var(--surface); border-radius: 999px; padding: 0.2rem 0.7rem 0.2rem 0.3rem; min-height: 2rem; font-size: 0.9rem; }
      .track { width: 2.1rem; height: 1.2rem; border-radius: 999px; background: var(--state-exited); position: relative; transition: background 0.15s; }
      .track::after { content: ''; position: absolute; top: 0.15rem; left: 0.15rem; width: 0.9rem; height: 0.9rem; border-radius: 50%; background: #fff; transition: transform 0.15s; }
      .switch[aria-checked='true'] .track { background: var(--ok); }
      .switch[aria-checked='true'] .track::after { transform: translateX(0.9rem); }
      .notice { display: flex; gap: 1rem; align-items: center; justify-content: space-between; padding: 0.5rem 1rem; background: var(--warn-bg); color: var(--warn-text); border-bottom: 1px solid #e7c873; }
      main { display: grid; grid-template-rows: minmax(0, 1fr) minmax(8.5rem, 0.5fr); min-height: 0; }
      .views { display: flex; flex-direction: column; min-height: 0; background: var(--surface); }
      .panel { flex: 1; min-height: 0; display: flex; position: relative; }
      .panel > * { flex: 1; min-width: 0; min-height: 0; }
      .tabs { display: flex; flex-wrap: wrap; gap: 0.15rem; padding: 0.3rem 0.6rem 0; border-bottom: 1px solid var(--border); background: var(--surface-2); }
      [role='tab'] {
        border: 1px solid transparent; border-bottom: 0; background: none; padding: 0.35rem 0.8rem; border-radius: var(--radius) var(--radius) 0 0;
        color: var(--text-muted); font-size: 0.92rem; margin-bottom: -1px;
      }
      [role='tab']:hover { color: var(--text); background: var(--surface); }
      [role='tab'][aria-selected='true'] { color: var(--accent-strong); background: var(--surface); border-color: var(--border); font-weight: 600; box-shadow: inset 0 3px 0 var(--accent); }
      .explain { padding: 0.35rem 1rem; background: var(--accent-soft); border-top: 1px solid var(--border); font-size: 0.92rem; max-height: 7.5rem; overflow: auto; }
      .explain h2 { display: inline; font-size: 0.92rem; margin: 0 0.5rem 0 0; color: var(--accent-strong); }
      .explain p { display: inline; margin: 0 0.4rem 0 0; }
      sim-terminal { min-height: 0; }
      main.with-lesson { grid-template-columns: minmax(19rem, 26rem) minmax(0, 1fr); }
      main.with-lesson sim-lesson-player { grid-column: 1; grid-row: 1 / span 2; border-right: 1px solid var(--border); }
      main.with-lesson .views { grid-column: 2; grid-row: 1; }
      main.with-lesson sim-terminal { grid-column: 2; grid-row: 2; }
      @media (max-width: 760px), (max-height: 520px) {
        main.with-lesson sim-lesson-player { border-right: 0; border-bottom: 1px solid var(--border); max-height: none; }
        :host { display: block; height: auto; }
        main { display: block; }
        .views { height: auto; }
        .panel { min-height: 24rem; }
        sim-terminal { height: 22rem; }
        .tagline { display: none; }
      }
      @media (max-width: 1180px) { .tagline { display: none; } }
      @media (prefers-reduced-motion: reduce) { .track, .track::after { transition: none; } }
    `,
  ];

  @property({ attribute: false }) session!: Session;
  @property({ attribute: false }) prefs!: Prefs;
  @property({ attribute: false }) notice: RestoreNotice;
  /** The query string the page opened with, before the lesson player rewrites the URL. */
  private readonly initialSearch = location.search;
  /** A `?lesson=` that names no lesson, said plainly rather than ignored. */
  @state() private unknownLesson: string | undefined;
  @state() private explanation: string[] = [];
  @state() private narration = '';
  @query('sim-terminal') private terminal!: SimTerminal;
  /** The open lesson, if any. */
  @state() lesson: LessonController | undefined;
  @state() private lessons: readonly Scenario[] = [];
  /** Bumped to mount the comparison view afresh after a lesson set its URL parameters. */
  @state() private compareKey = 0;
  private runtime: LessonRuntime | undefined;
  private highlighter: InstanceType<LessonRuntime['Highlighter']> | undefined;
  private readonly onLessonChange = () => {
    this.requestUpdate();
    this.syncUrl();
  };
  private readonly onLessonEnter = (e: Event) => this.enterStep((e as CustomEvent<number>).detail);
  private readonly onKey = (e: KeyboardEvent) => this.lessonKey(e);

  private readonly onChange = () => {
    // A replayed world (a lesson's step, undo) comes without an explanation: the old one is gone.
    if (this.session.lastFacts.length === 0 && this.explanation.length && !this.session.running) this.explanation = [];
    this.requestUpdate();
  };
  private readonly onCommand = (e: Event) => void this.explain((e as CustomEvent<CommandRecord>).detail);

  connectedCallback(): void {
    super.connectedCallback();
    this.session.addEventListener('change', this.onChange);
    this.session.addEventListener('output', this.onChange);
    this.session.addEventListener('command', this.onCommand);
    setSpeed(this.prefs.speed);
    // The open view's code loads after the terminal is ready: a command never waits for a diagram.
    afterNextPaint(() => void loadView(this.prefs.view));
    void this.showSavedExplanation();
    document.addEventListener('keydown', this.onKey);
    void this.openInitialLesson();
  }

  /**
   * The lesson of the URL (with the saved lines if the saved position is that same step, and for a
   * shared sandbox its `log=` lines), or else the one saved with the session.
   */
  private async openInitialLesson(): Promise<void> {
    const asked = lessonFromUrl(location.search);
    const named = new URLSearchParams(location.search).get('lesson');
    if (named && !asked) this.unknownLesson = named;
    const saved = this.session.lesson;
    if (!asked && !saved) return;
    const rt = await this.loadRuntime();
    const options = { locale: currentLang };
    const valid = saved && rt.isLessonSnapshot(saved) ? saved : undefined;
    try {
      if (asked) {
        const scenario = rt.lessonById(asked.id);
        if (scenario) {
          const shared = sharedPosition(location.search);
          const step = asked.step - 1;
          const snapshot = shared.lines.length
            ? { lesson: scenario.id, step, stage: 'after' as const, lines: shared.lines }
            : valid && valid.lesson === scenario.id && valid.step === step ? valid : { lesson: scenario.id, step, stage: 'before' as const, lines: [] };
          return this.useController(rt.LessonController.restore(scenario, snapshot, this.session, options), true);
        }
        this.unknownLesson = asked.id;
      }
      const scenario = valid && rt.lessonById(valid.lesson);
      if (valid && scenario) return this.useController(rt.LessonController.restore(scenario, valid, this.session, options), true);
    } catch {
      // A position that no longer replays (the lesson changed since it was saved): no lesson.
    }
    this.session.setLesson(undefined);
  }

  private async loadRuntime(): Promise<LessonRuntime> {
    const rt = await lessonRuntime();
    this.runtime = rt;
    this.lessons = rt.LESSONS;
    return rt;
  }

  /** Opens a scenario at a step (0-based): its world is replayed into the session. */
  async openScenario(scenario: Scenario, step = 0): Promise<void> {
    const rt = await this.loadRuntime();
    this.useController(rt.LessonController.open(scenario, this.session, step, { locale: currentLang }), true);
  }

  private onScenarioLoad(e: CustomEvent<ScenarioLoadDetail>): void {
    void this.openScenario(e.detail.scenario, e.detail.step ?? 0).then(() => this.terminal.focus());
  }

  private async openLesson(id: string): Promise<void> {
    const rt = await this.loadRuntime();
    const scenario = rt.lessonById(id);
    if (!scenario) return;
    if (!this.lesson && this.session.transcript.length > 0
      && !confirm(msg('Open this lesson? It replaces the images, containers, volumes and networks of this session.', { id: 'lesson.confirmOpen' }))) return;
    await this.openScenario(scenario, 0);
    this.terminal.focus();
  }

  private useController(controller: LessonController, first: boolean): void {
    this.closeLesson(false);
    this.lesson = controller;
    controller.addEventListener('change', this.onLessonChange);
    controller.addEventListener('enter', this.onLessonEnter);
    if (first) this.chooseView(controller.scenario.view, false);
    this.enterStep(controller.step);
    this.explanation = [];
    this.syncUrl();
  }

  /** Closes the lesson; the world stays as it is, for free play. */
  private closeLesson(focus = true): void {
    const c = this.lesson;
    if (!c) return;
    c.removeEventListener('change', this.onLessonChange);
    c.removeEventListener('enter', this.onLessonEnter);
    c.dispose();
    this.lesson = undefined;
    this.session.setLesson(undefined);
    this.highlighter?.dispose();
    this.syncUrl();
    if (focus) void this.updateComplete.then(() => this.terminal.focus());
  }

  /** A step was entered: its view (or comparison settings), else its highlights' view. */
  private enterStep(index: number): void {
    const step = this.lesson?.scenario.steps[index];
    if (!step) return;
    let view: ViewId | undefined;
    for (const action of step.actions ?? []) {
      if ('view' in action) view = action.view;
      if ('compare' in action) {
        const params = new URLSearchParams(location.search);
        params.set('n', String(action.compare.n));
        params.set('profile', action.compare.profile);
        params.set('image', action.compare.image);
        history.replaceState(history.state, '', `?${params.toString()}${location.hash}`);
        this.compareKey++;
        view = 'compare';
      }
    }
    view ??= step.highlight?.[0]?.view;
    if (view && view !== this.prefs.view) this.chooseView(view, false);
  }

  /** The URL follows the lesson: `?lesson=&step=` (1-based) and `&lang=`; gone when it closes. */
  private syncUrl(): void {
    const c = this.lesson;
    const params = new URLSearchParams(location.search);
    // A shared sandbox's lines are replayed once; from then on the session is the reader's own.
    params.delete('log');
    const shared = c && (this.runtime?.lessonById(c.scenario.id) === c.scenario || params.has('src'));
    const search = withLessonParams(`?${params.toString()}`, shared ? { id: c.scenario.id, step: c.step + 1, lang: currentLang() } : undefined);
    if (search !== location.search) history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  }

  /** Alt+Right / Alt+Left: next and previous step (the browser's back/forward otherwise). */
  private lessonKey(e: KeyboardEvent): void {
    if (!this.lesson || !e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    e.preventDefault();
    if (e.key === 'ArrowRight') this.lesson.next();
    else this.lesson.prev();
  }

  protected updated(): void {
    this.applyHighlights();
  }

  /** Marks the current step's highlight targets in the open view. */
  private applyHighlights(): void {
    const c = this.lesson;
    const rt = this.runtime;
    if (!c || !rt) return;
    this.highlighter ??= new rt.Highlighter();
    const view = this.renderRoot.querySelector('#view-panel > *') ?? undefined;
    const host = this.session.host();
    const selectors = (c.current.highlight ?? []).filter((h) => h.view === this.prefs.view).flatMap((h) => rt.targetSelectors(h.target, host));
    this.highlighter.apply(view, selectors);
    // The view's module may still be loading, and it draws after the next paint: mark again then.
    void loadView(this.prefs.view).then(() => afterNextPaint(() => this.highlighter?.apply(view, selectors)));
  }

  /** Shows the explanation saved with the session (facts, put in the reader's language now). */
  private async showSavedExplanation(): Promise<void> {
    if (this.session.lastFacts.length === 0) return;
    const { sentencesOf } = await import('../explain/explain-command');
    this.explanation = sentencesOf(this.session.lastFacts as Parameters<typeof sentencesOf>[0]);
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    this.session.removeEventListener('change', this.onChange);
    this.session.removeEventListener('output', this.onChange);
    this.session.removeEventListener('command', this.onCommand);
    document.removeEventListener('keydown', this.onKey);
  }

  protected firstUpdated(): void {
    this.terminal.focus();
    document.documentElement.dataset.ready = 'true';
    performance.mark('pelabuhan:ready');
    void import('./header-extras');
  }

  private async explain(record: CommandRecord): Promise<void> {
    const { factsOf, sentencesOf } = await import('../explain/explain-command');
    this.session.lastFacts = factsOf(record, this.session.host());
    this.explanation = sentencesOf(this.session.lastFacts as Parameters<typeof sentencesOf>[0]);
    const status = record.line === '' ? '' : msg(str`${record.line} finished with exit code ${record.exitCode}.`, { id: 'narration.exit' });
    // The narration is set after the output is painted, so screen readers hear it once.
    afterNextPaint(() => (this.narration = [status, ...this.explanation].filter(Boolean).join(' ')));
  }

  private updatePrefs(patch: Partial<Prefs>): void {
    this.prefs = { ...this.prefs, ...patch };
    savePrefs(localStorage, this.prefs);
  }

  private onSubmit(e: CustomEvent<CommandSubmitDetail>): void {
    this.session.submit(e.detail.lines, this.terminal.columns());
  }

  private async onLang(e: Event): Promise<void> {
    const lang = (e.target as HTMLSelectElement).value as Lang;
    await applyLang(lang);
    this.updatePrefs({ lang });
    this.session.relocalize();
    void this.showSavedExplanation();
    this.syncUrl();
  }

  private onSpeed(e: Event): void {
    const speed = Number((e.target as HTMLSelectElement).value) as Speed;
    setSpeed(speed);
    this.updatePrefs({ speed, speedChosen: true });
  }

  private chooseView(view: ViewId, focus: boolean): void {
    void loadView(view);
    this.updatePrefs({ view });
    if (focus) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${view}`)?.focus());
  }

  /** The ARIA tabs pattern: arrow keys, Home and End move between tabs and open them. */
  private onTabKey(e: KeyboardEvent): void {
    const i = VIEWS.indexOf(this.prefs.view);
    const n = VIEWS.length;
    const next = ({ ArrowRight: i + 1, ArrowLeft: i - 1 + n, Home: 0, End: n - 1 } as Record<string, number>)[e.key];
    if (next === undefined) return;
    e.preventDefault();
    this.chooseView(VIEWS[next % n], true);
  }

  private toggleDaemon(): void {
    this.session.setDaemon(this.session.host().daemon.status !== 'running');
  }

  private newSession(): void {
    if (!confirm(msg('Start a new session? Every image, container, volume and network will be gone.', { id: 'app.confirmReset' }))) return;
    this.closeLesson(false);
    this.session.reset();
    this.explanation = [];
    this.terminal.focus();
  }

  private speedLabel(s: Speed): string {
    return s === 0 ? msg('Off', { id: 'speed.off' }) : `${String(s).replace('.', msg('.', { id: 'number.decimal' }))}×`;
  }

  private renderView(view: ViewId) {
    const s = this.session;
    switch (view) {
      case 'architecture':
        return html`<sim-architecture-view .session=${s}></sim-architecture-view>`;
      case 'api':
        return html`<sim-api-log-view .session=${s}></sim-api-log-view>`;
      case 'layers':
        return html`<sim-layers-view .session=${s} @sim-type-command=${this.onTypeCommand}></sim-layers-view>`;
      case 'lifecycle':
        return html`<sim-lifecycle-view .session=${s}></sim-lifecycle-view>`;
      case 'resources':
        return html`<sim-resources-view .session=${s}></sim-resources-view>`;
      case 'compare':
        return keyed(this.compareKey, html`<sim-compare-view></sim-compare-view>`);
    }
  }

  private onTypeCommand(e: CustomEvent<{ line: string }>): void {
    this.session.submit([e.detail.line], this.terminal.columns());
    this.terminal.focus();
  }

  render() {
    const running = this.session.host().daemon.status === 'running';
    const completer = (value: string, cursor: number) => complete(value, cursor, this.session.shell.completionTree, completionNames(this.session.world));
    return html`
      <header>
        <div class="brand">
          <h1>Pelabuhan</h1>
          <span class="tagline">${msg('Docker, explained in your browser', { id: 'app.tagline' })}</span>
        </div>
        <div class="controls">
          <button class="switch" role="switch" aria-checked=${running ? 'true' : 'false'} @click=${this.toggleDaemon}>
            <span class="track" aria-hidden="true"></span>
            <span>${msg('Docker daemon', { id: 'app.daemon' })}: ${running ? msg('running', { id: 'app.daemon.running' }) : msg('stopped', { id: 'app.daemon.stopped' })}</span>
          </button>
          <label class="field">${msg('Animation', { id: 'app.speed' })}
            <select @change=${this.onSpeed}>
              ${SPEEDS.map((s) => html`<option value=${s} ?selected=${s === this.prefs.speed}>${this.speedLabel(s)}</option>`)}
            </select>
          </label>
          <label class="field">${msg('Language', { id: 'app.language' })}
            <select @change=${this.onLang}>
              ${LANGS.map((l) => html`<option value=${l} lang=${l} ?selected=${l === this.prefs.lang}>${l === 'en' ? 'English' : 'Bahasa Indonesia'}</option>`)}
            </select>
          </label>
          <button class="btn" @click=${this.newSession}>${msg('New session', { id: 'app.reset' })}</button>
          <sim-lesson-picker .lessons=${this.lessons} current=${this.lesson?.scenario.id ?? ''} .load=${() => this.loadRuntime().then(() => undefined)}
            @lesson-open=${(e: CustomEvent<{ id: string }>) => void this.openLesson(e.detail.id)}></sim-lesson-picker>
          <sim-scenario-drop .initialSearch=${this.initialSearch} @scenario-load=${this.onScenarioLoad}></sim-scenario-drop>
        </div>
      </header>
      <div class="notices">
        ${this.notice
          ? html`<div class="notice" role="alert">
              <span>${this.notice === 'outdated'
                ? msg('Your saved session was made by an older version of Pelabuhan and cannot be read, so a fresh session was started.', { id: 'notice.outdated' })
                : msg('Your saved session was damaged and could not be restored, so a fresh session was started.', { id: 'notice.corrupt' })}</span>
              <button class="btn" @click=${() => (this.notice = undefined)}>${msg('Dismiss', { id: 'notice.dismiss' })}</button>
            </div>`
          : nothing}
        ${this.unknownLesson !== undefined
          ? html`<div class="notice" role="alert">
              <span>${msg(str`There is no lesson called "${this.unknownLesson}". Open one from the Lessons menu.`, { id: 'notice.unknownLesson' })}</span>
              <button class="btn" @click=${() => (this.unknownLesson = undefined)}>${msg('Dismiss', { id: 'notice.dismiss' })}</button>
            </div>`
          : nothing}
        <sim-scenario-errors></sim-scenario-errors>
      </div>
      <main class=${this.lesson ? 'with-lesson' : ''}>
        ${this.lesson && this.runtime
          ? html`<sim-lesson-player .controller=${this.lesson} @lesson-close=${() => this.closeLesson()}>
              <div slot="tools">
                <sim-present-button lesson=${this.lesson.scenario.id} step=${this.lesson.step + 1}></sim-present-button>
                <sim-share-link .controller=${this.lesson}></sim-share-link>
                <sim-session-export .controller=${this.lesson} .session=${this.session} .view=${this.prefs.view}></sim-session-export>
              </div>
            </sim-lesson-player>`
          : nothing}
        <section class="views" aria-label=${msg('Diagrams', { id: 'app.views' })}>
          <div class="tabs" role="tablist" aria-label=${msg('Views', { id: 'tabs.label' })} @keydown=${this.onTabKey}>
            ${VIEWS.map(
              (v) => html`<button role="tab" id=${`tab-${v}`} aria-selected=${v === this.prefs.view ? 'true' : 'false'} aria-controls="view-panel"
                tabindex=${v === this.prefs.view ? 0 : -1} @click=${() => this.chooseView(v, false)}>${viewLabel(v)}</button>`,
            )}
          </div>
          <div class="panel" role="tabpanel" id="view-panel" aria-labelledby=${`tab-${this.prefs.view}`}>${this.renderView(this.prefs.view)}</div>
          <section class="explain" aria-label=${msg('What happened', { id: 'explain.heading' })}>
            <h2>${msg('What happened', { id: 'explain.heading' })}</h2>
            ${this.explanation.length
              ? this.explanation.map((t) => html`<p>${t}</p>`)
              : html`<p>${msg('Type a docker command below, for example docker pull alpine, and watch what it does.', { id: 'explain.empty' })}</p>`}
          </section>
        </section>
        <sim-terminal
          data-busy=${this.session.running ? 'true' : 'false'}
          .blocks=${this.session.transcript}
          .running=${this.session.running}
          .tick=${this.session.outputSeq}
          ?continuing=${this.session.continuation !== undefined}
          .history=${this.session.history}
          .completer=${completer}
          @sim-command-submit=${this.onSubmit}
          @sim-interrupt=${() => this.session.interrupt()}
          @sim-cancel-line=${(e: CustomEvent<{ line: string }>) => this.session.cancelLine(e.detail.line)}
          @sim-clear=${() => this.session.clear()}
        ></sim-terminal>
      </main>
      <div class="sr-only" aria-live="polite" role="status">${this.narration}</div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sim-app': SimApp;
  }
}
