/**
 * The session as the page holds it: the statechart of `session-machine.ts` running in an actor,
 * with the few things views read (the world, the records, what plays now) and the events they
 * hear (`change`, `output`, `command-start` and `command`, detail: the CommandRecord). Views read
 * it through narrow ports (`common/view-port.ts`); only the machine changes it.
 */

import { createActor, type Actor } from 'xstate';
import { defaultHost, type World, type HostState } from '../../model';
import type { CommandRecord } from '../../model/client';
import type { PageReplay } from '../lesson/lesson-replay-page';
import type { LessonSnapshot } from '../lesson/lesson-snapshot';
import { getSpeed } from '../common/motion';
import { isTerminalLine } from '../common/record-screen';
import type { RestoredSession } from './persistence';
import type { ShellPort } from './shell-port';
import { browserClock, type SessionClock, type SessionDeps } from './session-deps';
import { sessionMachine } from './session-machine';
import type { Playback, SessionContext, SessionEmitted } from './session-context';

export type { SessionDeps } from './session-deps';

/** The page's session. */
export class Session extends EventTarget {
  private readonly actor: Actor<typeof sessionMachine>;

  constructor(storage: Storage | undefined, deps: SessionDeps, restored?: RestoredSession, clock?: SessionClock) {
    super();
    const env = { deps, clock: clock ?? browserClock, speed: getSpeed, storage };
    this.actor = createActor(sessionMachine, {
      input: { env, world: restored?.world ?? this.freshWorld(deps), restored },
      clock: env.clock,
    });
    const forward = (e: SessionEmitted) =>
      this.dispatchEvent(
        e.type === 'command' || e.type === 'command-start'
          ? new CustomEvent(e.type, { detail: e.record })
          : new Event(e.type),
      );
    for (const type of ['change', 'output', 'command-start', 'command'] as const) this.actor.on(type, forward);
    this.actor.start();
  }

  /** A new world; when its registries arrive later, the session hears of it if it is still its own. */
  private freshWorld(deps: SessionDeps): World {
    return deps.freshWorld((world) => this.actor.send({ type: 'REGISTRIES', world }));
  }

  private get context(): SessionContext {
    return this.actor.getSnapshot().context;
  }

  /** The world the page shows. */
  get world(): World {
    return this.context.world;
  }

  /** The shell of that world. */
  get shell(): ShellPort {
    return this.context.shell;
  }

  /** The host the page shows: the one the terminal's docker client talks to now (the first by default). */
  host(): HostState {
    const name = this.shell.activeHost?.();
    return (name !== undefined ? this.world.state.hosts[name] : undefined) ?? defaultHost(this.world);
  }

  /** The names of the world's hosts, in the world's order (the host switcher lists them). */
  get hostNames(): string[] {
    return Object.keys(this.world.state.hosts);
  }

  /** Lines run before, oldest first. */
  get history(): string[] {
    return this.context.history;
  }

  /** Finished records, newest last (the API log reads their exchanges). */
  get records(): readonly CommandRecord[] {
    return this.context.records;
  }

  /** The finished lines the terminal shows, oldest first (the same array until they change, so lit skips them). */
  get transcript(): CommandRecord[] {
    const { records, shownFrom } = this.context;
    const memo = this.shown;
    if (memo?.records === records && memo.shownFrom === shownFrom) return memo.lines;
    const lines = records.filter((r) => r.id >= shownFrom && isTerminalLine(r));
    this.shown = { records, shownFrom, lines };
    return lines;
  }

  private shown: { records: readonly CommandRecord[]; shownFrom: number; lines: CommandRecord[] } | undefined;

  /** The record playing now (or waiting in the foreground), with how much of it is shown. */
  get running(): Playback | undefined {
    return this.context.playback;
  }

  /** The last finished command. */
  get lastRecord(): CommandRecord | undefined {
    return this.context.lastRecord;
  }

  /** The facts the explanation panel shows for the last command (saved with the session). */
  get lastFacts(): unknown[] {
    return this.context.lastFacts;
  }

  set lastFacts(facts: unknown[]) {
    this.actor.send({ type: 'SET_FACTS', facts });
  }

  /** The open lesson's position. */
  get lesson(): LessonSnapshot | undefined {
    return this.context.lesson;
  }

  /** Increases whenever the world or the records change. */
  get revision(): number {
    return this.context.revision;
  }

  /** Increases whenever the running command prints. */
  get outputSeq(): number {
    return this.context.outputSeq;
  }

  /** The start of a line bash is still reading (after an open quote or a trailing `|`). */
  get continuation(): string | undefined {
    return this.context.continuation;
  }

  /** Whether a command is running (or waiting in the foreground). */
  get busy(): boolean {
    return this.context.playback !== undefined;
  }

  /** The machine's state (`run` and `save` regions), for tests and the curious. */
  get state(): unknown {
    return this.actor.getSnapshot().value;
  }

  /** Measures the page's terminal, for lines run without a width (a lesson's Run button, replays). */
  measureCols: (() => number) | undefined;

  /** The terminal's width in columns: measured when the page gave a way, else as the last command ran. */
  get terminalCols(): number {
    return this.measureCols?.() ?? this.context.cols;
  }

  /** Runs lines one after another (a paste of several lines runs them in order). */
  submit(lines: string[], cols = this.terminalCols): void {
    this.actor.send({ type: 'SUBMIT', lines, cols });
  }

  /** Ctrl+C while a command runs (see the machine's `interruptPlayback`). */
  interrupt(): void {
    this.actor.send({ type: 'INTERRUPT' });
  }

  /** Ctrl+C on an empty or half-typed line: bash prints the line with ^C and a new prompt. */
  cancelLine(line: string): void {
    this.actor.send({ type: 'CANCEL_LINE', line });
  }

  /** Ctrl+L: clears the screen (the history stays). */
  clear(): void {
    this.actor.send({ type: 'CLEAR' });
  }

  /** Stops or starts the daemon, as `systemctl stop docker` would. */
  setDaemon(running: boolean): void {
    this.actor.send({ type: 'SET_DAEMON', running });
  }

  /** Throws the world away and starts a fresh one (history stays, as in a new shell). */
  reset(): void {
    this.actor.send({ type: 'RESET', world: this.freshWorld(this.context.env.deps) });
  }

  /**
   * Replaces the world, the terminal's lines and the API log with a replay (a lesson's position),
   * silently: whatever was running or queued is dropped without a word, no command event is sent
   * and no animation plays; views just redraw the new world.
   */
  replaceWorld(replay: PageReplay): void {
    this.actor.send({ type: 'REPLACE_WORLD', replay });
  }

  /** Keeps the open lesson's position (saved with the session); undefined closes it. */
  setLesson(snapshot: LessonSnapshot | undefined): void {
    this.actor.send({ type: 'SET_LESSON', snapshot });
  }

  /** Makes a new shell on the same world (the simulator's own messages follow the page's language). */
  relocalize(): void {
    this.actor.send({ type: 'RELOCALIZE' });
  }

  /** Writes the session to storage now. */
  saveNow(): void {
    this.actor.send({ type: 'SAVE_NOW' });
  }
}
