/**
 * `POST /containers/{id}/start`: connect the container to its networks (endpoints, addresses,
 * published ports), run its program, and move it to `running`. A failed start leaves the container
 * where it was, with exit code 128 (or the runtime's code) and the error recorded.
 */

import type { ContainerRecord } from '../state';
import { announce, now, type EngineContext } from '../context';
import { applyLifecycle, refusalError, refusalOf } from './lifecycle';
import { createEndpoint, deleteEndpoints, findNetwork } from '../networks/endpoints';
import { EngineError } from '../errors';
import { resolveProgram } from '../processes/resolve-program';
import { imageFamily } from './image-family';
import { bindPorts, releasePorts } from '../networks/ports';
import { appendOutput, exitContainer, scheduleExit } from './exit';
import { removeContainerNow } from './remove';
import { openContainerStdin } from './stdin';
import { applyFileWrites, processFiles } from '../processes/file-stores';
import { createHostDir } from '../volumes/host-paths';
import { networkView } from '../networks/resolver';
import type { NetworkView } from '../processes/program';
import { scheduleOomKill } from '../resources/oom-kill';

// container.NetworkMode IsUserDefined is false for these: they are always found by name.
const PREDEFINED_NETWORKS = new Set(['default', 'bridge', 'host', 'none']);

/** Starts a container; 304 (notModified) when it is already running. */
export function startContainer(ctx: EngineContext, container: ContainerRecord): void {
  const reason = refusalOf(container, 'container.start');
  if (reason) throw refusalError(container, 'container.start', reason);
  try {
    connectNetworks(ctx, container);
  } catch (error) {
    failStart(ctx, container, error, 128);
  }
  // A `-v` bind's missing host directory is created when the container mounts it (moby
  // volume/mounts MountPoint.Setup); a `--mount` bind was refused at create instead.
  for (const m of container.mounts) if (m.type === 'bind' && !m.skipCreate) createHostDir(ctx.host, m.source);
  const image = ctx.host.images[container.imageId];
  const firstEndpoint = Object.values(container.networks)[0];
  let network: NetworkView | undefined;
  const program = resolveProgram({
    // Only a program that looks at the network (ping) pays for the view: it scans every container.
    get network() {
      return (network ??= networkView(ctx.host, container));
    },
    argv: [container.path, ...container.args].filter((a, i) => i > 0 || a !== ''),
    env: container.config.Env,
    tty: container.config.Tty,
    openStdin: container.config.OpenStdin,
    hostname: container.config.Hostname,
    // The main process starts in the config's working directory (an image's WORKDIR), as runc's cwd.
    workingDir: container.config.WorkingDir,
    nowMs: now(ctx),
    kernelVersion: ctx.host.kernelVersion,
    family: image ? imageFamily(ctx.host, image) : 'debian',
    ipAddress: firstEndpoint?.ipAddress ?? '',
    imagePrograms: [image?.config.Entrypoint?.[0], image?.config.Cmd?.[0]].filter((p): p is string => !!p),
    files: processFiles(ctx.host, container),
  });
  if (program.kind === 'missing') {
    // moby translateContainerdStartErr: a missing executable is a startInvalidConfigError (400).
    failStart(ctx, container, new EngineError('invalidParameter', program.message), 127);
  }
  const { from, to } = applyLifecycle(container, 'container.start');
  container.runSeq++;
  container.state.startedAt = now(ctx);
  container.state.pid = 1000 + container.runSeq * 7 + (container.id.charCodeAt(0) % 7);
  container.state.error = '';
  // moby State.SetRunning: a running container has exit code 0, whatever its last run ended with.
  container.state.exitCode = 0;
  container.state.manuallyStopped = false;
  // moby State.SetRunning clears OOMKilled.
  container.state.oomKilled = false;
  container.pausedExit = null;
  container.handledSignals = program.stopSignals;
  announce(ctx, {
    type: 'container.state.changed',
    host: ctx.host.name,
    containerId: container.id,
    name: container.name,
    from,
    to,
    event: 'container.start',
  });
  if (program.files) applyFileWrites(ctx.host, container, program.files);
  const oomKill = scheduleOomKill(ctx, container, program.kind === 'exits' ? program.afterMs : undefined);
  if (program.kind === 'serves') {
    container.rwSize = Math.max(container.rwSize, program.rwBytes);
    appendOutput(ctx, container, program.output);
    if (program.readsStdin) openContainerStdin(ctx, container, program.readsStdin);
  } else if (program.kind === 'exits') {
    appendOutput(ctx, container, program.output);
    if (oomKill) return;
    if (program.afterMs === 0) exitContainer(ctx, container, program.exitCode, 'container.exit');
    else scheduleExit(ctx, container, program.afterMs, program.exitCode);
  }
}

/** Joins every network the container belongs to, then publishes its ports. */
function connectNetworks(ctx: EngineContext, container: ContainerRecord): void {
  const mode = container.hostConfig.NetworkMode;
  if (mode === 'host' || mode === 'none') {
    const network = findNetwork(ctx.host, mode);
    if (network)
      container.networks[mode] = {
        ...container.networks[mode],
        networkId: network.id,
        endpointId: '',
        ipAddress: '',
        macAddress: '',
        gateway: '',
      };
    return;
  }
  for (const [name, endpoint] of Object.entries(container.networks)) {
    // daemon/container_operations.go findAndAttachNetwork: a user-defined network is looked up by
    // the NetworkID its endpoint settings keep from the last start (by name before any), so a
    // network removed meanwhile (even if re-created under that name) is ErrNoSuchNetwork.
    const id = !PREDEFINED_NETWORKS.has(name) && endpoint.networkId ? endpoint.networkId : name;
    const network = findNetwork(ctx.host, id);
    // start_linux.go initializeCreatedTask wraps allocateNetwork's error with errSetupNetworking.
    if (!network) throw new EngineError('notFound', `failed to set up container networking: network ${id} not found`);
    createEndpoint(ctx.world.state.random, container, network);
    announce(ctx, { type: 'network.connected', host: ctx.host.name, networkId: network.id, containerId: container.id });
  }
  bindPorts(ctx, container);
}

/** Records a failed start as moby does, undoes the networking, and rethrows (auto-removing with --rm). */
function failStart(ctx: EngineContext, container: ContainerRecord, error: unknown, exitCode: number): never {
  releasePorts(ctx, container);
  deleteEndpoints(ctx.host, container);
  const engineError = error instanceof EngineError ? error : new EngineError('system', String(error));
  container.state.error = engineError.message;
  if (container.state.exitCode === 0) container.state.exitCode = exitCode;
  if (container.hostConfig.AutoRemove) removeContainerNow(ctx, container, true);
  throw engineError;
}
