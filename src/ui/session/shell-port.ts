/** What the page needs from the simulated docker client and shell (implemented in shell-adapter.ts). */

/** One piece of output, with when it appears. */
export interface ShellChunk {
  stream: 'stdout' | 'stderr';
  text: string;
  /** Milliseconds of virtual time after the command began (pull progress); absent means at once. */
  atMs?: number;
}

/** What running a line produced. */
export interface ShellOutcome {
  chunks: ShellChunk[];
  /** The exit code, or undefined while the command still waits (a container in the foreground). */
  exitCode: number | undefined;
  /** `clear` ran: the terminal clears its screen. */
  clear?: boolean;
  /** The line is not finished (an open quote, a trailing `|`): bash prompts `> ` for more. */
  incomplete?: boolean;
}

/** The simulated shell, as the page drives it. */
export interface ShellPort {
  /** Runs one line on a terminal `cols` wide. */
  run(line: string, cols: number): ShellOutcome;
  /** Ctrl+C: interrupts the container waiting in the foreground. */
  interrupt(): ShellOutcome;
  /**
   * Ctrl+C while the last line's output is still being played, `atMs` after it began (the time of
   * the last chunk shown): cancels the pull in flight then. Undefined when no pull was in flight.
   */
  cancelPull(atMs: number): ShellOutcome | undefined;
  /** Words for Tab completion: the command tree and the names of things. */
  readonly completionTree: import('../terminal/completion').CommandNode;
}
