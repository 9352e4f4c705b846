/** The JSON shapes of volumes and networks in the Engine API. */

import type { HostState, NetworkRecord, VolumeRecord } from '../../engine/state';
import { rfc3339Nano, rfc3339Seconds } from './time-format';

/** A volume as `GET /volumes/{name}` and the list show it. */
export function volumeView(volume: VolumeRecord): Record<string, unknown> {
  return {
    CreatedAt: rfc3339Seconds(volume.created),
    Driver: volume.driver,
    Labels: volume.labels,
    Mountpoint: `/var/lib/docker/volumes/${volume.name}/_data`,
    Name: volume.name,
    Options: volume.options,
    Scope: 'local',
  };
}

/** A network as `GET /networks/{id}` shows it (with its containers). */
export function networkView(host: HostState, network: NetworkRecord, withContainers = true): Record<string, unknown> {
  const containers: Record<string, unknown> = {};
  if (withContainers) {
    for (const c of Object.values(host.containers)) {
      const e = c.networks[network.name];
      if (!e || !e.endpointId || e.networkId !== network.id) continue;
      containers[c.id] = {
        Name: c.name.slice(1),
        EndpointID: e.endpointId,
        MacAddress: e.macAddress,
        IPv4Address: e.ipAddress ? `${e.ipAddress}/16` : '',
        IPv6Address: '',
      };
    }
  }
  return {
    Name: network.name,
    Id: network.id,
    Created: rfc3339Nano(network.created),
    Scope: network.scope,
    Driver: network.driver,
    EnableIPv4: true,
    EnableIPv6: false,
    IPAM: {
      Driver: 'default',
      Options: null,
      Config: network.subnet ? [{ Subnet: network.subnet, Gateway: network.gateway }] : null,
    },
    Internal: network.internal,
    Attachable: network.attachable,
    Ingress: false,
    ConfigFrom: { Network: '' },
    ConfigOnly: false,
    Containers: containers,
    Options: network.options,
    Labels: network.labels,
  };
}
