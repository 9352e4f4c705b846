/**
 * The hijacked stream of `POST /exec/{id}/start`: what the exec's process writes until it exits,
 * and its stdin (`write`, `closeWrite`). It watches the world's `exec.output` events while open and
 * keeps nothing in the world's state; what is written goes to the engine, whose session is state.
 */

import type { World } from '../../engine/world-state';
import type { EngineContext } from '../../engine/context';
import { subscribe } from '../../kernel/events';
import { closeExecInput, writeExecInput } from '../../engine/execs/exec-input';
import type { StreamBody, StreamFrame } from '../types';

/** The exec's next timer, or its container's (the container exiting ends the exec). */
function nextWake(world: World, execId: string, containerId: string): number | undefined {
  const timer = world.state.timers.find(
    (t) =>
      (t.kind === 'exec.wake' && t.execId === execId) || (t.kind === 'container.exit' && t.containerId === containerId),
  );
  return timer?.at;
}

/** An open exec start stream; `fail` writes a start error into it and ends it, as moby's router does. */
export interface ExecStream extends StreamBody {
  fail(message: string): void;
}

/** The body of an exec start that is not detached; open it before starting, so no output is missed. */
export function execStream(world: World, hostName: string, execId: string, tty: boolean): ExecStream {
  const engine = (): EngineContext | undefined => {
    const host = world.state.hosts[hostName];
    return host ? { world, host } : undefined;
  };
  const exec = () => world.state.hosts[hostName]?.execs?.[execId];
  const containerId = exec()?.containerId ?? '';
  let buffered: StreamFrame[] = [];
  let closed = false;
  const unsubscribe = subscribe(world, (event) => {
    if (event.type !== 'exec.output' || event.execId !== execId || event.host !== hostName) return;
    buffered.push({ at: world.state.clock.nowMs, stream: event.stream, text: event.text });
  });
  const close = () => {
    closed = true;
    unsubscribe();
  };
  const ended = () => {
    const e = exec();
    return !e || !world.state.hosts[hostName]?.containers[e.containerId] || e.exitCode !== null;
  };
  return {
    format: tty ? 'raw' : 'multiplexed',
    read() {
      const frames = buffered;
      buffered = [];
      if (!closed && ended()) close();
      return { frames, done: closed };
    },
    wakeAt: () => (closed ? undefined : nextWake(world, execId, containerId)),
    close,
    write(data) {
      const ctx = engine();
      if (!closed && ctx) writeExecInput(ctx, execId, data);
    },
    closeWrite() {
      const ctx = engine();
      if (!closed && ctx) closeExecInput(ctx, execId);
    },
    fail(message) {
      // moby postContainerExecStart: fmt.Fprintf(stdout, "%v\r\n", err) on the hijacked stream.
      buffered.push({ at: world.state.clock.nowMs, stream: 'stdout', text: `${message}\r\n` });
    },
  };
}
