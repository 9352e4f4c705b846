/** What the page needs from the simulated docker client and shell (implemented in app/shell-adapter.ts). */

import type { CommandRecord, ShellState } from '../../model/client';
import type { CommandNode } from '../terminal/completion';

/** The simulated shell, as the page drives it. */
export interface ShellPort {
  /** Runs one line on a terminal `cols` wide; the record's id comes from the session's counter. */
  run(line: string, cols: number): CommandRecord;
  /**
   * Ctrl+C on `record`, whose job keeps the terminal (`record.attached`): a container gets SIGINT
   * (or, through a raw TTY, the key), `logs -f` dies, a prompt is cancelled. Returns the same record
   * with what followed appended to its chunks, exchanges and events; still `attached` when the job
   * goes on.
   */
  interrupt(record: CommandRecord): CommandRecord;
  /**
   * Text typed while `record`'s job reads input (a raw TTY gets the line with "\r", a cooked one
   * with "\n"). Returns the same record with what followed appended, as `interrupt` does.
   */
  input(record: CommandRecord, text: string): CommandRecord;
  /** Lets virtual time pass up to `toMs` while `record`'s job follows it (`logs -f`); as `input`. */
  follow(record: CommandRecord, toMs: number): CommandRecord;
  /**
   * Ctrl+C while `record`'s output is still being played, at virtual time `at` (the last chunk
   * shown): cancels the pull in flight then. Returns the record of the line run again up to `at`
   * (same id), or undefined when no pull was in flight.
   */
  cancelPull(record: CommandRecord, at: number): CommandRecord | undefined;
  /**
   * The host of the world the shell's docker client talks to now (its current context or
   * DOCKER_HOST); undefined before the client has loaded, or for a shell that knows one host only.
   */
  activeHost?(): string | undefined;
  /**
   * The lines that make the terminal's docker talk to `host` (what the host switcher types):
   * `docker context use NAME`, after `docker context create` when the client has no such context yet.
   */
  switchLines?(host: string): string[];
  /** The shell's directory, variables and `$?` (to hand to the next shell on this world). */
  state?(): ShellState | undefined;
  /** Words for Tab completion: the command tree and the names of things. */
  readonly completionTree: CommandNode;
}
