/**
 * An HTTP/1.1 exchange between a program on the Docker host (curl, the page's browser pane) and a
 * container's server, and what the connection did when no answer came.
 */

import { DAYS, MONTHS, parts } from '../processes/server-log';

/** A request as it reaches the container (the client's own headers; the path with its query). */
export interface HttpRequest {
  method: string;
  path: string;
  /** The `Host` header: `localhost:8080`. */
  hostHeader: string;
  userAgent: string;
  /** `user:password` of basic authentication, when the client sends it. */
  basicAuth?: string;
  /** The `Referer` header a browser sends (the page that asked for this one). */
  referer?: string;
}

/** A response: status line, headers in the order the server writes them, body. */
export interface HttpResponse {
  /** The status line's protocol (`HTTP/1.1`; mongod answers `HTTP/1.0`). */
  version: string;
  status: number;
  reason: string;
  headers: Array<[string, string]>;
  body: string;
}

/**
 * What connecting to a port and sending the request gave: a response, or how the connection ended.
 * `refused`: nothing listens (RST to the SYN); `reset`: docker-proxy accepted but could not reach the
 * container's port, and closed with the request unread; `empty`: the server closed without answering;
 * `http09`: the server spoke first in another protocol; `hangs`: accepted, never answered (paused).
 */
export type HttpOutcome =
  | { kind: 'answered'; response: HttpResponse }
  | { kind: 'refused' | 'reset' | 'empty' | 'http09' | 'hangs' };

/** The reason phrases the servers send with the statuses they use here. */
export const REASONS: Record<number, string> = {
  200: 'OK',
  301: 'Moved Permanently',
  302: 'Found',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Not Allowed',
  500: 'Internal Server Error',
};

/** An HTTP date (RFC 9110 IMF-fixdate): `Fri, 04 Dec 2026 18:50:00 GMT`. */
export function httpDate(ms: number): string {
  const t = parts(ms);
  return `${DAYS[t.wd]}, ${String(t.d).padStart(2, '0')} ${MONTHS[t.mo]} ${t.y} ${t.h}:${t.mi}:${t.s} GMT`;
}

/** The time of an access log line (`%t`, `$time_local` in UTC): `04/Dec/2026:18:50:00 +0000`. */
export function accessLogTime(ms: number): string {
  const t = parts(ms);
  return `${String(t.d).padStart(2, '0')}/${MONTHS[t.mo]}/${t.y}:${t.h}:${t.mi}:${t.s} +0000`;
}

/** Byte length of a text in UTF-8 (Content-Length counts bytes). */
export function byteLength(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** A response with its status's reason phrase. */
export function respond(status: number, headers: Array<[string, string]>, body: string): HttpResponse {
  return { version: 'HTTP/1.1', status, reason: REASONS[status] ?? '', headers, body };
}

/** The value of an environment variable in `env` (the last definition wins, as `-e` overrides the image's Env). */
export function envOf(env: readonly string[], name: string): string | undefined {
  for (let i = env.length - 1; i >= 0; i--) if (env[i].startsWith(`${name}=`)) return env[i].slice(name.length + 1);
  return undefined;
}
