// formatter.DisplayablePorts (docker/cli 28.2.2): the PORTS column. Ports are sorted by private
// port, IP and public port; runs of consecutive ports on the same IP and protocol are grouped;
// mappings whose host port differs from the container port come last.

/** One port of an API container summary. */
export interface PortSummary {
  IP?: string;
  PrivatePort: number;
  PublicPort?: number;
  Type: string;
}

/** net.JoinHostPort: IPv6 addresses in brackets. */
function joinHostPort(host: string, port: string): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}

function formGroup(key: string, start: number, last: number): string {
  const parts = key.split('/');
  let groupType = parts[0];
  let ip = '';
  if (parts.length > 1) {
    ip = parts[0];
    groupType = parts[1];
  }
  let group = String(start);
  if (start !== last) group = `${group}-${last}`;
  if (ip !== '') group = `${joinHostPort(ip, group)}->${group}`;
  return `${group}/${groupType}`;
}

const compareStrings = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The PORTS text: "0.0.0.0:8080->80/tcp, [::]:8080->80/tcp", "80/tcp", … */
export function displayablePorts(input: readonly PortSummary[]): string {
  // What JSON transit would make of a non-number (NaN becomes null, read as 0 by Go).
  const num = (n: number | undefined) => (typeof n === 'number' && Number.isFinite(n) ? n : 0);
  const ports = input
    .map((p) => ({ ...p, PrivatePort: num(p.PrivatePort), PublicPort: num(p.PublicPort) }))
    .sort(
      (i, j) =>
        i.PrivatePort - j.PrivatePort ||
        compareStrings(i.IP ?? '', j.IP ?? '') ||
        (i.PublicPort ?? 0) - (j.PublicPort ?? 0) ||
        compareStrings(i.Type, j.Type),
    );
  const groups = new Map<string, { first: number; last: number }>();
  const result: string[] = [];
  const hostMappings: string[] = [];
  for (const port of ports) {
    const current = port.PrivatePort;
    let key = port.Type;
    if (port.IP) {
      if ((port.PublicPort ?? 0) !== current) {
        hostMappings.push(`${joinHostPort(port.IP, String(port.PublicPort ?? 0))}->${port.PrivatePort}/${port.Type}`);
        continue;
      }
      key = `${port.IP}/${port.Type}`;
    }
    const group = groups.get(key);
    if (!group) {
      groups.set(key, { first: current, last: current });
      continue;
    }
    if (current === group.last + 1) {
      group.last = current;
      continue;
    }
    result.push(formGroup(key, group.first, group.last));
    // Go replaces the map entry; the key keeps its first-seen position.
    groups.set(key, { first: current, last: current });
  }
  for (const [key, g] of groups) result.push(formGroup(key, g.first, g.last));
  return [...result, ...hostMappings].join(', ');
}
