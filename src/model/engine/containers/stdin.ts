/**
 * A container's stdin (moby daemon/attach.go, container/stream): what a client attached with
 * `stdin=1` writes reaches PID 1. A shell started with `-i` opens a session when it starts (its
 * first prompt with a TTY) and reads each line it is sent; `exit` or end of input ends it, and the
 * container with it. The session lives in the container record (`stdin`), plain JSON. An exec's
 * process reads through the same `StdinProcess` (processes/stdin-reader.ts) with its own state.
 */

import type { ContainerRecord } from '../state';
import { now, type EngineContext } from '../context';
import { isPaused, isRunning } from '../container-state';
import { openShellSession } from '../processes/shell-session';
import { closeStdin, stdinState, writeStdin, type StdinProcess } from '../processes/stdin-reader';
import type { ShellFlavour } from '../processes/redirects';
import { applyFileWrites } from '../processes/file-stores';
import { appendOutput, exitContainer, scheduleExit } from './exit';
import { containerProcessContext } from './process-context';

/** Opens the session of a shell PID 1 that reads stdin (`docker run -i`), printing its first prompt. */
export function openContainerStdin(ctx: EngineContext, container: ContainerRecord, flavour: ShellFlavour): void {
  const opened = openShellSession(containerProcessContext(ctx, container), flavour, container.config.Tty);
  container.stdin = stdinState(opened.session, now(ctx));
  appendOutput(ctx, container, opened.output);
}

/** The container's PID 1 as a process reading stdin; undefined when it reads none (not running, not a shell). */
function stdinProcess(ctx: EngineContext, container: ContainerRecord): StdinProcess | undefined {
  const state = container.stdin;
  if (!state || state.closed || !isRunning(container) || isPaused(container)) return undefined;
  const runSeq = container.runSeq;
  return {
    state,
    nowMs: now(ctx),
    context: () => containerProcessContext(ctx, container),
    write: (lines) => appendOutput(ctx, container, lines),
    applyFiles: (files) => applyFileWrites(ctx.host, container, files),
    exit(code, afterMs) {
      if (container.runSeq !== runSeq) return;
      if (afterMs > 0) scheduleExit(ctx, container, afterMs, code);
      else exitContainer(ctx, container, code, 'container.exit');
    },
  };
}

/**
 * Bytes a client wrote to the container's stdin. False while nothing reads it yet (the container
 * is not running): the pipe keeps them. A process that never reads stdin drops them.
 */
export function writeContainerStdin(ctx: EngineContext, container: ContainerRecord, data: string): boolean {
  if (!isRunning(container)) return false;
  const proc = stdinProcess(ctx, container);
  if (proc) writeStdin(proc, data);
  return true;
}

/** The client closed the container's stdin (EOF; `StdinOnce` closes it when the attached client hangs up). */
export function closeContainerStdin(ctx: EngineContext, container: ContainerRecord): boolean {
  if (!isRunning(container)) return false;
  const proc = stdinProcess(ctx, container);
  if (proc) closeStdin(proc);
  return true;
}
