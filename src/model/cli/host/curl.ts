/**
 * `curl` on the simulated Docker host (Ubuntu 24.04, curl 8.5.0): an HTTP/1.1 client that reaches
 * published ports and containers' addresses through the transport's host door, never the world.
 * Texts follow curl-8_5_0: lib/connect.c (Failed to connect), lib/http.c, lib/cf-socket.c,
 * src/tool_operate.c (`curl: (N) message`, muted by -s unless -S), src/tool_msgs.c (helpf).
 */

import type { Output } from '../docker/output';
import type { Transport } from '../client/transport';
import type { HttpOutcome, HttpResponse } from '../../api/host-http';
import type { Locale } from '../shell/messages';
import { parseCurlArgs, parseCurlUrl, resolveLocation, type CurlOptions } from './curl-options';
import { progressMeter } from './curl-progress';

/** The User-Agent curl 8.5.0 sends. */
export const CURL_USER_AGENT = 'curl/8.5.0';
const MAX_REDIRECTS = 50;

/** What curl may touch: the transport's host door, its output, whether stdout is a terminal. */
export interface CurlEnv {
  transport: Transport;
  out: Output;
  stdoutTty: boolean;
  locale: Locale;
}

const HANGS: Record<Locale, string> = {
  en:
    'pelabuhan: the container is paused: its server accepted the connection but cannot answer, ' +
    'so curl would wait until interrupted.',
  id:
    'pelabuhan: kontainer sedang dijeda: servernya menerima koneksi tetapi tidak dapat menjawab, ' +
    'jadi curl akan menunggu sampai dihentikan.',
};

/** A failure as curl reports it: its CURLcode and the error buffer's text. */
class CurlError {
  constructor(
    readonly code: number,
    readonly message: string,
    /** Whether it happened before any body was written (the meter then shows only zeros). */
    readonly beforeBody = true,
  ) {}
}

/** tool_cb_prg / lib/progress.c: the meter shows on stderr when the body does not go to the terminal. */
function meterShown(options: CurlOptions, env: CurlEnv): boolean {
  return (!env.stdoutTty || options.output !== undefined) && !options.silent && !options.verbose;
}

function headerValue(response: HttpResponse, name: string): string | undefined {
  return response.headers.find(([k]: [string, string]) => k.toLowerCase() === name)?.[1];
}

/** Byte length of a text in UTF-8. */
function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** Runs curl with `args`; returns its exit status. */
export function runCurl(args: string[], env: CurlEnv): number {
  const parsed = parseCurlArgs(args);
  if ('exitCode' in parsed) {
    env.out.err(parsed.message);
    return parsed.exitCode;
  }
  let status = 0;
  for (const url of parsed.urls) {
    try {
      fetchUrl(url, parsed, env);
    } catch (error) {
      if (!(error instanceof CurlError)) throw error;
      status = error.code;
      if (!error.message) continue;
      // The meter was already running when the connection failed: its zeros end the line first.
      if (error.beforeBody && meterShown(parsed, env)) env.out.err(progressMeter(undefined));
      if (parsed.verbose) env.out.err(`* ${error.message}\n* Closing connection\n`);
      if (!parsed.silent || parsed.showError) env.out.err(`curl: (${error.code}) ${error.message}\n`);
    }
  }
  return status;
}

/** One URL, following redirects with -L. */
function fetchUrl(raw: string, options: CurlOptions, env: CurlEnv): void {
  let url = raw;
  for (let hop = 0; ; hop++) {
    const target = parseCurlUrl(url);
    if (target.kind === 'malformed')
      throw new CurlError(3, 'URL rejected: Port number was not a decimal number between 0 and 65535');
    if (target.kind === 'unsupported') throw new CurlError(1, `Protocol "${target.scheme}" not supported`);
    const address = resolve(target.host);
    if (!address) throw new CurlError(6, `Could not resolve host: ${target.host}`);
    const method = options.method ?? (options.head ? 'HEAD' : 'GET');
    const verbose = (line: string) => options.verbose && env.out.err(`${line}\n`);
    const shown = address === '::1' ? `[::1]` : address;
    const outcome: HttpOutcome = env.transport.hostHttp
      ? env.transport.hostHttp(
          { address: target.host === 'localhost' ? 'localhost' : address, port: target.port },
          {
            method,
            path: target.path,
            hostHeader: target.hostHeader,
            userAgent: options.userAgent ?? CURL_USER_AGENT,
            basicAuth: options.user,
          },
        )
      : { kind: 'refused' };
    if (outcome.kind === 'refused') {
      refused(target.host, address, target.port, verbose);
      throw new CurlError(
        7,
        `Failed to connect to ${target.host} port ${target.port} after 0 ms: Couldn't connect to server`,
      );
    }
    verbose(`*   Trying ${shown}:${target.port}...`);
    verbose(`* Connected to ${target.host} (${address}) port ${target.port}`);
    if (options.verbose) {
      env.out.err(
        `> ${method} ${target.path} HTTP/1.1\r\n> Host: ${target.hostHeader}\r\n` +
          (options.user ? `> Authorization: Basic ${base64(options.user)}\r\n` : '') +
          `> User-Agent: ${options.userAgent ?? CURL_USER_AGENT}\r\n> Accept: */*\r\n> \r\n`,
      );
    }
    if (outcome.kind === 'hangs') {
      // curl would wait for ever; the simulator cannot keep the line open, so it says so and stops as Ctrl+C would.
      env.out.err(`${HANGS[env.locale]}\n`);
      throw new CurlError(130, '');
    }
    if (outcome.kind === 'reset') throw new CurlError(56, 'Recv failure: Connection reset by peer');
    if (outcome.kind === 'empty') throw new CurlError(52, 'Empty reply from server');
    if (outcome.kind === 'http09') throw new CurlError(1, 'Received HTTP/0.9 when not allowed');
    const { response } = outcome as Extract<HttpOutcome, { kind: 'answered' }>;
    const headerText = statusAndHeaders(response);
    if (options.verbose)
      env.out.err(
        headerText
          .split('\r\n')
          .slice(0, -1)
          .map((l) => `< ${l}\r\n`)
          .join(''),
      );
    if (options.fail && response.status >= 400) {
      throw new CurlError(22, `The requested URL returned error: ${response.status}`);
    }
    const location = headerValue(response, 'location');
    const follow = options.location && location !== undefined && response.status >= 300 && response.status < 400;
    if (options.head && meterShown(options, env)) {
      env.out.err(progressMeter(undefined, Number(headerValue(response, 'content-length') ?? 0)));
    }
    if (options.head || options.include) env.out.out(headerText);
    if (!options.head && !follow) deliverBody(response, options, env);
    verbose(`* Connection #0 to host ${target.host} left intact`);
    if (!follow || !location) return;
    if (hop + 1 > MAX_REDIRECTS) throw new CurlError(47, `Maximum (${MAX_REDIRECTS}) redirects followed`);
    url = resolveLocation(location, target.hostHeader, target.path);
    verbose(`* Issue another request to this URL: '${url}'`);
  }
}

/** The body to stdout (or to the -o file, which the host does not keep), with the meter on a pipe. */
function deliverBody(response: HttpResponse, options: CurlOptions, env: CurlEnv): void {
  if (meterShown(options, env)) env.out.err(progressMeter(byteLength(response.body)));
  if (options.output === undefined) env.out.out(response.body);
}

/** The status line and headers as the server sent them (CRLF), ending with the empty line. */
function statusAndHeaders(response: HttpResponse): string {
  return (
    `${response.version} ${response.status} ${response.reason}\r\n` +
    response.headers.map(([k, v]) => `${k}: ${v}\r\n`).join('') +
    '\r\n'
  );
}

/** curl resolves `localhost` itself (::1 first, then 127.0.0.1: lib/hostip.c get_localhost); IPv4 literals stay. */
function resolve(host: string): string | undefined {
  if (host === 'localhost' || host.endsWith('.localhost')) return '::1';
  if (host === '[::1]') return '::1';
  if (/^\d+\.\d+\.\d+\.\d+$/.test(host)) return host;
  return undefined;
}

/** -v lines of a refused connection: happy eyeballs tries ::1, then 127.0.0.1 (cf-socket.c). */
function refused(host: string, address: string, port: number, verbose: (line: string) => void): void {
  const tried = host === 'localhost' ? ['::1', '127.0.0.1'] : [address];
  // The local ports are the kernel's ephemeral choice; these are fixed stand-ins.
  tried.forEach((ip, i) => {
    verbose(`*   Trying ${ip.includes(':') ? `[${ip}]` : ip}:${port}...`);
    const local = 40000 + ((port * 7 + i * 13) % 20000);
    verbose(`* connect to ${ip} port ${port} from ${ip} port ${local} failed: Connection refused`);
  });
}

/** Base64 of an ASCII string (the Authorization header -v shows). */
function base64(text: string): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const bytes = [...text].map((c) => c.charCodeAt(0) & 0xff);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += chars[(n >> 18) & 63] + chars[(n >> 12) & 63];
    out += i + 1 < bytes.length ? chars[(n >> 6) & 63] : '=';
    out += i + 2 < bytes.length ? chars[n & 63] : '=';
  }
  return out;
}
