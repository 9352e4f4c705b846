/** What a route handler is given and what it answers with: the contract between the route table and its handlers. */

import type { ApiResponse } from './types';
import type { EngineContext } from '../engine/context';

/** What a handler gets: the daemon, the path's captured parts, the query, the lazy body and the deadline. */
export interface RouteContext {
  engine: EngineContext;
  params: string[];
  query: URLSearchParams;
  body: () => unknown;
  /** The body as it came, undecoded (a build context's tar as a binary string). */
  rawBody?: () => unknown;
  /** The request's virtual deadline, if it has one (a pull stops there). */
  deadline?: number;
}

/** One entry of the route table. */
export interface RouteEntry {
  method: string;
  pattern: RegExp;
  handle: (ctx: RouteContext) => ApiResponse;
}

/** A JSON answer. */
export function json(status: number, body: unknown): ApiResponse {
  return { status, headers: { 'Content-Type': 'application/json' }, json: body };
}

/** An empty answer (204 No Content and friends). */
export function empty(status: number): ApiResponse {
  return { status, headers: {} };
}
