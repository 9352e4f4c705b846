// One container's stats as `docker stats` collects them (docker/cli 28.2.2 stats_helpers.go
// collect): `GET /containers/{id}/stats?stream=0|1`, then each StatsResponse turned into the row's
// numbers. A streamed body is read without waiting: the frames already sent, up to a time.
import type { StreamBody } from '../../../api/types';
import type { ApiClient } from '../../client/api-client';
import { daemonError, isError, pathSegment } from '../../client/api-client';
import { newStatsEntry, statsEntryOf, type StatsEntry, type StatsJson } from './stats-entry';

/** A row of `docker stats` and where its numbers come from. */
export interface StatsCollector {
  entry: StatsEntry;
  /** The daemon's refusal (`Error response from daemon: No such container: x`). */
  error?: string;
  body?: StreamBody;
  /** Frames read from the body that are later than the last refresh. */
  pending: Array<{ at: number; json: unknown }>;
  /** The container was not running at its last frame (moby's empty stats). */
  stopped: boolean;
}

/** Starts collecting for `container` (a name, an ID or a 12-character ID, as asked). */
export function startCollector(client: ApiClient, container: string, stream: boolean): StatsCollector {
  const collector: StatsCollector = { entry: newStatsEntry(container), pending: [], stopped: false };
  const response = client.request('GET', `/containers/${pathSegment(container)}/stats`, { stream: stream ? 1 : 0 });
  if (isError(response)) {
    collector.error = daemonError(response);
    return collector;
  }
  if (response.body) collector.body = response.body;
  else apply(collector, response.json);
  return collector;
}

/** The row of one StatsResponse (Stats.SetStatistics). */
function apply(collector: StatsCollector, json: unknown): void {
  const v = (json ?? {}) as StatsJson & { read?: string };
  collector.entry = statsEntryOf(collector.entry.container, v);
  collector.stopped = v.read === '0001-01-01T00:00:00Z';
}

/** Takes in every frame sent up to `atMs`; a body that ended marks the row invalid, as an EOF does. */
export function collectUpTo(collector: StatsCollector, atMs: number): void {
  const body = collector.body;
  if (body) {
    const read = body.read();
    for (const frame of read.frames) if ('json' in frame) collector.pending.push({ at: frame.at, json: frame.json });
    if (read.done) {
      collector.body = undefined;
      if (collector.pending.length === 0) collector.entry = { ...collector.entry, isInvalid: true };
    }
  }
  while (collector.pending.length > 0 && collector.pending[0].at <= atMs)
    apply(collector, collector.pending.shift()!.json);
}

/** Stops reading (the client hung up). */
export function stopCollector(collector: StatsCollector): void {
  collector.body?.close();
  collector.body = undefined;
}
