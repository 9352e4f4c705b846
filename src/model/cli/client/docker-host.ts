/**
 * A daemon address as `-H`, DOCKER_HOST and a context's `host=` give it, checked and completed as
 * docker/cli's opts.ParseHost does (opts/hosts.go): `tcp://h` gets port 2375, a bare `h:p` is TCP,
 * `unix://` alone is the default socket, `ssh://` and `fd://` pass as typed.
 */

/** Where the client looks for the daemon when nothing says otherwise. */
export const DEFAULT_DOCKER_HOST = 'unix:///var/run/docker.sock';

const DEFAULT_TCP_HOST = 'localhost';
const DEFAULT_HTTP_PORT = '2375';

/** A parsed address, or docker's error for it. */
export type ParsedHost = { ok: true; host: string } | { ok: false; error: string };

/** opts.ParseHost(false, value): the empty string is the default socket. */
export function parseDockerHost(value: string): ParsedHost {
  const host = value.trim();
  if (host === '') return { ok: true, host: DEFAULT_DOCKER_HOST };
  return parseDaemonHost(host);
}

function parseDaemonHost(addr: string): ParsedHost {
  const cut = addr.indexOf('://');
  let proto = cut >= 0 ? addr.slice(0, cut) : addr;
  let rest = cut >= 0 ? addr.slice(cut + 3) : '';
  if (cut < 0 && proto !== '') {
    rest = proto;
    proto = 'tcp';
  }
  switch (proto) {
    case 'tcp':
      return parseTcpAddr(rest);
    case 'unix':
      return parseSimpleProtoAddr('unix', rest, '/var/run/docker.sock');
    case 'npipe':
      return parseSimpleProtoAddr('npipe', rest, '//./pipe/docker_engine');
    case 'fd':
    case 'ssh':
      return { ok: true, host: addr };
    default:
      return { ok: false, error: `invalid bind address format: ${addr}` };
  }
}

function parseSimpleProtoAddr(proto: string, addr: string, defaultAddr: string): ParsedHost {
  const bare = addr.startsWith(`${proto}://`) ? addr.slice(proto.length + 3) : addr;
  if (bare.includes('://')) return { ok: false, error: `invalid proto, expected ${proto}: ${bare}` };
  return { ok: true, host: `${proto}://${bare === '' ? defaultAddr : bare}` };
}

/** ParseTCPAddr with `tcp://localhost:2375` as the default, through url.Parse and net.SplitHostPort. */
function parseTcpAddr(tryAddr: string): ParsedHost {
  if (tryAddr === '' || tryAddr === 'tcp://')
    return { ok: true, host: `tcp://${DEFAULT_TCP_HOST}:${DEFAULT_HTTP_PORT}` };
  const addr = tryAddr.startsWith('tcp://') ? tryAddr.slice(6) : tryAddr;
  const bad: ParsedHost = { ok: false, error: `invalid bind address format: ${tryAddr}` };
  if (addr.includes('://') || addr === '') return { ok: false, error: `invalid proto, expected tcp: ${tryAddr}` };
  // url.Parse: the authority ends at the first '/', '?' or '#'; the path is kept.
  const end = addr.search(/[/?#]/);
  const authority = end < 0 ? addr : addr.slice(0, end);
  const path = end < 0 ? '' : addr.slice(end).replace(/[?#].*$/, '');
  const at = authority.lastIndexOf('@');
  const hostPort = at >= 0 ? authority.slice(at + 1) : authority;
  const urlError = parseHostError(hostPort);
  if (urlError !== undefined) return { ok: false, error: `parse "tcp://${addr}": ${urlError}` };
  const split = splitHostPort(hostPort) ?? splitHostPort(joinHostPort(hostPort, DEFAULT_HTTP_PORT));
  if (!split) return bad;
  const host = split.host === '' ? DEFAULT_TCP_HOST : split.host;
  const port = split.port === '' ? DEFAULT_HTTP_PORT : split.port;
  // strconv.Atoi failing with 0: not a number (a number out of range passes, as in Go).
  if (!/^[+-]?\d+$/.test(port)) return bad;
  return { ok: true, host: `tcp://${joinHostPort(host, port)}${path}` };
}

/** url.Parse's check of an authority's host and port (net/url parseHost), or undefined when it passes. */
function parseHostError(hostPort: string): string | undefined {
  if (hostPort.startsWith('[')) {
    const close = hostPort.lastIndexOf(']');
    if (close < 0) return "missing ']' in host";
    const colonPort = hostPort.slice(close + 1);
    if (!/^(:\d*)?$/.test(colonPort)) return `invalid port ${JSON.stringify(colonPort)} after host`;
    return undefined;
  }
  const colon = hostPort.lastIndexOf(':');
  if (colon < 0) return undefined;
  const colonPort = hostPort.slice(colon);
  return /^:\d*$/.test(colonPort) ? undefined : `invalid port ${JSON.stringify(colonPort)} after host`;
}

/** net.SplitHostPort: `host:port` or `[v6]:port`; undefined where Go returns an error. */
function splitHostPort(hostPort: string): { host: string; port: string } | undefined {
  const colon = hostPort.lastIndexOf(':');
  if (colon < 0) return undefined;
  let host = hostPort.slice(0, colon);
  const port = hostPort.slice(colon + 1);
  if (host.startsWith('[')) {
    if (!host.endsWith(']')) return undefined;
    host = host.slice(1, -1);
  } else if (host.includes(':') || host.includes('[') || host.includes(']')) return undefined;
  if (port.includes('[') || port.includes(']')) return undefined;
  return { host, port };
}

/** net.JoinHostPort: brackets around a host with a colon (IPv6). */
function joinHostPort(host: string, port: string): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}
