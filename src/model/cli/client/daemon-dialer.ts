/**
 * The simulated network between the client's machine and the world's Docker hosts: which daemon an
 * endpoint reaches, or what the real client reports when it reaches none.
 *
 * Every simulated host's daemon listens on its unix socket and, as in a lab where dockerd runs with
 * `-H unix:// -H tcp://0.0.0.0:2375`, on plain TCP port 2375; every host runs sshd and lets the
 * student in (`docker system dial-stdio` through ssh reaches its socket). So from the first host:
 * - `unix:///var/run/docker.sock` is the client machine's own daemon;
 * - `tcp://NAME:2375` and `ssh://[USER@]NAME[:PORT]` reach host NAME (`localhost`, `127.0.0.1` the
 *   machine itself);
 * - any other socket, or another TCP port of a known host, is refused: "Cannot connect …";
 * - an unknown name fails its DNS lookup (tcp) or ssh's (ssh), with docker's "error during connect".
 */

import type { World } from '../../engine/world-state';
import type { ApiRequest } from '../../api/types';
import { DaemonUnreachable, cannotConnect } from './api-client';
import { DEFAULT_DOCKER_HOST } from './docker-host';

/** Where an endpoint leads: a host of the world, or the error every request gets. */
export type Dialled = { host: string } | { fail: (request: ApiRequest) => DaemonUnreachable };

// Ubuntu 24.04's stub resolver (systemd-resolved), which Go's resolver names in its lookup errors.
const RESOLVER = '127.0.0.53:53';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '::1']);

/** Go's url.Error Op: the method with only its first letter upper case ("Get", "Head"). */
function urlOp(method: string): string {
  const m = method.toUpperCase();
  return m.slice(0, 1) + m.slice(1).toLowerCase();
}

/**
 * The request whose failure the client reports. Most client methods send their request and fail
 * on it (the CLI's own first `_ping` failed quietly); those that negotiate the API version first
 * (moby client's checkVersion: image list, container create and wait, exec create, network create,
 * stop/restart with a signal, a forced volume remove) fail on their `HEAD /_ping`.
 */
function failingRequest(request: ApiRequest): { method: string; path: string } {
  const [path, query = ''] = String(request.path)
    .replace(/^\/v\d+\.\d+/, '')
    .split('?');
  const method = String(request.method).toUpperCase();
  const negotiates =
    (method === 'GET' && path === '/images/json') ||
    (method === 'POST' &&
      (path === '/containers/create' ||
        path === '/networks/create' ||
        /^\/containers\/[^/]+\/(exec|wait)$/.test(path))) ||
    (method === 'POST' && /^\/containers\/[^/]+\/(stop|restart)$/.test(path) && /(^|&)signal=/.test(query)) ||
    (method === 'DELETE' && /^\/volumes\//.test(path) && /(^|&)force=/.test(query));
  return negotiates ? { method: 'HEAD', path: '/_ping' } : { method, path: String(request.path) };
}

/** What the client's failing request looks like to Go's http client: `Get "http://host/v1.50/…"`. */
function describeRequest(base: string, request: ApiRequest): string {
  const shown = failingRequest(request);
  return `${urlOp(shown.method)} "${base}${shown.path}"`;
}

function refused(endpoint: string): Dialled {
  return { fail: () => new DaemonUnreachable(cannotConnect(endpoint)) };
}

/** Which daemon `endpoint` reaches from host `from` (the client's machine). */
export function dialDaemon(world: World, from: string, endpoint: string): Dialled {
  const known = (name: string) => Object.prototype.hasOwnProperty.call(world.state.hosts, name);
  const cut = endpoint.indexOf('://');
  const scheme = cut >= 0 ? endpoint.slice(0, cut) : '';
  const rest = cut >= 0 ? endpoint.slice(cut + 3) : endpoint;
  if (scheme === 'unix') return endpoint === DEFAULT_DOCKER_HOST ? { host: from } : refused(endpoint);
  if (scheme === 'ssh') {
    const authority = rest.split('/')[0];
    const at = authority.lastIndexOf('@');
    const user = at >= 0 ? authority.slice(0, at) : '';
    const hostPort = at >= 0 ? authority.slice(at + 1) : authority;
    const name = hostPort.replace(/:\d*$/, '');
    if (LOOPBACK.has(name)) return { host: from };
    if (known(name)) return { host: name };
    // connhelper/ssh: the command it ran, and ssh's own complaint (its CRLF included) as stderr.
    const login = user ? ` -l ${user}` : '';
    const port = /:(\d+)$/.exec(hostPort)?.[1];
    const portFlag = port ? ` -p ${port}` : '';
    return {
      fail: (request) =>
        new DaemonUnreachable(
          `error during connect: ${describeRequest('http://docker.example.com', request)}: ` +
            `command [ssh -o ConnectTimeout=30 -T${login}${portFlag} -- ${name} docker system dial-stdio] has ` +
            `exited with exit status 255, make sure the URL is valid, and Docker 18.09 or later is installed on ` +
            `the remote host: stderr=ssh: Could not resolve hostname ${name}: Name or service not known\r\n`,
          true,
        ),
    };
  }
  if (scheme !== 'tcp' && scheme !== '') return lookupFails(rest.split('/')[0], rest.split('/')[0]);
  const authority = rest.split('/')[0];
  const colon = authority.lastIndexOf(':');
  const name = (colon >= 0 ? authority.slice(0, colon) : authority).replace(/^\[|\]$/g, '');
  const port = colon >= 0 ? authority.slice(colon + 1) : '2375';
  const target = LOOPBACK.has(name) ? from : known(name) ? name : undefined;
  if (target !== undefined) return port === '2375' ? { host: target } : refused(endpoint);
  // An address no simulated host has: nothing answers (a guess: the real client may also time out).
  if (/^[\d.]+$/.test(name) || name.includes(':')) return refused(endpoint);
  return lookupFails(authority, name);
}

/** Go's resolver failing to find `name`, as `error during connect` reports it. */
function lookupFails(authority: string, name: string): Dialled {
  return {
    fail: (request) =>
      new DaemonUnreachable(
        `error during connect: ${describeRequest(`http://${authority}`, request)}: ` +
          `dial tcp: lookup ${name} on ${RESOLVER}: no such host`,
        true,
      ),
  };
}
