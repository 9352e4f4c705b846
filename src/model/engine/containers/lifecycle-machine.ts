/**
 * The container lifecycle as an xstate statechart with moby's states (container/state.go).
 * `paused` is nested inside `running` because a paused container is still running. Each state's
 * `meta.refuse` names why an operation it does not accept is refused; the engine turns that reason
 * into Docker's exact error text (refusalError in lifecycle.ts).
 */

import { setup } from 'xstate';

/** Why the statechart refuses an operation in a state. */
export type RefusalReason =
  | 'notModified'
  | 'notRunning'
  | 'paused'
  | 'alreadyPaused'
  | 'notPaused'
  | 'restarting'
  | 'running'
  | 'markedForRemoval'
  | 'removalInProgress';

/** The operations a container accepts, dot-namespaced. */
export type ContainerEvent =
  | { type: 'container.start' }
  | { type: 'container.stop' }
  | { type: 'container.kill' }
  | { type: 'container.restart' }
  | { type: 'container.pause' }
  | { type: 'container.unpause' }
  | { type: 'container.exit' }
  | { type: 'container.die' }
  | { type: 'container.remove' }
  | { type: 'container.remove.force' }
  | { type: 'container.removed' };

/** Every event type of the container statechart, for tests and diagrams. */
export const CONTAINER_EVENT_TYPES: ContainerEvent['type'][] = [
  'container.start',
  'container.stop',
  'container.kill',
  'container.restart',
  'container.pause',
  'container.unpause',
  'container.exit',
  'container.die',
  'container.remove',
  'container.remove.force',
  'container.removed',
];

type Refusals = Partial<Record<ContainerEvent['type'], RefusalReason>>;

const refuse = (refusals: Refusals) => ({ refuse: refusals });

/**
 * A container that is not running, never started (`created`) or ended (`exited`): moby accepts and
 * refuses the same operations in both (docs/reference/docker-fidelity.md §10.1); only the status line tells them apart.
 */
function notRunning() {
  return {
    meta: refuse({
      'container.stop': 'notModified',
      'container.kill': 'notRunning',
      'container.pause': 'notRunning',
      'container.unpause': 'notPaused',
    }),
    on: {
      'container.start': '#container.running',
      'container.restart': '#container.running',
      'container.remove': 'removing',
      'container.remove.force': 'removing',
    },
  } as const;
}

/** The container statechart: created → running (⊃ paused) → exited → removing → removed. */
export const containerMachine = setup({
  types: { events: {} as ContainerEvent },
}).createMachine({
  id: 'container',
  initial: 'created',
  states: {
    created: notRunning(),
    running: {
      initial: 'active',
      on: {
        'container.stop': 'exited',
        'container.kill': 'exited',
        'container.restart': { target: '#container.running', reenter: true },
        'container.remove.force': 'removing',
      },
      states: {
        active: {
          meta: refuse({
            'container.start': 'notModified',
            'container.unpause': 'notPaused',
            'container.remove': 'running',
          }),
          on: {
            'container.pause': 'paused',
            'container.exit': '#container.exited',
          },
        },
        paused: {
          meta: refuse({
            'container.start': 'paused',
            'container.pause': 'alreadyPaused',
            'container.remove': 'paused',
          }),
          on: { 'container.unpause': 'active' },
        },
      },
    },
    restarting: {
      meta: refuse({
        'container.start': 'notModified',
        'container.pause': 'restarting',
        'container.unpause': 'notPaused',
        'container.remove': 'restarting',
      }),
      on: {
        'container.stop': 'exited',
        'container.kill': 'exited',
        'container.restart': '#container.running',
        'container.remove.force': 'removing',
      },
    },
    exited: notRunning(),
    dead: {
      meta: refuse({
        'container.start': 'markedForRemoval',
        'container.stop': 'notModified',
        'container.kill': 'notRunning',
        'container.pause': 'notRunning',
        'container.unpause': 'notPaused',
        'container.restart': 'markedForRemoval',
      }),
      on: {
        'container.remove': 'removing',
        'container.remove.force': 'removing',
      },
    },
    removing: {
      meta: refuse({
        'container.start': 'markedForRemoval',
        'container.stop': 'notModified',
        'container.kill': 'notRunning',
        'container.pause': 'notRunning',
        'container.unpause': 'notPaused',
        'container.restart': 'markedForRemoval',
        'container.remove': 'removalInProgress',
        'container.remove.force': 'removalInProgress',
      }),
      // moby: a removal that fails leaves the container dead (container/state.go SetRemovalError).
      on: { 'container.removed': 'removed', 'container.die': 'dead' },
    },
    removed: { type: 'final' },
  },
});
