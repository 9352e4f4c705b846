/**
 * The static web servers of the official images answering one request: nginx (its default.conf:
 * root /usr/share/nginx/html, index index.html, the `main` access log on stdout, errors on stderr)
 * and Apache httpd (htdocs, the `common` access log on stdout).
 */

import { stderr, stdout, type OutputLine } from '../processes/program';
import { two, parts } from '../processes/server-log';
import {
  accessLogTime,
  byteLength,
  envOf,
  httpDate,
  respond,
  type HttpOutcome,
  type HttpRequest,
} from './http-message';
import { apacheErrorPage, HTTPD_INDEX, NGINX_50X, NGINX_INDEX, nginxErrorPage } from './web-pages';
import { contentType, findFile, requestPath, type DocumentRoot, type Found } from './static-files';
import type { ContainerFs } from '../processes/container-fs';
import type { ProcessFiles } from '../processes/program';

/** What a server knows when a request reaches it. */
export interface WebContext {
  request: HttpRequest;
  fs: ContainerFs;
  files: ProcessFiles;
  process: { env: string[]; nowMs: number };
  /** The peer address the server sees: the network's gateway, where docker-proxy connects from. */
  clientIp: string;
  /** nginx's connection counter: the how-many-th connection this run of the container accepts. */
  connection: number;
  /** When the container started (the file model keeps no modification times; written files get this). */
  startedAt: number;
}

/** The answer, and the lines the server logs about it. */
export interface WebAnswer {
  outcome: HttpOutcome;
  log: OutputLine[];
}

// The file model has no modification times for the files the images ship. httpd's index.html is the
// famous one (ETag "2d-432a5e4a73a80": 11 Jun 2007 18:53:14 UTC); nginx's is taken as its release day
// (a guess: the package's build time is not recorded anywhere we can read).
const HTTPD_INDEX_MTIME = Date.UTC(2007, 5, 11, 18, 53, 14);
const NGINX_FILES_MTIME = Date.UTC(2025, 5, 24, 15, 0, 0);
const NGINX_CATALOG_VERSION = '1.29.0';
const HTTPD_CATALOG_VERSION = '2.4.65';

const NGINX_SITE: DocumentRoot = {
  root: '/usr/share/nginx/html',
  imageFiles: { 'index.html': NGINX_INDEX, '50x.html': NGINX_50X },
};
const HTTPD_SITE: DocumentRoot = { root: '/usr/local/apache2/htdocs', imageFiles: { 'index.html': HTTPD_INDEX } };

const quoted = (r: HttpRequest) => `${r.method} ${r.path} HTTP/1.1`;
const remoteUser = (r: HttpRequest) => (r.basicAuth ? r.basicAuth.split(':')[0] || '-' : '-');
const hostName = (r: HttpRequest) => r.hostHeader.replace(/:\d+$/, '');

/** nginx's error_log time: `2026/12/04 18:50:00`. */
function errorLogTime(ms: number): string {
  const t = parts(ms);
  return `${t.y}/${two(t.mo + 1)}/${two(t.d)} ${t.h}:${t.mi}:${t.s}`;
}

/** nginx 1.29 with the image's default.conf. */
export function nginxAnswer(w: WebContext): WebAnswer {
  const { request } = w;
  const version = envOf(w.process.env, 'NGINX_VERSION') ?? NGINX_CATALOG_VERSION;
  const head = [
    ['Server', `nginx/${version}`],
    ['Date', httpDate(w.process.nowMs)],
  ] as Array<[string, string]>;
  const errorLog = (what: string) =>
    stderr(
      `${errorLogTime(w.process.nowMs)} [error] 29#29: *${w.connection} ${what}, client: ${w.clientIp}, server: ` +
        `localhost, request: "${quoted(request)}", host: "${request.hostHeader}"` +
        (request.referer ? `, referrer: "${request.referer}"` : ''),
    );
  const error = (status: number, line: string, extra: Array<[string, string]> = [], log: OutputLine[] = []) => {
    const body = nginxErrorPage(`${status} ${line}`, version);
    return finish(
      respond(
        status,
        [
          ...head,
          ['Content-Type', 'text/html'],
          ['Content-Length', String(byteLength(body))],
          ...extra,
          ['Connection', 'keep-alive'],
        ],
        body,
      ),
      log,
    );
  };
  const finish = (response: ReturnType<typeof respond>, log: OutputLine[]): WebAnswer => {
    const sent = request.method === 'HEAD' ? 0 : byteLength(response.body);
    const access =
      `${w.clientIp} - ${remoteUser(request)} [${accessLogTime(w.process.nowMs)}] "${quoted(request)}" ` +
      `${response.status} ${sent} "${request.referer ?? '-'}" "${request.userAgent}" "-"`;
    return { outcome: { kind: 'answered', response }, log: [...log, ...stdout(access)] };
  };
  // ngx_http_static_module serves GET and HEAD only.
  if (request.method !== 'GET' && request.method !== 'HEAD') return error(405, 'Not Allowed');
  const path = requestPath(request.path);
  const abs = `${NGINX_SITE.root}${path === '/' ? '/' : path}`;
  const wantsDir = abs.endsWith('/');
  const found = findFile(w.fs, w.files, NGINX_SITE, wantsDir ? abs.slice(0, -1) : abs);
  if (found.kind === 'dir' && wantsDir) {
    const index = findFile(w.fs, w.files, NGINX_SITE, `${found.path}/index.html`);
    if (index.kind === 'file') return finish(nginxFile(index, head, w), []);
    return error(403, 'Forbidden', [], errorLog(`directory index of "${abs}" is forbidden`));
  }
  if (found.kind === 'dir') {
    // absolute_redirect with port_in_redirect: the server's own port (80) is left out of Location.
    return error(301, 'Moved Permanently', [['Location', `http://${hostName(request)}${path}/`]]);
  }
  if (found.kind === 'file') return finish(nginxFile(found, head, w), []);
  return error(
    404,
    'Not Found',
    [],
    errorLog(`open() "${abs.replace(/\/$/, '')}" failed (2: No such file or directory)`),
  );
}

function nginxFile(file: Extract<Found, { kind: 'file' }>, head: Array<[string, string]>, w: WebContext) {
  const size = byteLength(file.text);
  const mtime = w.fs.kind(file.path) === 'file' ? w.startedAt : NGINX_FILES_MTIME;
  const seconds = Math.floor(mtime / 1000);
  return respond(
    200,
    [
      ...head,
      ['Content-Type', contentType(file.path)],
      ['Content-Length', String(size)],
      ['Last-Modified', httpDate(mtime)],
      ['Connection', 'keep-alive'],
      // ngx_http_set_etag: "%xT-%xO", the modification time and the size in hex.
      ['ETag', `"${seconds.toString(16)}-${size.toString(16)}"`],
      ['Accept-Ranges', 'bytes'],
    ],
    file.text,
  );
}

/** Apache httpd 2.4 with the image's httpd.conf (ServerSignature off, the common log format). */
export function httpdAnswer(w: WebContext): WebAnswer {
  const { request } = w;
  const server = `Apache/${envOf(w.process.env, 'HTTPD_VERSION') ?? HTTPD_CATALOG_VERSION} (Unix)`;
  const head: Array<[string, string]> = [
    ['Date', httpDate(w.process.nowMs)],
    ['Server', server],
  ];
  const path = requestPath(request.path);
  const abs = `${HTTPD_SITE.root}${path === '/' ? '' : path.replace(/\/$/, '')}`;
  let found = findFile(w.fs, w.files, HTTPD_SITE, abs);
  if (found.kind === 'dir') found = findFile(w.fs, w.files, HTTPD_SITE, `${found.path}/index.html`);
  let response;
  if (found.kind === 'file') {
    const size = byteLength(found.text);
    const mtime = w.fs.kind(found.path) === 'file' ? w.startedAt : HTTPD_INDEX_MTIME;
    response = respond(
      200,
      [
        ...head,
        ['Last-Modified', httpDate(mtime)],
        // Apache's default FileETag MTime Size: "%x-%x", the size, then the time in microseconds.
        ['ETag', `"${size.toString(16)}-${(mtime * 1000).toString(16)}"`],
        ['Accept-Ranges', 'bytes'],
        ['Content-Length', String(size)],
        ['Content-Type', contentType(found.path)],
      ],
      found.text,
    );
  } else {
    const body = apacheErrorPage(404);
    response = respond(
      404,
      [...head, ['Content-Length', String(byteLength(body))], ['Content-Type', 'text/html; charset=iso-8859-1']],
      body,
    );
  }
  const sent = request.method === 'HEAD' ? 0 : byteLength(response.body);
  const access =
    `${w.clientIp} - ${remoteUser(request)} [${accessLogTime(w.process.nowMs)}] "${quoted(request)}" ` +
    `${response.status} ${sent || '-'}`;
  return { outcome: { kind: 'answered', response }, log: stdout(access) };
}

export { HTTPD_SITE, NGINX_SITE };
