/**
 * One command, as everything that shows it reads it: what the line printed and when (virtual time),
 * how it ended, the Engine API exchanges it made and the domain events it caused. The page's
 * terminal, API log, views and explanation, the lesson replay and `npm run sim` all read this one
 * record; nothing else describes a command.
 */

import type { DomainEvent } from '../../kernel/events';

/** A piece of output on one stream at a virtual time (ms since the epoch). */
export interface OutputChunk {
  stream: 'stdout' | 'stderr';
  text: string;
  at: number;
}

/** One Engine API request and its answer, as the client sent and received it. */
export interface ApiExchange {
  /** Unique in the session that made it (the page numbers exchanges and records from one counter). */
  id: number;
  method: string;
  /** The path without the version prefix and without the query. */
  path: string;
  /** The query string without `?` ('' when none). */
  query: string;
  requestBody?: unknown;
  /** HTTP status; 0 when nothing answered (the daemon is stopped). */
  status: number;
  /** The JSON answer, when the answer was JSON. */
  responseBody?: unknown;
  /** Virtual time (ms since the epoch) the request was sent. */
  at: number;
  /** The world's host whose daemon answered (`docker-host`, `server-2`: DOCKER_HOST, a context). */
  host?: string;
}

/** Everything one command line did. */
export interface CommandRecord {
  /** Unique in the session that ran it. */
  id: number;
  /** The line as typed (a continued line holds every part, joined by newlines). */
  line: string;
  /** Virtual time (ms since the epoch) when the line began. */
  at: number;
  /** The terminal width it ran at; `tty` when stdin, stdout and stderr were that terminal. */
  cols: number;
  tty: boolean;
  /** stdout and stderr as written, in order, each with its virtual time. */
  chunks: OutputChunk[];
  /** The exit status; undefined while a job in the foreground keeps the line attached. */
  exitCode: number | undefined;
  exchanges: ApiExchange[];
  events: DomainEvent[];
  /** Whether the daemon of the active host answered when the line began (the views draw a stopped daemon). */
  daemonRunning: boolean;
  /**
   * The world's host the line's docker commands talked to (the last one, when a line talked to
   * several: `docker ps; DOCKER_HOST=ssh://student@server-2 docker ps`); a line that reached no
   * daemon names the host the client's current context or DOCKER_HOST chose when it began.
   */
  host?: string;
  /** `clear` ran: the terminal clears its screen. */
  clear?: boolean;
  /** The line is unfinished (an open quote, a trailing `|`): bash prompts `> ` for more. */
  incomplete?: boolean;
  /**
   * The line left a job in the terminal's foreground (docker/foreground-job.ts): a container of
   * `docker run` (its ID), `logs -f`, a prompt. It reads what is typed (`readsInput`), as keys of a
   * raw TTY (`rawInput`: the page sends Enter as "\r" and echoes nothing) or as cooked lines; it
   * prints more by itself at virtual time `wakeAt`; Ctrl+C goes to it.
   */
  attached?: { containerId?: string; readsInput: boolean; rawInput: boolean; wakeAt?: number };
  /** Ctrl+C cut the line short (SIGINT: exit 130, or the container's code). */
  interrupted?: boolean;
  /** The lesson step the line belongs to (lesson replay); null for a lesson's start and sandbox. */
  step?: number | null;
  /**
   * A scenario step action that is not a shell line (`#daemon stop`), as the scenario gives it
   * (`{ daemon: 'stop' }`: a scenario's actions carry no `kind`, so it is optional here).
   */
  action?: { readonly kind?: string; readonly [key: string]: unknown };
}

/** stdout and stderr merged, in the order written (what a pipe or a file would hold). */
export function recordText(record: Pick<CommandRecord, 'chunks'>): string {
  return record.chunks.map((c) => c.text).join('');
}

/** What the line wrote to one stream. */
export function streamText(record: Pick<CommandRecord, 'chunks'>, stream: 'stdout' | 'stderr'): string {
  return record.chunks
    .filter((c) => c.stream === stream)
    .map((c) => c.text)
    .join('');
}
