/**
 * `<sim-app>`: the page. A header with the lessons menu, daemon switch, animation speed and
 * language; the lesson player (when a lesson is open); the open view with its explanation; the
 * terminal. It wires the terminal's events to the session, keeps the reader's preferences, and
 * keeps the URL on the lesson's position (`?lesson=images&step=3&lang=id`, step 1-based).
 * A scenario file (`<sim-scenario-drop>`'s `scenario-load`) opens in the player the same way.
 * The header is drawn by `app-header.ts`; the open lesson is kept by `page-lesson-controller.ts`.
 */

import { LitElement, html, nothing } from 'lit';
import { customElement, property, state, query } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { baseStyles } from '../theme/shared-styles';
import { simAppStyles } from './sim-app-styles';
import { applyLang, currentLang, type Lang } from '../i18n/locale';
import { VIEWS, parseSpeed, savePrefs, type Prefs, type Speed, type ViewId } from '../common/prefs';
import { setSpeed } from '../common/motion';
import type { Session } from '../session/session';
import { afterNextPaint } from '../common/after-next-paint';
import { loadView, viewElement, viewLabel } from '../views/view-registry';
import type { CommandSubmitDetail, SimTerminal } from '../terminal/sim-terminal';
import { complete } from '../terminal/completion';
import { completionNames } from './completion-names';
import type { CommandRecord } from '../../model/client';
import { scenarioKind, type Scenario } from '../../model';
import '../terminal/sim-terminal';
import type { ScenarioLoadDetail } from '../authoring/authoring-events';
import type { LessonController } from '../lesson/lesson-controller';
import { headerStyles, renderHeader } from './app-header';
import { hostNarration, hostSwitcherStyles } from './host-switcher';
import { PageLessonController, type LessonOrigin } from './page-lesson-controller';
import { PageChallengeController } from './page-challenge-controller';

/** Why the saved session was not restored, if it was not. */
export type RestoreNotice = 'corrupt' | 'outdated' | undefined;

/** Where a scenario file came from, as the Present button needs it: `?src=`'s path, or the file's text. */
function scenarioOrigin(detail: ScenarioLoadDetail): LessonOrigin {
  if (detail.src !== undefined) return { kind: 'src', src: detail.src };
  return detail.text !== undefined ? { kind: 'file', text: detail.text } : { kind: 'lesson' };
}

@customElement('sim-app')
@localized()
export class SimApp extends LitElement {
  static styles = [baseStyles, headerStyles, hostSwitcherStyles, simAppStyles];

  @property({ attribute: false }) session!: Session;
  @property({ attribute: false }) prefs!: Prefs;
  @property({ attribute: false }) notice: RestoreNotice;
  /** The query string the page opened with, before the lesson player rewrites the URL. */
  private readonly initialSearch = location.search;
  @state() private explanation: string[] = [];
  @state() private narration = '';
  @query('sim-terminal') private terminal!: SimTerminal;
  /** Bumped to mount the comparison view afresh after a lesson set its URL parameters. */
  @state() private compareKey = 0;
  private readonly pageLesson = new PageLessonController(this);
  private readonly pageChallenge = new PageChallengeController(this);

  private readonly onChange = () => {
    // A replayed world (a lesson's step, undo) comes without an explanation: the old one is gone.
    if (this.session.lastFacts.length === 0 && this.explanation.length && !this.session.running) this.explanation = [];
    this.requestUpdate();
  };
  private readonly onCommand = (e: Event) => void this.explain((e as CustomEvent<CommandRecord>).detail);

  // The header's handlers, made once so lit keeps the same listeners across renders.
  private readonly onDaemon = () => this.session.setDaemon(this.session.host().daemon.status !== 'running');
  private readonly onSpeed = (e: Event) => this.chooseSpeed(parseSpeed((e.target as HTMLSelectElement).value) ?? 1);
  private readonly onLang = (e: Event) => void this.chooseLang((e.target as HTMLSelectElement).value as Lang);
  private readonly onNewSession = () => this.newSession();
  private readonly onHost = (host: string) => {
    const lines = this.session.shell.switchLines?.(host) ?? [];
    if (lines.length) this.session.submit(lines, this.terminal.columns());
    this.terminal.focus();
  };
  /** The host the terminal talked to when the page was last drawn (its own live region says when it changes). */
  private lastHost: string | undefined;
  /** What that live region says: the last change of host. */
  private hostMessage = '';
  /** The open view's element, for `<sim-export-menu>` (its own chunk, loaded after ready). */
  private readonly exportTarget = () => this.renderRoot.querySelector('#view-panel > *');
  private readonly loadLessons = () => this.pageLesson.loadRuntime().then(() => undefined);
  private readonly onLessonOpen = (e: CustomEvent<{ id: string }>) => {
    this.pageChallenge.close(false);
    void this.pageLesson.openLesson(e.detail.id);
  };
  private readonly onScenarioLoad = (e: CustomEvent<ScenarioLoadDetail>) => {
    // A quiz file opens in the quiz page, a challenge file in the challenge panel (issue 14), any other in the
    // lesson player.
    const kind = scenarioKind(e.detail.scenario);
    if (kind === 'quiz') return void import('../quiz/quiz-url').then((m) => m.openQuizFile(e.detail, currentLang()));
    const opened =
      kind === 'challenge'
        ? this.pageChallenge.openScenario(e.detail.scenario)
        : this.openScenario(e.detail.scenario, e.detail.step ?? 0, scenarioOrigin(e.detail));
    void opened.then(() => this.terminal.focus());
  };

  /** The open lesson, if any. */
  get lesson(): LessonController | undefined {
    return this.pageLesson.lesson;
  }

  connectedCallback(): void {
    super.connectedCallback();
    this.session.addEventListener('change', this.onChange);
    this.session.addEventListener('output', this.onChange);
    this.session.addEventListener('command', this.onCommand);
    setSpeed(this.prefs.speed);
    // The open view's code loads after the terminal is ready: a command never waits for a diagram.
    afterNextPaint(() => void loadView(this.prefs.view));
    void this.showSavedExplanation();
    if (!this.pageChallenge.openInitial()) void this.pageLesson.openInitial();
  }

  /** Closes the open lesson, if any (a challenge takes its place). */
  closeLesson(): void {
    this.pageLesson.close(false);
  }

  /** Opens a scenario at a step (0-based): its world is replayed into the session. */
  openScenario(scenario: Scenario, step = 0, origin?: LessonOrigin): Promise<void> {
    this.pageChallenge.close(false);
    return this.pageLesson.openScenario(scenario, step, origin);
  }

  /** Opens a view (and saves it as the reader's choice), focusing its tab if asked. */
  chooseView(view: ViewId, focus: boolean): void {
    void loadView(view);
    this.updatePrefs({ view });
    if (focus) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${view}`)?.focus());
  }

  /** Mounts the comparison view afresh (a lesson step set its URL parameters). */
  remountCompare(): void {
    this.compareKey++;
  }

  /** Forgets the last command's explanation. */
  clearExplanation(): void {
    this.explanation = [];
  }

  /** Puts the keyboard in the terminal. */
  focusTerminal(): void {
    this.terminal.focus();
  }

  protected willUpdate(): void {
    // Before the client has loaded nobody knows the host: nothing to compare with.
    const host = this.session.shell.activeHost?.();
    if (host !== undefined && this.lastHost !== undefined && host !== this.lastHost)
      this.hostMessage = hostNarration(host);
    if (host !== undefined) this.lastHost = host;
  }

  protected updated(): void {
    this.pageLesson.applyHighlights();
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
  }

  protected firstUpdated(): void {
    this.session.measureCols = () => this.terminal.columns();
    this.terminal.focus();
    document.documentElement.dataset.ready = 'true';
    performance.mark('pelabuhan:ready');
    void import('./header-extras');
    // The Export button is not needed for the first command: its chunk loads when the page is idle.
    const idle = window.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 1500));
    idle(() => void import('../slides/export-menu'));
  }

  private async explain(record: CommandRecord): Promise<void> {
    const { factsOf, sentencesOf } = await import('../explain/explain-command');
    this.session.lastFacts = factsOf(record, this.session.host());
    this.explanation = sentencesOf(this.session.lastFacts as Parameters<typeof sentencesOf>[0]);
    const status =
      record.line === ''
        ? ''
        : msg(str`${record.line} finished with exit code ${record.exitCode}.`, { id: 'narration.exit' });
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

  private async chooseLang(lang: Lang): Promise<void> {
    await applyLang(lang);
    this.updatePrefs({ lang });
    this.session.relocalize();
    void this.showSavedExplanation();
    this.pageLesson.syncUrl();
  }

  private chooseSpeed(speed: Speed): void {
    setSpeed(speed);
    this.updatePrefs({ speed, speedChosen: true });
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

  private newSession(): void {
    if (
      !confirm(
        msg('Start a new session? Every image, container, volume and network will be gone.', {
          id: 'app.confirmReset',
        }),
      )
    )
      return;
    this.pageLesson.close(false);
    this.pageChallenge.close(false);
    this.session.reset();
    this.explanation = [];
    this.terminal.focus();
  }

  private onTypeCommand(e: CustomEvent<{ line: string }>): void {
    this.session.submit([e.detail.line], this.terminal.columns());
    this.terminal.focus();
  }

  private renderNotices() {
    const unknownLesson = this.pageLesson.unknownLesson;
    const unknownChallenge = this.pageChallenge.unknown;
    const saved =
      this.notice === 'outdated'
        ? msg(
            'Your saved session was made by an older version of Pelabuhan and cannot be read, so a fresh session was started.',
            { id: 'notice.outdated' },
          )
        : msg('Your saved session was damaged and could not be restored, so a fresh session was started.', {
            id: 'notice.corrupt',
          });
    return html`
      ${this.notice ? notice(saved, () => (this.notice = undefined)) : nothing}
      ${
        unknownLesson !== undefined
          ? notice(
              msg(str`There is no lesson called "${unknownLesson}". Open one from the Lessons menu.`, {
                id: 'notice.unknownLesson',
              }),
              () => this.pageLesson.dismissUnknown(),
            )
          : nothing
      }
      ${
        unknownChallenge !== undefined
          ? notice(
              msg(str`There is no challenge called "${unknownChallenge}". Open one from the Lessons menu.`, {
                id: 'notice.unknownChallenge',
              }),
              () => this.pageChallenge.dismissUnknown(),
            )
          : nothing
      }
      <sim-scenario-errors></sim-scenario-errors>
    `;
  }

  render() {
    const lesson = this.pageLesson.lesson;
    const challenge = this.pageChallenge.challenge;
    const completer = (value: string, cursor: number) =>
      complete(value, cursor, this.session.shell.completionTree, completionNames(this.session.world));
    return html`
      ${renderHeader({
        daemonRunning: this.session.host().daemon.status === 'running',
        hosts: this.session.hostNames,
        activeHost: this.session.host().name,
        onHost: this.onHost,
        prefs: this.prefs,
        lessons: this.pageLesson.lessons,
        currentLesson: lesson?.scenario.id ?? '',
        initialSearch: this.initialSearch,
        onDaemon: this.onDaemon,
        onSpeed: this.onSpeed,
        onLang: this.onLang,
        onNewSession: this.onNewSession,
        loadLessons: this.loadLessons,
        onLessonOpen: this.onLessonOpen,
        onScenarioLoad: this.onScenarioLoad,
      })}
      <div class="notices">${this.renderNotices()}</div>
      <main class=${lesson || challenge ? 'with-lesson' : ''}>
        ${
          challenge
            ? html`<sim-challenge-panel .controller=${challenge}
              @challenge-close=${() => this.pageChallenge.close()}></sim-challenge-panel>`
            : nothing
        }
        ${
          lesson && this.pageLesson.runtime
            ? html`<sim-lesson-player .controller=${lesson} @lesson-close=${() => this.pageLesson.close()}>
              <div slot="tools">
                <sim-present-button lesson=${lesson.scenario.id} step=${lesson.step + 1}
                  .origin=${this.pageLesson.origin}></sim-present-button>
                <sim-share-link .controller=${lesson}></sim-share-link>
                <sim-session-export .controller=${lesson} .session=${this.session}
                  .view=${this.prefs.view}></sim-session-export>
              </div>
            </sim-lesson-player>`
            : nothing
        }
        <section class="views" aria-label=${msg('Diagrams', { id: 'app.views' })}>
          <div class="tabbar">
          <div class="tabs" role="tablist" aria-label=${msg('Views', { id: 'tabs.label' })} @keydown=${this.onTabKey}>
            ${VIEWS.map(
              (v) => html`<button role="tab" id=${`tab-${v}`} aria-selected=${v === this.prefs.view ? 'true' : 'false'}
                aria-controls="view-panel"
                tabindex=${v === this.prefs.view ? 0 : -1}
                  @click=${() => this.chooseView(v, false)}>${viewLabel(v)}</button>`,
            )}
          </div>
          <sim-export-menu .view=${this.prefs.view} .session=${this.session}
            .target=${this.exportTarget}></sim-export-menu>
          </div>
          <div class="panel" role="tabpanel" id="view-panel"
            aria-labelledby=${`tab-${this.prefs.view}`}>${viewElement(
              this.prefs.view,
              this.session,
              this.compareKey,
              this.onTypeCommand,
            )}</div>
          <section class="explain" aria-label=${msg('What happened', { id: 'explain.heading' })}>
            <h2>${msg('What happened', { id: 'explain.heading' })}</h2>
            ${
              this.explanation.length
                ? this.explanation.map((t) => html`<p>${t}</p>`)
                : html`<p>${msg(
                    'Type a docker command below, for example docker pull alpine, and watch what it does.',
                    { id: 'explain.empty' },
                  )}</p>`
            }
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
      <div class="sr-only" aria-live="polite" role="status" data-testid="host-narration">${this.hostMessage}</div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sim-app': SimApp;
  }
}

/** A notice the reader can dismiss (the text is rendered as text). */
function notice(text: string, dismiss: () => void) {
  return html`<div class="notice" role="alert">
    <span>${text}</span>
    <button class="btn" @click=${dismiss}>${msg('Dismiss', { id: 'notice.dismiss' })}</button>
  </div>`;
}
