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
 */

import type { Locale } from '../../model/cli/shell/messages';
import type { Scenario, Step } from '../../model/lesson/scenario';
import type { ApiExchange as ReplayExchange, CommandLogEntry, LessonWorld } from '../../model/lesson/lesson-replay';
import { checkStepGoals, type GoalResult } from '../../model/lesson/goals';
import type { World } from '../../model/world-base';
import type { CommandRecord } from '../app/session-types';
import { replayPosition, type PageReplay } from './lesson-replay-page';

/** Where a step is: narration before, waiting for the class to predict, commands ran. */
export type LessonStage = 'before' | 'predict' | 'after';

/** Enough to rebuild the same position (and world) by replay; JSON. */
export interface LessonSnapshot {
  lesson: string;
  /** 0-based. */
  step: number;
  stage: LessonStage;
  /** The applied lines of the current step (run by the player or typed by the learner). */
  lines: string[];
  blank?: boolean;
}

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

/** Whether a snapshot-like value has the right shape (for restored and shared snapshots). */
export function isLessonSnapshot(value: unknown): value is LessonSnapshot {
  const s = value as LessonSnapshot;
  return !!s && typeof s === 'object' && typeof s.lesson === 'string' && Number.isInteger(s.step) && s.step >= 0
    && (s.stage === 'before' || s.stage === 'predict' || s.stage === 'after')
    && Array.isArray(s.lines) && s.lines.every((l) => typeof l === 'string');
}

const normalize = (line: string): string => line.trim().replace(/\s+/g, ' ');

/** The player of one lesson over the page's session; emits `change` after any change. */
export class LessonController extends EventTarget {
  step = 0;
  stage: LessonStage = 'before';
  goal: { met: boolean; details: string[] } = { met: false, details: [] };
  /** Each goal of the current step and its outcome (same order as the step's goals). */
  results: GoalResult[] = [];
  playing = false;
  speed = 1;
  /** The presenter's blank screen. */
  blank = false;
  /** How many log entries come before the current step's own lines. */
  base = 0;
  /** Lines of the current step, applied ones first (`cursor - base` of them), then redoable ones. */
  lines: string[] = [];
  private applied: CommandLogEntry[] = [];
  private tail: CommandLogEntry[] = [];
  private lw: LessonWorld | undefined;
  /** The whole timeline while scrubbing across steps (cleared when something new happens). */
  private horizon: CommandLogEntry[] | undefined;
  private replaying = false;
  private waiting: { left: number; done: () => void } | undefined;
  private playGeneration = 0;
  private readonly onCommand = (e: Event) => this.record((e as CustomEvent<CommandRecord>).detail);

  constructor(
    readonly scenario: Scenario,
    private readonly session: LessonSessionPort,
    private readonly options: LessonControllerOptions = {},
  ) {
    super();
    session.addEventListener('command', this.onCommand);
  }

  /** Opens a lesson at a step (0-based) over the session. */
  static open(scenario: Scenario, session: LessonSessionPort, step = 0, options?: LessonControllerOptions): LessonController {
    const c = new LessonController(scenario, session, options);
    c.jump(step);
    return c;
  }

  /** Rebuilds a position from a snapshot (the lesson id is not checked: the caller chose `scenario`). */
  static restore(scenario: Scenario, snapshot: LessonSnapshot, session: LessonSessionPort, options?: LessonControllerOptions): LessonController {
    const c = new LessonController(scenario, session, options);
    c.goTo(snapshot);
    return c;
  }

  /** This session's entries (start, steps before, this step), applied first then redoable. */
  get log(): CommandLogEntry[] {
    return this.horizon ?? [...this.applied, ...this.tail];
  }

  /** How many log entries are applied. */
  get cursor(): number {
    return this.applied.length;
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
    this.stopPlaying();
    this.session.removeEventListener('command', this.onCommand);
    this.waiting?.done();
  }

  next(): void {
    if (!this.last) this.jump(this.step + 1);
    else this.stopPlaying();
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
    this.stopPlaying();
    this.jump(0);
  }

  /** Rebuilds a snapshot's position. */
  goTo(snapshot: LessonSnapshot): void {
    const s = Math.max(0, Math.min(this.scenario.steps.length - 1, snapshot.step));
    this.blank = snapshot.blank === true;
    this.horizon = undefined;
    this.position(s, [...snapshot.lines], snapshot.lines.length, snapshot.stage, s !== this.step || this.lw === undefined);
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
    if (this.playing) this.stopPlaying();
    else {
      this.playing = true;
      this.changed();
      void this.play(++this.playGeneration);
    }
  }

  setSpeed(x: number): void {
    this.speed = x > 0 && Number.isFinite(x) ? x : 1;
    this.changed();
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
    const c = Math.max(0, Math.min(log.length, Math.floor(cursor)));
    // Right after an earlier step's last line is that step's end, not this step's start.
    const earlier = c < this.base || (c === this.base && c > 0 && log[c - 1].step !== this.step && log[c - 1].step !== null);
    const later = c > this.base + this.lines.length;
    if (!earlier && !later) return this.within(c - this.base);
    this.horizon ??= log;
    const target = c === 0 ? 0 : (log[c - 1].step ?? 0);
    const first = log.findIndex((e) => e.step === target);
    const base = first < 0 ? c : first + (this.scenario.steps[target].actions?.length ?? 0);
    const lines = log.filter((e, i) => i >= base && e.step === target).map((e) => e.line);
    const applied = Math.max(0, Math.min(lines.length, c - base));
    this.position(target, lines, applied, 'before', true);
  }

  /** The current step with its first `applied` lines applied. */
  private within(applied: number): void {
    this.position(this.step, this.lines, applied, applied > 0 && this.commandsRan(this.lines.slice(0, applied)) ? 'after' : 'before', false);
  }

  /** JSON enough to rebuild this position. */
  snapshot(): LessonSnapshot {
    const snap: LessonSnapshot = { lesson: this.scenario.id, step: this.step, stage: this.stage, lines: this.lines.slice(0, this.cursor - this.base) };
    if (this.blank) snap.blank = true;
    return snap;
  }

  /** Replays a position and hands it to the session. */
  private position(step: number, lines: string[], applied: number, stage: LessonStage, entered: boolean): void {
    const old = this.log;
    this.waiting?.done();
    this.waiting = undefined;
    const replay = replayPosition(this.scenario, step, lines.slice(0, applied), this.options.locale?.() ?? 'en', this.session.terminalCols ?? 80);
    const sameStep = step === this.step && !entered;
    this.step = step;
    this.lines = lines;
    this.base = replay.base;
    this.applied = replay.lw.log;
    // Entries not applied keep what they printed last time, if this position had them before.
    this.tail = lines.slice(applied).map((line, i) => {
      const before = sameStep ? old[replay.base + applied + i] : undefined;
      return before && before.line === line ? before : { line, step, exitCode: 0, output: '', stderr: '', exchanges: [], at: 0 };
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
    const daemon = record.line === '';
    const line = daemon ? `#daemon ${record.daemonRunning ? 'stop' : 'start'}` : record.line;
    const entry: CommandLogEntry = {
      line,
      step: this.step,
      exitCode: record.exitCode,
      output: (record.output ?? []).join('\n'),
      stderr: record.stderr ?? '',
      exchanges: record.exchanges.map((x): ReplayExchange => {
        const e: ReplayExchange = { method: x.method, path: x.path, status: x.status };
        const image = (x.requestBody as { Image?: unknown } | undefined)?.Image;
        if (x.method === 'POST' && x.path === '/containers/create' && typeof image === 'string') e.image = image;
        return e;
      }),
      at: this.session.world.state.clock.nowMs,
    };
    if (daemon) entry.action = { daemon: record.daemonRunning ? 'stop' : 'start' };
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
    const lw: LessonWorld = { world: this.session.world, shell: this.lw.shell, log: this.applied };
    const { met, results } = checkStepGoals(step, lw, this.step);
    const ran = (step.goals?.length ?? 0) > 0 || this.stage === 'after' || this.commandsRan(this.lines.slice(0, this.cursor - this.base));
    this.results = results;
    this.goal = { met: met && ran, details: results.map((r) => r.detail) };
  }

  private stopPlaying(): void {
    this.playGeneration++;
    if (!this.playing) return;
    this.playing = false;
    this.changed();
  }

  private pause(ms: number, generation: number): Promise<boolean> {
    return new Promise((resolve) => setTimeout(() => resolve(generation === this.playGeneration), ms / this.speed));
  }

  /** Autoplay: run the step, pause, reveal if it predicts, pause, next; stops after the last step. */
  private async play(generation: number): Promise<void> {
    const pauseMs = this.options.autoplayPauseMs ?? 3500;
    while (generation === this.playGeneration) {
      if (this.stage === 'before' || this.stage === 'predict') {
        const wasPredict = this.stage === 'predict' || !!this.current.predict;
        if (this.stage === 'before') await this.runStep();
        if (generation !== this.playGeneration) return;
        if (wasPredict && this.stage === 'predict') {
          if (!(await this.pause(pauseMs, generation))) return;
          await this.reveal();
        }
      } else {
        if (!(await this.pause(pauseMs, generation))) return;
        if (this.last) return this.stopPlaying();
        this.next();
      }
    }
  }

  private changed(): void {
    this.session.setLesson(this.snapshot());
    this.dispatchEvent(new Event('change'));
  }
}
