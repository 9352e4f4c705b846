/**
 * The container statechart against Docker's lifecycle. The expectations come from an abstract
 * model written apart from the simulator (docker-lifecycle-model.ts: a plain table from moby's
 * container/state.go, the daemon's operations and docs/reference/docker-fidelity.md §10.1), never from
 * `containerMachine`:
 * - in every state, the machine accepts what Docker accepts, goes where Docker goes, and refuses
 *   what Docker refuses;
 * - every path `@xstate/graph` finds in the machine gives, step by step, the states the abstract
 *   model predicts, and the engine (through route()) shows them as `State.Status`;
 * - every operation in every state the API can reach, replayed on the engine, ends in the abstract
 *   model's state or gives its exact refusal; states the API cannot reach are set directly.
 */

import { describe, expect, it } from 'vitest';
import { getShortestPaths } from '@xstate/graph';
import { transition, type StateValue } from 'xstate';
import {
  containerMachine,
  CONTAINER_EVENT_TYPES,
  type ContainerEvent,
} from '../../src/model/engine/containers/lifecycle-machine';
import { advance, create, newDaemon, outcome, pull, type Daemon } from './engine-harness';
import type { ApiResponse } from '../../src/model/api/types';
import type { DomainEvent } from '../../src/model/kernel/events';
import {
  DOCKER_OPERATIONS,
  dockerOutcome,
  refusalMessage,
  type DockerOperation,
  type DockerStatus,
  type DockerStep,
} from './docker-lifecycle-model';

type EventType = ContainerEvent['type'];

/** The abstract model's step for each statechart event. */
const STEP_OF: Record<EventType, DockerStep> = {
  'container.start': 'start',
  'container.stop': 'stop',
  'container.restart': 'restart',
  'container.kill': 'kill',
  'container.pause': 'pause',
  'container.unpause': 'unpause',
  'container.remove': 'rm',
  'container.remove.force': 'rm -f',
  'container.exit': 'process exits',
  'container.removed': 'removal finishes',
  'container.die': 'removal fails',
};
const EVENT_OF = Object.fromEntries(Object.entries(STEP_OF).map(([event, step]) => [step, event])) as Record<
  DockerStep,
  EventType | undefined
>;

/** The status Docker shows for a machine state (`running.paused` is `paused`). */
function statusOf(value: StateValue): DockerStatus {
  if (typeof value !== 'string') return (value as { running: string }).running === 'paused' ? 'paused' : 'running';
  return value as DockerStatus;
}

/** The machine's state for a Docker status. */
function machineValue(status: DockerStatus): StateValue {
  if (status === 'running') return { running: 'active' };
  if (status === 'paused') return { running: 'paused' };
  return status;
}

const ALL_STATUSES: DockerStatus[] = [
  'created',
  'running',
  'paused',
  'restarting',
  'exited',
  'dead',
  'removing',
  'removed',
];

describe('container statechart: the same table as Docker', () => {
  it('accepts, refuses and goes where Docker does, in every state', () => {
    const differences: string[] = [];
    let compared = 0;
    for (const status of ALL_STATUSES) {
      const snapshot = containerMachine.resolveState({ value: machineValue(status), context: {} });
      expect(statusOf(snapshot.value), `${status} resolves to itself`).toBe(status);
      for (const type of CONTAINER_EVENT_TYPES) {
        const accepted = snapshot.can({ type } as ContainerEvent);
        const machine = accepted
          ? statusOf(transition(containerMachine, snapshot, { type } as ContainerEvent)[0].value)
          : 'refused';
        const docker = dockerOutcome(status, STEP_OF[type]);
        const expected = docker === undefined ? 'cannot happen' : 'to' in docker ? docker.to : 'refused';
        compared++;
        // A step that cannot happen, the machine must simply not take.
        if (machine === expected || (machine === 'refused' && expected === 'cannot happen')) continue;
        differences.push(`${status} --${type}--> machine: ${machine}, Docker: ${expected}`);
      }
    }
    expect(compared).toBe(ALL_STATUSES.length * CONTAINER_EVENT_TYPES.length);
    expect(differences).toEqual([]);
  });

  it('has an event for every operation and happening of Docker but the restart policy (out of scope)', () => {
    const steps = Object.values(STEP_OF).sort();
    expect(steps).toEqual(
      [...DOCKER_OPERATIONS, 'process exits', 'removal finishes', 'removal fails'].sort() as DockerStep[],
    );
    expect(EVENT_OF['policy restarts']).toBeUndefined();
  });
});

/** A daemon with one container `app` running `sleep 1`, so a process exit is one virtual second away. */
function subject(): { d: Daemon; id: string; changes: string[] } {
  const d = newDaemon('statechart');
  pull(d, 'alpine');
  const id = create(d, { Image: 'alpine', Cmd: ['sleep', '1'] }, 'app');
  const changes: string[] = [];
  d.world.listeners.add((e: DomainEvent) => {
    if (e.type === 'container.state.changed' && e.containerId === id) changes.push(statusOf(e.to as StateValue));
  });
  return { d, id, changes };
}

/** Performs a step as the API (or the clock) does it; `null` for steps with no call of their own. */
function perform(d: Daemon, step: DockerStep): ApiResponse | null {
  switch (step) {
    case 'start':
      return d.call('POST', '/containers/app/start');
    // t=0: SIGKILL at once, so the clock only moves when a step says so.
    case 'stop':
      return d.call('POST', '/containers/app/stop?t=0');
    case 'restart':
      return d.call('POST', '/containers/app/restart?t=0');
    case 'kill':
      return d.call('POST', '/containers/app/kill');
    case 'pause':
      return d.call('POST', '/containers/app/pause');
    case 'unpause':
      return d.call('POST', '/containers/app/unpause');
    case 'rm':
      return d.call('DELETE', '/containers/app');
    case 'rm -f':
      return d.call('DELETE', '/containers/app?force=1');
    case 'process exits':
      // `sleep 1` has at most one second left.
      advance(d, 1_000);
      return null;
    case 'removal finishes':
      // The engine finishes a removal inside the DELETE call; this step only checks it happened.
      return null;
    case 'removal fails':
    case 'policy restarts':
      throw new Error(`${step} has no API`);
  }
}

/** Asserts the engine shows the container in `status` (gone, once removal has begun: DELETE finishes it). */
function expectStatus(s: ReturnType<typeof subject>, status: DockerStatus, where: string): void {
  const r = s.d.call('GET', `/containers/${s.id}/json`);
  if (status === 'removing' || status === 'removed') {
    expect(outcome(r), where).toEqual({ status: 404, message: `No such container: ${s.id}` });
    expect(s.changes, where).toContain(status);
    return;
  }
  expect(r.status, where).toBe(200);
  expect((r.json as { State: { Status: string } }).State.Status, where).toBe(status);
}

/** The states the abstract model predicts for `steps` from `created`; throws where Docker would not go on. */
function predict(steps: DockerStep[]): DockerStatus[] {
  const states: DockerStatus[] = [];
  let at: DockerStatus = 'created';
  for (const step of steps) {
    const next = dockerOutcome(at, step);
    if (!next || !('to' in next)) throw new Error(`Docker does not take ${step} in ${at}`);
    at = next.to;
    states.push(at);
  }
  return states;
}

/** Replays steps from `created`, checking the engine against the abstract model after each. */
function replay(steps: DockerStep[]): void {
  const expected = predict(steps);
  const s = subject();
  expectStatus(s, 'created', 'initially');
  steps.forEach((step, i) => {
    const where = `step ${i + 1} (${step})`;
    const r = perform(s.d, step);
    if (r) expect(r.status, `${where}: ${JSON.stringify(r.json)}`).toBeLessThan(300);
    expectStatus(s, expected[i], where);
  });
}

// `container.die` has no API: moby marks a container dead only when a removal fails halfway.
const MODELLED: EventType[] = CONTAINER_EVENT_TYPES.filter((t) => t !== 'container.die');
const paths = getShortestPaths(containerMachine, {
  events: MODELLED.map((type) => ({ type }) as ContainerEvent),
  // Serialize by value only (toolchain pitfall P4): the machine has no context.
  serializeState: (s) => JSON.stringify(s.value),
});
type Path = (typeof paths)[number];
// steps[0] is xstate.init, the machine's own start, not an operation.
const realSteps = (path: Path) => path.steps.filter((st) => (st.event.type as string) !== 'xstate.init');

/** Every path the graph finds, and each of its accepted events after it: as events and machine states. */
function machineWalks(): Array<{ name: string; events: EventType[]; states: DockerStatus[] }> {
  const out: Array<{ name: string; events: EventType[]; states: DockerStatus[] }> = [];
  for (const path of paths) {
    const events = realSteps(path).map((st) => st.event.type as EventType);
    const states = realSteps(path).map((st) => statusOf(st.state.value));
    out.push({ name: `to ${statusOf(path.state.value)}`, events, states });
    for (const type of MODELLED) {
      if (!path.state.can({ type } as ContainerEvent)) continue;
      const [next] = transition(containerMachine, path.state, { type } as ContainerEvent);
      out.push({
        name: `${statusOf(path.state.value)} --${type}--> ${statusOf(next.value)}`,
        events: [...events, type],
        states: [...states, statusOf(next.value)],
      });
    }
  }
  return out;
}

describe('container statechart: every path of the machine is a path of Docker', () => {
  const walks = machineWalks();

  it('the graph reaches every state the API can reach', () => {
    // restarting (restart policies) and dead (a failed removal) have no way in through the API.
    expect(paths.map((p) => statusOf(p.state.value)).sort()).toEqual([
      'created',
      'exited',
      'paused',
      'removed',
      'removing',
      'running',
    ]);
    expect(walks.length).toBeGreaterThan(paths.length);
  });

  it.each(walks.map((w) => [w.name, w] as const))('%s', (_name, walk) => {
    const steps = walk.events.map((type) => STEP_OF[type]);
    expect(walk.states, 'the machine goes where Docker goes').toEqual(predict(steps));
    replay(steps);
  });
});

/** Docker's states an API call can leave a container in, each with the shortest way there. */
function reachable(): Map<DockerStatus, DockerStep[]> {
  const ways = new Map<DockerStatus, DockerStep[]>([['created', []]]);
  const queue: DockerStatus[] = ['created'];
  const steps: DockerStep[] = [...DOCKER_OPERATIONS, 'process exits'];
  while (queue.length) {
    const at = queue.shift()!;
    for (const step of steps) {
      const next = dockerOutcome(at, step);
      if (!next || !('to' in next) || ways.has(next.to)) continue;
      // The engine finishes a removal within the DELETE call: a container is never left in removing.
      if (next.to === 'removing') continue;
      ways.set(next.to, [...ways.get(at)!, step]);
      queue.push(next.to);
    }
  }
  return ways;
}

/** Every operation in every state: reached through the API where Docker can, set directly where not. */
function cases(): Array<{ status: DockerStatus; via: DockerStep[] | null; op: DockerOperation }> {
  const ways = reachable();
  const unreachable: DockerStatus[] = ['restarting', 'dead', 'removing'];
  return [
    ...[...ways].flatMap(([status, via]) => DOCKER_OPERATIONS.map((op) => ({ status, via, op }))),
    ...unreachable.flatMap((status) => DOCKER_OPERATIONS.map((op) => ({ status, via: null, op }))),
  ].filter((c) => c.status !== 'removed');
}

describe('the engine answers every operation in every state as Docker does', () => {
  it('reaches created, running, paused and exited through the API', () => {
    expect([...reachable().keys()].sort()).toEqual(['created', 'exited', 'paused', 'running']);
  });

  it.each(cases().map((c) => [c.status, c.op, c] as const))('%s, then %s', (_status, _op, c) => {
    const s = subject();
    if (c.via) for (const step of c.via) perform(s.d, step);
    else s.d.host.containers[s.id].state.lifecycle = machineValue(c.status) as string;
    // A container set to removing is still there: only the API's DELETE finishes a removal at once.
    if (c.via) expectStatus(s, c.status, 'before');
    else expect(s.d.call('GET', `/containers/${s.id}/json`).json).toMatchObject({ State: { Status: c.status } });
    const answer = perform(s.d, c.op)!;
    const docker = dockerOutcome(c.status, c.op);
    if (!docker) throw new Error(`the abstract model has no outcome for ${c.op} in ${c.status}`);
    if ('refused' in docker) {
      expect(outcome(answer)).toEqual({
        status: docker.refused.status,
        ...(docker.refused.message ? { message: refusalMessage(docker.refused, s.id, 'app') } : {}),
      });
      // A refusal changes nothing.
      expect(statusOf(s.d.host.containers[s.id].state.lifecycle)).toBe(c.status);
      return;
    }
    expect(answer.status, JSON.stringify(answer.json)).toBeLessThan(300);
    expectStatus(s, docker.to, 'after');
  });
});
