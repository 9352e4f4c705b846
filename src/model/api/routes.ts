/** The Engine API's route table: method, path pattern (unversioned) and handler. */

import type { ApiResponse } from './types';
import type { EngineContext } from '../engine/context';
import { SYSTEM_ROUTES } from './handlers/system';
import { IMAGE_ROUTES } from './handlers/images';
import { CONTAINER_ROUTES } from './handlers/containers';
import { CONTAINER_LIFECYCLE_ROUTES } from './handlers/container-lifecycle';
import { VOLUME_ROUTES } from './handlers/volumes';
import { NETWORK_ROUTES } from './handlers/networks';

/** What a handler gets: the daemon, the path's captured parts, the query, the lazy body and the deadline. */
export interface RouteContext {
  engine: EngineContext;
  params: string[];
  query: URLSearchParams;
  body: () => unknown;
  /** The request's virtual deadline, if it has one (a pull stops there). */
  deadline?: number;
}

/** One entry of the route table. */
export interface RouteEntry {
  method: string;
  pattern: RegExp;
  handle: (ctx: RouteContext) => ApiResponse;
}

/** Every route the engine answers, most specific first. */
export const ROUTES: RouteEntry[] = [
  ...SYSTEM_ROUTES,
  ...IMAGE_ROUTES,
  ...CONTAINER_LIFECYCLE_ROUTES,
  ...CONTAINER_ROUTES,
  ...VOLUME_ROUTES,
  ...NETWORK_ROUTES,
];

/** A JSON answer. */
export function json(status: number, body: unknown): ApiResponse {
  return { status, headers: { 'Content-Type': 'application/json' }, json: body };
}

/** An empty answer (204 No Content and friends). */
export function empty(status: number): ApiResponse {
  return { status, headers: {} };
}
