/**
 * What the page session's statechart (`session-machine.ts`) holds and hears: its context, events
 * and input, and the pure helpers its actions build records and playbacks with.
 */

import { defaultHost, type World } from '../../model';
import type { CommandRecord, OutputChunk } from '../../model/client';
import { planPlayback, type PlaybackPlan } from '../common/playback-plan';
import type { PageReplay } from '../lesson/lesson-replay-page';
import type { LessonSnapshot } from '../lesson/lesson-snapshot';
import type { ShellPort } from './shell-port';
import type { SessionEnv } from './session-deps';
import type { RestoredSession } from './persistence';

/** A record being shown. */
export interface Playback {
  record: CommandRecord;
  plan: PlaybackPlan;
  /** How many of its chunks are on screen. */
  shown: number;
  /** The clock's time when it began to play. */
  startedAt: number;
}

/** What the session holds. */
export interface SessionContext {
  env: SessionEnv;
  world: World;
  shell: ShellPort;
  /** Finished records, newest last (`record-log.ts` keeps what the terminal and API log need). */
  records: CommandRecord[];
  /** The terminal shows records from this id on (Ctrl+L and `clear` move it). */
  shownFrom: number;
  history: string[];
  /** Lines typed or pasted, waiting for the one running. */
  queue: string[];
  /** The start of a line bash is still reading (after an open quote or a trailing `|`). */
  continuation: string | undefined;
  cols: number;
  /** The one counter records and exchanges are numbered from (saved with the session). */
  ids: { next: number };
  playback: Playback | undefined;
  lastRecord: CommandRecord | undefined;
  /** The facts the explanation panel shows for the last command (saved with the session). */
  lastFacts: unknown[];
  /** The open lesson's position, saved with the session (checked by the lesson code when read). */
  lesson: LessonSnapshot | undefined;
  deferredFailed: boolean;
  /** Increases whenever the world or the records change. */
  revision: number;
  /** Increases whenever the running command prints. */
  outputSeq: number;
}

/** What the session hears. */
export type SessionEvent =
  | { type: 'SUBMIT'; lines: string[]; cols: number }
  | { type: 'INTERRUPT' }
  | { type: 'CANCEL_LINE'; line: string }
  | { type: 'CLEAR' }
  | { type: 'SET_DAEMON'; running: boolean }
  | { type: 'RESET'; world: World }
  | { type: 'REPLACE_WORLD'; replay: PageReplay }
  | { type: 'SET_LESSON'; snapshot: LessonSnapshot | undefined }
  | { type: 'SET_FACTS'; facts: unknown[] }
  | { type: 'RELOCALIZE' }
  | { type: 'REGISTRIES'; world: World }
  | { type: 'SAVE_LATER' }
  | { type: 'SAVE_NOW' };

/** What the session tells its listeners. */
export type SessionEmitted =
  | { type: 'change' }
  | { type: 'output' }
  | { type: 'command-start'; record: CommandRecord }
  | { type: 'command'; record: CommandRecord };

/** What the machine starts from. */
export interface SessionInput {
  env: SessionEnv;
  /** A fresh world; `REGISTRIES` is sent when its registries arrive later. */
  world: World;
  restored?: RestoredSession;
}

/** Hands out the session's ids, one counter for records and exchanges. */
export const counter = (ids: { next: number }) => () => ids.next++;

/** The terminal's echo of Ctrl+C where the cursor is (a tty writes it; the screen keeps it). */
export function echo(ctx: SessionContext): OutputChunk {
  return { stream: 'stdout', text: '^C', at: ctx.world.state.clock.nowMs };
}

/** A record the session makes itself (a line that did not reach the shell, or a page action). */
export function ownRecord(ctx: SessionContext, line: string, parts: Partial<CommandRecord>): CommandRecord {
  return {
    id: ctx.ids.next++,
    line,
    at: ctx.world.state.clock.nowMs,
    cols: ctx.cols,
    tty: true,
    chunks: [],
    exitCode: 0,
    exchanges: [],
    events: [],
    daemonRunning: defaultHost(ctx.world).daemon.status === 'running',
    ...parts,
  };
}

/** Playback of `record` from its start; `immediate` shows it all at once. */
export function play(ctx: SessionContext, record: CommandRecord, immediate: boolean, shown = 0): Playback {
  const env = ctx.env;
  return { record, plan: planPlayback(record, env.speed(), immediate), shown, startedAt: env.clock.now() };
}
