/**
 * A container's process ends: by itself, by a signal, or by `docker stop`'s SIGKILL. The container
 * moves to `exited`, loses its endpoints and ports, and is removed if it was run with `--rm`.
 */

import type { ContainerRecord } from '../state';
import type { OutputLine } from '../processes/program';
import { announce, now, type EngineContext } from '../context';
import { applyLifecycle } from './lifecycle';
import type { ContainerEvent } from './lifecycle-machine';
import { deleteEndpoints } from '../networks/endpoints';
import { releasePorts } from '../networks/ports';
import { removeContainerNow } from './remove';
import { scheduleTimer } from '../../kernel/timers';
import { endExecsOf } from '../execs/exec-end';

// Logs are capped so a long-running demo cannot grow the saved world without bound.
const MAX_LOG_LINES = 1000;

/**
 * Appends what the process wrote to the container's log and announces it; lines written later
 * (`afterMs`) wait for their timer on the virtual clock.
 */
export function appendOutput(ctx: EngineContext, container: ContainerRecord, output: OutputLine[]): void {
  const later = new Map<number, OutputLine[]>();
  for (const line of output) {
    if (line.afterMs && line.afterMs > 0) later.set(line.afterMs, [...(later.get(line.afterMs) ?? []), line]);
    else logLine(ctx, container, line);
  }
  for (const [afterMs, lines] of later) scheduleOutput(ctx, container, afterMs, lines);
  if (container.logs.length > MAX_LOG_LINES) container.logs.splice(0, container.logs.length - MAX_LOG_LINES);
}

function logLine(ctx: EngineContext, container: ContainerRecord, line: OutputLine): void {
  const partial = line.partial ? { partial: line.partial } : {};
  container.logs.push({ at: now(ctx), stream: line.stream, text: line.text, ...partial });
  announce(ctx, {
    type: 'container.output',
    host: ctx.host.name,
    containerId: container.id,
    stream: line.stream,
    text: line.text,
    ...partial,
  });
}

/** Schedules output the process writes `afterMs` from now (kept as plain data in the world's timers). */
export function scheduleOutput(
  ctx: EngineContext,
  container: ContainerRecord,
  afterMs: number,
  lines: OutputLine[],
): void {
  const state = ctx.world.state;
  scheduleTimer(state.timers, {
    kind: 'container.output',
    at: now(ctx) + afterMs,
    seq: state.timerSeq++,
    host: ctx.host.name,
    containerId: container.id,
    runSeq: container.runSeq,
    lines: lines.map((l) => ({ stream: l.stream, text: l.text, ...(l.partial ? { partial: l.partial } : {}) })),
  });
}

/** Schedules the process to end by itself `afterMs` from now. */
export function scheduleExit(
  ctx: EngineContext,
  container: ContainerRecord,
  afterMs: number,
  exitCode: number,
  oomKilled?: boolean,
): void {
  const state = ctx.world.state;
  scheduleTimer(state.timers, {
    kind: 'container.exit',
    at: now(ctx) + afterMs,
    seq: state.timerSeq++,
    host: ctx.host.name,
    containerId: container.id,
    runSeq: container.runSeq,
    exitCode,
    ...(oomKilled ? { oomKilled } : {}),
  });
}

/** Ends the container's process with `exitCode` through the statechart event `event`. */
export function exitContainer(
  ctx: EngineContext,
  container: ContainerRecord,
  exitCode: number,
  event: Extract<ContainerEvent['type'], 'container.exit' | 'container.stop' | 'container.kill'>,
): void {
  const { from, to } = applyLifecycle(container, event);
  container.state.exitCode = exitCode;
  container.state.finishedAt = now(ctx);
  container.state.pid = 0;
  container.pausedExit = null;
  container.exitSeq++;
  // The exec processes die with the container's init (moby monitor.go EventExit, then Cleanup).
  endExecsOf(ctx, container);
  releasePorts(ctx, container);
  deleteEndpoints(ctx.host, container);
  announce(ctx, {
    type: 'container.state.changed',
    host: ctx.host.name,
    containerId: container.id,
    name: container.name,
    from,
    to,
    event,
  });
  if (container.hostConfig.AutoRemove) removeContainerNow(ctx, container, true);
}
