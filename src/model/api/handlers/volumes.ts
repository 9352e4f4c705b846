/** Volume routes: list, create, inspect, remove, prune. */

import type { RouteContext, RouteEntry } from '../answers';
import { empty, json } from '../answers';
import type { ApiResponse } from '../types';
import { boolValue, checkFilterKeys, globMatch, parseFilters } from '../query';
import { field, objectBody } from '../body';
import { volumeView } from '../views/volume-network-views';
import {
  ensureVolume,
  getVolume,
  removeVolume,
  validateVolumeName,
  volumeUsers,
} from '../../engine/volumes/volume-store';
import { nextHex } from '../../kernel/random';
import { EngineError } from '../../engine/errors';

function list({ engine, query }: RouteContext): ApiResponse {
  const filters = parseFilters(query);
  checkFilterKeys(filters, ['dangling', 'driver', 'label', 'name']);
  const volumes = Object.values(engine.host.volumes).filter((v) => {
    const dangling = filters.get('dangling')?.[0];
    if (
      dangling !== undefined &&
      (dangling === 'true' || dangling === '1') !== (volumeUsers(engine, v.name).length === 0)
    )
      return false;
    const names = filters.get('name');
    if (names && !names.some((n) => v.name.includes(n) || globMatch(n, v.name))) return false;
    const drivers = filters.get('driver');
    return !drivers || drivers.includes(v.driver);
  });
  return json(200, { Volumes: volumes.map(volumeView), Warnings: null });
}

function create({ engine, body }: RouteContext): ApiResponse {
  const request = objectBody(body(), 'volume.CreateOptions');
  const driver = field<string>(request, 'Driver', 'string', 'CreateOptions') || 'local';
  if (driver !== 'local')
    throw new EngineError('notFound', `error looking up volume plugin ${driver}: plugin "${driver}" not found`);
  const given = field<string>(request, 'Name', 'string', 'CreateOptions') ?? '';
  if (given) validateVolumeName(given);
  const name = given || nextHex(engine.world.state.random);
  const labels = field<Record<string, string>>(request, 'Labels', 'object', 'CreateOptions') ?? null;
  return json(201, volumeView(ensureVolume(engine, name, false, labels)));
}

/** Volume routes. */
export const VOLUME_ROUTES: RouteEntry[] = [
  { method: 'GET', pattern: /^\/volumes$/, handle: list },
  { method: 'POST', pattern: /^\/volumes\/create$/, handle: create },
  {
    method: 'GET',
    pattern: /^\/volumes\/([^/]+)$/,
    handle: ({ engine, params }) => json(200, volumeView(getVolume(engine, params[0]))),
  },
  {
    method: 'DELETE',
    pattern: /^\/volumes\/([^/]+)$/,
    handle: ({ engine, params, query }) => {
      removeVolume(engine, params[0], boolValue(query, 'force'));
      return empty(204);
    },
  },
];
