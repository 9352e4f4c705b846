/** Pure: the host ports that running containers publish, as the browser pane offers them. */

import type { HostState } from '../../../model';

/** A published port the pane can open. */
export interface PublishedPort {
  /** `http://localhost:8080/`. */
  url: string;
  hostPort: string;
  /** `80/tcp`. */
  containerPort: string;
  /** The container's name, without moby's leading slash. */
  container: string;
}

/** Every TCP port bound on the host, by host port number, one entry per port (IPv4 and IPv6 bindings merged). */
export function publishedPorts(host: HostState): PublishedPort[] {
  const byPort = new Map<string, PublishedPort>();
  for (const container of Object.values(host.containers)) {
    for (const binding of container.publishedPorts) {
      if (binding.proto !== 'tcp' || byPort.has(binding.hostPort)) continue;
      byPort.set(binding.hostPort, {
        url: `http://localhost:${binding.hostPort}/`,
        hostPort: binding.hostPort,
        containerPort: `${binding.port}/${binding.proto}`,
        container: container.name.replace(/^\//, ''),
      });
    }
  }
  return [...byPort.values()].sort((a, b) => Number(a.hostPort) - Number(b.hostPort));
}
