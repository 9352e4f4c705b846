/** The JSON shapes of containers in the Engine API: list summaries and inspect documents. */

import { liveExecIds } from '../../engine/execs/exec-store';
import type { ContainerRecord, HostState, NetworkRecord } from '../../engine/state';
import { isPaused, isRunning, statusOf } from '../../engine/container-state';
import { humanDuration } from '../../kernel/go-units';
import { findImage } from '../../engine/images/lookup';
import { rfc3339Nano, unixSeconds } from './time-format';
import { hostConfigView } from './host-config-view';
import { defaultNetworkSettings, mountsOf } from './mount-point-view';

/** The networks every daemon has; the rest are user-defined. */
const PREDEFINED_NETWORKS = new Set(['bridge', 'host', 'none']);

/** moby State.String(): `Up 5 minutes`, `Exited (0) 2 minutes ago`, `Created`, … */
export function statusString(c: ContainerRecord, nowMs: number): string {
  const status = statusOf(c.state.lifecycle);
  if (isRunning(c) && status !== 'restarting') {
    const up = `Up ${humanDuration(nowMs - c.state.startedAt)}`;
    return isPaused(c) ? `${up} (Paused)` : up;
  }
  if (status === 'restarting')
    return `Restarting (${c.state.exitCode}) ${humanDuration(nowMs - c.state.finishedAt)} ago`;
  if (status === 'removing') return 'Removal In Progress';
  if (status === 'dead') return 'Dead';
  if (c.state.startedAt === 0) return 'Created';
  return `Exited (${c.state.exitCode}) ${humanDuration(nowMs - c.state.finishedAt)} ago`;
}

/** The COMMAND the daemon lists: Path and Args, quoting arguments that contain a space. */
export function commandString(c: ContainerRecord): string {
  if (c.args.length === 0) return c.path;
  return `${c.path} ${c.args.map((a) => (a.includes(' ') ? `'${a}'` : a)).join(' ')}`;
}

/**
 * What a listing of many containers looks up once, not once per container: the image each typed
 * reference names now, and each network by name. A list of 10,000 containers shares a few hundred.
 */
export interface SummaryLookups {
  imageIdOfRef: Map<string, string>;
  networkByName: Map<string, NetworkRecord>;
}

/** Fresh lookups for one answer (the state must not change while they are in use). */
export function summaryLookups(host: HostState): SummaryLookups {
  return { imageIdOfRef: new Map(), networkByName: new Map(Object.values(host.networks).map((n) => [n.name, n])) };
}

/** The ID of the image a typed reference names now ('' if none). */
function imageIdOfRef(host: HostState, ref: string, lookups: SummaryLookups): string {
  let id = lookups.imageIdOfRef.get(ref);
  if (id === undefined) {
    try {
      id = findImage(host, ref)?.id ?? '';
    } catch {
      // An unparsable reference cannot resolve.
      id = '';
    }
    lookups.imageIdOfRef.set(ref, id);
  }
  return id;
}

/** moby refreshImage: the reference as typed while it still names the container's image, else the short ID. */
export function displayedImage(host: HostState, c: ContainerRecord, lookups = summaryLookups(host)): string {
  return imageIdOfRef(host, c.imageRef, lookups) === c.imageId ? c.imageRef : c.imageId.slice(7, 19);
}

/** The `Ports` list of a summary: published bindings (v4 and v6) and exposed ports, only while running. */
export function portList(
  c: ContainerRecord,
): Array<{ IP?: string; PrivatePort: number; PublicPort?: number; Type: string }> {
  if (!isRunning(c)) return [];
  const out: Array<{ IP?: string; PrivatePort: number; PublicPort?: number; Type: string }> = [];
  const published = new Set<string>();
  for (const b of c.publishedPorts) {
    published.add(`${b.port}/${b.proto}`);
    const ips = b.hostIp ? [b.hostIp] : ['0.0.0.0', '::'];
    for (const ip of ips)
      out.push({ IP: ip, PrivatePort: Number(b.port), PublicPort: Number(b.hostPort), Type: b.proto });
  }
  for (const spec of Object.keys(c.config.ExposedPorts)) {
    if (published.has(spec.includes('/') ? spec : `${spec}/tcp`)) continue;
    const [port, proto = 'tcp'] = spec.split('/');
    out.push({ PrivatePort: Number(port), Type: proto });
  }
  return out;
}

function networkSettingsOf(c: ContainerRecord, lookups: SummaryLookups): Record<string, unknown> {
  const networks: Record<string, unknown> = {};
  for (const [name, e] of Object.entries(c.networks)) {
    const network = lookups.networkByName.get(name);
    networks[name] = {
      IPAMConfig: null,
      Links: null,
      Aliases: e.aliases.length ? e.aliases : null,
      MacAddress: e.macAddress,
      DriverOpts: null,
      GwPriority: 0,
      NetworkID: network?.id ?? e.networkId,
      EndpointID: e.endpointId,
      Gateway: e.gateway,
      IPAddress: e.ipAddress,
      IPPrefixLen: e.ipAddress ? 16 : 0,
      IPv6Gateway: '',
      GlobalIPv6Address: '',
      GlobalIPv6PrefixLen: 0,
      // moby's buildEndpointDNSNames: name, aliases, short ID (the default hostname), deduplicated;
      // on Linux only user-defined networks get them (no service discovery on the default bridge).
      DNSNames:
        e.endpointId && !PREDEFINED_NETWORKS.has(name)
          ? [...new Set([c.name.slice(1), ...e.aliases, c.id.slice(0, 12)])]
          : null,
    };
  }
  return networks;
}

interface FixedParts {
  Names: readonly string[];
  Command: string;
  HostConfig: Readonly<{ NetworkMode: string }>;
  Mounts: ReadonlyArray<Record<string, unknown>>;
}

// The parts of a summary that cannot change after create (name, command, host config, mounts),
// built once per container and frozen: a list of 10,000 containers then allocates far less.
const fixedPartsCache = new WeakMap<ContainerRecord, FixedParts>();

function fixedParts(c: ContainerRecord): FixedParts {
  let parts = fixedPartsCache.get(c);
  if (!parts) {
    parts = Object.freeze({
      Names: Object.freeze([c.name]),
      Command: commandString(c),
      HostConfig: Object.freeze({ NetworkMode: c.hostConfig.NetworkMode }),
      Mounts: Object.freeze(mountsOf(c).map((m) => Object.freeze(m))),
    });
    fixedPartsCache.set(c, parts);
  }
  return parts;
}

/** One entry of `GET /containers/json`; a list passes one `lookups` for all its entries. */
export function containerSummary(
  host: HostState,
  c: ContainerRecord,
  nowMs: number,
  withSize: boolean,
  lookups = summaryLookups(host),
): Record<string, unknown> {
  const image = host.images[c.imageId];
  const fixed = fixedParts(c);
  const summary: Record<string, unknown> = {
    Id: c.id,
    Names: fixed.Names,
    Image: displayedImage(host, c, lookups),
    ImageID: c.imageId,
    Command: fixed.Command,
    Created: unixSeconds(c.created),
    Ports: portList(c),
    Labels: c.config.Labels,
    State: statusOf(c.state.lifecycle),
    Status: statusString(c, nowMs),
    HostConfig: fixed.HostConfig,
    NetworkSettings: { Networks: networkSettingsOf(c, lookups) },
    Mounts: fixed.Mounts,
  };
  if (withSize) {
    summary.SizeRw = c.rwSize;
    summary.SizeRootFs = c.rwSize + (image?.size ?? 0);
  }
  return summary;
}

/** `GET /containers/{id}/json`. */
export function containerInspect(host: HostState, c: ContainerRecord, withSize: boolean): Record<string, unknown> {
  const status = statusOf(c.state.lifecycle);
  const image = host.images[c.imageId];
  const doc: Record<string, unknown> = {
    Id: c.id,
    Created: rfc3339Nano(c.created),
    Path: c.path,
    Args: c.args,
    State: {
      Status: status,
      Running: isRunning(c),
      Paused: isPaused(c),
      Restarting: status === 'restarting',
      OOMKilled: c.state.oomKilled ?? false,
      Dead: status === 'dead',
      Pid: c.state.pid,
      ExitCode: c.state.exitCode,
      Error: c.state.error,
      StartedAt: rfc3339Nano(c.state.startedAt),
      FinishedAt: rfc3339Nano(c.state.finishedAt),
    },
    Image: c.imageId,
    ResolvConfPath: `/var/lib/docker/containers/${c.id}/resolv.conf`,
    HostnamePath: `/var/lib/docker/containers/${c.id}/hostname`,
    HostsPath: `/var/lib/docker/containers/${c.id}/hosts`,
    LogPath: `/var/lib/docker/containers/${c.id}/${c.id}-json.log`,
    Name: c.name,
    RestartCount: c.restartCount,
    Driver: 'overlay2',
    Platform: 'linux',
    MountLabel: '',
    ProcessLabel: '',
    AppArmorProfile: 'docker-default',
    ExecIDs: liveExecIds(host, c.id),
    HostConfig: hostConfigView(c),
    GraphDriver: {
      Name: 'overlay2',
      Data: {
        MergedDir: `/var/lib/docker/overlay2/${c.id}/merged`,
        UpperDir: `/var/lib/docker/overlay2/${c.id}/diff`,
        WorkDir: `/var/lib/docker/overlay2/${c.id}/work`,
      },
    },
    Mounts: mountsOf(c),
    Config: { ...c.config, Domainname: '', User: '', StdinOnce: false },
    NetworkSettings: {
      Bridge: '',
      SandboxID: isRunning(c) ? c.id.split('').reverse().join('') : '',
      SandboxKey: isRunning(c) ? `/var/run/docker/netns/${c.id.slice(0, 12)}` : '',
      Ports: Object.fromEntries(
        Object.keys(c.config.ExposedPorts).map((spec) => [
          spec,
          isRunning(c)
            ? c.publishedPorts
                .filter((b) => `${b.port}/${b.proto}` === spec)
                .flatMap((b) =>
                  b.hostIp
                    ? [{ HostIp: b.hostIp, HostPort: b.hostPort }]
                    : [
                        { HostIp: '0.0.0.0', HostPort: b.hostPort },
                        { HostIp: '::', HostPort: b.hostPort },
                      ],
                )
            : null,
        ]),
      ),
      // Deprecated, never set (api/types/container/network_settings.go NetworkSettingsBase).
      HairpinMode: false,
      LinkLocalIPv6Address: '',
      LinkLocalIPv6PrefixLen: 0,
      SecondaryIPAddresses: null,
      SecondaryIPv6Addresses: null,
      ...defaultNetworkSettings(c),
      Networks: networkSettingsOf(c, summaryLookups(host)),
    },
  };
  if (withSize) {
    doc.SizeRw = c.rwSize;
    doc.SizeRootFs = c.rwSize + (image?.size ?? 0);
  }
  return doc;
}
