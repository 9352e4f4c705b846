/**
 * The kernel's OOM killer: a container whose program needs more memory than its `--memory` limit
 * is killed (SIGKILL, exit 137) at the virtual time its use reaches the limit. moby's
 * daemon/monitor.go ProcessEvent sets State.OOMKilled and logs the `oom` event on the OOM
 * notification; the exit that follows is the usual `die`.
 */

import type { ContainerRecord } from '../state';
import { announce, now, type EngineContext } from '../context';
import { scheduleTimer } from '../../kernel/timers';
import { oomKillAfterMs } from './resource-use';

// 128 + SIGKILL (9): what a process killed by the OOM killer exits with.
const OOM_EXIT_CODE = 137;

/**
 * Schedules the OOM kill of a container that just started, if its program outgrows its limit before
 * it would exit by itself (`exitsAfterMs`); says whether it did, so the start schedules no other exit.
 */
export function scheduleOomKill(ctx: EngineContext, container: ContainerRecord, exitsAfterMs?: number): boolean {
  const afterMs = oomKillAfterMs(ctx.host, container);
  if (afterMs === undefined || (exitsAfterMs !== undefined && exitsAfterMs <= afterMs)) return false;
  const state = ctx.world.state;
  scheduleTimer(state.timers, {
    kind: 'container.exit',
    at: now(ctx) + afterMs,
    seq: state.timerSeq++,
    host: ctx.host.name,
    containerId: container.id,
    runSeq: container.runSeq,
    exitCode: OOM_EXIT_CODE,
    oomKilled: true,
  });
  return true;
}

/** Marks the container OOM-killed and announces it, just before its exit is recorded. */
export function recordOomKill(ctx: EngineContext, container: ContainerRecord): void {
  container.state.oomKilled = true;
  announce(ctx, { type: 'container.oom', host: ctx.host.name, containerId: container.id, name: container.name });
}
