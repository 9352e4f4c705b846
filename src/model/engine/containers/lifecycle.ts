/**
 * Moves a container through its statechart. Every lifecycle operation goes through `applyLifecycle`:
 * if the statechart refuses the event, the refusal becomes Docker's exact error.
 */

import { transition, type SnapshotFrom, type StateValue } from 'xstate';
import type { ContainerRecord } from '../state';
import { containerMachine, type ContainerEvent, type RefusalReason } from './lifecycle-machine';
import { EngineError } from '../errors';
import { statusOf } from '../container-state';

type ContainerSnapshot = SnapshotFrom<typeof containerMachine>;

// Snapshots carry no context, so one resolved snapshot per state value can be reused safely.
const snapshots = new Map<string, ContainerSnapshot>();

function snapshotOf(value: ContainerRecord['state']['lifecycle']): ContainerSnapshot {
  const key = typeof value === 'string' ? value : JSON.stringify(value);
  let snapshot = snapshots.get(key);
  if (!snapshot) {
    snapshot = containerMachine.resolveState({ value: value as StateValue, context: {} });
    snapshots.set(key, snapshot);
  }
  return snapshot;
}

/** The reason the statechart would refuse `type` in the container's current state, if any. */
export function refusalOf(c: ContainerRecord, type: ContainerEvent['type']): RefusalReason | null {
  const snapshot = snapshotOf(c.state.lifecycle);
  if (snapshot.can({ type } as ContainerEvent)) return null;
  const metas = snapshot.getMeta() as Record<string, { refuse?: Record<string, RefusalReason> }>;
  for (const meta of Object.values(metas)) {
    const reason = meta?.refuse?.[type];
    if (reason) return reason;
  }
  return 'notModified';
}

/**
 * Docker's error for a refused operation, with the texts of moby's daemon
 * (docs/reference/docker-fidelity.md §10). `typed` is the container as the user named it (name, ID or
 * prefix): moby's containerRm quotes that.
 */
export function refusalError(
  c: ContainerRecord,
  type: ContainerEvent['type'],
  reason: RefusalReason,
  typed = c.name.slice(1),
): EngineError {
  switch (reason) {
    case 'notModified':
      return new EngineError('notModified', '');
    case 'notRunning':
      return new EngineError('conflict', `container ${c.id} is not running`);
    case 'paused':
      if (type === 'container.remove')
        return new EngineError(
          'conflict',
          `cannot remove container "${typed}": container is paused and must be unpaused first`,
        );
      return new EngineError('conflict', 'cannot start a paused container, try unpause instead');
    case 'alreadyPaused':
      return new EngineError('conflict', `Container ${c.id} is already paused`);
    case 'notPaused':
      return new EngineError('system', `Container ${c.id} is not paused`);
    case 'restarting':
      if (type === 'container.remove')
        return new EngineError(
          'conflict',
          `cannot remove container "${typed}": container is restarting: stop the container before removing or ` +
            `force remove`,
        );
      return new EngineError('conflict', `Container ${c.id} is restarting, wait until the container is running`);
    case 'running':
      return new EngineError(
        'conflict',
        `cannot remove container "${typed}": container is running: stop the container before removing or force remove`,
      );
    case 'markedForRemoval':
      return new EngineError('conflict', 'container is marked for removal and cannot be started');
    case 'removalInProgress':
      return new EngineError('conflict', `removal of container ${typed} is already in progress`);
  }
}

/**
 * Applies `type` to the container's statechart and stores the new state value. Throws the refusal
 * as an EngineError when the statechart does not accept the event. Returns the previous and next
 * status words, for the `container.state.changed` event.
 */
export function applyLifecycle(c: ContainerRecord, type: ContainerEvent['type']): { from: string; to: string } {
  const reason = refusalOf(c, type);
  if (reason) throw refusalError(c, type, reason);
  const [next] = transition(containerMachine, snapshotOf(c.state.lifecycle), { type } as ContainerEvent);
  const from = statusOf(c.state.lifecycle);
  c.state.lifecycle = next.value as ContainerRecord['state']['lifecycle'];
  return { from, to: statusOf(c.state.lifecycle) };
}
