/**
 * A web browser on the simulated Docker host (the page's browser pane): it loads an address as
 * Chromium does (http only, redirects followed, then /favicon.ico asked for with the page as
 * Referer), reaching published ports through the transport's host door, never the world.
 */

import type { Transport } from '../client/transport';
import type { HttpOutcome, HttpResponse } from '../../api/host-http';
import { parseCurlUrl, resolveLocation } from './curl-options';

/** The User-Agent of the host's Chromium (its version is the simulator's choice). */
export const BROWSER_USER_AGENT =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/137.0.0.0 Safari/537.36';
// Chromium's net::URLRequest limit (kMaxRedirects).
const MAX_REDIRECTS = 20;

/** Why a page could not be shown, as Chromium's net error names it. */
export type BrowserError =
  | 'ERR_CONNECTION_REFUSED'
  | 'ERR_CONNECTION_RESET'
  | 'ERR_EMPTY_RESPONSE'
  | 'ERR_INVALID_HTTP_RESPONSE'
  | 'ERR_NAME_NOT_RESOLVED'
  | 'ERR_TOO_MANY_REDIRECTS'
  | 'ERR_INVALID_URL'
  | 'ERR_UNKNOWN_URL_SCHEME';

/** What the browser shows for an address. */
export type BrowserPage =
  | {
      kind: 'page';
      /** The address after redirects, as the address bar shows it. */
      url: string;
      status: number;
      reason: string;
      contentType: string;
      body: string;
    }
  | { kind: 'error'; url: string; host: string; error: BrowserError }
  /** The connection was accepted but nothing answers (a paused container): the tab keeps loading. */
  | { kind: 'waiting'; url: string; host: string };

/** The address bar's text as a URL: `localhost:8080` means `http://localhost:8080/`. */
export function normalizeAddress(text: string): string {
  const trimmed = text.trim();
  const withScheme =
    /^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(trimmed) && !/^[^:/]+:\d/.test(trimmed) ? trimmed : `http://${trimmed}`;
  const m = /^(https?:\/\/[^/?#]+)(.*)$/i.exec(withScheme);
  return m && m[2] === '' ? `${m[1]}/` : withScheme;
}

const ERRORS: Partial<Record<HttpOutcome['kind'], BrowserError>> = {
  refused: 'ERR_CONNECTION_REFUSED',
  reset: 'ERR_CONNECTION_RESET',
  empty: 'ERR_EMPTY_RESPONSE',
  http09: 'ERR_INVALID_HTTP_RESPONSE',
};

/** Loads `address` in the host's browser over `transport`. */
export function openPage(transport: Transport, address: string): BrowserPage {
  let url = normalizeAddress(address);
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const credentials = /^http:\/\/([^@/]*)@/i.exec(url);
    const bare = credentials ? url.replace(`${credentials[1]}@`, '') : url;
    const target = parseCurlUrl(bare);
    if (target.kind === 'unsupported') return { kind: 'error', url, host: '', error: 'ERR_UNKNOWN_URL_SCHEME' };
    if (target.kind === 'malformed') return { kind: 'error', url, host: '', error: 'ERR_INVALID_URL' };
    const address = target.host === 'localhost' || target.host.endsWith('.localhost') ? 'localhost' : target.host;
    if (address !== 'localhost' && !/^\d+\.\d+\.\d+\.\d+$/.test(address))
      return { kind: 'error', url: bare, host: target.host, error: 'ERR_NAME_NOT_RESOLVED' };
    const request = {
      method: 'GET',
      path: target.path,
      hostHeader: target.hostHeader,
      userAgent: BROWSER_USER_AGENT,
      basicAuth: credentials ? decodeURIComponent(credentials[1]) : undefined,
    };
    const outcome: HttpOutcome = transport.hostHttp
      ? transport.hostHttp({ address, port: target.port }, request)
      : { kind: 'refused' };
    if (outcome.kind === 'hangs') return { kind: 'waiting', url: bare, host: target.host };
    if (outcome.kind !== 'answered')
      return { kind: 'error', url: bare, host: target.host, error: ERRORS[outcome.kind] ?? 'ERR_CONNECTION_REFUSED' };
    const { response } = outcome;
    const location = header(response, 'location');
    if (response.status >= 300 && response.status < 400 && location) {
      url = resolveLocation(location, target.hostHeader, target.path);
      continue;
    }
    const contentType = header(response, 'content-type') ?? '';
    if (response.status < 400 && contentType.startsWith('text/html')) {
      // Chromium asks for the site's icon once the page is in, sending the page as Referer.
      transport.hostHttp?.(
        { address, port: target.port },
        { ...request, path: '/favicon.ico', referer: `http://${target.hostHeader}${target.path}` },
      );
    }
    return {
      kind: 'page',
      url: bare,
      status: response.status,
      reason: response.reason,
      contentType,
      body: response.body,
    };
  }
  return { kind: 'error', url, host: '', error: 'ERR_TOO_MANY_REDIRECTS' };
}

function header(response: HttpResponse, name: string): string | undefined {
  return response.headers.find(([k]: [string, string]) => k.toLowerCase() === name)?.[1];
}
