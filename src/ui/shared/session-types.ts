/** The plain-data records the page keeps about a session, shared by the session, views and storage. */

import type { DomainEvent } from '../../model/kernel/events';

/** One command in the terminal and what it printed (the final screen lines). */
export interface TranscriptBlock {
  id: number;
  line: string;
  output: string[];
  /** Undefined while the command still runs. */
  exitCode?: number;
  /** The command was cut short by Ctrl+C. */
  interrupted?: boolean;
  /** The line continues an unfinished one (shown after bash's `> ` prompt). */
  continued?: boolean;
  /** The line is unfinished: bash waits for more after a `> ` prompt. */
  pending?: boolean;
}

/** One Engine API request and its response, as the API log shows it. */
export interface ApiExchange {
  id: number;
  /** The command line that caused it ('' for the page's own actions, such as the daemon switch). */
  command: string;
  commandId: number;
  method: string;
  path: string;
  query: string;
  requestBody?: unknown;
  status: number;
  responseBody?: unknown;
}

/** Everything one command caused, for the animations and the explanation. */
export interface CommandRecord {
  id: number;
  line: string;
  exitCode: number;
  /** Whether the daemon was running when the command began. */
  daemonRunning: boolean;
  events: DomainEvent[];
  exchanges: ApiExchange[];
  /** Chain IDs of the layers the host had before the command (to tell reused layers from new ones). */
  layersBefore: ReadonlySet<string>;
  /** What the command left on the terminal (its final screen lines), once it finished. */
  output?: string[];
  /** What it wrote to stderr (a lesson's `failed` goal reads it). */
  stderr?: string;
}
