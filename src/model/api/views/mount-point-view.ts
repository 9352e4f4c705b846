/** The parts of a container's inspect document about its mounts and its default-bridge endpoint. */

import type { ContainerRecord } from '../../engine/state';

// A record saved before Mode and Propagation were kept shows what those saves showed.
/** api/types/container.MountPoint as daemon/inspect.go fills it (Name and Driver omitempty). */
export function mountsOf(c: ContainerRecord): Array<Record<string, unknown>> {
  return c.mounts.map((m) => {
    const legacyMode = m.rw ? '' : 'ro';
    if (m.type === 'volume')
      return {
        Type: 'volume',
        Name: m.name,
        Source: m.source,
        Destination: m.destination,
        Driver: 'local',
        Mode: m.mode ?? legacyMode,
        RW: m.rw,
        Propagation: m.propagation ?? '',
      };
    if (m.type === 'tmpfs')
      return { Type: 'tmpfs', Source: '', Destination: m.destination, Mode: '', RW: m.rw, Propagation: '' };
    return {
      Type: 'bind',
      Source: m.source,
      Destination: m.destination,
      Mode: m.mode ?? legacyMode,
      RW: m.rw,
      Propagation: m.propagation ?? 'rprivate',
    };
  });
}

// They still come from the endpoint on the network named "bridge" at API 1.50 (empty on any other).
/** daemon/inspect.go getDefaultNetworkSettings: the deprecated top-level network fields. */
export function defaultNetworkSettings(c: ContainerRecord): Record<string, unknown> {
  const e = c.networks.bridge;
  const ip = e?.ipAddress ?? '';
  return {
    EndpointID: e?.endpointId ?? '',
    Gateway: e?.gateway ?? '',
    GlobalIPv6Address: '',
    GlobalIPv6PrefixLen: 0,
    IPAddress: ip,
    IPPrefixLen: ip ? 16 : 0,
    IPv6Gateway: '',
    MacAddress: e?.macAddress ?? '',
  };
}
