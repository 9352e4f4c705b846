/**
 * The Registry HTTP API v2 (the subset a pull uses) over registry state: the base check, manifests
 * by tag or digest, blobs, tag lists and the catalog, with the spec's status codes, headers and
 * error bodies. Read-only over HTTP (pushes answer unsupported): a daemon's push writes through
 * registry-push.ts, and what it stored is served here like catalog content.
 */
import { anchoredRemoteNameRegexp, anchoredTagRegexp } from './reference-grammar';
import {
  API_HEADERS,
  blobUnknown,
  byteLength,
  catalogRefused,
  hostUnreachable,
  manifestUnknown,
  pageNotFound,
  repositoryUnknown,
  unsupported,
} from './registry-errors';
import type { RegistryResponse } from './registry-errors';
import { findRegistry } from './registry-state';
import type { Registries, RegistryState, RepositoryRecord } from './registry-state';

/** The response shape, re-exported so callers need only this module. */
export type { RegistryResponse } from './registry-errors';

/** An HTTP request to a registry host. */
export interface RegistryRequest {
  method: string;
  host: string;
  path: string;
  headers?: Record<string, string>;
}

const digestRegexp = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;

/** A 200 response carrying a document or blob (`serveRegistry` drops the body for HEAD). */
function contentResponse(body: string, headers: Record<string, string>): RegistryResponse {
  return { status: 200, headers: { ...API_HEADERS, 'Content-Length': String(byteLength(body)), ...headers }, body };
}

/** A 200 JSON response. */
function jsonResponse(value: unknown): RegistryResponse {
  return contentResponse(JSON.stringify(value), { 'Content-Type': 'application/json; charset=utf-8' });
}

/** `GET|HEAD /v2/<name>/manifests/<reference>`: a tag or digest, answered with the stored manifest or index. */
function getManifest(
  registry: RegistryState,
  repo: RepositoryRecord,
  name: string,
  reference: string,
): RegistryResponse {
  const digest = digestRegexp.test(reference) ? reference : repo.tags[reference];
  const record = digest && repo.manifests.includes(digest) ? registry.manifests[digest] : undefined;
  if (!digest || !record) return manifestUnknown(registry, name, reference);
  return contentResponse(JSON.stringify(record.content), {
    'Content-Type': record.mediaType,
    'Docker-Content-Digest': digest,
    ETag: `"${digest}"`,
  });
}

/**
 * `GET|HEAD /v2/<name>/blobs/<digest>`. A config blob's body is its JSON; a layer's bytes are not
 * modelled, so its body is a JSON stand-in while Content-Length gives the real compressed size.
 */
function getBlob(registry: RegistryState, repo: RepositoryRecord, digest: string): RegistryResponse {
  const blob = repo.blobs.includes(digest) ? registry.blobs[digest] : undefined;
  if (!blob) return blobUnknown(digest);
  const body = JSON.stringify(blob.kind === 'config' ? blob.content : blob);
  const size = blob.kind === 'config' ? blob.size : blob.csize;
  const response = contentResponse(body, {
    'Content-Type': 'application/octet-stream',
    'Docker-Content-Digest': digest,
    ETag: `"${digest}"`,
  });
  response.headers['Content-Length'] = String(size);
  return response;
}

/** Routes one request inside a registry that answered. */
function route(registry: RegistryState, path: string): RegistryResponse {
  if (path === '/v2/') return jsonResponse({});
  if (path === '/v2/_catalog') {
    if (registry.flavor === 'hub' || registry.flavor === 'ecr') return catalogRefused(registry);
    return jsonResponse({ repositories: Object.keys(registry.repositories).sort() });
  }
  const m = /^\/v2\/(.+)\/(manifests|blobs|tags)\/([^/]+)$/.exec(path);
  if (!m || !anchoredRemoteNameRegexp.test(m[1])) return pageNotFound();
  const [, name, kind, last] = m;
  const validLast =
    kind === 'tags'
      ? last === 'list'
      : kind === 'blobs'
        ? digestRegexp.test(last)
        : anchoredTagRegexp.test(last) || digestRegexp.test(last);
  if (!validLast) return pageNotFound();
  const repo = Object.hasOwn(registry.repositories, name) ? registry.repositories[name] : undefined;
  if (!repo) return repositoryUnknown(registry, name, kind === 'manifests' ? last : undefined);
  if (kind === 'tags') return jsonResponse({ name, tags: Object.keys(repo.tags).sort() });
  if (kind === 'blobs') return getBlob(registry, repo, last);
  return getManifest(registry, repo, name, last);
}

/** Serves one Registry API v2 request against the world's registries. */
export function serveRegistry(registries: Registries, request: RegistryRequest): RegistryResponse {
  const registry = findRegistry(registries, request.host);
  if (!registry) return hostUnreachable(request.host);
  const method = request.method.toUpperCase();
  if (method !== 'GET' && method !== 'HEAD') return unsupported();
  const path = request.path.split('?')[0];
  const response = route(registry, path);
  if (method === 'HEAD') response.body = '';
  return response;
}
