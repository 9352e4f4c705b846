/**
 * How an exec's process ends: by itself (its exit code), when the clock reaches what it does later
 * (`sleep 5`), or with its container (moby: the exec processes die with the container's init).
 */

import type { ContainerRecord } from '../state';
import type { OutputLine } from '../processes/program';
import type { ExecRecord } from './exec-state';
import { announce, now, type EngineContext } from '../context';
import { scheduleTimer } from '../../kernel/timers';
import { execStore } from './exec-store';

/** Killed by SIGKILL when its container's init dies: 128 + 9. */
const KILLED = 137;

/** Sends what the exec's process wrote to whoever is attached to it (the start stream). */
export function execOutput(ctx: EngineContext, exec: ExecRecord, output: OutputLine[]): void {
  for (const line of output) {
    if ((line.stream === 'stdout' && !exec.openStdout) || (line.stream === 'stderr' && !exec.openStderr)) continue;
    announce(ctx, {
      type: 'exec.output',
      host: ctx.host.name,
      containerId: exec.containerId,
      execId: exec.id,
      // A TTY has one output stream.
      stream: exec.tty ? 'stdout' : line.stream,
      text: line.partial ? line.text : `${line.text}\n`,
    });
  }
}

/** The exec's process exited with `exitCode` (moby monitor.go EventExit: exec_die). */
export function finishExec(ctx: EngineContext, exec: ExecRecord, exitCode: number): void {
  exec.running = false;
  exec.exitCode = exitCode;
  delete exec.session;
  delete exec.typed;
  delete exec.lines;
  delete exec.pending;
  delete exec.frozenMs;
  announce(ctx, {
    type: 'exec.died',
    host: ctx.host.name,
    containerId: exec.containerId,
    execId: exec.id,
    exitCode,
  });
}

/** Schedules what the exec's process does `afterMs` from now. */
export function scheduleExecWake(ctx: EngineContext, exec: ExecRecord, afterMs: number): void {
  const state = ctx.world.state;
  scheduleTimer(state.timers, {
    kind: 'exec.wake',
    at: now(ctx) + afterMs,
    seq: state.timerSeq++,
    host: ctx.host.name,
    execId: exec.id,
  });
}

/** The container's process ended: its running execs die with it, the ones never started are let go (moby Cleanup). */
export function endExecsOf(ctx: EngineContext, container: ContainerRecord): void {
  const store = execStore(ctx.host);
  for (const exec of Object.values(store)) {
    if (exec.containerId !== container.id || exec.exitCode !== null) continue;
    if (exec.running) finishExec(ctx, exec, KILLED);
    else delete store[exec.id];
  }
}

/** `docker pause` freezes the execs too: their timers are held with the time they had left. */
export function freezeExecsOf(ctx: EngineContext, container: ContainerRecord): void {
  const timers = ctx.world.state.timers;
  const store = execStore(ctx.host);
  for (let i = timers.length - 1; i >= 0; i--) {
    const timer = timers[i];
    const exec = timer.kind === 'exec.wake' ? store[timer.execId] : undefined;
    if (!exec || exec.containerId !== container.id) continue;
    exec.frozenMs = timer.at - now(ctx);
    timers.splice(i, 1);
  }
}

/** `docker unpause`: the held exec timers run on from where they were. */
export function thawExecsOf(ctx: EngineContext, container: ContainerRecord): void {
  for (const exec of Object.values(execStore(ctx.host))) {
    if (exec.containerId !== container.id || exec.frozenMs === undefined) continue;
    scheduleExecWake(ctx, exec, exec.frozenMs);
    delete exec.frozenMs;
  }
}
