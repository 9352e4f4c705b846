/**
 * Answers that wait for the world: `wait` completes when the container exits (or is removed);
 * `attach` streams the container's output until it exits. Transports re-check pending calls after
 * every request and clock move.
 */

import type { World } from '../world/world';
import type { ApiResponse, PendingCall } from './types';
import { isRunning } from '../engine/container-state';

/** The completed answer of a pending call, or `undefined` while it still waits. */
export function resolvePending(world: World, pending: PendingCall): ApiResponse | undefined {
  const host = world.state.hosts[pending.host];
  const c = host?.containers[pending.containerId];
  const removedCode = host?.removedExitCodes[pending.containerId];
  const exited = !c || c.exitSeq > pending.exitSeq;
  if (pending.kind === 'attach') {
    if (!exited) return undefined;
    return { status: 101, headers: {}, output: [] };
  }
  let done: boolean;
  if (pending.condition === 'removed') done = !c;
  else if (pending.condition === 'next-exit') done = exited;
  else done = !c || !isRunning(c);
  if (!done) return undefined;
  const statusCode = c ? c.state.exitCode : (removedCode ?? 0);
  return {
    status: 200,
    headers: { 'Content-Type': 'application/json' },
    json: { Error: null, StatusCode: statusCode },
  };
}
