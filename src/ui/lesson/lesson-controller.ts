/**
 * The lesson player's state, over the page's session: which step, which stage, whether the goal is
 * met, autoplay, and the session's log with undo/redo and a cursor to scrub. The world of a
 * position (step, applied lines) is always rebuilt by deterministic replay from the seed
 * (`replayPosition`) and handed to the session silently, so going back, undo, scrubbing and the
 * audience window all reproduce the exact same world. Lines typed in the terminal during a lesson
 * arrive as the session's `command` events and become log entries of the current step.
 *
 * The contract of the common brief, as built (differences noted):
 * - A step's actions (daemon stop, sleep, view) run when the step is entered, before the learner
 *   types (the model's `enterStep`), so `runStep()` runs the step's commands only.
 * - `undo`/`redo` move within the current step's lines; `scrubTo` a cursor inside an earlier step
 *   jumps to that step with its lesson lines applied up to there (the rest can be redone).
 * - Extra: `results` (each goal's outcome), `lines`/`base`, `blank` + `setBlank` (the presenter's
 *   blank screen, kept in the snapshot), `goTo(snapshot)`, and an `enter` event (detail: the step
 *   index) when a step is entered, so the page can switch views.
 * - Issue 14: `metSteps` (the steps whose goals the learner met in this controller's life) and a
 *   `complete` event (detail: LessonCompletion) the first time the last step's goal is met.
 */

import type { Locale, Scenario, Step, World } from '../../model';
import {
  type LessonWorld,
  type CommandRecord as LogRecord,
  checkStepGoals,
  type GoalResult,
  type CommandRecord,
} from '../../model/client';
import { replayPosition, type PageReplay } from './lesson-replay-page';
import type { LessonSnapshot, LessonStage } from './lesson-snapshot';
import { LessonAutoplay } from './lesson-autoplay';
import { logEntryOf, scrubTarget } from './lesson-log';

export { isLessonSnapshot, type LessonSnapshot, type LessonStage } from './lesson-snapshot';

/** What the controller needs from the page's session (`app/session.ts` implements it). */
export interface LessonSessionPort extends EventTarget {
  readonly world: World;
  /** The terminal's width, so replayed output wraps as typed output did (absent: 80). */
  readonly terminalCols?: number;
  /** Runs lines through the terminal, as if typed. */
  submit(lines: string[]): void;
  /** Replaces the world, the terminal's history and the API log with a replay, silently. */
  replaceWorld(replay: PageReplay): void;
  /** Saves the lesson position with the session (undefined: no lesson). */
  setLesson(snapshot: LessonSnapshot | undefined): void;
}

/** Options of a controller. */
export interface LessonControllerOptions {
  /** The language of the shell's own messages in replays (the page's language). */
  locale?: () => Locale;
  /** Autoplay's pause after a step (ms at speed 1). */
  autoplayPauseMs?: number;
}

const normalize = (line: string): string => line.trim().replace(/\s+/g, ' ');

/** What a finished lesson scored: the steps met in this controller's life, of all its steps. */
export interface LessonCompletion {
  score: number;
  maxScore: number;
}

/** The player of one lesson over the page's session; emits `change` after any change. */
export class LessonController extends EventTarget {
  step = 0;
  stage: LessonStage = 'before';
  goal: { met: boolean; details: string[] } = { met: false, details: [] };
  /** Each goal of the current step and its outcome (same order as the step's goals). */
  results: GoalResult[] = [];
  /** The presenter's blank screen. */
  blank = false;
  /** Steps (0-based) whose goals were met while this controller was open: a lesson's score. */
  readonly metSteps = new Set<number>();
  private completed = false;
  /** How many log entries come before the current step's own lines. */
  base = 0;
  /** Lines of the current step, applied ones first (`cursor - base` of them), then redoable ones. */
  lines: string[] = [];
  private applied: LogRecord[] = [];
  private tail: LogRecord[] = [];
  private lw: LessonWorld | undefined;
  /** The whole timeline while scrubbing across steps (cleared when something new happens). */
  private horizon: LogRecord[] | undefined;
  private replaying = false;
  private waiting: { left: number; done: () => void } | undefined;
  private readonly autoplay: LessonAutoplay;
  private readonly onCommand = (e: Event) => this.record((e as CustomEvent<CommandRecord>).detail);

  constructor(
    readonly scenario: Scenario,
    private readonly session: LessonSessionPort,
    private readonly options: LessonControllerOptions = {},
  ) {
    super();
    this.autoplay = new LessonAutoplay(this, options.autoplayPauseMs ?? 3500, () => this.changed());
    session.addEventListener('command', this.onCommand);
  }

  /** Opens a lesson at a step (0-based) over the session. */
  static open(
    scenario: Scenario,
    session: LessonSessionPort,
    step = 0,
    options?: LessonControllerOptions,
  ): LessonController {
    const c = new LessonController(scenario, session, options);
    c.jump(step);
    return c;
  }

  /** Rebuilds a position from a snapshot (the lesson id is not checked: the caller chose `scenario`). */
  static restore(
    scenario: Scenario,
    snapshot: LessonSnapshot,
    session: LessonSessionPort,
    options?: LessonControllerOptions,
  ): LessonController {
    const c = new LessonController(scenario, session, options);
    c.goTo(snapshot);
    return c;
  }

  /** This session's entries (start, steps before, this step), applied first then redoable. */
  get log(): LogRecord[] {
    return this.horizon ?? [...this.applied, ...this.tail];
  }

  /** How many log entries are applied. */
  get cursor(): number {
    return this.applied.length;
  }

  /** Whether autoplay is on. */
  get playing(): boolean {
    return this.autoplay.playing;
  }

  /** Autoplay's speed (2: pauses half as long). */
  get speed(): number {
    return this.autoplay.speed;
  }

  /** The current step. */
  get current(): Step {
    return this.scenario.steps[this.step];
  }

  /** Whether this is the last step. */
  get last(): boolean {
    return this.step >= this.scenario.steps.length - 1;
  }

  /** Stops listening to the session (the lesson was closed). */
  dispose(): void {
    this.autoplay.stop();
    this.session.removeEventListener('command', this.onCommand);
    this.waiting?.done();
  }

  next(): void {
    if (!this.last) this.jump(this.step + 1);
    else this.autoplay.stop();
  }

  prev(): void {
    if (this.step > 0) this.jump(this.step - 1);
  }

  /** Goes to a step (0-based, clamped), its world rebuilt by replay. */
  jump(step: number): void {
    const s = Math.max(0, Math.min(this.scenario.steps.length - 1, Math.floor(step)));
    this.horizon = undefined;
    this.position(s, [], 0, 'before', true);
  }

  restart(): void {
    this.autoplay.stop();
    this.jump(0);
  }

  /** Rebuilds a snapshot's position. */
  goTo(snapshot: LessonSnapshot): void {
    const s = Math.max(0, Math.min(this.scenario.steps.length - 1, snapshot.step));
    this.blank = snapshot.blank === true;
    this.horizon = undefined;
    this.position(
      s,
      [...snapshot.lines],
      snapshot.lines.length,
      snapshot.stage,
      s !== this.step || this.lw === undefined,
    );
  }

  /**
   * Runs the step's commands through the terminal (the learner sees them typed and printed). A step
   * with a prediction question stops at the `predict` stage first; `reveal()` then runs them.
   */
  async runStep(): Promise<void> {
    if (this.stage === 'predict') return this.reveal();
    if (this.current.predict && this.stage === 'before') {
      this.stage = 'predict';
      this.changed();
      return;
    }
    await this.runCommands();
  }

  /** The class has guessed: run the commands and show their output. */
  async reveal(): Promise<void> {
    if (this.stage !== 'predict') return;
    await this.runCommands();
  }

  togglePlay(): void {
    this.autoplay.toggle();
  }

  setSpeed(x: number): void {
    this.autoplay.setSpeed(x);
  }

  setBlank(blank: boolean): void {
    this.blank = blank;
    this.changed();
  }

  /** Whether there is a line of this step to undo / to redo. */
  get canUndo(): boolean {
    return this.cursor > this.base;
  }

  get canRedo(): boolean {
    return this.cursor < this.log.length;
  }

  undo(): void {
    if (this.canUndo) this.within(this.cursor - 1 - this.base);
  }

  redo(): void {
    if (this.canRedo) this.scrubTo(this.cursor + 1);
  }

  /**
   * Shows the world after the first `cursor` log entries. Inside the current step this is undo or
   * redo; an entry of another step goes to that step with its lines applied up to the entry. The
   * timeline keeps every entry it had, so one can scrub back and forth, until something new
   * happens (a line, a jump).
   */
  scrubTo(cursor: number): void {
    const log = this.log;
    const to = scrubTarget(
      this.scenario,
      { log, step: this.step, base: this.base, lineCount: this.lines.length },
      cursor,
    );
    if ('within' in to) return this.within(to.within);
    this.horizon ??= log;
    this.position(to.step, to.lines, to.applied, 'before', true);
  }

  /** The current step with its first `applied` lines applied. */
  private within(applied: number): void {
    this.position(
      this.step,
      this.lines,
      applied,
      applied > 0 && this.commandsRan(this.lines.slice(0, applied)) ? 'after' : 'before',
      false,
    );
  }

  /** JSON enough to rebuild this position. */
  snapshot(): LessonSnapshot {
    const snap: LessonSnapshot = {
      lesson: this.scenario.id,
      step: this.step,
      stage: this.stage,
      lines: this.lines.slice(0, this.cursor - this.base),
    };
    if (this.blank) snap.blank = true;
    return snap;
  }

  /** Replays a position and hands it to the session. */
  private position(step: number, lines: string[], applied: number, stage: LessonStage, entered: boolean): void {
    const old = this.log;
    this.waiting?.done();
    this.waiting = undefined;
    const replay = replayPosition(
      this.scenario,
      step,
      lines.slice(0, applied),
      this.options.locale?.() ?? 'en',
      this.session.terminalCols ?? 80,
    );
    const sameStep = step === this.step && !entered;
    this.step = step;
    this.lines = lines;
    this.base = replay.base;
    this.applied = replay.lw.log;
    // Entries not applied keep what they printed last time, if this position had them before.
    this.tail = lines.slice(applied).map((line, i) => {
      const before = sameStep ? old[replay.base + applied + i] : undefined;
      if (before && before.line === line) return before;
      const empty: LogRecord = {
        ...{ id: 0, line, at: 0, cols: 80, tty: true, chunks: [], exitCode: 0 },
        ...{ exchanges: [], events: [], daemonRunning: true, step },
      };
      return empty;
    });
    this.lw = replay.lw;
    this.stage = stage === 'predict' && applied > 0 ? 'after' : stage;
    this.replaying = true;
    try {
      this.session.replaceWorld(replay);
    } finally {
      this.replaying = false;
    }
    this.check();
    if (this.stage === 'before' && applied > 0 && this.goal.met) this.stage = 'after';
    if (entered) this.dispatchEvent(new CustomEvent('enter', { detail: step }));
    this.changed();
  }

  /** A command finished in the session: it joins the log of the current step. */
  private record(record: CommandRecord): void {
    if (this.replaying || !this.lw) return;
    const entry = logEntryOf(record, this.step, this.session.world.state.clock.nowMs);
    const line = entry.line;
    // A new line after an undo drops what could have been redone, as in any editor.
    this.lines = [...this.lines.slice(0, this.cursor - this.base), line];
    this.tail = [];
    this.horizon = undefined;
    this.applied.push(entry);
    if (this.waiting && --this.waiting.left <= 0) {
      const w = this.waiting;
      this.waiting = undefined;
      this.stage = 'after';
      w.done();
    }
    this.check();
    if (this.goal.met && this.stage === 'before') this.stage = 'after';
    this.changed();
  }

  private runCommands(): Promise<void> {
    const commands = this.current.commands;
    if (commands.length === 0) {
      this.stage = 'after';
      this.check();
      this.changed();
      return Promise.resolve();
    }
    this.waiting?.done();
    this.horizon = undefined;
    return new Promise<void>((resolve) => {
      this.waiting = { left: commands.length, done: resolve };
      this.session.submit([...commands]);
    });
  }

  /** Whether every command of the step is among `lines` (what "met" means for a step without goals). */
  private commandsRan(lines: readonly string[]): boolean {
    const typed = new Set(lines.map(normalize));
    return this.current.commands.every((c) => typed.has(normalize(c)));
  }

  /** Re-checks the current step's goals over the session's world and this session's log. */
  private check(): void {
    const step = this.current;
    if (!this.lw || !step) return;
    const lw: LessonWorld = { ...this.lw, world: this.session.world, log: this.applied };
    const { met, results } = checkStepGoals(step, lw, this.step);
    const ran =
      (step.goals?.length ?? 0) > 0 ||
      this.stage === 'after' ||
      this.commandsRan(this.lines.slice(0, this.cursor - this.base));
    this.results = results;
    this.goal = { met: met && ran, details: results.map((r) => r.detail) };
    if (!this.goal.met || this.replaying) return;
    this.metSteps.add(this.step);
    if (this.last && !this.completed) {
      this.completed = true;
      const detail: LessonCompletion = { score: this.metSteps.size, maxScore: this.scenario.steps.length };
      this.dispatchEvent(new CustomEvent('complete', { detail }));
    }
  }

  private changed(): void {
    this.session.setLesson(this.snapshot());
    this.dispatchEvent(new Event('change'));
  }
}
