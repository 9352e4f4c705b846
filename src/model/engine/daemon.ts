/**
 * The daemon process as a statechart (running ⇄ stopped). While it is stopped nothing answers the
 * API. Stopping it stops every running container, as `systemctl stop docker` does without
 * live-restore: each gets its stop signal and exits.
 */

import { setup, transition, type StateValue } from 'xstate';
import { announce, type EngineContext } from './context';
import { isRunning } from './container-state';
import { exitContainer } from './containers/exit';

/** The daemon statechart. */
export const daemonMachine = setup({
  types: { events: {} as { type: 'daemon.stop' } | { type: 'daemon.start' } },
}).createMachine({
  id: 'daemon',
  initial: 'running',
  states: {
    running: { on: { 'daemon.stop': 'stopped' } },
    stopped: { on: { 'daemon.start': 'running' } },
  },
});

/** Starts or stops the daemon; a no-op when it is already in that state. */
export function setDaemonRunning(ctx: EngineContext, running: boolean): void {
  const { host } = ctx;
  const snapshot = daemonMachine.resolveState({ value: host.daemon.status as StateValue, context: {} });
  const event = running ? ({ type: 'daemon.start' } as const) : ({ type: 'daemon.stop' } as const);
  if (!snapshot.can(event)) return;
  if (!running) {
    for (const c of Object.values(host.containers)) {
      if (!isRunning(c)) continue;
      const graceful = c.handledSignals.includes(c.config.StopSignal ?? 'SIGTERM');
      exitContainer(ctx, c, graceful ? 0 : 137, 'container.stop');
    }
  }
  const [next] = transition(daemonMachine, snapshot, event);
  host.daemon.status = next.value as 'running' | 'stopped';
  announce(ctx, { type: running ? 'daemon.started' : 'daemon.stopped', host: host.name });
}
