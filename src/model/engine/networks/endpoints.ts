/**
 * Endpoints join a running container to its networks: moby creates them when the container starts
 * (with an ID, an address from the network's pool, a MAC) and deletes them when it stops.
 */

import type { ContainerRecord, HostState, NetworkRecord } from '../state';
import { nextHex } from '../../kernel/random';
import type { RandomState } from '../../kernel/random';
import { EngineError } from '../errors';

/** Finds a network by exact ID, exact name, or unique ID prefix (moby's FindNetwork order). */
export function findNetwork(host: HostState, idOrName: string): NetworkRecord | undefined {
  if (host.networks[idOrName]) return host.networks[idOrName];
  for (const id in host.networks) if (host.networks[id].name === idOrName) return host.networks[id];
  const matches = Object.keys(host.networks).filter((id) => id.startsWith(idOrName));
  if (matches.length > 1) {
    throw new EngineError(
      'notFound',
      `network ${idOrName} is ambiguous (${matches.length} matches found based on ID prefix)`,
    );
  }
  return matches.length === 1 ? host.networks[matches[0]] : undefined;
}

/** The `hostNumber`-th address of a subnet: 172.17.0.0/16 and 2 → 172.17.0.2; 192.168.16.0/20 and 2 → 192.168.16.2. */
function ipOf(subnet: string, hostNumber: number): string {
  const [a, b, c] = subnet.split('.').map(Number);
  const n = c * 256 + hostNumber;
  return `${a}.${b}.${Math.floor(n / 256)}.${n % 256}`;
}

/** Allocates the lowest free address of a bridge network, after the gateway (.1) and before the broadcast address. */
export function allocateAddress(network: NetworkRecord, containerId: string): string {
  if (!network.subnet) return '';
  const last = 2 ** (32 - Number(network.subnet.split('/')[1] ?? 16)) - 2;
  for (let n = 2; n <= last; n++) {
    if (network.addresses[n] !== undefined) continue;
    network.addresses[n] = containerId;
    return ipOf(network.subnet, n);
  }
  throw new EngineError('system', `no available IPv4 addresses on this network's address pools: ${network.name}`);
}

/** Returns an address to the network's pool. */
export function releaseAddress(network: NetworkRecord | undefined, ip: string): void {
  if (!network || !ip || !network.subnet) return;
  const [, , c, d] = ip.split('.').map(Number);
  const [, , base] = network.subnet.split('.').map(Number);
  delete network.addresses[(c - base) * 256 + d];
}

/**
 * A random MAC address, as libnetwork's bridge driver gives an endpoint (netutils.GenerateRandomMAC:
 * unicast, locally administered). Its bytes come from the endpoint's seeded random ID, mixed (FNV-1a)
 * so they do not repeat the ID, and so the world's random stream is not drawn from once more.
 */
export function randomMac(endpointId: string): string {
  const bytes: number[] = [];
  for (let round = 0; bytes.length < 6; round++) {
    let hash = 0x811c9dc5 ^ round;
    for (let i = 0; i < endpointId.length; i++) hash = Math.imul(hash ^ endpointId.charCodeAt(i), 0x01000193) >>> 0;
    bytes.push(hash >>> 24, (hash >>> 16) & 0xff, (hash >>> 8) & 0xff);
  }
  bytes[0] = (bytes[0] & 0xfe) | 0x02;
  return bytes
    .slice(0, 6)
    .map((b) => b.toString(16).padStart(2, '0'))
    .join(':');
}

/** Creates the endpoint of a container on a network (without checking ports). */
export function createEndpoint(random: RandomState, container: ContainerRecord, network: NetworkRecord): void {
  const ipAddress = allocateAddress(network, container.id);
  const existing = container.networks[network.name];
  const endpointId = nextHex(random);
  container.networks[network.name] = {
    networkId: network.id,
    endpointId,
    ipAddress,
    macAddress: ipAddress ? randomMac(endpointId) : '',
    gateway: network.gateway,
    aliases: existing?.aliases ?? [],
  };
}

/** Deletes a container's endpoints: it keeps its network memberships, but no addresses. */
export function deleteEndpoints(host: HostState, container: ContainerRecord): void {
  for (const name in container.networks) {
    const endpoint = container.networks[name];
    releaseAddress(host.networks[endpoint.networkId], endpoint.ipAddress);
    endpoint.endpointId = '';
    endpoint.ipAddress = '';
    endpoint.macAddress = '';
    endpoint.gateway = '';
  }
}
