/**
 * The applications the course publishes answering one request: Apache with mod_php (php:apache,
 * wordpress, phpmyadmin), mongo-express, and what the database servers do with an HTTP request.
 * Where the real page is a large application (WordPress's installer, phpMyAdmin's login, the
 * mongo-express home), the page says plainly that the simulator does not draw it.
 */

import { stdout } from '../processes/program';
import { MONTHS, parts } from '../processes/server-log';
import { accessLogTime, byteLength, envOf, httpDate, respond, type HttpResponse } from './http-message';
import { apacheErrorPage } from './web-pages';
import { contentType, findFile, requestPath, type DocumentRoot } from './static-files';
import type { WebAnswer, WebContext } from './static-servers';

const DEBIAN_APACHE = 'Apache/2.4.62 (Debian)';
const APACHE_SITE: DocumentRoot = { root: '/var/www/html', imageFiles: {} };

/** Which application an apache2-foreground container runs, from the image's own entrypoint. */
export type ApacheApp = 'php' | 'wordpress' | 'phpmyadmin';

/** A page of the simulator's own, for an application whose real page is not modelled. */
function notModelledPage(title: string, what: string): string {
  return (
    `<!DOCTYPE html>\n<html><head><title>${title}</title></head>\n<body>\n<h1>${title}</h1>\n` +
    `<p>pelabuhan: ${what} is served here; the simulator does not draw it.</p>\n</body></html>\n`
  );
}

const html = (status: number, head: Array<[string, string]>, body: string, extra: Array<[string, string]> = []) =>
  respond(
    status,
    [...head, ...extra, ['Content-Length', String(byteLength(body))], ['Content-Type', 'text/html; charset=UTF-8']],
    body,
  );

/**
 * Apache 2.4 from Debian with mod_php: the php image's <Directory /var/www/> has `Options -Indexes`,
 * so an empty document root is 403; Debian's `combined` log format counts every byte sent (%O).
 */
export function apacheAnswer(w: WebContext, app: ApacheApp, databaseReachable: boolean): WebAnswer {
  const { request } = w;
  const php = envOf(w.process.env, 'PHP_VERSION');
  const head: Array<[string, string]> = [
    ['Date', httpDate(w.process.nowMs)],
    ['Server', DEBIAN_APACHE],
  ];
  const powered: Array<[string, string]> = php ? [['X-Powered-By', `PHP/${php}`]] : [];
  const [hostName, port = '80'] = request.hostHeader.split(':');
  const signature = `${DEBIAN_APACHE} Server at ${hostName} Port ${port}`;
  const path = requestPath(request.path);
  let response: HttpResponse;
  if (app === 'wordpress' && !databaseReachable) {
    // wp-includes/functions.php dead_db(): wp_die() with status 500 (its full page is not modelled).
    response = html(
      500,
      head,
      notModelledPage('Database Error', 'WordPress\'s "Error establishing a database connection" page'),
      powered,
    );
  } else if (app === 'wordpress' && path !== '/wp-admin/install.php') {
    // wp-load.php: a site not installed yet redirects to the installer (wp_redirect, X-Redirect-By).
    response = respond(
      302,
      [
        ...head,
        ...powered,
        ['Expires', 'Wed, 11 Jan 1984 05:00:00 GMT'],
        ['Cache-Control', 'no-cache, must-revalidate, max-age=0'],
        ['X-Redirect-By', 'WordPress'],
        ['Location', `http://${request.hostHeader}/wp-admin/install.php`],
        ['Content-Length', '0'],
        ['Content-Type', 'text/html; charset=UTF-8'],
      ],
      '',
    );
  } else if (app === 'wordpress') {
    response = html(200, head, notModelledPage('WordPress &rsaquo; Installation', "WordPress's installer"), powered);
  } else if (app === 'phpmyadmin' && (path === '/' || path === '/index.php')) {
    response = html(200, head, notModelledPage('phpMyAdmin', "phpMyAdmin's login page"), powered);
  } else {
    response = staticApache(w, path, head, signature);
  }
  const sent = request.method === 'HEAD' ? 0 : byteLength(response.body);
  // %O counts the status line and headers too.
  const headerBytes = byteLength(
    `HTTP/1.1 ${response.status} ${response.reason}\r\n` +
      response.headers.map(([k, v]) => `${k}: ${v}\r\n`).join('') +
      '\r\n',
  );
  const access =
    `${w.clientIp} - - [${accessLogTime(w.process.nowMs)}] "${request.method} ${request.path} HTTP/1.1" ` +
    `${response.status} ${headerBytes + sent} "${request.referer ?? '-'}" "${request.userAgent}"`;
  return { outcome: { kind: 'answered', response }, log: stdout(access) };
}

function staticApache(w: WebContext, path: string, head: Array<[string, string]>, signature: string): HttpResponse {
  const abs = `${APACHE_SITE.root}${path === '/' ? '' : path.replace(/\/$/, '')}`;
  let found = findFile(w.fs, w.files, APACHE_SITE, abs);
  if (found.kind === 'dir') {
    const dir = found.path;
    found = findFile(w.fs, w.files, APACHE_SITE, `${dir}/index.php`);
    if (found.kind !== 'file') found = findFile(w.fs, w.files, APACHE_SITE, `${dir}/index.html`);
    if (found.kind !== 'file') {
      const body = apacheErrorPage(403, signature);
      return respond(
        403,
        [...head, ['Content-Length', String(byteLength(body))], ['Content-Type', 'text/html; charset=iso-8859-1']],
        body,
      );
    }
  }
  if (found.kind !== 'file') {
    const body = apacheErrorPage(404, signature);
    return respond(
      404,
      [...head, ['Content-Length', String(byteLength(body))], ['Content-Type', 'text/html; charset=iso-8859-1']],
      body,
    );
  }
  if (found.path.endsWith('.php')) return html(200, head, notModelledPage('PHP', `the output of ${found.path}`));
  const size = byteLength(found.text);
  return respond(
    200,
    [
      ...head,
      ['Last-Modified', httpDate(w.startedAt)],
      ['ETag', `"${size.toString(16)}-${(w.startedAt * 1000).toString(16)}"`],
      ['Accept-Ranges', 'bytes'],
      ['Content-Length', String(size)],
      ['Content-Type', contentType(found.path)],
    ],
    found.text,
  );
}

/**
 * mongo-express 1.0.2 (Express): basic authentication with admin:pass unless ME_CONFIG_BASICAUTH
 * is `false` or other credentials are set. The 401's headers and body are Express's
 * basic-auth answer as users post it; the home page itself is not modelled.
 */
export function mongoExpressAnswer(w: WebContext): WebAnswer {
  const { request } = w;
  const env = w.process.env;
  const user = envOf(env, 'ME_CONFIG_BASICAUTH_USERNAME') || 'admin';
  const password = envOf(env, 'ME_CONFIG_BASICAUTH_PASSWORD') || 'pass';
  const needsAuth = envOf(env, 'ME_CONFIG_BASICAUTH') !== 'false';
  const head: Array<[string, string]> = [['X-Powered-By', 'Express']];
  const tail: Array<[string, string]> = [
    ['Date', httpDate(w.process.nowMs)],
    ['Connection', 'keep-alive'],
    ['Keep-Alive', 'timeout=5'],
  ];
  let response: HttpResponse;
  if (needsAuth && request.basicAuth !== `${user}:${password}`) {
    response = respond(
      401,
      [
        ...head,
        ['WWW-Authenticate', 'Basic realm="Authorization Required"'],
        ['Content-Type', 'text/plain; charset=utf-8'],
        ['Content-Length', '12'],
        ...tail,
      ],
      'Unauthorized',
    );
  } else {
    const body = notModelledPage('Home - Mongo Express', 'the mongo-express home page');
    response = respond(
      200,
      [...head, ['Content-Type', 'text/html; charset=utf-8'], ['Content-Length', String(byteLength(body))], ...tail],
      body,
    );
  }
  return { outcome: { kind: 'answered', response }, log: [] };
}

/** mongod's answer to HTTP on its driver port (transport/message_compressor… asio session: isHTTP). */
export function mongodAnswer(): WebAnswer {
  const body = 'It looks like you are trying to access MongoDB over HTTP on the native driver port.\n';
  const response: HttpResponse = {
    version: 'HTTP/1.0',
    status: 200,
    reason: 'OK',
    headers: [
      ['Connection', 'close'],
      ['Content-Type', 'text/plain'],
      ['Content-Length', String(byteLength(body))],
    ],
    body,
  };
  return { outcome: { kind: 'answered', response }, log: [] };
}

/**
 * redis reads `GET / HTTP/1.1` as an inline command (and answers an error, which is not HTTP), then
 * the `Host:` line as a cross-protocol attack (server.c, securityWarningCommand) and drops the client.
 */
export function redisAnswer(w: WebContext): WebAnswer {
  const t = parts(w.process.nowMs);
  const stamp = `${t.d} ${MONTHS[t.mo]} ${t.y} ${t.h}:${t.mi}:${t.s}.${t.ms}`;
  return {
    outcome: { kind: 'http09' },
    log: stdout(
      `1:M ${stamp} # Possible SECURITY ATTACK detected. It looks like somebody is sending POST or Host: ` +
        'commands to Redis. This is likely due to an attacker attempting to use Cross Protocol Scripting to ' +
        'compromise your Redis instance. Connection aborted.',
    ),
  };
}
