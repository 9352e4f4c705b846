// Which daemon the shell's docker reaches: a transport per endpoint (the one in-process transport
// pointed at the host the simulated network leads to, or one whose every request fails as the real
// client's would), and the host the current context or exported DOCKER_HOST leads to now.
import type { World } from '../../world/world-base';
import type { InProcessTransport } from '../client/in-process-transport';
import type { Transport } from '../client/transport';
import type { LocalMachine } from '../client/local-files';
import { dialDaemon } from '../client/daemon-dialer';
import { NO_CLIENT_OPTIONS, resolveEndpoint } from '../client/docker-endpoint';

/** The shell's way to the world's daemons. */
export interface HostChoice {
  /** The transport to the daemon at `endpoint` (runDocker's `connect`). */
  connect(endpoint: string): Transport;
  /** The host the client's context or DOCKER_HOST leads to now; undefined when it leads to none. */
  activeHost(): string | undefined;
}

/** The choice for a client on `machineHost`, whose machine (files, environment) `local` gives. */
export function createHostChoice(
  world: World,
  transport: InProcessTransport,
  machineHost: string,
  local: () => LocalMachine,
): HostChoice {
  return {
    connect(endpoint) {
      const dialled = dialDaemon(world, machineHost, endpoint);
      if ('host' in dialled) return transport.toHost(dialled.host, endpoint);
      return {
        ...transport.toHost(machineHost, endpoint),
        request: (req) => {
          throw dialled.fail(req);
        },
      };
    },
    activeHost() {
      const choice = resolveEndpoint(local(), NO_CLIENT_OPTIONS);
      if (choice.endpoint === undefined) return undefined;
      const dialled = dialDaemon(world, machineHost, choice.endpoint);
      return 'host' in dialled ? dialled.host : undefined;
    },
  };
}
