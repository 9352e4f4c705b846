/**
 * The session: one world, the terminal's history and transcript, and the API log. It runs typed
 * lines through the simulated shell one at a time, plays timed output (pull progress) in real
 * time, and tells views what changed. Views read it; only the session changes it.
 */

import { defaultHost, serializeWorld, type World } from '../../model/world/world-base';
import { deferredLoaded, loadDeferred } from './deferred';
import { awaitsRegistries, buildRegistries, createPageWorld } from './page-world';
import type { HostState } from '../../model/engine/state';
import { setDaemonRunning } from '../../model/engine/daemon';
import { createScreen, feed, screenLines, type Screen } from '../../model/cli/format/screen';
import { EventRecorder } from './event-recorder';
import { saveSession, type RestoredSession } from './persistence';
import type { ApiExchange, CommandRecord, TranscriptBlock } from './session-types';
import type { ShellOutcome, ShellPort } from './shell-port';
import { remember } from '../terminal/line-editing';
import { getSpeed } from './motion';
import type { PageReplay } from '../lesson/lesson-replay-page';
import type { LessonSnapshot } from '../lesson/lesson-snapshot';

/** The most finished commands the transcript keeps. */
export const TRANSCRIPT_LIMIT = 300;
/** A pull's progress is played in at most this long at 1x, however big the image. */
const MAX_PLAYBACK_MS = 6000;

/** Makes the shell for a world. */
export type ShellFactory = (world: World) => ShellPort;

/** The page's session. Events: `change` (state changed), `output` (the running command printed),
 * `command-start` and `command` (detail: the CommandRecord). */
export class Session extends EventTarget {
  world!: World;
  shell!: ShellPort;
  history: string[] = [];
  transcript: TranscriptBlock[] = [];
  apiLog: ApiExchange[] = [];
  running: TranscriptBlock | undefined;
  lastRecord: CommandRecord | undefined;
  /** The facts the explanation panel shows for the last command (saved with the session). */
  lastFacts: unknown[] = [];
  /** The open lesson's position, saved with the session (checked by the lesson code when read). */
  lesson: LessonSnapshot | undefined;
  /** Increases whenever the world or the transcript changes. */
  revision = 0;
  /** Increases whenever the running command prints. */
  outputSeq = 0;
  private nextId = 1;
  private recorder: EventRecorder;
  private queue: string[] = [];
  private screen: Screen | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private cols = 80;

  constructor(
    private readonly storage: Storage | undefined,
    private readonly makeShell: ShellFactory,
    restored?: RestoredSession,
  ) {
    super();
    this.recorder = new EventRecorder(this.apiLog, () => this.nextId++);
    if (restored) {
      this.history = restored.history;
      this.transcript = restored.transcript;
      this.apiLog.push(...restored.apiLog);
      this.nextId = restored.nextId;
      this.lastFacts = restored.lastFacts ?? [];
      this.lesson = restored.lesson as LessonSnapshot | undefined;
    }
    this.useWorld(restored?.world ?? this.freshWorld());
  }

  /** A new world; when its registries arrive later, views hear of it if it is still the session's. */
  private freshWorld(): World {
    return createPageWorld((world) => {
      if (world === this.world) this.changed();
    });
  }

  /** The host the page shows. */
  host(): HostState {
    return defaultHost(this.world);
  }

  /** Whether a command is running (or waiting in the foreground). */
  get busy(): boolean {
    return this.running !== undefined;
  }

  /** Measures the page's terminal, for lines run without a width (a lesson's Run button, replays). */
  measureCols: (() => number) | undefined;

  /** The terminal's width in columns: measured when the page gave a way, else as the last command ran. */
  get terminalCols(): number {
    return this.measureCols?.() ?? this.cols;
  }

  /** Runs lines one after another (a paste of several lines runs them in order). */
  submit(lines: string[], cols = this.terminalCols): void {
    this.cols = cols;
    this.queue.push(...lines);
    if (!this.running) this.next();
  }

  /** Ctrl+C on an empty or half-typed line: bash prints the line with ^C and a new prompt. */
  cancelLine(line: string): void {
    this.pushBlock({
      id: this.nextId++,
      line,
      output: [],
      exitCode: 130,
      interrupted: true,
      continued: this.continuation !== undefined,
    });
    this.continuation = undefined;
    this.changed();
  }

  /**
   * Ctrl+C while a command runs: a container in the foreground gets it (docker forwards SIGINT);
   * a pull still being played back is cancelled at the virtual time of the last chunk shown (the
   * shell runs the line again up to then); other output still being played is shown at once, since
   * the model has already done the work. Lines queued behind it are dropped, as a terminal drops
   * type-ahead on ^C.
   */
  interrupt(): void {
    if (!this.running) return;
    this.queue = [];
    clearTimeout(this.timer);
    if (this.pending.length && this.cancelPull()) return;
    for (const p of this.pending) p.due = 0;
    if (this.exitCode === undefined) {
      // The terminal echoes ^C where the cursor is; what the container prints as it stops follows.
      if (this.screen) {
        feed(this.screen, '^C');
        this.running.output = screenLines(this.screen);
      }
      this.absorb(this.shell.interrupt(), true);
    } else this.pump();
  }

  /** Cancels the pull in flight at the last chunk shown; false when there was none. */
  private cancelPull(): boolean {
    const mark = this.recorder.mark();
    const outcome = this.shell.cancelPull(this.shownAtMs);
    if (!outcome) return false;
    this.recorder.forget(mark);
    this.pending = [];
    // The terminal echoes ^C where the cursor is; the client exits without another word.
    if (this.screen && this.running) {
      feed(this.screen, '^C');
      this.running.output = screenLines(this.screen);
    }
    this.finish(outcome.exitCode ?? 130);
    return true;
  }

  /** Ctrl+L: clears the screen (the history stays). */
  clear(): void {
    this.transcript = [];
    this.changed();
  }

  /** Stops or starts the daemon, as `systemctl stop docker` would. */
  setDaemon(running: boolean): void {
    const record = this.recorder.begin(this.world, '');
    setDaemonRunning({ world: this.world, host: this.host() }, running);
    this.recorder.end(0);
    this.finishRecord(record);
  }

  /** Throws the world away and starts a fresh one (history stays, as in a new shell). */
  reset(): void {
    this.interrupt();
    this.continuation = undefined;
    this.transcript = [];
    this.apiLog.length = 0;
    this.lastRecord = undefined;
    this.lastFacts = [];
    this.useWorld(this.freshWorld());
    this.changed();
  }

  /**
   * Replaces the world, the terminal's transcript and the API log with a replay (a lesson's
   * position), silently: whatever was running or queued is dropped without a word, no command
   * event is sent and no animation plays; views just redraw the new world.
   */
  replaceWorld(replay: PageReplay): void {
    clearTimeout(this.timer);
    this.queue = [];
    this.pending = [];
    this.running = undefined;
    this.screen = undefined;
    this.continuation = undefined;
    this.recorder.end(0);
    const commandIds = new Map<number, number>();
    this.transcript = replay.blocks
      .map((b) => ({ id: this.nextId++, line: b.line, output: b.output, exitCode: b.exitCode }))
      .slice(-TRANSCRIPT_LIMIT);
    // The replay numbered its exchanges from 1: renumber them after this session's own.
    const exchanges = replay.apiLog.map((x) => {
      if (!commandIds.has(x.commandId)) commandIds.set(x.commandId, this.nextId++);
      return { ...x, id: this.nextId++, commandId: commandIds.get(x.commandId)! };
    });
    this.apiLog.splice(0, this.apiLog.length, ...exchanges);
    this.lastRecord = undefined;
    this.lastFacts = [];
    this.useWorld(replay.lw.world);
    this.changed();
  }

  /** Keeps the open lesson's position (saved with the session); undefined closes it. */
  setLesson(snapshot: LessonSnapshot | undefined): void {
    this.lesson = snapshot;
    this.scheduleSave();
  }

  /** Makes a new shell on the same world (the simulator's own messages follow the page's language). */
  relocalize(): void {
    if (!this.running) this.shell = this.makeShell(this.world);
  }

  /** Writes the session to storage now. */
  saveNow(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    buildRegistries(this.world);
    // A world without its registries is not worth keeping (nothing has run in it yet).
    if (awaitsRegistries(this.world)) return;
    saveSession(this.storage, serializeWorld(this.world), {
      history: this.history,
      transcript: this.transcript,
      apiLog: this.apiLog,
      nextId: this.nextId,
      lastFacts: this.lastFacts,
      lesson: this.lesson,
    });
  }

  private useWorld(world: World): void {
    this.world = world;
    this.recorder.attach(world);
    this.shell = this.makeShell(world);
  }

  private waitingForDeferred = false;
  private deferredFailed = false;

  /** The start of a line bash is still reading (after an open quote or a trailing `|`). */
  continuation: string | undefined;

  private next(): void {
    if (this.queue.length === 0) return;
    if (!deferredLoaded() && !this.deferredFailed) {
      // The first moments after the page is ready: the client's data is still on its way.
      if (!this.waitingForDeferred) {
        this.waitingForDeferred = true;
        void loadDeferred()
          .catch(() => {
            // Offline and never cached: run anyway, commands that need the missing data will say so.
            this.deferredFailed = true;
          })
          .then(() => {
            this.waitingForDeferred = false;
            if (!this.running) this.next();
          });
      }
      return;
    }
    buildRegistries(this.world);
    const typed = this.queue.shift();
    if (typed === undefined) return;
    const line = this.continuation === undefined ? typed : `${this.continuation}\n${typed}`;
    this.continuation = undefined;
    this.history = remember(this.history, line);
    this.running = { id: this.nextId++, line: typed, output: [], continued: line !== typed };
    this.screen = createScreen(this.cols);
    this.shownAtMs = 0;
    this.stderr = '';
    this.recorder.begin(this.world, line);
    let outcome: ShellOutcome;
    try {
      outcome = this.shell.run(line, this.cols);
    } catch (error) {
      // A bug in the simulator must not freeze the terminal: show it and carry on.
      outcome = { chunks: [{ stream: 'stderr', text: `pelabuhan: internal error: ${String(error)}\n` }], exitCode: 1 };
    }
    const record = this.recorder.active;
    if (record) this.dispatchEvent(new CustomEvent('command-start', { detail: record }));
    if (outcome.incomplete) {
      // bash keeps reading: the next line continues this one, after a `> ` prompt.
      this.continuation = line;
      outcome = { chunks: [], exitCode: 0 };
    }
    this.clearScreen = outcome.clear === true;
    this.absorb(outcome, false);
  }

  private clearScreen = false;

  /** What the running command wrote to stderr so far. */
  private stderr = '';
  private pending: Array<{ text: string; due: number; atMs: number }> = [];
  /** The virtual time (after the command began) of the last chunk shown. */
  private shownAtMs = 0;
  private exitCode: number | undefined;

  /** Takes a shell outcome: prints what is due now, schedules the rest, or finishes. */
  private absorb(outcome: ShellOutcome, immediate: boolean): void {
    const timed = outcome.chunks.filter((c) => c.atMs !== undefined && c.atMs > 0);
    const last = Math.max(0, ...timed.map((c) => c.atMs ?? 0));
    const speed = getSpeed();
    const factor = immediate || speed === 0 ? 0 : Math.min(1, MAX_PLAYBACK_MS / Math.max(last, 1)) / speed;
    const now = performance.now();
    for (const c of outcome.chunks) if (c.stream === 'stderr') this.stderr += c.text;
    for (const c of outcome.chunks)
      this.pending.push({ text: c.text, due: now + (c.atMs ?? 0) * factor, atMs: c.atMs ?? 0 });
    this.exitCode = outcome.exitCode;
    this.pump();
  }

  private pump(): void {
    const block = this.running;
    const screen = this.screen;
    if (!block || !screen) return;
    const now = performance.now();
    let wrote = false;
    while (this.pending.length && this.pending[0].due <= now) {
      const chunk = this.pending.shift()!;
      this.shownAtMs = chunk.atMs;
      feed(screen, chunk.text);
      wrote = true;
    }
    if (wrote) {
      block.output = screenLines(screen);
      this.outputSeq++;
      this.dispatchEvent(new Event('output'));
    }
    if (this.pending.length) {
      this.timer = setTimeout(
        () => requestAnimationFrame(() => this.pump()),
        Math.max(0, this.pending[0].due - now - 8),
      );
    } else if (this.exitCode === undefined) {
      // A container runs in the foreground until Ctrl+C: the views show it running meanwhile.
      this.changed();
    } else this.finish(this.exitCode);
  }

  private finish(exitCode: number): void {
    const block = this.running!;
    block.exitCode = exitCode;
    if (this.continuation !== undefined) block.pending = true;
    this.running = undefined;
    this.screen = undefined;
    // `clear` leaves an empty screen, its own line included.
    if (this.clearScreen) this.transcript = [];
    else this.pushBlock(block);
    const record = this.recorder.end(exitCode);
    if (record) {
      record.output = block.output;
      record.stderr = this.stderr;
      this.finishRecord(record);
    } else this.changed();
    if (this.queue.length) this.next();
  }

  private finishRecord(record: CommandRecord): void {
    this.lastRecord = record;
    this.changed();
    this.dispatchEvent(new CustomEvent('command', { detail: record }));
  }

  private pushBlock(block: TranscriptBlock): void {
    this.transcript = [...this.transcript, block].slice(-TRANSCRIPT_LIMIT);
  }

  private changed(): void {
    this.revision++;
    this.dispatchEvent(new Event('change'));
    this.scheduleSave();
  }

  private scheduleSave(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => this.saveNow(), 400);
  }
}
