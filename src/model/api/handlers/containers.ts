/** Container routes that are not lifecycle operations: create, list, inspect, logs, remove, prune. */

import type { RouteContext, RouteEntry } from '../answers';
import { empty, json } from '../answers';
import type { ApiResponse } from '../types';
import { boolValue, checkFilterKeys, intValue, parseFilters, type Filters } from '../query';
import { containerInspect, containerSummary, summaryLookups } from '../views/container-views';
import { createContainer } from '../../engine/containers/create';
import { getContainer } from '../../engine/containers/lookup';
import { removeContainer } from '../../engine/containers/remove';
import { statusOf, isRunning } from '../../engine/container-state';
import { decodeCreateRequest } from './create-request';
import { verifyContainerResources } from '../../engine/containers/resource-limits';
import { findImage } from '../../engine/images/lookup';
import type { ContainerRecord, HostState } from '../../engine/state';
import { EngineError } from '../../engine/errors';
import { staticStream } from '../streams/static-stream';
import { attachStream, logTimestamp, outputText } from '../streams/container-streams';

function create({ engine, query, body }: RouteContext): ApiResponse {
  const request = decodeCreateRequest(body(), query.get('name') ?? undefined);
  // daemon/create.go containerCreate: the settings are verified before the image is looked up.
  const warnings = verifyContainerResources(engine.host, request.hostConfig ?? {});
  const container = createContainer(engine, request);
  return json(201, { Id: container.id, Warnings: warnings });
}

const CONTAINER_FILTERS = [
  'ancestor',
  'before',
  'expose',
  'exited',
  'health',
  'id',
  'isolation',
  'is-task',
  'label',
  'name',
  'network',
  'publish',
  'since',
  'status',
  'volume',
];
const STATUSES = ['created', 'restarting', 'running', 'removing', 'paused', 'exited', 'dead'];

function matches(host: HostState, c: ContainerRecord, filters: Filters): boolean {
  const any = (key: string, test: (v: string) => boolean) => {
    const values = filters.get(key);
    return !values || values.length === 0 || values.some(test);
  };
  return (
    any('status', (v) => {
      if (!STATUSES.includes(v)) throw new EngineError('invalidParameter', `invalid filter 'status=${v}'`);
      return statusOf(c.state.lifecycle) === v;
    }) &&
    any('name', (v) => safeRegex(v).test(c.name)) &&
    any('id', (v) => c.id.startsWith(v)) &&
    any('exited', (v) => !isRunning(c) && c.state.startedAt > 0 && String(c.state.exitCode) === v) &&
    any('ancestor', (v) => {
      try {
        const image = findImage(host, v);
        return image !== undefined && image.id === c.imageId;
      } catch {
        return false;
      }
    }) &&
    any('label', (v) => {
      const [k, val] = v.split('=');
      return val === undefined ? k in c.config.Labels : c.config.Labels[k] === val;
    }) &&
    any(
      'network',
      (v) =>
        Object.keys(c.networks).includes(v) ||
        Object.values(c.networks).some((e) => e.networkId && e.networkId.startsWith(v)),
    ) &&
    any('volume', (v) => c.mounts.some((m) => m.name === v || m.destination === v)) &&
    any('publish', (v) => c.publishedPorts.some((b) => b.hostPort === v.split('/')[0])) &&
    any('expose', (v) => Object.keys(c.config.ExposedPorts).some((p) => p.split('/')[0] === v.split('/')[0]))
  );
}

/** Docker matches name filters as regular expressions; an invalid one matches literally. */
function safeRegex(pattern: string): RegExp {
  try {
    return new RegExp(pattern);
  } catch {
    return new RegExp(pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  }
}

function list({ engine, query }: RouteContext): ApiResponse {
  const filters = parseFilters(query);
  checkFilterKeys(filters, CONTAINER_FILTERS);
  const limit = intValue(query, 'limit');
  const all =
    boolValue(query, 'all') || (limit !== undefined && limit > 0) || filters.has('status') || filters.has('exited');
  const withSize = boolValue(query, 'size');
  const { host } = engine;
  const nowMs = engine.world.state.clock.nowMs;
  const ids = Object.keys(host.containers);
  const before = filters.get('before')?.[0];
  const since = filters.get('since')?.[0];
  const beforeCreated = before ? getContainer(host, before).created : undefined;
  const sinceCreated = since ? getContainer(host, since).created : undefined;
  const out: Array<Record<string, unknown>> = [];
  const lookups = summaryLookups(host);
  // Newest first: the store keeps creation order.
  for (let i = ids.length - 1; i >= 0; i--) {
    const c = host.containers[ids[i]];
    if (!all && !isRunning(c)) continue;
    if (beforeCreated !== undefined && c.created >= beforeCreated) continue;
    if (sinceCreated !== undefined && c.created <= sinceCreated) continue;
    if (filters.size > 0 && !matches(host, c, filters)) continue;
    out.push(containerSummary(host, c, nowMs, withSize, lookups));
    if (limit !== undefined && limit > 0 && out.length >= limit) break;
  }
  return json(200, out);
}

function inspect({ engine, params, query }: RouteContext): ApiResponse {
  const c = getContainer(engine.host, params[0]);
  return json(200, containerInspect(engine.host, c, boolValue(query, 'size')));
}

function remove({ engine, params, query }: RouteContext): ApiResponse {
  if (boolValue(query, 'link'))
    throw new EngineError('invalidParameter', 'legacy links are not supported by the simulator');
  removeContainer(
    engine,
    getContainer(engine.host, params[0]),
    boolValue(query, 'force'),
    boolValue(query, 'v'),
    params[0],
  );
  return empty(204);
}

function logs({ engine, params, query }: RouteContext): ApiResponse {
  const c = getContainer(engine.host, params[0]);
  const stdout = boolValue(query, 'stdout');
  const stderr = boolValue(query, 'stderr');
  if (!stdout && !stderr)
    throw new EngineError('invalidParameter', 'Bad parameters: you must choose at least one stream');
  const timestamps = boolValue(query, 'timestamps');
  const tail = query.get('tail');
  let lines = c.logs.filter((l) => (l.stream === 'stdout' ? stdout : stderr));
  if (tail && tail !== 'all' && /^\d+$/.test(tail)) lines = lines.slice(Math.max(0, lines.length - Number(tail)));
  // What is logged so far, sent at once.
  const at = engine.world.state.clock.nowMs;
  const frames = lines.map((l) => ({
    at,
    stream: l.stream,
    text: `${timestamps ? `${logTimestamp(l.at)} ` : ''}${outputText(l.text, l.partial)}`,
  }));
  const format = c.config.Tty ? 'raw' : 'multiplexed';
  // moby daemon/logs.go: with `follow` the stream stays open for a running container, carrying
  // what it writes until it stops.
  const follow = boolValue(query, 'follow') && isRunning(c);
  return {
    status: 200,
    headers: {
      'Content-Type': c.config.Tty ? 'application/vnd.docker.raw-stream' : 'application/vnd.docker.multiplexed-stream',
    },
    body: follow
      ? attachStream(engine.world, engine.host.name, c.id, {
          stdout,
          stderr,
          tty: c.config.Tty,
          initial: frames,
          timestamps,
        })
      : staticStream(format, frames),
  };
}

/** Container routes other than lifecycle operations. */
export const CONTAINER_ROUTES: RouteEntry[] = [
  { method: 'POST', pattern: /^\/containers\/create$/, handle: create },
  { method: 'GET', pattern: /^\/containers\/json$/, handle: list },
  { method: 'GET', pattern: /^\/containers\/([^/]+)\/json$/, handle: inspect },
  { method: 'GET', pattern: /^\/containers\/([^/]+)\/logs$/, handle: logs },
  { method: 'DELETE', pattern: /^\/containers\/([^/]+)$/, handle: remove },
];
