/** What every engine operation works on: the world (clock, random, events) and one host's daemon. */

import type { World } from './world-state';
import { emit } from '../kernel/events';
import type { HostState } from './state';
import type { DomainEvent } from '../kernel/events';

/** One daemon inside its world. */
export interface EngineContext {
  world: World;
  host: HostState;
}

/** The virtual time now, in milliseconds. */
export function now(ctx: EngineContext): number {
  return ctx.world.state.clock.nowMs;
}

/** Emits a domain event of this host. */
export function announce(ctx: EngineContext, event: DomainEvent): void {
  emit(ctx.world, event);
}
