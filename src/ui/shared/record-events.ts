/**
 * The page's tap on a world's domain events while one of its own actions runs (the header's daemon
 * switch, which is not a shell line): what it caused, and its Engine API exchanges paired from
 * `api.request`/`api.response`, so the action gets a `CommandRecord` as a typed line does.
 */

import { subscribe, type World, type DomainEvent } from '../../model';
import type { ApiExchange } from '../../model/client';

/** What one command caused in a world. */
export interface RecordedEvents {
  events: DomainEvent[];
  exchanges: ApiExchange[];
}

/** Runs `work` on `world`, recording the events it causes; exchanges are numbered with `nextId`. */
export function recordEvents<T>(world: World, nextId: () => number, work: () => T): RecordedEvents & { result: T } {
  const events: DomainEvent[] = [];
  const exchanges: ApiExchange[] = [];
  let open: Omit<ApiExchange, 'status'> | undefined;
  const stop = subscribe(world, (event) => {
    events.push(event);
    if (event.type === 'api.request') {
      open = {
        id: nextId(),
        method: event.method,
        path: event.path,
        query: event.query,
        requestBody: event.body,
        at: world.state.clock.nowMs,
      };
    } else if (event.type === 'api.response' && open) {
      exchanges.push({ ...open, status: event.status, responseBody: event.body });
      open = undefined;
    }
  });
  try {
    return { result: work(), events, exchanges };
  } finally {
    stop();
  }
}
