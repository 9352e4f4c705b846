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
  /**
   * The virtual time (ms) by which the client gives up, as Go's context deadline: a pull still
   * running then is cancelled (Ctrl+C during a pull). Absent: no deadline.
   */
  deadline?: number;
}

/** One piece of a streamed body, with the virtual time it is sent. */
export type StreamFrame =
  /** A JSON message (pull progress) or a long-polled JSON result (`wait`). */
  | { at: number; json: unknown }
  /** A container's output (logs, attach) on one of its streams. */
  | { at: number; stream: 'stdout' | 'stderr'; text: string };

/** What one read of a stream body gives: the frames sent since the last read, and whether it ended. */
export interface StreamRead {
  frames: StreamFrame[];
  done: boolean;
  /** It ended because the request's deadline passed (Ctrl+C), not because it was complete. */
  cancelled?: boolean;
}

/**
 * A body that arrives over (virtual) time: attach, logs, wait and pull progress. The transport
 * reads it incrementally; it holds no world state, and `close()` lets go of what it watches.
 */
export interface StreamBody {
  /** How a wire transport frames it: JSON messages split by CRLF (pull), one JSON value (wait),
   * stdcopy frames (a container without a TTY) or raw bytes (a TTY). */
  readonly format: 'json-messages' | 'json' | 'multiplexed' | 'raw';
  /** The frames sent since the last read; `done` once nothing more will come. */
  read(): StreamRead;
  /** The virtual time at which it may have more (a container's next timer), if it has one. */
  wakeAt(): number | undefined;
  /** Stops watching (the client hung up). */
  close(): void;
  /**
   * Stdin of a hijacked stream (attach with `stdin=1`, exec start of an exec with `AttachStdin`):
   * what the client sends, as a terminal sends it (with a TTY: keys, Enter as "\r", Ctrl+D as
   * "\x04"; without: bytes, EOF as `closeWrite()`). Absent on bodies nothing can be written to.
   */
  write?(data: string): void;
  /** The client closed its side of stdin (EOF), as `CloseWrite` on a hijacked connection does. */
  closeWrite?(): void;
}

/** An answer of the Engine API. */
export interface ApiResponse {
  /** HTTP status; 0 means nobody answered (the daemon is stopped). */
  status: number;
  headers: Record<string, string>;
  /** A JSON body. */
  json?: unknown;
  /** A plain-text body. */
  text?: string;
  /** A body streamed over time (attach, logs, wait, pull progress). */
  body?: StreamBody;
}

/** The API version this engine implements, and the oldest it accepts. */
export const API_VERSION = '1.50';
/** The oldest API version the daemon accepts. */
export const MIN_API_VERSION = '1.24';
