/**
 * The prune endpoints: `POST /containers/prune`, `/images/prune`, `/volumes/prune`, `/networks/prune`
 * (moby daemon/prune.go, daemon/images/image_prune.go, volume/service/service.go) and the build-cache
 * prune `POST /build/prune` (api/server/router/build/build_routes.go postPrune).
 */

import type { RouteContext, RouteEntry } from '../answers';
import { json } from '../answers';
import type { ApiResponse } from '../types';
import { checkFilterKeys, parseFilters } from '../query';
import { filterBool, matchKVList, matchPruneLabels, parseTimestamp, pruneUntil } from '../prune-filters';
import { removeContainer } from '../../engine/containers/remove';
import { isRunning } from '../../engine/container-state';
import { deleteImage, type ImageDeleteItem } from '../../engine/images/remove';
import { isDigestReference, referencesOf } from '../../engine/images/references';
import { familiarFromFull } from '../../engine/images/familiar';
import { activeEndpoints, removeNetwork } from '../../engine/networks/network-store';
import { removeVolume, volumeUsers } from '../../engine/volumes/volume-store';
import { EngineError } from '../../engine/errors';
import { pruneBuildCache } from '../../engine/builder/build-cache';

// daemon/prune.go containersAcceptedFilters and networksAcceptedFilters.
const CONTAINER_AND_NETWORK_FILTERS = ['label', 'label!', 'until'];
// daemon/images/image_prune.go imagesAcceptedFilters.
const IMAGE_FILTERS = ['dangling', 'label', 'label!', 'until'];
// volume/service/service.go acceptedPruneFilters.
const VOLUME_FILTERS = ['label', 'label!', 'all'];
// builder/builder-next/builder.go Prune: validFilters (cacheFields that are exposed, plus these).
const BUILD_CACHE_FILTERS = [
  ...['unused-for', 'until', 'label', 'label!'],
  ...['id', 'parent', 'type', 'description', 'inuse', 'shared', 'private'],
];
// volume.AnonymousLabel: withPrune narrows a prune to it unless `all` is true.
const ANONYMOUS_LABEL = 'com.docker.volume.anonymous';

/** ContainersPrune: every container that is not running, newest first (moby's List order). */
function pruneContainers({ engine, query }: RouteContext): ApiResponse {
  const filters = parseFilters(query);
  checkFilterKeys(filters, CONTAINER_AND_NETWORK_FILTERS);
  const until = pruneUntil(filters, engine.world.state.clock.nowMs);
  const deleted: string[] = [];
  let reclaimed = 0;
  const newestFirst = Object.values(engine.host.containers).sort((a, b) => b.created - a.created);
  for (const c of newestFirst) {
    if (isRunning(c)) continue;
    if (until !== undefined && c.created > until) continue;
    if (!matchPruneLabels(filters, c.config.Labels)) continue;
    const size = c.rwSize;
    try {
      removeContainer(engine, c, false, false);
    } catch {
      continue; // "failed to prune container": logged by the daemon, left in place
    }
    reclaimed += size;
    deleted.push(c.id);
  }
  return json(200, { ContainersDeleted: deleted.length ? deleted : null, SpaceReclaimed: reclaimed });
}

/** ImagesPrune: dangling images, or (dangling=false) every image nothing refuses to delete. */
function pruneImages({ engine, query }: RouteContext): ApiResponse {
  const filters = parseFilters(query);
  checkFilterKeys(filters, IMAGE_FILTERS);
  const danglingOnly = filterBool(filters, 'dangling', true);
  // image_prune.go has its own getUntilFromPruneFilters, whose errors carry no errdefs kind (500).
  const until = pruneUntil(filters, engine.world.state.clock.nowMs, 'system');
  const layerSizes = new Map(Object.values(engine.host.layers).map((l) => [l.chainId, l.size]));
  const deleted: ImageDeleteItem[] = [];
  for (const image of Object.values(engine.host.images)) {
    if (until !== undefined && image.created > until) continue;
    if (!matchPruneLabels(filters, image.config.Labels)) continue;
    const refs = referencesOf(image);
    let targets: string[];
    if (refs.length === 0) targets = [image.id];
    else if (!danglingOnly || refs.every(isDigestReference)) targets = refs.map(familiarFromFull);
    else continue;
    for (const target of targets) {
      try {
        deleted.push(...deleteImage(engine, target, false));
      } catch {
        // imageDeleteFailed: a conflict (an image a container uses) is skipped silently.
      }
    }
  }
  let reclaimed = 0;
  for (const item of deleted) if ('Deleted' in item) reclaimed += layerSizes.get(item.Deleted) ?? 0;
  return json(200, { ImagesDeleted: deleted.length ? deleted : null, SpaceReclaimed: reclaimed });
}

/** VolumesService.Prune: unused local volumes without options, anonymous ones unless `all`. */
function pruneVolumes({ engine, query }: RouteContext): ApiResponse {
  const filters = parseFilters(query);
  // withPrune: `all` must be one boolean; without it the prune keeps to anonymous volumes.
  const all = filters.get('all') ?? [];
  if (all.length > 1)
    throw new EngineError('invalidParameter', `invalid filter 'all=[${all.join(' ')}]': only one value is expected`);
  let allVolumes = false;
  if (all.length === 1) {
    const value = all[0];
    if (!['1', 't', 'T', 'TRUE', 'true', 'True', '0', 'f', 'F', 'FALSE', 'false', 'False'].includes(value))
      throw new EngineError(
        'invalidParameter',
        `invalid filter 'all': strconv.ParseBool: parsing "${value}": invalid syntax`,
      );
    allVolumes = ['1', 't', 'T', 'TRUE', 'true', 'True'].includes(value);
  }
  if (!allVolumes) filters.set('label', [...(filters.get('label') ?? []), ANONYMOUS_LABEL]);
  checkFilterKeys(filters, VOLUME_FILTERS);
  const deleted: string[] = [];
  let reclaimed = 0;
  for (const v of Object.values(engine.host.volumes)) {
    if (v.driver !== 'local' || Object.keys(v.options ?? {}).length > 0) continue;
    if (volumeUsers(engine, v.name).length > 0) continue;
    if (!matchKVList(filters, 'label', v.labels)) continue;
    if (filters.has('label!') && matchKVList(filters, 'label!', v.labels)) continue;
    const size = v.size;
    removeVolume(engine, v.name, false);
    reclaimed += size;
    deleted.push(v.name);
  }
  // The report starts as make([]string, 0, n): an empty prune answers [] here, not null.
  return json(200, { VolumesDeleted: deleted, SpaceReclaimed: reclaimed });
}

/** localNetworksPrune: user networks without endpoints (a stopped container has none). */
function pruneNetworks({ engine, query }: RouteContext): ApiResponse {
  const filters = parseFilters(query);
  checkFilterKeys(filters, CONTAINER_AND_NETWORK_FILTERS);
  const until = pruneUntil(filters, engine.world.state.clock.nowMs);
  const deleted: string[] = [];
  for (const n of Object.values(engine.host.networks)) {
    if (until !== undefined && n.created > until) continue;
    if (!matchPruneLabels(filters, n.labels)) continue;
    if (n.predefined || activeEndpoints(engine, n).length > 0) continue;
    removeNetwork(engine, n);
    deleted.push(n.name);
  }
  return json(200, { NetworksDeleted: deleted.length ? deleted : null });
}

/**
 * BuildKit's Prune over the daemon's build cache (builder/builder-next/builder.go Prune): without
 * `all` only records no image shares, `until` (or the older `unused-for`) keeps records used since,
 * `reserved-space` (or the older `keep-storage`) keeps that many bytes.
 */
function pruneBuildCacheRoute({ engine, query }: RouteContext): ApiResponse {
  const filters = parseFilters(query);
  // api/server/backend/build PruneCache wraps every error of builder-next's Prune.
  const refuse = (message: string) => new EngineError('invalidParameter', `failed to prune build cache: ${message}`);
  try {
    checkFilterKeys(filters, BUILD_CACHE_FILTERS);
  } catch (error) {
    throw refuse((error as Error).message);
  }
  // toBuildkitPruneInfo: `unused-for` is the deprecated name of `until`; one value each.
  if (filters.has('until') && filters.has('unused-for')) throw refuse('conflicting filters: "until" and "unused-for"');
  const key = filters.has('unused-for') ? 'unused-for' : 'until';
  const values = filters.get(key) ?? [];
  if (values.length > 1) throw refuse('filters expect only one value');
  let before: number | undefined;
  if (values.length === 1) {
    const at = parseTimestamp(values[0], engine.world.state.clock.nowMs);
    if (typeof at === 'string') throw refuse(`"${key}" filter expects a duration (e.g., '24h') or a timestamp: ${at}`);
    before = at;
  }
  for (const field of ['id', 'parent', 'type', 'description', 'inuse', 'shared', 'private'])
    if ((filters.get(field)?.length ?? 0) > 1) throw refuse('filters expect only one value');
  // build_routes.go postPrune: reserved-space, else the deprecated keep-storage, in bytes.
  let keepBytes: number | undefined;
  for (const name of ['reserved-space', 'keep-storage']) {
    const raw = query.get(name);
    if (!raw || keepBytes) continue;
    const n = Number(raw);
    if (!Number.isInteger(n))
      throw new EngineError('invalidParameter', `${name} is in bytes and expects an integer, got ${raw}`);
    if (n > 0) keepBytes = n;
  }
  const all = query.get('all') === '1' || query.get('all') === 'true';
  const { ids, bytes } = pruneBuildCache(engine.host, { all, before, keepBytes });
  // Prune's cacheIDs stays a nil slice when nothing is deleted: `"CachesDeleted":null`.
  return json(200, { CachesDeleted: ids.length ? ids : null, SpaceReclaimed: bytes });
}

/** The prune routes, ahead of the routes that take a name in the same place. */
export const PRUNE_ROUTES: RouteEntry[] = [
  { method: 'POST', pattern: /^\/containers\/prune$/, handle: pruneContainers },
  { method: 'POST', pattern: /^\/images\/prune$/, handle: pruneImages },
  { method: 'POST', pattern: /^\/volumes\/prune$/, handle: pruneVolumes },
  { method: 'POST', pattern: /^\/networks\/prune$/, handle: pruneNetworks },
  { method: 'POST', pattern: /^\/build\/prune$/, handle: pruneBuildCacheRoute },
];
