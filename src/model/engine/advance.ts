/**
 * Moves the virtual clock forward, firing the timers that fall due on the way, in order: a
 * `sleep 5` container started 5 seconds ago exits exactly then.
 */

import type { World } from './world-state';
import { emit } from '../kernel/events';
import { appendOutput, exitContainer } from './containers/exit';
import { isRunning } from './container-state';
import { recordOomKill } from './resources/oom-kill';
import { wakeExec } from './execs/exec-input';

/** Advances the clock by `ms` (never backwards), firing due timers. */
export function advanceClock(world: World, ms: number): void {
  const state = world.state;
  const from = state.clock.nowMs;
  const target = from + Math.max(0, Number.isFinite(ms) ? ms : 0);
  while (state.timers.length > 0 && state.timers[0].at <= target) {
    const timer = state.timers.shift()!;
    state.clock.nowMs = Math.max(state.clock.nowMs, timer.at);
    const host = state.hosts[timer.host];
    if (timer.kind === 'exec.wake') {
      if (host) wakeExec({ world, host }, timer.execId);
      continue;
    }
    const container = host?.containers[timer.containerId];
    if (!host || !container || container.runSeq !== timer.runSeq || !isRunning(container)) continue;
    if (timer.kind === 'container.output') appendOutput({ world, host }, container, timer.lines);
    else {
      if (timer.oomKilled) recordOomKill({ world, host }, container);
      exitContainer({ world, host }, container, timer.exitCode, 'container.exit');
    }
  }
  state.clock.nowMs = target;
  if (target !== from) emit(world, { type: 'clock.advanced', fromMs: from, toMs: target });
}
