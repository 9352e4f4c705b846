// docker/go-connections nat.ParsePortSpecs: `-p [ip:][hostPort:]containerPort[/proto]`, with its
// error texts ("invalid containerPort: abc", "invalid hostPort: 99999", …).
import { ConfigError } from './config-error';

/** nat.SplitProtoPort: "80/udp" → ["udp", "80"]; no protocol means tcp. */
export function splitProtoPort(raw: string): [string, string] {
  const parts = raw.split('/');
  if (raw.length === 0 || parts[0].length === 0) return ['', ''];
  if (parts.length === 1) return ['tcp', raw];
  if (parts[1].length === 0) return ['tcp', parts[0]];
  return [parts[1], parts[0]];
}

/** strconv.ParseUint(s, 10, 16) as nat uses it. */
function parsePort(s: string): number | string {
  if (!/^\d+$/.test(s)) return `strconv.ParseUint: parsing "${s}": invalid syntax`;
  const n = Number(s);
  return n > 65535 ? `strconv.ParseUint: parsing "${s}": value out of range` : n;
}

/** nat.ParsePortRange: "80" or "8000-8010". */
export function parsePortRange(ports: string): { ok: true; start: number; end: number } | { ok: false; error: string } {
  if (ports === '') return { ok: false, error: 'empty string specified for ports' };
  if (!ports.includes('-')) {
    const p = parsePort(ports);
    return typeof p === 'number' ? { ok: true, start: p, end: p } : { ok: false, error: p };
  }
  const [a, b] = ports.split('-');
  const start = parsePort(a);
  if (typeof start === 'string') return { ok: false, error: start };
  const end = parsePort(b ?? '');
  if (typeof end === 'string') return { ok: false, error: end };
  if (end < start) return { ok: false, error: `invalid range specified for port: ${ports}` };
  return { ok: true, start, end };
}

function splitParts(raw: string): [string, string, string] {
  const parts = raw.split(':');
  const n = parts.length;
  const container = parts[n - 1];
  if (n === 1) return ['', '', container];
  if (n === 2) return ['', parts[0], container];
  if (n === 3) return [parts[0], parts[1], container];
  return [parts.slice(0, n - 2).join(':'), parts[n - 2], container];
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/** net.ParseIP: dotted IPv4, or IPv6 with at most one `::` and an optional IPv4 tail. */
function validIp(ip: string): boolean {
  if (IPV4.test(ip)) return true;
  if (ip.length > 45 || !ip.includes(':')) return false;
  const halves = ip.split('::');
  if (halves.length > 2) return false;
  const groups = halves.map((h) => (h === '' ? [] : h.split(':')));
  const all = groups.flat();
  let count = 0;
  for (let i = 0; i < all.length; i++) {
    const g = all[i];
    if (i === all.length - 1 && g.includes('.')) {
      if (!IPV4.test(g)) return false;
      count += 2;
    } else if (/^[0-9a-fA-F]{1,4}$/.test(g)) count += 1;
    else return false;
  }
  return halves.length === 2 ? count < 8 : count === 8;
}

/** The exposed ports and bindings of every `-p`, as nat.ParsePortSpecs returns them. */
export function parsePortSpecs(specs: readonly string[]): {
  exposed: Record<string, object>;
  bindings: Record<string, Array<{ HostIp: string; HostPort: string }>>;
} {
  const exposed: Record<string, object> = {};
  const bindings: Record<string, Array<{ HostIp: string; HostPort: string }>> = {};
  for (const raw of specs) {
    let [ip, hostPort, containerPort] = splitParts(raw);
    const [rawProto, port] = splitProtoPort(containerPort);
    containerPort = port;
    if (ip !== '' && ip[0] === '[') {
      const end = ip.indexOf(']');
      if (end < 0 || end !== ip.length - 1)
        throw new ConfigError(`invalid IP address ${ip}: address ${ip}:: missing ']' in address`);
      ip = ip.slice(1, end);
    }
    if (ip !== '' && !validIp(ip)) throw new ConfigError(`invalid IP address: ${ip}`);
    if (containerPort === '') throw new ConfigError(`no port specified: ${raw}<empty>`);
    const range = parsePortRange(containerPort);
    if (!range.ok) throw new ConfigError(`invalid containerPort: ${containerPort}`);
    let hostStart = 0;
    let hostEnd = 0;
    if (hostPort !== '') {
      const h = parsePortRange(hostPort);
      if (!h.ok) throw new ConfigError(`invalid hostPort: ${hostPort}`);
      hostStart = h.start;
      hostEnd = h.end;
    }
    if (hostPort !== '' && range.end - range.start !== hostEnd - hostStart && range.end !== range.start) {
      throw new ConfigError(`invalid ranges specified for container and host Ports: ${containerPort} and ${hostPort}`);
    }
    const proto = rawProto.toLowerCase();
    if (!['tcp', 'udp', 'sctp'].includes(proto)) throw new ConfigError(`invalid proto: ${proto}`);
    for (let i = 0; i <= range.end - range.start; i++) {
      const key = `${range.start + i}/${proto}`;
      let host = hostPort === '' ? '' : String(hostStart + i);
      if (range.start === range.end && hostStart !== hostEnd) host = `${host}-${hostEnd}`;
      exposed[key] = {};
      (bindings[key] ??= []).push({ HostIp: ip, HostPort: host });
    }
  }
  return { exposed, bindings };
}
