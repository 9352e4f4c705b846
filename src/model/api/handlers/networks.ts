/** Network routes: list, create, inspect, remove, connect, disconnect, prune. */

import type { RouteContext, RouteEntry } from '../answers';
import { empty, json } from '../answers';
import type { ApiResponse } from '../types';
import { checkFilterKeys, globMatch, parseFilters } from '../query';
import { field, objectBody } from '../body';
import { networkView } from '../views/volume-network-views';
import {
  activeEndpoints,
  connectNetwork,
  createNetwork,
  disconnectNetwork,
  getNetwork,
  removeNetwork,
} from '../../engine/networks/network-store';
import { getContainer } from '../../engine/containers/lookup';
import { EngineError } from '../../engine/errors';
import { matchKVList } from '../prune-filters';

function list({ engine, query }: RouteContext): ApiResponse {
  const filters = parseFilters(query);
  checkFilterKeys(filters, ['dangling', 'driver', 'id', 'label', 'name', 'scope', 'type']);
  const networks = Object.values(engine.host.networks).filter((n) => {
    const test = (key: string, ok: (v: string) => boolean) => !filters.get(key) || filters.get(key)!.some(ok);
    return (
      test('name', (v) => n.name.includes(v) || globMatch(v, n.name)) &&
      test('id', (v) => n.id.startsWith(v)) &&
      test('driver', (v) => n.driver === v) &&
      matchKVList(filters, 'label', n.labels) &&
      test('type', (v) => (v === 'builtin' ? n.predefined : v === 'custom' ? !n.predefined : false)) &&
      test('dangling', (v) =>
        (v === 'true' || v === '1') === (!n.predefined && activeEndpoints(engine, n).length === 0))
    );
  });
  return json(
    200,
    networks.map((n) => networkView(engine.host, n, false)),
  );
}

function create({ engine, body }: RouteContext): ApiResponse {
  const request = objectBody(body(), 'network.CreateRequest');
  const name = field<string>(request, 'Name', 'string', 'CreateRequest') ?? '';
  if (!name) throw new EngineError('invalidParameter', 'network name must not be empty');
  const network = createNetwork(engine, {
    name,
    driver: field<string>(request, 'Driver', 'string', 'CreateRequest'),
    internal: field<boolean>(request, 'Internal', 'boolean', 'CreateRequest'),
    attachable: field<boolean>(request, 'Attachable', 'boolean', 'CreateRequest'),
    labels: field<Record<string, string>>(request, 'Labels', 'object', 'CreateRequest'),
  });
  return json(201, { Id: network.id, Warning: '' });
}

function connect({ engine, params, body }: RouteContext): ApiResponse {
  const request = objectBody(body(), 'network.ConnectOptions');
  const network = getNetwork(engine, params[0]);
  const container = getContainer(engine.host, field<string>(request, 'Container', 'string', 'ConnectOptions') ?? '');
  const endpoint = objectBody(
    field<object>(request, 'EndpointConfig', 'object', 'ConnectOptions'),
    'network.EndpointSettings',
  );
  connectNetwork(
    engine,
    network,
    container,
    field<string[]>(endpoint, 'Aliases', 'string[]', 'EndpointSettings') ?? [],
  );
  return empty(200);
}

function disconnect({ engine, params, body }: RouteContext): ApiResponse {
  const request = objectBody(body(), 'network.DisconnectOptions');
  const network = getNetwork(engine, params[0]);
  const container = getContainer(engine.host, field<string>(request, 'Container', 'string', 'DisconnectOptions') ?? '');
  disconnectNetwork(engine, network, container);
  return empty(200);
}

/** Network routes. */
export const NETWORK_ROUTES: RouteEntry[] = [
  { method: 'GET', pattern: /^\/networks$/, handle: list },
  { method: 'POST', pattern: /^\/networks\/create$/, handle: create },
  {
    method: 'GET',
    pattern: /^\/networks\/([^/]+)$/,
    handle: ({ engine, params }) => json(200, networkView(engine.host, getNetwork(engine, params[0]))),
  },
  {
    method: 'DELETE',
    pattern: /^\/networks\/([^/]+)$/,
    handle: ({ engine, params }) => {
      removeNetwork(engine, getNetwork(engine, params[0]));
      return empty(204);
    },
  },
  { method: 'POST', pattern: /^\/networks\/([^/]+)\/connect$/, handle: connect },
  { method: 'POST', pattern: /^\/networks\/([^/]+)\/disconnect$/, handle: disconnect },
];
