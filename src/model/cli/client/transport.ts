/**
 * How the client reaches a daemon: requests, stream bodies read as they come, and the client's
 * clock. The docker commands see only this (through ApiClient); the in-process transport serves it
 * from a world in the same page, as the HTTP server serves the real client over TCP.
 */

import type { ApiRequest, ApiResponse, StreamBody, StreamRead } from '../../api/types';
import type { HostTarget, HttpOutcome, HttpRequest } from '../../api/host-http';

/** The client's side of the Engine API. */
export interface Transport {
  /**
   * The daemon's address as the client dialled it (`unix:///var/run/docker.sock`, `ssh://…`), which
   * "Cannot connect to the Docker daemon at …" names; the default socket when absent.
   */
  readonly endpoint?: string;
  /** Sends one request; an answer with status 0 means nothing answered (the daemon is stopped). */
  request(request: ApiRequest): ApiResponse;
  /**
   * Reads a stream body as a blocking read would: the frames it has now, or, when it has none yet,
   * those it has once time has passed up to its wake. `done: false` with no frames means nothing
   * will come by itself (a server in the foreground).
   */
  read(body: StreamBody): StreamRead;
  /**
   * Reads a stream body without waiting: the frames it has now, however few (a job in the
   * terminal's foreground looks again when time has passed or something was typed).
   */
  poll(body: StreamBody): StreamRead;
  /** The client's clock: virtual milliseconds since the epoch. */
  now(): number;
  /** Lets `ms` of the client's time pass (the shell's `sleep`). */
  sleep(ms: number): void;
  /**
   * An HTTP request from a program on the Docker host (curl) to a published port or a container's
   * address, not through the daemon's API; absent where the host's network is not simulated.
   */
  hostHttp?(target: HostTarget, request: HttpRequest): HttpOutcome;
}
