/**
 * What a container's state answers, as moby's container/state.go does (IsRunning, IsPaused,
 * StateString): plain questions over the record, below the statechart that moves it, so networks,
 * images and the daemon ask them without importing the container operations.
 */

import type { ContainerRecord } from './state';

/** The moby `State.Status` word for a lifecycle value: created, running, paused, … */
export function statusOf(value: ContainerRecord['state']['lifecycle']): string {
  if (typeof value === 'string') return value;
  return value.running === 'paused' ? 'paused' : 'running';
}

/** Whether the container's process is running (paused counts, as in moby). */
export function isRunning(c: ContainerRecord): boolean {
  return typeof c.state.lifecycle !== 'string' || c.state.lifecycle === 'restarting';
}

/** Whether the container is paused. */
export function isPaused(c: ContainerRecord): boolean {
  return typeof c.state.lifecycle !== 'string' && c.state.lifecycle.running === 'paused';
}
