/** What the page needs from the simulated docker client and shell (implemented in app/shell-adapter.ts). */

import type { CommandRecord } from '../../model/client';
import type { CommandNode } from '../terminal/completion';

/** The simulated shell, as the page drives it. */
export interface ShellPort {
  /** Runs one line on a terminal `cols` wide; the record's id comes from the session's counter. */
  run(line: string, cols: number): CommandRecord;
  /**
   * Ctrl+C on `record`, whose container waits in the foreground: docker forwards SIGINT. Returns
   * the same record completed (what followed appended to its chunks, exchanges and events).
   */
  interrupt(record: CommandRecord): CommandRecord;
  /**
   * Ctrl+C while `record`'s output is still being played, at virtual time `at` (the last chunk
   * shown): cancels the pull in flight then. Returns the record of the line run again up to `at`
   * (same id), or undefined when no pull was in flight.
   */
  cancelPull(record: CommandRecord, at: number): CommandRecord | undefined;
  /** Words for Tab completion: the command tree and the names of things. */
  readonly completionTree: CommandNode;
}
