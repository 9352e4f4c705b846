/**
 * What a container's network tools can see when its process starts: the names its resolver
 * answers and the addresses that answer a ping. Docker's rules: /etc/hosts holds localhost and the
 * container's own hostname; on a user-defined network the embedded DNS server (127.0.0.11) answers
 * the DNS names of the running containers on that network (moby's buildEndpointDNSNames: name,
 * aliases, short ID); the default bridge has no such server, so other containers' names do not
 * resolve there. Stopped containers have no endpoint, so they neither resolve nor answer.
 */

import type { ContainerRecord, HostState } from '../state';
import type { NetworkView } from '../processes/program';
import { isRunning } from '../container-state';

/** The network view of `container` (being started: its endpoints already exist) on `host`. */
export function networkView(host: HostState, container: ContainerRecord): NetworkView {
  const own = Object.values(container.networks).filter((e) => e.ipAddress);
  const hosts: Record<string, string> = { localhost: '127.0.0.1' };
  if (own[0]) hosts[container.config.Hostname] = own[0].ipAddress;
  const dns: Record<string, string> = {};
  const reachable = new Set<string>(['127.0.0.1', ...own.map((e) => e.ipAddress)]);
  for (const [name, endpoint] of Object.entries(container.networks)) {
    if (!endpoint.ipAddress) continue;
    const network = host.networks[endpoint.networkId];
    if (!network) continue;
    if (network.gateway) reachable.add(network.gateway);
    const members = Object.values(host.containers).filter(
      (c) =>
        c.id === container.id ||
        (isRunning(c) && c.networks[name]?.networkId === network.id && c.networks[name].ipAddress),
    );
    for (const member of members) {
      const ip = member.networks[name].ipAddress;
      reachable.add(ip);
      if (network.predefined) continue;
      for (const dnsName of [member.name.slice(1), ...member.networks[name].aliases, member.id.slice(0, 12)]) {
        // The first network (in the container's order) that knows a name answers it.
        if (!(dnsName in dns)) dns[dnsName] = ip;
      }
    }
  }
  return { hosts, dns, reachable: [...reachable], seed: `${container.id}:${container.runSeq}` };
}
