// What one line of the shell collects while it runs, and the builtins only bash itself can run.
import type { ForegroundJob } from '../docker/foreground-job';
import type { OutputChunk } from './command-record';

/** How a line runs once its options are settled. */
export type LineOptions = { tty: boolean; cols: number };

/** What one line collects while it runs. */
export interface LineState {
  chunks: OutputChunk[];
  clear: boolean;
  incomplete: boolean;
  foreground?: ForegroundJob;
  /** SIGINT killed a command: bash abandons the rest of the line. */
  interrupted: boolean;
}

/** Builtins bash runs itself: `env` cannot run them, as it finds no such program. */
export const SHELL_ONLY: Readonly<Record<string, true>> = {
  export: true,
  unset: true,
  history: true,
  help: true,
  cd: true,
};
