/** A world driven through the Engine API, as the page's views see it after some commands. */

import { createWorld, defaultHost, type World } from '../../src/model/world/world';
import { route } from '../../src/model/api/route';
import type { HostState } from '../../src/model/engine/state';

/** Calls the Engine API of a world and returns the JSON answer. */
export function call(world: World, method: string, path: string, body?: unknown): { status: number; json: unknown } {
  const r = route(world, { method, path: `/v1.50${path}`, body });
  return { status: r.status, json: r.json };
}

/** Pulls alpine and nginx:alpine (which shares alpine's base layer). */
export function worldWithAlpineAndNginx(): { world: World; host: HostState } {
  const world = createWorld({ seed: 1 });
  call(world, 'POST', '/images/create?fromImage=alpine&tag=latest');
  call(world, 'POST', '/images/create?fromImage=nginx&tag=alpine');
  return { world, host: defaultHost(world) };
}

/** Creates (and optionally starts) a container; returns its ID. */
export function runContainer(world: World, name: string, image: string, start = true): string {
  const created = call(world, 'POST', `/containers/create?name=${name}`, { Image: image });
  const id = (created.json as { Id: string }).Id;
  if (start) call(world, 'POST', `/containers/${id}/start`);
  return id;
}
