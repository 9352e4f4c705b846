/** What the page's session is given by whoever makes it (the page, teacher mode, a test). */

import type { World } from '../../model';
import type { ShellState } from '../../model/client';
import type { Speed } from '../common/prefs';
import type { ShellPort } from './shell-port';

/**
 * Makes the shell for a world; its records and exchanges are numbered with `nextId`. Given `state`,
 * it goes on from another shell's directory, variables and `$?` (a lesson replay's, or the shell's
 * own before a change of language).
 */
export type ShellFactory = (world: World, nextId: () => number, state?: ShellState) => ShellPort;

/**
 * The session's loaders and world source, passed in, so the session knows nothing of how the
 * client's code and data arrive.
 */
export interface SessionDeps {
  makeShell: ShellFactory;
  /** A fresh world; `onRegistries` runs if its registries arrive after it was made. */
  freshWorld(onRegistries: (world: World) => void): World;
  /** Builds a fresh world's registries if the catalog is here now. */
  buildRegistries(world: World): void;
  /** Whether `world` is a fresh world still without its registries. */
  awaitsRegistries(world: World): boolean;
  /** Whether the client's deferred code and data are here (for `line`, the next to run: some need more). */
  deferredLoaded(line?: string): boolean;
  /** Fetches them (once), with what `line` needs. */
  loadDeferred(line?: string): Promise<unknown>;
}

/**
 * The session's clock: xstate's (`setTimeout`/`clearTimeout`, for the machine's delays) plus `now`
 * (real milliseconds, for playback). xstate's `SimulatedClock` is one, for tests.
 */
export interface SessionClock {
  setTimeout(fn: (...args: unknown[]) => void, timeout: number): unknown;
  clearTimeout(id: unknown): void;
  now(): number;
}

/** Everything the session machine is given. */
export interface SessionEnv {
  deps: SessionDeps;
  clock: SessionClock;
  /** The animation speed now (`common/motion.ts`). */
  speed(): Speed;
  /** Where the session is saved (undefined: never saved, as in teacher mode). */
  storage: Storage | undefined;
}

/** The browser's clock. */
export const browserClock: SessionClock = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
  now: () => performance.now(),
};
