/**
 * The Engine API's request and response, transport-free: the HTTP server and the in-browser client
 * both go through `route()` with these.
 */

/** A request to the Engine API. */
export interface ApiRequest {
  method: string;
  /** Path with optional query string, versioned (`/v1.50/containers/json?all=1`) or not. */
  path: string;
  headers?: Record<string, string>;
  /** The JSON body as text (over HTTP) or as a value (in-process). */
  body?: string | unknown;
}

/** One message of a streamed answer (pull progress), with the virtual time it is sent. */
export interface StreamChunk {
  at: number;
  json: unknown;
}

/** Something the answer waits for: a container's exit (`wait`) or its output (`attach`). */
export type PendingCall =
  | {
      kind: 'wait';
      host: string;
      containerId: string;
      condition: 'next-exit' | 'not-running' | 'removed';
      exitSeq: number;
    }
  | {
      kind: 'attach';
      host: string;
      containerId: string;
      tty: boolean;
      stdout: boolean;
      stderr: boolean;
      logFrom: number;
      exitSeq: number;
    };

/** An answer of the Engine API. */
export interface ApiResponse {
  /** HTTP status; 0 means nobody answered (the daemon is stopped). */
  status: number;
  headers: Record<string, string>;
  /** A JSON body. */
  json?: unknown;
  /** A plain-text body. */
  text?: string;
  /** A container's output (logs, attach): multiplexed frames, or raw bytes when `raw` (a TTY). */
  output?: Array<{ stream: 'stdout' | 'stderr'; text: string }>;
  raw?: boolean;
  /** A streamed JSON body (`application/json` messages separated by `\r\n`). */
  stream?: StreamChunk[];
  /** The answer is not complete yet: it waits for something to happen in the world. */
  pending?: PendingCall;
}

/** The API version this engine implements, and the oldest it accepts. */
export const API_VERSION = '1.50';
/** The oldest API version the daemon accepts. */
export const MIN_API_VERSION = '1.24';
