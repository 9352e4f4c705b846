/**
 * `docker stop`, `kill` and `restart`. Stop sends the stop signal (the image's StopSignal or
 * SIGTERM) and waits up to the timeout (10 s by default) before SIGKILL: a process that handles the
 * signal exits 0 at once; PID 1 without a handler ignores it, so stop takes the whole timeout and
 * the exit code is 137.
 */

import type { ContainerRecord } from '../state';
import type { EngineContext } from '../context';
import { refusalError, refusalOf, applyLifecycle } from './lifecycle';
import { isRunning } from '../container-state';
import { exitContainer } from './exit';
import { startContainer } from './start';
import { advanceClock } from '../advance';
import { EngineError } from '../errors';

const DEFAULT_STOP_TIMEOUT_SEC = 10;
const KILL_SIGNALS = new Set(['SIGKILL', 'KILL', '9']);

/** Normalizes a signal name as moby's signal.ParseSignal accepts it: `HUP`, `SIGHUP`, `1`. */
export function normalizeSignal(signal: string): string {
  const upper = signal.toUpperCase();
  const numbers: Record<string, string> = {
    '1': 'SIGHUP',
    '2': 'SIGINT',
    '3': 'SIGQUIT',
    '9': 'SIGKILL',
    '10': 'SIGUSR1',
    '12': 'SIGUSR2',
    '15': 'SIGTERM',
    '28': 'SIGWINCH',
  };
  if (numbers[upper]) return numbers[upper];
  return upper.startsWith('SIG') ? upper : `SIG${upper}`;
}

/** Stops a running container; 304 (notModified) when it is not running. */
export function stopContainer(
  ctx: EngineContext,
  container: ContainerRecord,
  timeoutSec?: number,
  signal?: string,
): void {
  const reason = refusalOf(container, 'container.stop');
  if (reason) throw refusalError(container, 'container.stop', reason);
  container.state.manuallyStopped = true;
  const stopSignal = normalizeSignal(signal ?? container.config.StopSignal ?? 'SIGTERM');
  if (container.handledSignals.includes(stopSignal)) {
    exitContainer(ctx, container, 0, 'container.stop');
    return;
  }
  const timeout = timeoutSec ?? container.config.StopTimeout ?? DEFAULT_STOP_TIMEOUT_SEC;
  if (timeout > 0) {
    // The process may still end by itself while docker stop waits.
    const runSeq = container.runSeq;
    advanceClock(ctx.world, timeout * 1000);
    if (!ctx.host.containers[container.id] || container.runSeq !== runSeq || !isRunning(container)) return;
  }
  exitContainer(ctx, container, 137, 'container.stop');
}

/** Sends a signal; SIGKILL (the default) ends the process with 137. */
export function killContainer(ctx: EngineContext, container: ContainerRecord, signal = 'SIGKILL'): void {
  const reason = refusalOf(container, 'container.kill');
  if (reason) throw refusalError(container, 'container.kill', reason);
  const normalized = normalizeSignal(signal);
  if (!/^SIG[A-Z0-9]+$/.test(normalized)) throw new EngineError('invalidParameter', `Invalid signal: ${signal}`);
  container.state.manuallyStopped = true;
  if (container.state.lifecycle === 'restarting') {
    applyLifecycle(container, 'container.kill');
    return;
  }
  if (KILL_SIGNALS.has(normalized)) exitContainer(ctx, container, 137, 'container.kill');
  else if (container.handledSignals.includes(normalized)) exitContainer(ctx, container, 0, 'container.kill');
  // Any other signal is delivered and ignored: the process keeps running.
}

/** Restarts: stop if running (with the timeout), then start; errors are wrapped as moby does. */
export function restartContainer(
  ctx: EngineContext,
  container: ContainerRecord,
  typed: string,
  timeoutSec?: number,
  signal?: string,
): void {
  try {
    const reason = refusalOf(container, 'container.restart');
    if (reason) throw refusalError(container, 'container.restart', reason);
    if (isRunning(container)) stopContainer(ctx, container, timeoutSec, signal);
    if (!ctx.host.containers[container.id]) return;
    container.restartCount = 0;
    startContainer(ctx, container);
  } catch (error) {
    if (error instanceof EngineError && error.kind !== 'notModified') {
      throw new EngineError(error.kind, `Cannot restart container ${typed}: ${error.message}`);
    }
    throw error;
  }
}
