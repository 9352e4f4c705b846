// `docker network create|ls|rm|connect|disconnect` (docker/cli cli/command/network/).
import type { CommandContext } from '../../docker/context';
import { CliError } from '../../docker/context';
import { daemonError, isError, pathSegment } from '../../client/api-client';
import { filtersQuery } from '../common/filters';
import { writeList } from '../common/write-list';
import { naturalCompare } from '../common/natural-sort';
import { goTimeString, parseApiTime } from '../common/go-time';
import { truncateId } from '../rows/container-row';

interface NetworkSummary {
  Id: string;
  Name: string;
  Driver?: string;
  Scope?: string;
  Created?: string;
  EnableIPv4?: boolean;
  EnableIPv6?: boolean;
  Internal?: boolean;
  Labels?: Record<string, string> | null;
}

const NETWORK_HEADER = {
  ID: 'NETWORK ID',
  Name: 'NAME',
  Driver: 'DRIVER',
  Scope: 'SCOPE',
  IPv4: 'IPV4',
  IPv6: 'IPV6',
  Internal: 'INTERNAL',
  Labels: 'LABELS',
  CreatedAt: 'CREATED AT',
};

function networkRow(n: NetworkSummary, trunc: boolean): Record<string, unknown> {
  const labels = n.Labels ?? null;
  const created = parseApiTime(n.Created);
  return {
    CreatedAt: Number.isNaN(created) ? '0001-01-01 00:00:00 +0000 UTC' : goTimeString(created),
    Driver: n.Driver ?? '',
    ID: trunc ? truncateId(n.Id) : n.Id,
    IPv4: String(n.EnableIPv4 ?? true),
    IPv6: String(n.EnableIPv6 ?? false),
    Internal: String(n.Internal ?? false),
    Labels: labels
      ? Object.entries(labels)
          .map(([k, v]) => `${k}=${v}`)
          .sort()
          .join(',')
      : '',
    Name: n.Name,
    Scope: n.Scope ?? '',
    Label: (name: string) => (labels ? (labels[String(name)] ?? '') : ''),
  };
}

function keyValues(list: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    list.map((item) =>
      item.includes('=') ? [item.slice(0, item.indexOf('=')), item.slice(item.indexOf('=') + 1)] : [item, ''],
    ),
  );
}

/** `docker network create NAME`: prints the new network's full ID. */
export function networkCreate(ctx: CommandContext): number {
  const { flags } = ctx;
  const subnets = flags.list('subnet');
  // The body as the real client sends it (network.CreateRequest), field order included.
  const body: Record<string, unknown> = {
    Driver: flags.string('driver', 'bridge'),
    Scope: flags.string('scope'),
    ...(flags.changed('ipv4') ? { EnableIPv4: flags.bool('ipv4') } : {}),
    ...(flags.changed('ipv6') ? { EnableIPv6: flags.bool('ipv6') } : {}),
    IPAM: {
      Driver: flags.string('ipam-driver', 'default'),
      Options: keyValues(flags.list('ipam-opt')),
      Config: subnets.map((s, i) => ({
        Subnet: s,
        Gateway: flags.list('gateway')[i] ?? '',
        IPRange: flags.list('ip-range')[i] ?? '',
      })),
    },
    Internal: flags.bool('internal'),
    Attachable: flags.bool('attachable'),
    Ingress: flags.bool('ingress'),
    ConfigOnly: flags.bool('config-only'),
    ConfigFrom: null,
    Options: keyValues(flags.list('opt')),
    Labels: keyValues(flags.list('label')),
    Name: ctx.args[0],
  };
  const response = ctx.client.request('POST', '/networks/create', {}, body);
  if (isError(response)) throw new CliError(daemonError(response));
  ctx.out.out(`${(response.json as { Id: string }).Id}\n`);
  return 0;
}

/** `docker network ls`: sorted by name, naturally. */
export function networkLs(ctx: CommandContext): number {
  const { flags } = ctx;
  const response = ctx.client.request('GET', '/networks', { filters: filtersQuery(flags.list('filter')) });
  if (isError(response)) throw new CliError(daemonError(response));
  const networks = [...((response.json as NetworkSummary[] | undefined) ?? [])].sort((a, b) =>
    naturalCompare(a.Name, b.Name),
  );
  const source = flags.string('format') || 'table';
  const quiet = flags.bool('quiet');
  const format =
    source === 'table'
      ? quiet
        ? '{{.ID}}'
        : 'table {{.ID}}\t{{.Name}}\t{{.Driver}}\t{{.Scope}}'
      : quiet
        ? '{{.ID}}'
        : source;
  const trunc = !flags.bool('no-trunc');
  writeList(
    ctx.out,
    networks.map((n) => networkRow(n, trunc)),
    { format, header: NETWORK_HEADER, typeName: '*network.networkContext', row: (r) => r },
  );
  return 0;
}

/** `docker network rm`: errors as they happen, then docker 28's bare "exit status 1". */
export function networkRm(ctx: CommandContext): number {
  let failed = false;
  for (const name of ctx.args) {
    if (name === '') {
      ctx.out.err('invalid network name or ID: value is empty\n');
      failed = true;
      continue;
    }
    // The client inspects first (to ask before removing an ingress network).
    ctx.client.request('GET', `/networks/${pathSegment(name)}`);
    const response = ctx.client.request('DELETE', `/networks/${pathSegment(name)}`);
    if (isError(response)) {
      if (ctx.flags.bool('force') && response.status === 404) continue;
      ctx.out.err(`${daemonError(response)}\n`);
      failed = true;
      continue;
    }
    ctx.out.out(`${name}\n`);
  }
  if (failed) throw new CliError('exit status 1');
  return 0;
}

/** `docker network connect NETWORK CONTAINER`. */
export function networkConnect(ctx: CommandContext): number {
  const { flags } = ctx;
  const [network, container] = ctx.args;
  const endpoint: Record<string, unknown> = {
    Aliases: flags.list('alias'),
    Links: flags.list('link'),
    DriverOpts: keyValues(flags.list('driver-opt')),
  };
  if (flags.string('ip') || flags.string('ip6') || flags.list('link-local-ip').length > 0) {
    endpoint.IPAMConfig = {
      IPv4Address: flags.string('ip'),
      IPv6Address: flags.string('ip6'),
      LinkLocalIPs: flags.list('link-local-ip'),
    };
  }
  const response = ctx.client.request(
    'POST',
    `/networks/${pathSegment(network)}/connect`,
    {},
    { Container: container, EndpointConfig: endpoint },
  );
  if (isError(response)) throw new CliError(daemonError(response));
  return 0;
}

/** `docker network disconnect NETWORK CONTAINER`. */
export function networkDisconnect(ctx: CommandContext): number {
  const [network, container] = ctx.args;
  const response = ctx.client.request(
    'POST',
    `/networks/${pathSegment(network)}/disconnect`,
    {},
    { Container: container, Force: ctx.flags.bool('force') },
  );
  if (isError(response)) throw new CliError(daemonError(response));
  return 0;
}
