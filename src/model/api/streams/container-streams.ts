/**
 * The bodies that follow a container: `attach` carries what it writes until it exits, `wait` its
 * exit code once the condition holds. Both are read as time passes; their wake is the container's
 * next timer (a process that ends by itself), so a reader that waits knows when to look again.
 * They watch the world's events while open and keep nothing in its state.
 */

import type { World } from '../../engine/world-state';
import { subscribe } from '../../kernel/events';
import { isRunning } from '../../engine/container-state';
import type { StreamBody, StreamFrame } from '../types';

/** What `wait` waits for (moby's container.WaitCondition). */
export type WaitCondition = 'next-exit' | 'not-running' | 'removed';

/** The container's next timer (its process ending by itself), if it has one. */
function nextTimerAt(world: World, containerId: string): number | undefined {
  return world.state.timers.find((t) => t.kind === 'container.exit' && t.containerId === containerId)?.at;
}

/** The exit code `wait` answers once `condition` holds, or undefined while it does not. */
export function waitOutcome(
  world: World,
  hostName: string,
  containerId: string,
  condition: WaitCondition,
  exitSeq: number,
): number | undefined {
  const host = world.state.hosts[hostName];
  const c = host?.containers[containerId];
  const exited = !c || c.exitSeq > exitSeq;
  const done = condition === 'removed' ? !c : condition === 'next-exit' ? exited : !c || !isRunning(c);
  if (!done) return undefined;
  return c ? c.state.exitCode : (host?.removedExitCodes[containerId] ?? 0);
}

/** The body of a `wait` that has to wait: one JSON result (`{"Error":null,"StatusCode":N}`) when it holds. */
export function waitStream(
  world: World,
  hostName: string,
  containerId: string,
  condition: WaitCondition,
  exitSeq: number,
): StreamBody {
  let closed = false;
  return {
    format: 'json',
    read() {
      if (closed) return { frames: [], done: true };
      const code = waitOutcome(world, hostName, containerId, condition, exitSeq);
      if (code === undefined) return { frames: [], done: false };
      closed = true;
      return { frames: [{ at: world.state.clock.nowMs, json: { Error: null, StatusCode: code } }], done: true };
    },
    wakeAt: () => (closed ? undefined : nextTimerAt(world, containerId)),
    close() {
      closed = true;
    },
  };
}

/** Which of the container's streams an attach carries. */
export interface AttachStreams {
  stdout: boolean;
  stderr: boolean;
  /** The container has a TTY: its output is raw bytes, not stdcopy frames. */
  tty: boolean;
}

/** The body of an attach: the container's output from now until it exits (or is removed). */
export function attachStream(world: World, hostName: string, containerId: string, streams: AttachStreams): StreamBody {
  const exitSeq = world.state.hosts[hostName]?.containers[containerId]?.exitSeq ?? 0;
  const exited = () => {
    const c = world.state.hosts[hostName]?.containers[containerId];
    return !c || c.exitSeq > exitSeq;
  };
  let buffered: StreamFrame[] = [];
  let closed = false;
  const unsubscribe = subscribe(world, (event) => {
    if (event.type !== 'container.output' || event.containerId !== containerId || event.host !== hostName) return;
    if ((event.stream === 'stdout' && !streams.stdout) || (event.stream === 'stderr' && !streams.stderr)) return;
    buffered.push({ at: world.state.clock.nowMs, stream: event.stream, text: `${event.text}\n` });
  });
  const close = () => {
    closed = true;
    unsubscribe();
  };
  return {
    format: streams.tty ? 'raw' : 'multiplexed',
    read() {
      const frames = buffered;
      buffered = [];
      if (!closed && exited()) close();
      return { frames, done: closed };
    },
    wakeAt: () => (closed ? undefined : nextTimerAt(world, containerId)),
    close,
  };
}
