/**
 * `GET /containers/{id}/stats` (api/server/router/container/container_routes.go getContainersStats,
 * daemon/stats.go ContainerStats): one StatsResponse (`stream=0`, or `one-shot=1`), or a stream of
 * them, one per second of virtual time as moby's stats collector publishes them, each carrying the
 * one before as `precpu_stats`. A container that is not running gives moby's empty stats.
 */

import type { RouteContext, RouteEntry } from '../answers';
import { json } from '../answers';
import type { ApiResponse, StreamBody, StreamFrame } from '../types';
import { boolValue } from '../query';
import { getContainer } from '../../engine/containers/lookup';
import { isRunning } from '../../engine/container-state';
import { EngineError } from '../../engine/errors';
import type { World } from '../../engine/world-state';
import { emptyStats, sampleAt, statsResponse, type CpuSample } from '../views/stats-view';

// daemon.newStatsCollector(1 * time.Second): the collector's interval.
const COLLECT_INTERVAL_MS = 1000;

/** One frame of the stats of container `id` at `atMs`, after `previous` (updated for the next frame). */
function frameAt(world: World, hostName: string, id: string, atMs: number, previous: { sample?: CpuSample }): unknown {
  const host = world.state.hosts[hostName];
  const c = host?.containers[id];
  if (!host || !c) return undefined;
  if (!isRunning(c)) {
    previous.sample = undefined;
    return emptyStats(c);
  }
  const sample = sampleAt(host, c, atMs);
  const doc = statsResponse(host, c, sample, previous.sample);
  previous.sample = sample;
  return doc;
}

/** The stream: a frame now, then one per collector interval, until the container is removed. */
function statsStream(world: World, hostName: string, id: string): StreamBody {
  let nextAt = world.state.clock.nowMs;
  let closed = false;
  const previous: { sample?: CpuSample } = {};
  return {
    format: 'json-messages',
    read() {
      const frames: StreamFrame[] = [];
      while (!closed && nextAt <= world.state.clock.nowMs) {
        const doc = frameAt(world, hostName, id, nextAt, previous);
        // moby stops collecting when the container is removed: the stream ends.
        if (doc === undefined) closed = true;
        else frames.push({ at: nextAt, json: doc });
        nextAt += COLLECT_INTERVAL_MS;
      }
      return { frames, done: closed };
    },
    wakeAt: () => (closed ? undefined : nextAt),
    close() {
      closed = true;
    },
  };
}

function stats({ engine, params, query }: RouteContext): ApiResponse {
  const c = getContainer(engine.host, params[0]);
  const stream = query.has('stream') ? boolValue(query, 'stream') : true;
  const oneShot = boolValue(query, 'one-shot');
  if (stream && oneShot) throw new EngineError('invalidParameter', 'cannot have stream=true and one-shot=true');
  const nowMs = engine.world.state.clock.nowMs;
  if (!isRunning(c) && !stream) return json(200, emptyStats(c));
  if (oneShot) return json(200, statsResponse(engine.host, c, sampleAt(engine.host, c, nowMs), undefined));
  if (!stream) {
    // moby skips the collector's first frame "to prime the cpu stats": the answer carries the one a second before.
    const before = sampleAt(engine.host, c, Math.max(c.state.startedAt, nowMs - COLLECT_INTERVAL_MS));
    return json(200, statsResponse(engine.host, c, sampleAt(engine.host, c, nowMs), before));
  }
  return {
    status: 200,
    headers: { 'Content-Type': 'application/json' },
    body: statsStream(engine.world, engine.host.name, c.id),
  };
}

/** The stats route. */
export const STATS_ROUTES: RouteEntry[] = [{ method: 'GET', pattern: /^\/containers\/([^/]+)\/stats$/, handle: stats }];
