/**
 * Published ports: `-p 8080:80` binds host port 8080 on all interfaces while the container runs.
 * A port can be bound by one container at a time; `-p 80` and `-P` take ephemeral ports from 32768.
 */

import type { ContainerRecord } from '../state';
import type { EngineContext } from '../context';
import { EngineError } from '../errors';

const EPHEMERAL_START = 32768;

/** The port-table key of a binding: `0.0.0.0:8080/tcp`. */
function portKey(hostIp: string, hostPort: string, proto: string): string {
  return `${hostIp || '0.0.0.0'}:${hostPort}/${proto}`;
}

/** The bindings a container asks for, with `-P` expanded to every exposed port. */
export function requestedBindings(
  container: ContainerRecord,
): Array<{ port: string; proto: string; hostIp: string; hostPort: string }> {
  const out: Array<{ port: string; proto: string; hostIp: string; hostPort: string }> = [];
  const bindings = { ...container.hostConfig.PortBindings };
  if (container.hostConfig.PublishAllPorts) {
    for (const exposed in container.config.ExposedPorts) bindings[exposed] ??= [{ HostIp: '', HostPort: '' }];
  }
  for (const spec in bindings) {
    const [port, proto = 'tcp'] = spec.split('/');
    for (const b of bindings[spec] ?? []) out.push({ port, proto, hostIp: b.HostIp ?? '', hostPort: b.HostPort ?? '' });
  }
  return out;
}

/** Binds the container's published ports, or fails as libnetwork's bridge driver does. */
export function bindPorts(ctx: EngineContext, container: ContainerRecord): void {
  const { host } = ctx;
  const bound: Array<{ port: string; proto: string; hostIp: string; hostPort: string }> = [];
  for (const b of requestedBindings(container)) {
    let hostPort = b.hostPort;
    const range = /^(\d+)-(\d+)$/.exec(hostPort);
    if (!hostPort) {
      let candidate = EPHEMERAL_START;
      while (host.ports[portKey(b.hostIp, String(candidate), b.proto)]) candidate++;
      hostPort = String(candidate);
    } else if (range) {
      // A host range (`-p 8000-8010:80`) binds the first free port in it, as the port allocator does.
      let candidate = Number(range[1]);
      while (candidate < Number(range[2]) && host.ports[portKey(b.hostIp, String(candidate), b.proto)]) candidate++;
      hostPort = String(candidate);
    }
    const key = portKey(b.hostIp, hostPort, b.proto);
    if (host.ports[key] && host.ports[key] !== container.id) {
      const endpoint = Object.values(container.networks)[0];
      throw new EngineError(
        'system',
        `failed to set up container networking: driver failed programming external connectivity on endpoint ` +
          `${container.name.slice(1)} (${endpoint?.endpointId ?? ''}): failed to bind host port for ` +
          `${b.hostIp || '0.0.0.0'}:${hostPort}:${endpoint?.ipAddress ?? ''}:${b.port}/${b.proto}: address ` +
          `already in use`,
      );
    }
    bound.push({ ...b, hostPort });
  }
  for (const b of bound) host.ports[portKey(b.hostIp, b.hostPort, b.proto)] = container.id;
  container.publishedPorts = bound;
}

/** Releases every host port the container holds. */
export function releasePorts(ctx: EngineContext, container: ContainerRecord): void {
  for (const b of container.publishedPorts) {
    const key = portKey(b.hostIp, b.hostPort, b.proto);
    if (ctx.host.ports[key] === container.id) delete ctx.host.ports[key];
  }
  container.publishedPorts = [];
}
