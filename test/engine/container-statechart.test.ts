/**
 * Model-based tests of the container statechart: every shortest path and every transition that
 * `@xstate/graph` finds in `containerMachine` is replayed against the real engine through route(),
 * and the container's `State.Status` must match the machine's state after every step. Then every
 * event the machine refuses, in every state, must give Docker's exact error (docs/reference/docker-fidelity.md §10).
 */

import { describe, expect, it } from 'vitest';
import { getShortestPaths } from '@xstate/graph';
import { transition, type SnapshotFrom, type StateValue } from 'xstate';
import {
  containerMachine,
  CONTAINER_EVENT_TYPES,
  type ContainerEvent,
} from '../../src/model/engine/containers/lifecycle-machine';
import { advance, create, newDaemon, outcome, pull, type Daemon } from './engine-harness';
import type { ApiResponse } from '../../src/model/api/types';
import type { DomainEvent } from '../../src/model/kernel/events';

type Snapshot = SnapshotFrom<typeof containerMachine>;
type EventType = ContainerEvent['type'];

// `container.die` has no API: moby marks a container dead only when a removal fails halfway.
const MODELLED: EventType[] = CONTAINER_EVENT_TYPES.filter((t) => t !== 'container.die');
// Serialize by value only (toolchain pitfall P4): the machine has no context.
const serializeState = (s: Snapshot) => JSON.stringify(s.value);
const key = (value: StateValue) => (typeof value === 'string' ? value : JSON.stringify(value));

/** The `State.Status` Docker shows for a machine state; `null` where the container is gone. */
function statusFor(value: StateValue): string | null {
  if (typeof value !== 'string') return (value as { running: string }).running === 'paused' ? 'paused' : 'running';
  return value === 'removing' || value === 'removed' ? null : value;
}

/** A daemon with one container `app` running `sleep 1`, so a process exit is one virtual second away. */
function subject(): { d: Daemon; id: string; changes: Array<{ from: string; to: string }> } {
  const d = newDaemon('statechart');
  pull(d, 'alpine');
  const id = create(d, { Image: 'alpine', Cmd: ['sleep', '1'] }, 'app');
  const changes: Array<{ from: string; to: string }> = [];
  d.world.listeners.add((e: DomainEvent) => {
    if (e.type === 'container.state.changed' && e.containerId === id) changes.push({ from: e.from, to: e.to });
  });
  return { d, id, changes };
}

/** Performs a statechart event as the API (or the process) does it; `null` for steps with no call of their own. */
function perform(d: Daemon, type: EventType): ApiResponse | null {
  switch (type) {
    case 'container.start':
      return d.call('POST', '/containers/app/start');
    // t=0: SIGKILL at once, so the clock only moves when a step says so.
    case 'container.stop':
      return d.call('POST', '/containers/app/stop?t=0');
    case 'container.restart':
      return d.call('POST', '/containers/app/restart?t=0');
    case 'container.kill':
      return d.call('POST', '/containers/app/kill');
    case 'container.pause':
      return d.call('POST', '/containers/app/pause');
    case 'container.unpause':
      return d.call('POST', '/containers/app/unpause');
    case 'container.remove':
      return d.call('DELETE', '/containers/app');
    case 'container.remove.force':
      return d.call('DELETE', '/containers/app?force=1');
    case 'container.exit':
      // The process ends by itself: `sleep 1` has at most one second left.
      advance(d, 1_000);
      return null;
    case 'container.removed':
      // The engine finishes a removal inside the DELETE call; this step only checks it happened.
      return null;
    case 'container.die':
      throw new Error('container.die has no API');
  }
}

/** Asserts the engine's container is where the machine is. */
function expectState(s: ReturnType<typeof subject>, value: StateValue, where: string): void {
  const status = statusFor(value);
  const r = s.d.call('GET', `/containers/${s.id}/json`);
  if (status === null) {
    expect(outcome(r), where).toEqual({ status: 404, message: `No such container: ${s.id}` });
    expect(
      s.changes.map((c) => c.to),
      where,
    ).toContain(value as string);
    return;
  }
  expect(r.status, where).toBe(200);
  expect((r.json as { State: { Status: string } }).State.Status, where).toBe(status);
  expect(s.d.host.containers[s.id].state.lifecycle, where).toEqual(value);
}

/** Replays a path of events from `created`, checking the state after every step. */
function replay(events: EventType[], states: StateValue[]): void {
  const s = subject();
  expectState(s, 'created', 'initially');
  events.forEach((type, i) => {
    const where = `step ${i + 1} (${type})`;
    const r = perform(s.d, type);
    if (r) expect(r.status, `${where}: ${JSON.stringify(r.json)}`).toBeLessThan(300);
    expectState(s, states[i], where);
  });
}

const paths = getShortestPaths(containerMachine, {
  events: MODELLED.map((type) => ({ type }) as ContainerEvent),
  serializeState,
});
type Path = (typeof paths)[number];
// steps[0] is xstate.init, the machine's own start, not an operation.
const realSteps = (path: Path) => path.steps.filter((st) => (st.event.type as string) !== 'xstate.init');
const pathEvents = (path: Path) => realSteps(path).map((st) => st.event.type);

describe('container statechart: shortest paths replayed against the engine', () => {
  it('the graph reaches every state the API can reach', () => {
    // restarting (restart policies) and dead (a failed removal) have no way in through the API.
    expect(paths.map((p) => key(p.state.value)).sort()).toEqual([
      'created',
      'exited',
      'removed',
      'removing',
      '{"running":"active"}',
      '{"running":"paused"}',
    ]);
  });

  it.each(paths.map((p) => [key(p.state.value), p] as const))('to %s', (_name, path) => {
    replay(
      pathEvents(path),
      realSteps(path).map((st) => st.state.value),
    );
  });
});

/** Every accepted event of every reachable state: the shortest path to the state, then the event. */
function edges(): Array<{ name: string; events: EventType[]; states: StateValue[] }> {
  const out: Array<{ name: string; events: EventType[]; states: StateValue[] }> = [];
  for (const path of paths) {
    const from = path.state;
    for (const type of MODELLED) {
      if (!from.can({ type } as ContainerEvent)) continue;
      const [next] = transition(containerMachine, from, { type } as ContainerEvent);
      out.push({
        name: `${key(from.value)} --${type}--> ${key(next.value)}`,
        events: [...pathEvents(path), type],
        states: [...realSteps(path).map((st) => st.state.value), next.value],
      });
    }
  }
  return out;
}

describe('container statechart: every transition replayed against the engine', () => {
  const all = edges();

  it('covers the transitions of the table in fidelity §10', () => {
    expect(all.map((e) => e.name)).toEqual(
      expect.arrayContaining([
        'created --container.start--> {"running":"active"}',
        'created --container.restart--> {"running":"active"}',
        '{"running":"active"} --container.restart--> {"running":"active"}',
        '{"running":"active"} --container.kill--> exited',
        '{"running":"paused"} --container.stop--> exited',
        '{"running":"paused"} --container.kill--> exited',
        '{"running":"paused"} --container.restart--> {"running":"active"}',
        '{"running":"paused"} --container.remove.force--> removing',
        'exited --container.start--> {"running":"active"}',
        'exited --container.remove--> removing',
        'removing --container.removed--> removed',
      ]),
    );
  });

  it.each(all.map((e) => [e.name, e] as const))('%s', (_name, edge) => {
    replay(edge.events, edge.states);
  });
});

/**
 * Docker's answer to each refused operation, written out from fidelity §10 (not derived from the
 * engine). `id` is the full container ID; the container is named `app` and is addressed by name.
 */
function expectedRefusal(state: string, type: EventType, id: string): { status: number; message?: string } | undefined {
  const notRunning = { status: 409, message: `container ${id} is not running` };
  const killNotRunning = { status: 409, message: `cannot kill container: app: container ${id} is not running` };
  const notPaused = { status: 500, message: `Container ${id} is not paused` };
  const notModified = { status: 304 };
  const marked = { status: 409, message: 'container is marked for removal and cannot be started' };
  const table: Record<string, Partial<Record<EventType, { status: number; message?: string }>>> = {
    created: {
      'container.stop': notModified,
      'container.kill': killNotRunning,
      'container.pause': notRunning,
      'container.unpause': notPaused,
    },
    running: {
      'container.start': notModified,
      'container.unpause': notPaused,
      'container.remove': {
        status: 409,
        message:
          'cannot remove container "app": container is running: stop the container before removing or force remove',
      },
    },
    paused: {
      'container.start': { status: 409, message: 'cannot start a paused container, try unpause instead' },
      'container.pause': { status: 409, message: `Container ${id} is already paused` },
      'container.remove': {
        status: 409,
        message: 'cannot remove container "app": container is paused and must be unpaused first',
      },
    },
    restarting: {
      'container.start': notModified,
      'container.pause': { status: 409, message: `Container ${id} is restarting, wait until the container is running` },
      'container.unpause': notPaused,
      'container.remove': {
        status: 409,
        message:
          'cannot remove container "app": container is restarting: stop the container before removing or force remove',
      },
    },
    exited: {
      'container.stop': notModified,
      'container.kill': killNotRunning,
      'container.pause': notRunning,
      'container.unpause': notPaused,
    },
    dead: {
      'container.start': marked,
      'container.stop': notModified,
      'container.kill': killNotRunning,
      'container.pause': notRunning,
      'container.unpause': notPaused,
      'container.restart': {
        status: 409,
        message: 'Cannot restart container app: container is marked for removal and cannot be started',
      },
    },
    removing: {
      'container.start': marked,
      'container.stop': notModified,
      'container.kill': killNotRunning,
      'container.pause': notRunning,
      'container.unpause': notPaused,
      'container.restart': {
        status: 409,
        message: 'Cannot restart container app: container is marked for removal and cannot be started',
      },
      'container.remove': { status: 409, message: 'removal of container app is already in progress' },
      'container.remove.force': { status: 409, message: 'removal of container app is already in progress' },
    },
  };
  return table[state]?.[type];
}

// Operations a user can ask for; exit, die and removed are things that happen to a container.
const OPERATIONS: EventType[] = [
  'container.start',
  'container.stop',
  'container.kill',
  'container.restart',
  'container.pause',
  'container.unpause',
  'container.remove',
  'container.remove.force',
];
// Restarting, dead and removing have no API path in the simulator; the state is set directly, as a saved world could hold it.
const STATES: Array<{ name: string; value: StateValue; via: EventType[] | null }> = [
  { name: 'created', value: 'created', via: [] },
  { name: 'running', value: { running: 'active' }, via: ['container.start'] },
  { name: 'paused', value: { running: 'paused' }, via: ['container.start', 'container.pause'] },
  { name: 'exited', value: 'exited', via: ['container.start', 'container.exit'] },
  { name: 'restarting', value: 'restarting', via: null },
  { name: 'dead', value: 'dead', via: null },
  { name: 'removing', value: 'removing', via: null },
];

const refusals = STATES.flatMap((st) => {
  const snapshot = containerMachine.resolveState({ value: st.value, context: {} });
  return OPERATIONS.filter((type) => !snapshot.can({ type } as ContainerEvent)).map((type) => ({ ...st, type }));
});

describe('container statechart: every refused operation gives Docker’s exact error', () => {
  it('the machine refuses exactly the operations fidelity §10 lists as errors or no-ops', () => {
    const fromMachine = refusals.map((r) => `${r.name} ${r.type}`).sort();
    const fromTable = STATES.flatMap((st) =>
      OPERATIONS.filter((type) => expectedRefusal(st.name, type, 'x')).map((type) => `${st.name} ${type}`),
    ).sort();
    expect(fromMachine).toEqual(fromTable);
  });

  it.each(refusals.map((r) => [r.name, r.type, r] as const))('%s refuses %s', (_state, _type, r) => {
    const s = subject();
    if (r.via) for (const type of r.via) perform(s.d, type);
    else s.d.host.containers[s.id].state.lifecycle = r.value as string;
    expect(s.d.host.containers[s.id].state.lifecycle).toEqual(r.value);
    const answer = perform(s.d, r.type)!;
    expect(outcome(answer)).toEqual(expectedRefusal(r.name, r.type, s.id));
    // A refusal changes nothing.
    expect(s.d.host.containers[s.id].state.lifecycle).toEqual(r.value);
  });
});
