/**
 * What an exec's process sees (moby ContainerExecStart merges the exec's config over the
 * container's process spec): the exec's argv, Env and working directory, the container's hostname,
 * image, network and files as they are now.
 */

import type { ContainerRecord } from '../state';
import type { NetworkView, ProcessContext } from '../processes/program';
import type { ExecRecord } from './exec-state';
import { now, type EngineContext } from '../context';
import { imageFamily } from '../containers/image-family';
import { processFiles } from '../processes/file-stores';
import { networkView } from '../networks/resolver';

/** The process context of `exec` in `container`, now. */
export function execProcessContext(ctx: EngineContext, container: ContainerRecord, exec: ExecRecord): ProcessContext {
  const image = ctx.host.images[container.imageId];
  const firstEndpoint = Object.values(container.networks)[0];
  let network: NetworkView | undefined;
  return {
    // Only a program that looks at the network (ping) pays for the view: it scans every container.
    get network() {
      return (network ??= networkView(ctx.host, container));
    },
    argv: [exec.entrypoint, ...exec.args],
    env: exec.env,
    tty: exec.tty,
    openStdin: exec.openStdin,
    hostname: container.config.Hostname,
    // moby: an empty Cwd is "/".
    workingDir: exec.workingDir || '/',
    nowMs: now(ctx),
    kernelVersion: ctx.host.kernelVersion,
    family: image ? imageFamily(ctx.host, image) : 'debian',
    ipAddress: firstEndpoint?.ipAddress ?? '',
    imagePrograms: [image?.config.Entrypoint?.[0], image?.config.Cmd?.[0]].filter((p): p is string => !!p),
    files: processFiles(ctx.host, container),
  };
}
