// What the shell offers its users (the page, sim, lesson replay): run a line, then drive the job a
// line may leave in the terminal's foreground. createShell (shell.ts) implements it.
import type { World } from '../../world/world-base';
import type { Locale } from './messages';
import type { CommandRecord } from './command-record';

/** How a line is run: as in a terminal of `cols` columns, or with output going to a file or pipe. */
export interface RunOptions {
  tty?: boolean;
  cols?: number;
  /** Keep what is needed to cancel the line's pull afterwards (`cancelPull`); the page sets it. */
  interruptible?: boolean;
}

/** A shell bound to a world, through the in-process transport. */
export interface Shell {
  /** The world the transport serves (views and goals read it; the docker commands never do). */
  readonly world: World;
  /** The lines run so far, as `history` lists them. */
  readonly history: readonly string[];
  /** Runs one typed line and returns its record. Never throws. */
  run(line: string, options?: RunOptions): CommandRecord;
  /**
   * Text typed while the last line's job keeps the terminal (`docker run -it ubuntu bash`, a prune
   * prompt): the job reads it (a raw TTY gets keys, Enter as "\r"; a cooked one a line with "\n").
   * The answer is a new record for the same line whose chunks are what followed; its exit code once
   * the job ended, else `attached` again. Undefined when no job is in the foreground.
   */
  input(text: string, options?: RunOptions): CommandRecord | undefined;
  /**
   * Lets virtual time pass up to `toMs` (the world's timers run) while a job keeps the terminal,
   * then copies what it printed meanwhile (`logs -f`): a record as `input` gives.
   */
  follow(toMs: number, options?: RunOptions): CommandRecord | undefined;
  /**
   * Ctrl+C for the job in the foreground (or, given a container ID nobody follows, for that
   * container): what the client does on SIGINT. A record as `input` gives, `interrupted`; its exit
   * code the job's, or undefined while the job goes on (a raw TTY sends Ctrl+C to the container).
   */
  interrupt(target?: string | RunOptions, options?: RunOptions): CommandRecord;
  /** What keeps the terminal now, as the record's `attached` says it; undefined when the prompt is back. */
  foreground(): CommandRecord['attached'];
  /**
   * Ctrl+C at virtual time `atMs` while the last line's output is still being played back (the
   * model has already run it): if a pull of that line was in flight then, the line is run again
   * from where it began with a request deadline at `atMs`, where the pull stops (see
   * engine/images/pull.ts) and the client dies of SIGINT. The answer replaces the line's record
   * (same id): what it printed by then, exit code 130, `interrupted`. Undefined when no pull was
   * in flight at `atMs` (or the line was not run `interruptible`).
   */
  cancelPull(atMs: number): CommandRecord | undefined;
  /**
   * The world's host the terminal's `docker` talks to now: the one its current context (`docker
   * context use`, DOCKER_CONTEXT) or exported DOCKER_HOST leads to (the shell's own host by
   * default); undefined when that endpoint reaches no simulated host (`DOCKER_HOST=tcp://nowhere`).
   */
  activeHost(): string | undefined;
  /** What the shell carries from line to line besides the world, as plain JSON (see ShellState). */
  state(): ShellState;
}

/**
 * A shell's own state, which lives outside the world: its directory, its variables (exported or
 * not) and `$?`. A new shell given it goes on where the old one stood (the page's shell after a
 * lesson replay, or after a change of language).
 */
export interface ShellState {
  cwd: string;
  /** Every variable's value, in the order they were set. */
  values: Record<string, string>;
  /** The exported names, in the order they were exported (as `env` lists them). */
  exported: string[];
  status: number;
}

/** Options of a new shell. */
export interface ShellOptions {
  world: World;
  locale?: Locale;
  /** Which host of the world the docker client talks to (the first by default). */
  host?: string;
  /** Numbers records and exchanges (the page's session counter); 1, 2, 3… by default. */
  nextId?: () => number;
  /** Where to start: another shell's state (its directory, variables and `$?`); a login shell's by default. */
  state?: ShellState;
}
