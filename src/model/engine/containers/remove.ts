/**
 * `DELETE /containers/{id}`: a running or paused container is refused unless forced (then killed
 * first); removal releases the name, the writable layer and, with `-v`, anonymous volumes.
 */

import type { ContainerRecord } from '../state';
import { announce, type EngineContext } from '../context';
import { applyLifecycle, refusalError, refusalOf } from './lifecycle';
import { isRunning } from '../container-state';
import { releaseName } from '../names/container-names';
import { releaseLayer } from '../layers';
import { releasePorts } from '../networks/ports';
import { deleteEndpoints } from '../networks/endpoints';

/** Removes a container after the checks `docker rm [-f] [-v]` makes; refusals quote `typed`, as moby's do. */
export function removeContainer(
  ctx: EngineContext,
  container: ContainerRecord,
  force: boolean,
  removeVolumes: boolean,
  typed?: string,
): void {
  const type = force ? 'container.remove.force' : 'container.remove';
  const reason = refusalOf(container, type);
  if (reason) throw refusalError(container, type, reason, typed);
  if (force && isRunning(container)) {
    // `rm -f` kills the process first (SIGKILL): the exit code is 137.
    container.state.exitCode = 137;
  }
  removeContainerNow(ctx, container, removeVolumes);
}

/** Takes the container through removing → removed and releases everything it held. */
export function removeContainerNow(ctx: EngineContext, container: ContainerRecord, removeVolumes: boolean): void {
  const { host } = ctx;
  if (!host.containers[container.id]) return;
  const event =
    isRunning(container) || container.state.lifecycle === 'restarting' ? 'container.remove.force' : 'container.remove';
  const removing = applyLifecycle(container, event);
  announce(ctx, {
    type: 'container.state.changed',
    host: host.name,
    containerId: container.id,
    name: container.name,
    from: removing.from,
    to: removing.to,
    event,
  });
  releasePorts(ctx, container);
  deleteEndpoints(ctx.host, container);
  for (const layer of releaseLayer(host, container.topLayer))
    announce(ctx, { type: 'layer.deleted', host: host.name, chainId: layer.chainId });
  releaseName(host, container.name);
  announce(ctx, { type: 'name.released', host: host.name, name: container.name, containerId: container.id });
  delete host.containers[container.id];
  rememberExitCode(host.removedExitCodes, container.id, container.state.exitCode);
  if (removeVolumes) {
    for (const mount of container.mounts) {
      if (!mount.anonymous || !host.volumes[mount.name]) continue;
      const stillUsed = Object.values(host.containers).some((c) => c.mounts.some((m) => m.name === mount.name));
      if (stillUsed) continue;
      delete host.volumes[mount.name];
      announce(ctx, { type: 'volume.removed', host: host.name, name: mount.name });
    }
  }
  const removed = applyLifecycle(container, 'container.removed');
  announce(ctx, {
    type: 'container.state.changed',
    host: host.name,
    containerId: container.id,
    name: container.name,
    from: removed.from,
    to: removed.to,
    event: 'container.removed',
  });
  announce(ctx, { type: 'container.removed', host: host.name, containerId: container.id, name: container.name });
}

// Only recent removals matter (a `wait?condition=removed` in flight), so the record stays small.
const REMEMBERED_EXIT_CODES = 64;

function rememberExitCode(codes: Record<string, number>, id: string, exitCode: number): void {
  codes[id] = exitCode;
  const ids = Object.keys(codes);
  for (let i = 0; i < ids.length - REMEMBERED_EXIT_CODES; i++) delete codes[ids[i]];
}
