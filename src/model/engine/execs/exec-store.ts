/**
 * The daemon's exec store (moby daemon/exec.go, container/exec.go ExecStore): finding an exec
 * instance by ID, with the refusals moby's getExecConfig makes before anything runs in it.
 */

import type { ContainerRecord, HostState } from '../state';
import type { ExecRecord } from './exec-state';
import { conflict, notFound } from '../errors';
import { isPaused, isRunning } from '../container-state';

/** The host's exec instances by ID (an empty store for a world saved before execs). */
export function execStore(host: HostState): Record<string, ExecRecord> {
  return (host.execs ??= {});
}

/**
 * The exec `id` names, whatever its container's state (moby ContainerExecInspect): 404 `No such
 * exec instance` when the daemon has none, or its container was removed.
 */
export function findExec(host: HostState, id: string): ExecRecord {
  const exec = execStore(host)[id];
  if (!exec || !host.containers[exec.containerId]) throw notFound(`No such exec instance: ${id}`);
  return exec;
}

/** The refusals of a container an exec is created or started in (moby getActiveContainer / getExecConfig). */
export function activeContainerRefusal(container: ContainerRecord, typed: string): Error | undefined {
  if (!isRunning(container)) return conflict(`container ${container.id} is not running`);
  // getActiveContainer names the container as typed here (errExecPaused(name)); getExecConfig by ID.
  if (isPaused(container)) return conflict(`Container ${typed} is paused, unpause the container before exec`);
  if (container.state.lifecycle === 'restarting')
    return conflict(`Container ${container.id} is restarting, wait until the container is running`);
  return undefined;
}

/**
 * The exec `id` names, in a container that can run it (moby getExecConfig): `No such exec
 * instance`, `No such container` (its container was removed), or its container not running,
 * paused or restarting.
 */
export function getExecConfig(host: HostState, id: string): ExecRecord {
  const exec = execStore(host)[id];
  if (!exec) throw notFound(`No such exec instance: ${id}`);
  const container = host.containers[exec.containerId];
  if (!container) throw notFound(`No such container: ${id}`);
  const refusal = activeContainerRefusal(container, container.id);
  if (refusal) throw refusal;
  return exec;
}

/** The execs of a container that have not exited, in the order they were created (inspect's `ExecIDs`). */
export function liveExecIds(host: HostState, containerId: string): string[] | null {
  const ids = Object.values(execStore(host))
    .filter((e) => e.containerId === containerId && e.exitCode === null)
    .map((e) => e.id);
  // moby's ExecStore.List gives a nil slice, which JSON shows as null, when there are none.
  return ids.length ? ids : null;
}
