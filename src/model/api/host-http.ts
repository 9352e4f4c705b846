/**
 * The host's own door to its containers, beside the Engine API: a program on the Docker host
 * (curl, the page's browser pane) connects to a published port or a container's address. No
 * Docker API is involved; the daemon only keeps the port table and the containers' logs.
 */

import type { World } from '../world/world-base';
import { defaultHost } from '../world/world-base';
import { connectFromHost, type HostTarget } from '../engine/http/host-port';
import type { HttpOutcome, HttpRequest } from '../engine/http/http-message';
import type { RouteOptions } from './route';

export type { HostTarget } from '../engine/http/host-port';
export type { HttpOutcome, HttpRequest, HttpResponse } from '../engine/http/http-message';

/** Sends one HTTP request from the host to `target`; a stopped daemon has no proxies and no containers running. */
export function hostHttp(
  world: World,
  target: HostTarget,
  request: HttpRequest,
  options: RouteOptions = {},
): HttpOutcome {
  const host = (options.host && world.state.hosts[options.host]) || defaultHost(world);
  if (host.daemon.status !== 'running') return { kind: 'refused' };
  return connectFromHost({ world, host }, target, request);
}
