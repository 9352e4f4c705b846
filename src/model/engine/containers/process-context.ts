/**
 * What a container's process sees, built as `startContainer` builds it for PID 1: its command,
 * environment, terminal, hostname, image family, address and files. A shell reading stdin gets it
 * afresh for every line, so it sees the files the line before wrote.
 */

import type { ContainerRecord } from '../state';
import { now, type EngineContext } from '../context';
import type { ProcessContext } from '../processes/program';
import { imageFamily } from './image-family';
import { processFiles } from '../processes/file-stores';
import { networkView } from '../networks/resolver';

/** The context of the container's main process as it runs now. */
export function containerProcessContext(ctx: EngineContext, container: ContainerRecord): ProcessContext {
  const image = ctx.host.images[container.imageId];
  const firstEndpoint = Object.values(container.networks)[0];
  let network: ProcessContext['network'];
  return {
    // Only a program that looks at the network (ping) pays for the view: it scans every container.
    get network() {
      return (network ??= networkView(ctx.host, container));
    },
    argv: [container.path, ...container.args].filter((a, i) => i > 0 || a !== ''),
    env: container.config.Env,
    tty: container.config.Tty,
    openStdin: container.config.OpenStdin,
    hostname: container.config.Hostname,
    workingDir: container.config.WorkingDir,
    nowMs: now(ctx),
    kernelVersion: ctx.host.kernelVersion,
    family: image ? imageFamily(ctx.host, image) : 'debian',
    ipAddress: firstEndpoint?.ipAddress ?? '',
    imagePrograms: [image?.config.Entrypoint?.[0], image?.config.Cmd?.[0]].filter((p): p is string => !!p),
    files: processFiles(ctx.host, container),
  };
}
