/**
 * A challenge open over the page's session (issue 14): its start is replayed into the session, each
 * finished command joins the challenge's log and the world is checked again (goals, fail checks),
 * the learner asks for the hint of the current state and answers the questions, and the challenge
 * finishes once every goal holds and every question is answered right. Restart replays the start;
 * the timer (real time) and the hints used go on. Emits `change`, and `finish` (detail:
 * ChallengeFinish) once.
 */

import type { Challenge, Localized, Scenario, Locale } from '../../model';
import { startLesson, type CommandRecord, type GoalResult, type LessonWorld } from '../../model/client';
import {
  brokenSetup,
  challengeScore,
  challengeTasks,
  checkAnswer,
  checkChallengeGoals,
  currentHint,
  CHALLENGE_STEP,
} from '../../model/exercises';
import type { LessonSessionPort } from '../lesson/lesson-controller';
import { logEntryOf } from '../lesson/lesson-log';

/** What a finished challenge scored. */
export interface ChallengeFinish {
  score: number;
  maxScore: number;
  seconds: number;
  hintsUsed: number;
  late: boolean;
}

/** A question's last answer and its outcome. */
export interface AnswerState {
  typed: string;
  correct: boolean;
}

/** Options: the shell's language for replays, and the real clock (ms). */
export interface ChallengeOptions {
  locale?: () => Locale;
  now?: () => number;
}

/** One challenge over the page's session. */
export class ChallengeController extends EventTarget {
  readonly challenge: Challenge;
  goals: GoalResult[] = [];
  goalsMet = false;
  /** Fail checks that hold: the setup is broken. */
  broken: Localized[] = [];
  /** The hint shown (the state's, when the learner last asked), if any. */
  hint: Localized | undefined;
  /** Whether the learner asked for a hint and the state has none. */
  noHint = false;
  readonly answers = new Map<string, AnswerState>();
  result: ChallengeFinish | undefined;
  readonly startedAt: number;
  private readonly hintsSeen = new Set<number>();
  private lw: LessonWorld | undefined;
  private log: CommandRecord[] = [];
  private replaying = false;
  private readonly onCommand = (e: Event) => this.record((e as CustomEvent<CommandRecord>).detail);

  constructor(
    readonly scenario: Scenario,
    private readonly session: LessonSessionPort,
    private readonly options: ChallengeOptions = {},
  ) {
    super();
    this.challenge = scenario.challenge!;
    this.startedAt = this.now();
    session.addEventListener('command', this.onCommand);
    this.restart();
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  /** How many hints the learner has seen (distinct hints). */
  get hintsUsed(): number {
    return this.hintsSeen.size;
  }

  /** Seconds since the challenge opened (the finish time once finished). */
  get seconds(): number {
    return this.result?.seconds ?? Math.floor((this.now() - this.startedAt) / 1000);
  }

  /** Seconds left on the timer (negative once it ran out); undefined for an untimed challenge. */
  get secondsLeft(): number | undefined {
    return this.challenge.timer === undefined ? undefined : this.challenge.timer - this.seconds;
  }

  /** Tasks done: the goals (as one, when met) and each question answered right. */
  get tasksDone(): number {
    const questions = [...this.answers.values()].filter((a) => a.correct).length;
    return (this.challenge.goals.length > 0 && this.goalsMet ? 1 : 0) + questions;
  }

  /** How many tasks there are. */
  get tasks(): number {
    return challengeTasks(this.challenge);
  }

  /** Back to the start: the start is replayed into the session; answers are cleared, the clock goes on. */
  restart(): void {
    const lw = startLesson(this.scenario, this.options.locale?.() ?? 'en');
    lw.terminal = { cols: this.session.terminalCols ?? 80 };
    this.lw = lw;
    this.log = [...lw.log];
    this.answers.clear();
    this.hint = undefined;
    this.noHint = false;
    this.replaying = true;
    try {
      this.session.replaceWorld({ lw, records: [], base: lw.log.length, shell: lw.shell.state() });
    } finally {
      this.replaying = false;
    }
    this.session.setLesson(undefined);
    this.check();
  }

  /** Shows the hint for the current state (a hint not seen before counts as used). */
  showHint(): void {
    const found = currentHint(this.challenge, this.world());
    this.hint = found?.text;
    this.noHint = !found;
    if (found && !this.result) this.hintsSeen.add(found.index);
    this.changed();
  }

  /** Checks an answer against the world now; a right answer stays right. */
  answer(id: string, typed: string): boolean {
    const question = this.challenge.questions?.find((q) => q.id === id);
    if (!question || this.broken.length) return false;
    const { correct } = checkAnswer(question, typed, this.world());
    if (!this.answers.get(id)?.correct) this.answers.set(id, { typed, correct });
    this.check();
    return correct;
  }

  /** Stops listening to the session (the challenge was closed). */
  dispose(): void {
    this.session.removeEventListener('command', this.onCommand);
  }

  /** The world and log the checks read: the session's world, this challenge's log. */
  private world(): LessonWorld {
    return { ...this.lw!, world: this.session.world, log: this.log };
  }

  private record(record: CommandRecord): void {
    if (this.replaying || !this.lw) return;
    this.log.push(logEntryOf(record, CHALLENGE_STEP, this.session.world.state.clock.nowMs));
    // A new state: the hint shown was for the old one.
    this.hint = undefined;
    this.noHint = false;
    this.check();
  }

  private check(): void {
    const lw = this.world();
    const goals = checkChallengeGoals(this.challenge, lw);
    this.goals = goals.results;
    this.goalsMet = goals.met;
    this.broken = brokenSetup(this.challenge, lw).map((b) => b.message);
    if (!this.result && !this.broken.length && this.tasksDone === this.tasks) this.finish();
    this.changed();
  }

  private finish(): void {
    const seconds = Math.floor((this.now() - this.startedAt) / 1000);
    const late = this.challenge.timer !== undefined && seconds > this.challenge.timer;
    const attempt = { tasksDone: this.tasksDone, hintsUsed: this.hintsUsed, late };
    this.result = { ...challengeScore(this.challenge, attempt), seconds, hintsUsed: this.hintsUsed, late };
    this.dispatchEvent(new CustomEvent<ChallengeFinish>('finish', { detail: this.result }));
  }

  private changed(): void {
    this.dispatchEvent(new Event('change'));
  }
}
