// What a docker command runs with: its parsed arguments, the Engine API client, the terminal it
// writes to, and the world (for the virtual clock a foreground container runs on).
import type { World } from '../../world/world';
import type { ApiClient } from '../client/api-client';
import type { FlagValues } from '../flags/pflag';
import type { Output } from './output';

/** Which streams are terminals, and how wide the terminal is. */
export interface Terminal {
  stdinTty: boolean;
  stdoutTty: boolean;
  stderrTty: boolean;
  cols: number;
}

/** Everything a command handler needs. */
export interface CommandContext {
  /** The command's path without "docker" ("container ls", "ps"). */
  path: string;
  args: string[];
  flags: FlagValues;
  client: ApiClient;
  out: Output;
  term: Terminal;
  world: World;
  /** What a pipe feeds the command (`echo y | docker volume prune`); undefined for a terminal. */
  stdin?: string;
  /** The client's clock: the world's virtual time. */
  nowMs(): number;
}

/** A command's result: its exit status, and a container left running in the foreground, if any. */
export interface CommandResult {
  exitCode: number;
  /** `docker run` without -d of a container that keeps running (a server): the page offers Ctrl+C. */
  attached?: { containerId: string };
}

/** A docker command. */
export type Handler = (ctx: CommandContext) => number | CommandResult;

/** An error the CLI prints on stderr (as `fmt.Fprintln(os.Stderr, err)`) with its exit status. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly code = 1,
  ) {
    super(message);
  }
}
