// What a docker command runs with: its parsed arguments, the Engine API client (its only way to
// the daemon, and its clock), and the terminal it writes to.
import type { ApiResponse, StreamBody } from '../../api/types';
import type { ApiClient } from '../client/api-client';
import type { FlagValues } from '../flags/pflag';
import type { Output } from './output';
import type { ForegroundJob } from './foreground-job';
import type { LocalMachine } from '../client/local-files';
import type { ClientOptions } from '../client/docker-endpoint';

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
  /** What a pipe feeds the command (`echo y | docker volume prune`); undefined for a terminal. */
  stdin?: string;
  /** The line typed at the command's prompt, when it runs again with it (common/prune.ts). */
  answer?: string;
  /** The client's machine: the files it reads (build context, compose.yaml, ~/.docker), env, cwd. */
  local: LocalMachine;
  /** The client's clock (virtual time, from the transport). */
  nowMs(): number;
  /** The context the client uses (`default` unless `--context`, DOCKER_CONTEXT or `context use` chose another). */
  currentContext?: string;
  /** The global options that chose the daemon (`-H`, `--context`, `--config`): the context commands read them. */
  options?: ClientOptions;
}

/** A container in the foreground of the client: its open attach stream and its pending wait. */
export interface Foreground {
  containerId: string;
  /** The container has a TTY: everything it writes goes to stdout. */
  tty: boolean;
  attach?: StreamBody;
  wait: ApiResponse;
  /** The attach carries the terminal's stdin (`run -i`, `start -ai`): what is typed goes to the container. */
  stdin?: boolean;
}

/** A command's result: its exit status, and a job left in the terminal's foreground, if any. */
export interface CommandResult {
  exitCode: number;
  /**
   * The command keeps the terminal after its line returned (`docker run` of a server or of `-it
   * bash`, `exec -it`, `logs -f`, `stats`, a prune prompt): the shell hands it what is typed, time and Ctrl+C.
   */
  foreground?: ForegroundJob;
  /** The client died of SIGINT (Ctrl+C at the request's deadline): bash abandons the rest of the line. */
  interrupted?: boolean;
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
