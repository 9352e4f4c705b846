/**
 * `POST /build` (api/server/router/build/build_routes.go postBuild) and `GET /images/{name}/history`
 * (daemon/images/image_history.go): the build's options from the query, the context from the body
 * (a tar), and its progress streamed in the builder's form; an image's history newest first.
 */

import type { RouteContext, RouteEntry } from '../answers';
import { json } from '../answers';
import type { ApiResponse } from '../types';
import { boolValue } from '../query';
import { staticStream } from '../streams/static-stream';
import { buildKitFrames, classicFrames } from '../streams/build-stream';
import { EngineError } from '../../engine/errors';
import { buildImage } from '../../engine/builder/build';
import type { BuildOptions } from '../../engine/builder/build-types';
import { imageHistory } from '../../engine/builder/image-history';
import { getImage } from '../../engine/images/lookup';
import { familiarString, parseNormalizedNamed } from '../../registry/reference';

const invalid = (message: string) => new EngineError('invalidParameter', message);

// Go's json.Unmarshal into map[string]*string (build args) or map[string]string (labels).
function jsonMap(text: string | null, what: string, nullable: boolean): Record<string, string | null> {
  if (!text) return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw invalid(`error reading ${what}: invalid character looking for beginning of value`);
  }
  if (value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value))
    throw invalid(
      `error reading ${what}: json: cannot unmarshal ${Array.isArray(value) ? 'array' : typeof value} ` +
        `into Go value of type map[string]${nullable ? '*' : ''}string`,
    );
  const out: Record<string, string | null> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (typeof v === 'string' || (nullable && v === null)) out[k] = v as string | null;
    else
      throw invalid(
        `error reading ${what}: json: cannot unmarshal ${typeof v} into Go value of type ${nullable ? '*' : ''}string`,
      );
  }
  return out;
}

/** The build's options as newImageBuildOptions reads them; bad ones are refused before anything runs. */
export function buildOptionsOf(query: URLSearchParams): BuildOptions {
  const version = query.get('version') || '1';
  if (version !== '1' && version !== '2') throw invalid(`invalid version "${version}"`);
  const tags = query.getAll('t').filter(Boolean);
  // api/server/backend/build sanitizeRepoAndTags.
  for (const tag of tags) {
    const parsed = parseNormalizedNamed(tag);
    if (!parsed.ok) throw invalid(parsed.error);
    if (parsed.ref.digest) throw invalid('build tag cannot contain a digest');
  }
  const labels = jsonMap(query.get('labels'), 'labels', false) as Record<string, string>;
  return {
    tags,
    dockerfile: query.get('dockerfile') || 'Dockerfile',
    buildArgs: jsonMap(query.get('buildargs'), 'build args', true),
    noCache: boolValue(query, 'nocache'),
    target: query.get('target') ?? '',
    labels,
    pull: boolValue(query, 'pull'),
    version,
  };
}

function build({ engine, query, rawBody, deadline }: RouteContext): ApiResponse {
  const options = { ...buildOptionsOf(query), deadline };
  const body = rawBody?.();
  if (body !== undefined && body !== null && typeof body !== 'string')
    throw invalid('the build context must be a tar archive');
  const outcome = buildImage(engine, body as string | undefined, options);
  const quiet = boolValue(query, 'q');
  const classic = options.version === '1';
  // The classic builder reads the Dockerfile before it writes anything: its errors are a plain answer.
  if (classic && outcome.failure && !outcome.classicSteps.some((s) => s.kind !== 'arg')) {
    const message = outcome.failure.classicMessage ?? outcome.failure.message;
    throw new EngineError(message.startsWith('Cannot locate') ? 'system' : 'invalidParameter', message);
  }
  // newImageBuildOptions: forcerm, or rm (true when absent, as the real client leaves it).
  const remove = boolValue(query, 'forcerm') || !query.get('rm') || boolValue(query, 'rm');
  const frames = classic ? classicFrames(outcome, quiet, remove) : buildKitFrames(outcome, quiet);
  // Cut by the deadline (Ctrl+C): what was sent by then, and a body that says it was cancelled.
  const sent = outcome.cancelled ? frames.filter((f) => deadline === undefined || f.at <= deadline) : frames;
  return {
    status: 200,
    headers: { 'Content-Type': 'application/json' },
    body: staticStream('json-messages', sent, outcome.cancelled),
  };
}

function history({ engine, params }: RouteContext): ApiResponse {
  const { host, world } = engine;
  const image = getImage(host, params[0]);
  const entries = imageHistory(world, image);
  const items: Array<Record<string, unknown>> = [];
  let layer = 0;
  for (const h of entries) {
    let size = 0;
    if (!h.empty_layer) {
      size = host.layers[image.layers[layer]]?.size ?? 0;
      layer++;
    }
    items.unshift({
      Comment: h.comment ?? '',
      Created: Math.floor(Date.parse(h.created) / 1000) || 0,
      CreatedBy: h.created_by,
      Id: '<missing>',
      Size: size,
      Tags: null,
    });
  }
  if (items.length) {
    const tags = image.repoTags
      .map((t) => parseNormalizedNamed(t))
      .flatMap((p) => (p.ok ? [familiarString(p.ref)] : []));
    items[0].Id = image.id;
    items[0].Tags = tags.length ? tags : null;
  }
  return json(200, items);
}

/** The build and history routes. */
export const BUILD_ROUTES: RouteEntry[] = [
  { method: 'POST', pattern: /^\/build$/, handle: build },
  { method: 'GET', pattern: /^\/images\/(.+)\/history$/, handle: history },
];
