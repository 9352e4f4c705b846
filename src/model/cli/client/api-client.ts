// The client side of the Engine API: every docker command reaches the daemon only through a
// Transport, as the real client does over REST. Like the real client it starts with `HEAD /_ping`
// (once per invocation) and then prefixes every path with /v1.50.
import type { ApiResponse, StreamBody, StreamFrame } from '../../api/types';
import type { Transport } from './transport';

/** What the real client prints when nothing answers on the socket. */
export const CANNOT_CONNECT =
  'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?';

/** What the real client prints when nothing answers at `endpoint` (docker/client errConnectionFailed). */
export function cannotConnect(endpoint: string | undefined): string {
  return endpoint === undefined
    ? CANNOT_CONNECT
    : `Cannot connect to the Docker daemon at ${endpoint}. Is the docker daemon running?`;
}

/**
 * The daemon did not answer: it is stopped, nothing listens at the endpoint, or the endpoint could
 * not be dialled at all (`duringConnect`: an unknown host name; the client's first `_ping` fails
 * quietly then and the command's own request reports it, as docker's initializeFromClient does).
 */
export class DaemonUnreachable extends Error {
  constructor(
    message: string = CANNOT_CONNECT,
    readonly duringConnect = false,
  ) {
    super(message);
  }
}

/** The request's deadline passed (Ctrl+C): the client dies of SIGINT and prints nothing more. */
export class Interrupted extends Error {
  constructor() {
    super('interrupted');
  }
}

/** A query value: absent, one value, or repeated. */
export type QueryValue = string | number | boolean | undefined | readonly string[];

/** Go's url.QueryEscape: only unreserved characters stay, a space becomes '+'. */
function queryEscape(text: string): string {
  return encodeURIComponent(text)
    .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, '+');
}

/** Go's url.Values.Encode: keys sorted, each value escaped. */
export function encodeQuery(query: Readonly<Record<string, QueryValue>>): string {
  const parts: string[] = [];
  for (const key of Object.keys(query).sort()) {
    const value = query[key];
    if (value === undefined || value === false) continue;
    const values = Array.isArray(value) ? value : [value === true ? '1' : String(value)];
    for (const v of values) parts.push(`${queryEscape(key)}=${queryEscape(v)}`);
  }
  return parts.join('&');
}

/** docker's filters.Args as JSON: `{"status":{"exited":true}}`, keys and values in order given. */
export function filtersJson(filters: ReadonlyArray<readonly [string, string]>): string | undefined {
  if (filters.length === 0) return undefined;
  const map = new Map<string, Map<string, boolean>>();
  for (const [k, v] of filters) {
    const values = map.get(k) ?? new Map<string, boolean>();
    values.set(v, true);
    map.set(k, values);
  }
  // encoding/json sorts map keys.
  const sorted = [...map.keys()].sort();
  return `{${sorted
    .map(
      (k) =>
        `${JSON.stringify(k)}:{${[...map.get(k)!.keys()]
          .sort()
          .map((v) => `${JSON.stringify(v)}:true`)
          .join(',')}}`,
    )
    .join(',')}}`;
}

/** An Engine API client over one transport. */
export class ApiClient {
  private pinged = false;

  constructor(private readonly transport: Transport) {}

  /** The client's clock (virtual milliseconds). */
  now(): number {
    return this.transport.now();
  }

  /** Lets `ms` of the client's time pass, as a client waiting on its own timer (`docker stats`' ticker) does. */
  sleep(ms: number): void {
    this.transport.sleep(ms);
  }

  /** Negotiates like the real client: `HEAD /_ping` before the first real request. */
  ping(): void {
    if (this.pinged) return;
    let response: ApiResponse;
    try {
      response = this.transport.request({ method: 'HEAD', path: '/_ping' });
    } catch (error) {
      if (!(error instanceof DaemonUnreachable && error.duringConnect)) throw error;
      this.pinged = true;
      return;
    }
    if (response.status === 0) throw new DaemonUnreachable(cannotConnect(this.transport.endpoint));
    this.pinged = true;
  }

  /**
   * One request; throws DaemonUnreachable when the daemon is stopped. The body is JSON unless
   * another content type is given (a build context: `application/x-tar`, a binary string);
   * `extra` is that content type, or headers to send (a push's X-Registry-Auth).
   */
  request(
    method: string,
    path: string,
    query: Readonly<Record<string, QueryValue>> = {},
    body?: unknown,
    extra?: string | Readonly<Record<string, string>>,
  ): ApiResponse {
    this.ping();
    const q = encodeQuery(query);
    // Merged branches: the build passes a content type, the push passes headers.
    const contentType = typeof extra === 'string' ? extra : 'application/json';
    const headers = typeof extra === 'string' ? undefined : extra;
    const all = { ...(body === undefined ? {} : { 'Content-Type': contentType }), ...headers };
    const response = this.transport.request({
      method,
      path: `/v1.50${path}${q ? `?${q}` : ''}`,
      body,
      headers: Object.keys(all).length === 0 ? undefined : all,
    });
    if (response.status === 0) throw new DaemonUnreachable(cannotConnect(this.transport.endpoint));
    return response;
  }

  /**
   * Reads a stream body, handing each batch of frames to `onFrames` as it comes, until it ends
   * (true) or nothing more will come by itself (false: a server's output). A body its deadline
   * cut short throws Interrupted once its frames are handed over.
   */
  readStream(body: StreamBody, onFrames: (frames: StreamFrame[]) => void): boolean {
    for (;;) {
      const read = this.transport.read(body);
      onFrames(read.frames);
      if (read.cancelled) throw new Interrupted();
      if (read.done) return true;
      if (read.frames.length === 0) return false;
    }
  }

  /**
   * Reads what a stream body has now, without waiting, handing it to `onFrames`; true once it
   * ended. A body its deadline cut short throws Interrupted.
   */
  pollStream(body: StreamBody, onFrames: (frames: StreamFrame[]) => void): boolean {
    const read = this.transport.poll(body);
    onFrames(read.frames);
    if (read.cancelled) throw new Interrupted();
    return read.done;
  }

  /** The JSON of an answer: its body, or the last JSON frame of its stream; undefined if it never comes. */
  readJson(response: ApiResponse): unknown {
    if (!response.body) return response.json;
    let last: unknown;
    const ended = this.readStream(response.body, (frames) => {
      for (const frame of frames) if ('json' in frame) last = frame.json;
    });
    return ended ? last : undefined;
  }
}

/** Whether an answer is an error (304 Not Modified counts as success, as in the real client). */
export function isError(response: ApiResponse): boolean {
  return response.status >= 400;
}

/** The daemon's message of an error answer, trimmed as the client trims it. */
export function errorMessage(response: ApiResponse): string {
  const json = response.json as { message?: unknown } | undefined;
  const message =
    json && typeof json.message === 'string'
      ? json.message
      : (response.text ?? `Error: request returned ${response.status}`);
  return message.trim();
}

/** `Error response from daemon: <message>`, as the client prints every daemon error. */
export function daemonError(response: ApiResponse): string {
  return `Error response from daemon: ${errorMessage(response)}`;
}

/** Escapes a name or ID as typed for the path, as Go's url.URL does (`/` and `:@$&+,;=` stay). */
export function pathSegment(text: string): string {
  return Array.from(new TextEncoder().encode(text), (b) => {
    const c = String.fromCharCode(b);
    return /[A-Za-z0-9\-_.~$&+,/:;=@]/.test(c) ? c : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }).join('');
}
