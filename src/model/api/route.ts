/**
 * `route(world, request) -> response`: the Engine API 1.50, the only door into the engine. It
 * strips the version prefix, finds the handler, decodes the body, and turns engine errors into
 * Docker's `{"message": …}` answers. Nothing that arrives here can make it throw.
 */

import type { World } from '../world/world-base';
import { defaultHost, emit } from '../world/world-base';
import type { ApiRequest, ApiResponse } from './types';
import { API_VERSION, MIN_API_VERSION } from './types';
import { EngineError, statusOfKind } from '../engine/errors';
import type { EngineContext } from '../engine/context';
import { ROUTES } from './routes';
import { decodeBody } from './body';

/** Options of a call: which host's daemon answers. */
export interface RouteOptions {
  host?: string;
}

/** Docker's error answer. */
export function errorResponse(status: number, message: string): ApiResponse {
  return { status, headers: { 'Content-Type': 'application/json' }, json: { message } };
}

function compareVersions(a: string, b: string): number {
  const [a1, a2] = a.split('.').map(Number);
  const [b1, b2] = b.split('.').map(Number);
  return a1 - b1 || a2 - b2;
}

/** Splits `/v1.50/x?y` into the unversioned path, the version asked for, and the query. */
function splitPath(raw: string): { path: string; version?: string; query: string } {
  const at = raw.indexOf('?');
  const full = at >= 0 ? raw.slice(0, at) : raw;
  const query = at >= 0 ? raw.slice(at + 1) : '';
  const versioned = /^\/v(\d+\.\d+)(\/.*)$/.exec(full);
  return versioned ? { path: versioned[2], version: versioned[1], query } : { path: full, query };
}

/** Answers one Engine API request. */
export function route(world: World, request: ApiRequest, options: RouteOptions = {}): ApiResponse {
  const host = (options.host && world.state.hosts[options.host]) || defaultHost(world);
  // A stopped daemon answers nothing: the client cannot connect.
  if (host.daemon.status !== 'running') return { status: 0, headers: {} };
  const method = String(request.method ?? '').toUpperCase();
  const { path, version, query } = splitPath(String(request.path ?? '/'));
  emit(world, {
    type: 'api.request',
    host: host.name,
    method,
    path,
    query,
    body: typeof request.body === 'string' ? undefined : request.body,
  });
  const response = dispatch({ world, host }, method, path, version, query, request);
  emit(world, { type: 'api.response', host: host.name, method, path, status: response.status, body: response.json });
  return response;
}

function dispatch(
  engine: EngineContext,
  method: string,
  path: string,
  version: string | undefined,
  queryText: string,
  request: ApiRequest,
): ApiResponse {
  if (version && compareVersions(version, API_VERSION) > 0) {
    return errorResponse(400, `client version ${version} is too new. Maximum supported API version is ${API_VERSION}`);
  }
  if (version && compareVersions(version, MIN_API_VERSION) < 0) {
    return errorResponse(
      400,
      `client version ${version} is too old. Minimum supported API version is ${MIN_API_VERSION}, please ` +
        `upgrade your client to a newer version`,
    );
  }
  const query = new URLSearchParams(queryText);
  for (const entry of ROUTES) {
    if (entry.method !== method && !(entry.method === 'GET' && method === 'HEAD')) continue;
    const match = entry.pattern.exec(path);
    if (!match) continue;
    try {
      const params = match.slice(1).map((s) => decodeURIComponent(s));
      return entry.handle({
        engine,
        params,
        query,
        body: () => decodeBody(request),
        rawBody: () => request.body,
        deadline: request.deadline,
      });
    } catch (error) {
      if (error instanceof EngineError) {
        const status = statusOfKind(error.kind);
        return status === 304 ? { status: 304, headers: {} } : errorResponse(status, error.message.trim());
      }
      if (error instanceof URIError) return errorResponse(400, 'invalid URL escape in path');
      // A bug in the simulator must not take the daemon down: answer 500 and keep the state.
      return errorResponse(500, `internal simulator error: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return errorResponse(404, 'page not found');
}
