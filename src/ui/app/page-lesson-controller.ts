/**
 * The lesson open in the page, for `<sim-app>`: it opens the lesson of the URL or the one saved
 * with the session, a lesson from the menu, or a scenario file; closes it; and keeps the page on it
 * (the URL's `?lesson=&step=&lang=`, the step's view or comparison settings, its highlights, and
 * Alt+Right/Left for the next and previous step). The lesson chunk is loaded only when needed, so
 * a page without a lesson never fetches it.
 */

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msg } from '@lit/localize';
import { currentLang } from '../i18n/locale';
import type { Session } from '../session/session';
import { afterNextPaint } from '../common/after-next-paint';
import { loadView } from '../views/view-registry';
import { loadDeferred } from './deferred';
import type { Prefs, ViewId } from '../common/prefs';
export type { LessonOrigin } from '../presenter/present-button';
import type { Scenario } from '../../model';
import type { LessonController } from '../lesson/lesson-controller';
import type { LessonOrigin } from '../presenter/present-button';
import { lessonFromUrl, withLessonParams } from '../lesson/lesson-url';

/** The lazily loaded lesson chunk. */
type LessonRuntime = typeof import('./lesson-runtime');
let runtimeLoading: Promise<LessonRuntime> | undefined;
/** Loads the lessons, the controller and the player (and what replays need) once. */
function lessonRuntime(): Promise<LessonRuntime> {
  runtimeLoading ??= Promise.all([import('./lesson-runtime'), loadDeferred()]).then(([m]) => m);
  return runtimeLoading;
}

/** What the controller needs of the page. */
export interface PageLessonHost extends ReactiveControllerHost {
  readonly session: Session;
  readonly prefs: Prefs;
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** Opens a view (and saves it as the reader's choice). */
  chooseView(view: ViewId, focus: boolean): void;
  /** Mounts the comparison view afresh, after a step set its URL parameters. */
  remountCompare(): void;
  /** Forgets the last command's explanation (a lesson's world is not the one it explained). */
  clearExplanation(): void;
  focusTerminal(): void;
}

/** The page's open lesson (if any), the lessons for the menu and the lesson the URL named in vain. */
export class PageLessonController implements ReactiveController {
  /** The open lesson, if any. */
  lesson: LessonController | undefined;
  /** Where the open lesson came from (teacher mode opens the same scenario from there). */
  origin: LessonOrigin | undefined;
  /** The built-in lessons, once the lesson chunk is loaded. */
  lessons: readonly Scenario[] = [];
  /** A `?lesson=` that names no lesson, said plainly rather than ignored. */
  unknownLesson: string | undefined;
  /** The lesson chunk, once loaded. */
  runtime: LessonRuntime | undefined;
  private highlighter: InstanceType<LessonRuntime['Highlighter']> | undefined;
  private readonly onLessonChange = () => {
    this.host.requestUpdate();
    this.syncUrl();
  };
  private readonly onLessonEnter = (e: Event) => this.enterStep((e as CustomEvent<number>).detail);
  private readonly onKey = (e: KeyboardEvent) => this.lessonKey(e);

  constructor(private readonly host: PageLessonHost) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('keydown', this.onKey);
  }

  hostDisconnected(): void {
    document.removeEventListener('keydown', this.onKey);
  }

  /** Dismisses the unknown-lesson notice. */
  dismissUnknown(): void {
    this.unknownLesson = undefined;
    this.host.requestUpdate();
  }

  /**
   * The lesson of the URL (with the saved lines if the saved position is that same step, and for a
   * shared sandbox its `log=` lines), or else the one saved with the session.
   */
  async openInitial(): Promise<void> {
    const session = this.host.session;
    const asked = lessonFromUrl(location.search);
    const named = new URLSearchParams(location.search).get('lesson');
    if (named && !asked) this.setUnknown(named);
    const saved = session.lesson;
    if (!asked && !saved) return;
    const rt = await this.loadRuntime();
    const options = { locale: currentLang };
    const valid = saved && rt.isLessonSnapshot(saved) ? saved : undefined;
    try {
      if (asked) {
        const scenario = rt.lessonById(asked.id);
        if (scenario) {
          const shared = rt.sharedPosition(location.search);
          const step = asked.step - 1;
          const snapshot = shared.lines.length
            ? { lesson: scenario.id, step, stage: 'after' as const, lines: shared.lines }
            : valid && valid.lesson === scenario.id && valid.step === step
              ? valid
              : { lesson: scenario.id, step, stage: 'before' as const, lines: [] };
          return this.use(rt.LessonController.restore(scenario, snapshot, session, options), true);
        }
        this.setUnknown(asked.id);
      }
      const scenario = valid && rt.lessonById(valid.lesson);
      if (valid && scenario) return this.use(rt.LessonController.restore(scenario, valid, session, options), true);
    } catch {
      // A position that no longer replays (the lesson changed since it was saved): no lesson.
    }
    session.setLesson(undefined);
  }

  /** Loads the lesson chunk (once) and with it the menu's lessons. */
  async loadRuntime(): Promise<LessonRuntime> {
    const rt = await lessonRuntime();
    this.runtime = rt;
    if (this.lessons !== rt.LESSONS) {
      this.lessons = rt.LESSONS;
      this.host.requestUpdate();
    }
    return rt;
  }

  /** Opens a scenario at a step (0-based): its world is replayed into the session. */
  async openScenario(scenario: Scenario, step = 0, origin: LessonOrigin = { kind: 'lesson' }): Promise<void> {
    const rt = await this.loadRuntime();
    this.use(rt.LessonController.open(scenario, this.host.session, step, { locale: currentLang }), true, origin);
  }

  /** Opens a built-in lesson from the menu, asking first if that would replace the reader's own work. */
  async openLesson(id: string): Promise<void> {
    const rt = await this.loadRuntime();
    const scenario = rt.lessonById(id);
    if (!scenario) return;
    if (
      !this.lesson &&
      this.host.session.transcript.length > 0 &&
      !confirm(
        msg('Open this lesson? It replaces the images, containers, volumes and networks of this session.', {
          id: 'lesson.confirmOpen',
        }),
      )
    )
      return;
    await this.openScenario(scenario, 0);
    this.host.focusTerminal();
  }

  /** Closes the lesson; the world stays as it is, for free play. */
  close(focus = true): void {
    const c = this.lesson;
    if (!c) return;
    c.removeEventListener('change', this.onLessonChange);
    c.removeEventListener('enter', this.onLessonEnter);
    c.dispose();
    this.lesson = undefined;
    this.origin = undefined;
    this.host.requestUpdate();
    this.host.session.setLesson(undefined);
    this.highlighter?.dispose();
    this.syncUrl();
    if (focus) void this.host.updateComplete.then(() => this.host.focusTerminal());
  }

  /** The URL follows the lesson: `?lesson=&step=` (1-based) and `&lang=`; gone when it closes. */
  syncUrl(): void {
    const c = this.lesson;
    const params = new URLSearchParams(location.search);
    // A shared sandbox's lines are replayed once; from then on the session is the reader's own.
    params.delete('log');
    const shared = c && (this.runtime?.lessonById(c.scenario.id) === c.scenario || params.has('src'));
    const search = withLessonParams(
      `?${params.toString()}`,
      shared ? { id: c.scenario.id, step: c.step + 1, lang: currentLang() } : undefined,
    );
    if (search !== location.search)
      history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  }

  /** Marks the current step's highlight targets in the open view (after each render of the page). */
  applyHighlights(): void {
    const c = this.lesson;
    const rt = this.runtime;
    if (!c || !rt) return;
    const { session, prefs } = this.host;
    this.highlighter ??= new rt.Highlighter();
    const view = this.host.renderRoot.querySelector('#view-panel > *') ?? undefined;
    const host = session.host();
    const selectors = (c.current.highlight ?? [])
      .filter((h) => h.view === prefs.view)
      .flatMap((h) => rt.targetSelectors(h.target, host));
    this.highlighter.apply(view, selectors);
    // The view's module may still be loading, and it draws after the next paint: mark again then.
    void loadView(prefs.view).then(() => afterNextPaint(() => this.highlighter?.apply(view, selectors)));
  }

  private setUnknown(id: string): void {
    this.unknownLesson = id;
    this.host.requestUpdate();
  }

  private use(controller: LessonController, first: boolean, origin: LessonOrigin = { kind: 'lesson' }): void {
    this.close(false);
    this.lesson = controller;
    this.origin = origin;
    this.host.requestUpdate();
    controller.addEventListener('change', this.onLessonChange);
    controller.addEventListener('enter', this.onLessonEnter);
    this.runtime?.recordLessonProgress(controller);
    if (first) this.host.chooseView(controller.scenario.view, false);
    this.enterStep(controller.step);
    this.host.clearExplanation();
    this.syncUrl();
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
        this.host.remountCompare();
        view = 'compare';
      }
    }
    view ??= step.highlight?.[0]?.view;
    if (view && view !== this.host.prefs.view) this.host.chooseView(view, false);
  }

  /** Alt+Right / Alt+Left: next and previous step (the browser's back/forward otherwise). */
  private lessonKey(e: KeyboardEvent): void {
    if (!this.lesson || !e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    e.preventDefault();
    if (e.key === 'ArrowRight') this.lesson.next();
    else this.lesson.prev();
  }
}
