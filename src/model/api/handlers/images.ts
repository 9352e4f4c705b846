/** Image routes: list, pull (`/images/create`), inspect, tag, remove, prune. */

import type { RouteContext, RouteEntry } from '../answers';
import { empty, json } from '../answers';
import type { ApiResponse } from '../types';
import { boolValue, checkFilterKeys, globMatch, parseFilters } from '../query';
import { imageInspect, imageSummary } from '../views/image-views';
import { getImage } from '../../engine/images/lookup';
import { deleteImage } from '../../engine/images/remove';
import { tagImage } from '../../engine/images/tag';
import { pullImage } from '../../engine/images/pull';
import type { TimedMessage } from '../../engine/images/pull-plan';
import { staticStream } from '../streams/static-stream';
import { isDangling } from '../../engine/images/references';
import { familiarName, familiarString, parseNormalizedNamed } from '../../registry/reference';
import { listRepositoryTags } from '../../registry/resolve-image';
import { EngineError } from '../../engine/errors';
import type { ImageRecord } from '../../engine/state';

function listImages({ engine, query }: RouteContext): ApiResponse {
  const filters = parseFilters(query);
  checkFilterKeys(filters, ['dangling', 'reference', 'before', 'since', 'label', 'until']);
  const { host } = engine;
  const references = filters.get('reference');
  const dangling = filters.get('dangling')?.[0];
  const before = filters.get('before')?.[0];
  const since = filters.get('since')?.[0];
  const beforeImage = before ? getImage(host, before) : undefined;
  const sinceImage = since ? getImage(host, since) : undefined;
  const withShared = boolValue(query, 'shared-size');
  const out: Array<Record<string, unknown>> = [];
  const images = Object.values(host.images).sort((a, b) => b.created - a.created);
  for (const image of images) {
    if (dangling !== undefined && (dangling === 'true' || dangling === '1') !== isDangling(image)) continue;
    if (beforeImage && image.created >= beforeImage.created) continue;
    if (sinceImage && image.created <= sinceImage.created) continue;
    if (!matchesLabels(image, filters.get('label'))) continue;
    const summary = imageSummary(host, image, withShared);
    if (references) {
      const tags = (summary.RepoTags as string[]).filter((t) => references.some((p) => referenceMatches(p, t)));
      if (tags.length === 0) continue;
      summary.RepoTags = tags;
    }
    out.push(summary);
  }
  return json(200, out);
}

function referenceMatches(pattern: string, familiarTag: string): boolean {
  const parsed = parseNormalizedNamed(familiarTag);
  if (!parsed.ok) return false;
  return globMatch(pattern, familiarString(parsed.ref)) || globMatch(pattern, familiarName(parsed.ref));
}

function matchesLabels(image: ImageRecord, labels: string[] | undefined): boolean {
  if (!labels) return true;
  const own = image.config.Labels ?? {};
  return labels.every((l) => {
    const [k, v] = l.split('=');
    return v === undefined ? k in own : own[k] === v;
  });
}

function createImage({ engine, query, deadline }: RouteContext): ApiResponse {
  const fromImage = query.get('fromImage') ?? '';
  if (!fromImage) {
    if (query.get('fromSrc'))
      throw new EngineError('invalidParameter', 'importing images is not supported by the simulator');
    throw new EngineError('invalidParameter', 'invalid reference format');
  }
  const parsed = parseNormalizedNamed(fromImage);
  if (!parsed.ok) throw new EngineError('invalidParameter', parsed.error);
  let ref = parsed.ref;
  const tag = query.get('tag') ?? '';
  if (tag) {
    if (/^[a-z0-9]+:[0-9a-f]{32,}$/.test(tag)) ref = { ...ref, tag: undefined, digest: tag };
    else {
      const tagged = parseNormalizedNamed(`${familiarName(ref)}:${tag}`);
      if (!tagged.ok) throw new EngineError('invalidParameter', tagged.error);
      ref = tagged.ref;
    }
  }
  let refs = [ref];
  if (!ref.tag && !ref.digest) {
    const listed = listRepositoryTags(engine.world.state.registries, ref);
    if (!listed.ok) throw new EngineError(listed.kind === 'unreachable' ? 'system' : 'notFound', listed.message);
    refs = listed.tags.map((t) => ({ ...ref, tag: t }));
  }
  const messages: TimedMessage[] = [];
  let cancelled = false;
  for (const r of refs) {
    const pulled = pullImage(engine, r, deadline);
    messages.push(...pulled.messages);
    cancelled = pulled.cancelled;
    // The request's deadline passed (Ctrl+C): the client hung up, so the daemon pulls no further tag.
    if (cancelled) break;
  }
  const frames = messages.map((m) => ({ at: m.at, json: m.message }));
  return {
    status: 200,
    headers: { 'Content-Type': 'application/json' },
    body: staticStream('json-messages', frames, cancelled),
  };
}

function removeImage({ engine, params, query }: RouteContext): ApiResponse {
  return json(200, deleteImage(engine, params[0], boolValue(query, 'force')));
}

function tag({ engine, params, query }: RouteContext): ApiResponse {
  tagImage(engine, params[0], query.get('repo') ?? '', query.get('tag') ?? '');
  return empty(201);
}

function inspect({ engine, params }: RouteContext): ApiResponse {
  return json(200, imageInspect(engine.host, getImage(engine.host, params[0])));
}

/** Image routes; names may contain slashes, so they are matched greedily before the suffix. */
export const IMAGE_ROUTES: RouteEntry[] = [
  { method: 'GET', pattern: /^\/images\/json$/, handle: listImages },
  { method: 'POST', pattern: /^\/images\/create$/, handle: createImage },
  { method: 'GET', pattern: /^\/images\/(.+)\/json$/, handle: inspect },
  { method: 'POST', pattern: /^\/images\/(.+)\/tag$/, handle: tag },
  { method: 'DELETE', pattern: /^\/images\/(.+)$/, handle: removeImage },
];
