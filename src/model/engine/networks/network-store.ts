/**
 * User networks: create (bridge by default, with the next 172.x.0.0/16 pool), remove (refused for
 * the predefined ones and while a running container has an endpoint), connect and disconnect.
 */

import type { ContainerRecord, NetworkRecord } from '../state';
import { announce, now, type EngineContext } from '../context';
import { EngineError } from '../errors';
import { nextHex } from '../../kernel/random';
import { createEndpoint, findNetwork, releaseAddress } from './endpoints';
import { isRunning } from '../container-state';

const PREDEFINED = new Set(['bridge', 'host', 'none']);

/** Finds a network or throws Docker's `network X not found`. */
export function getNetwork(ctx: EngineContext, idOrName: string): NetworkRecord {
  const network = findNetwork(ctx.host, idOrName);
  if (!network) throw new EngineError('notFound', `network ${idOrName} not found`);
  return network;
}

/** The next free 172.N.0.0/16 pool, as the default address pools hand them out. */
function nextSubnet(ctx: EngineContext): { subnet: string; gateway: string } {
  const used = new Set(Object.values(ctx.host.networks).map((n) => n.subnet));
  for (let second = 18; second < 32; second++) {
    const subnet = `172.${second}.0.0/16`;
    if (!used.has(subnet)) return { subnet, gateway: `172.${second}.0.1` };
  }
  for (let third = 0; third < 256; third += 16) {
    const subnet = `192.168.${third}.0/20`;
    if (!used.has(subnet)) return { subnet, gateway: `192.168.${third}.1` };
  }
  throw new EngineError('forbidden', 'all predefined address pools have been fully subnetted');
}

/** Creates a network and returns it. */
export function createNetwork(
  ctx: EngineContext,
  request: { name: string; driver?: string; internal?: boolean; attachable?: boolean; labels?: Record<string, string> },
): NetworkRecord {
  const { name } = request;
  if (PREDEFINED.has(name))
    throw new EngineError('forbidden', `operation is not permitted on predefined ${name} network `);
  if (Object.values(ctx.host.networks).some((n) => n.name === name))
    throw new EngineError('conflict', `network with name ${name} already exists`);
  const driver = request.driver || 'bridge';
  if (!['bridge', 'overlay', 'macvlan', 'ipvlan'].includes(driver)) {
    throw new EngineError('notFound', `could not find plugin ${driver} in v1 plugin registry: plugin not found`);
  }
  const pool = nextSubnet(ctx);
  const network: NetworkRecord = {
    id: nextHex(ctx.world.state.random),
    name,
    driver,
    scope: 'local',
    created: now(ctx),
    internal: request.internal ?? false,
    attachable: request.attachable ?? false,
    labels: request.labels ?? {},
    options: {},
    subnet: pool.subnet,
    gateway: pool.gateway,
    addresses: {},
    predefined: false,
  };
  ctx.host.networks[network.id] = network;
  announce(ctx, { type: 'network.created', host: ctx.host.name, networkId: network.id, name });
  return network;
}

/** The running containers with an endpoint on the network. */
export function activeEndpoints(ctx: EngineContext, network: NetworkRecord): ContainerRecord[] {
  return Object.values(ctx.host.containers).filter(
    (c) => isRunning(c) && c.networks[network.name]?.endpointId && c.networks[network.name].networkId === network.id,
  );
}

/**
 * Removes a network, or throws Docker's predefined / active-endpoints error (libnetwork
 * network.delete: ActiveEndpointsError lists every endpoint as `name:"…" id:"…"`, joined by ", ";
 * daemon/network.go deleteNetwork wraps it). A stopped container keeps the network in its
 * configuration, as moby's does: starting it again fails with `network … not found`.
 */
export function removeNetwork(ctx: EngineContext, network: NetworkRecord): void {
  if (network.predefined)
    throw new EngineError('forbidden', `${network.name} is a pre-defined network and cannot be removed`);
  const active = activeEndpoints(ctx, network).sort((a, b) => a.created - b.created);
  if (active.length > 0) {
    const endpoints = active.map(
      (c) => `name:"${c.name.slice(1)}" id:"${c.networks[network.name].endpointId.slice(0, 12)}"`,
    );
    throw new EngineError(
      'forbidden',
      `error while removing network: network ${network.name} has active endpoints (${endpoints.join(', ')})`,
    );
  }
  delete ctx.host.networks[network.id];
  announce(ctx, { type: 'network.removed', host: ctx.host.name, networkId: network.id, name: network.name });
}

/** Connects a container to a network (an endpoint at once if it is running). */
export function connectNetwork(
  ctx: EngineContext,
  network: NetworkRecord,
  container: ContainerRecord,
  aliases: string[] = [],
): void {
  if (container.networks[network.name]) {
    throw new EngineError(
      'forbidden',
      `endpoint with name ${container.name.slice(1)} already exists in network ${network.name}`,
    );
  }
  if (
    ['host', 'none'].includes(container.hostConfig.NetworkMode) ||
    network.name === 'host' ||
    network.name === 'none'
  ) {
    throw new EngineError(
      'forbidden',
      'container cannot be disconnected from host network or connected to host network',
    );
  }
  container.networks[network.name] = {
    networkId: network.id,
    endpointId: '',
    ipAddress: '',
    macAddress: '',
    gateway: '',
    aliases,
  };
  if (isRunning(container)) createEndpoint(ctx.world.state.random, container, network);
  announce(ctx, { type: 'network.connected', host: ctx.host.name, networkId: network.id, containerId: container.id });
}

/** Disconnects a container from a network. */
export function disconnectNetwork(ctx: EngineContext, network: NetworkRecord, container: ContainerRecord): void {
  if (!container.networks[network.name]) {
    throw new EngineError('forbidden', `container ${container.id} is not connected to network ${network.name}`);
  }
  releaseAddress(network, container.networks[network.name].ipAddress);
  delete container.networks[network.name];
  announce(ctx, {
    type: 'network.disconnected',
    host: ctx.host.name,
    networkId: network.id,
    containerId: container.id,
  });
}
