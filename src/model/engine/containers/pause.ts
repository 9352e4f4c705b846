/**
 * `docker pause` freezes every process of the container (the cgroup freezer): a paused `sleep`
 * does not get closer to its end, so its exit timer is held and resumed on unpause.
 */

import type { ContainerRecord } from '../state';
import { announce, now, type EngineContext } from '../context';
import { applyLifecycle } from './lifecycle';
import { scheduleExit } from './exit';
import { freezeExecsOf, thawExecsOf } from '../execs/exec-end';

/** Pauses a running container. */
export function pauseContainer(ctx: EngineContext, container: ContainerRecord): void {
  const { from, to } = applyLifecycle(container, 'container.pause');
  const timers = ctx.world.state.timers;
  const index = timers.findIndex(
    (t) => t.kind === 'container.exit' && t.containerId === container.id && t.runSeq === container.runSeq,
  );
  const timer = timers[index];
  if (timer?.kind === 'container.exit') {
    container.pausedExit = {
      remainingMs: timer.at - now(ctx),
      exitCode: timer.exitCode,
      ...(timer.oomKilled ? { oomKilled: timer.oomKilled } : {}),
    };
    timers.splice(index, 1);
  }
  freezeExecsOf(ctx, container);
  announce(ctx, {
    type: 'container.state.changed',
    host: ctx.host.name,
    containerId: container.id,
    name: container.name,
    from,
    to,
    event: 'container.pause',
  });
}

/** Unpauses a paused container. */
export function unpauseContainer(ctx: EngineContext, container: ContainerRecord): void {
  const { from, to } = applyLifecycle(container, 'container.unpause');
  if (container.pausedExit) {
    const held = container.pausedExit;
    scheduleExit(ctx, container, held.remainingMs, held.exitCode, held.oomKilled);
    container.pausedExit = null;
  }
  thawExecsOf(ctx, container);
  announce(ctx, {
    type: 'container.state.changed',
    host: ctx.host.name,
    containerId: container.id,
    name: container.name,
    from,
    to,
    event: 'container.unpause',
  });
}
