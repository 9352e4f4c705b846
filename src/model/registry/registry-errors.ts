/**
 * Registry API v2 error responses, by registry flavor. The codes and messages are the spec's
 * (distribution/registry/api/errcode, api/v2/errors.go); Docker Hub, ECR and GCR differ in what
 * they answer for a repository or tag that does not exist.
 */
import type { RegistryState } from './registry-state';

/** An HTTP response from a registry; `networkError` is set (status 0) when nothing answered. */
export interface RegistryResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  networkError?: string;
}

/** One error of an `{"errors":[…]}` body. */
export interface RegistryError {
  code: string;
  message: string;
  detail?: unknown;
}

/** Headers every Registry API v2 response carries. */
export const API_HEADERS = { 'Docker-Distribution-Api-Version': 'registry/2.0' };

/** The byte length of a body, for Content-Length. */
export function byteLength(body: string): number {
  return new TextEncoder().encode(body).length;
}

/** A JSON error response with the spec's body shape. */
export function errorResponse(
  status: number,
  error: RegistryError,
  headers: Record<string, string> = {},
): RegistryResponse {
  const body = JSON.stringify({ errors: [error] });
  return {
    status,
    headers: {
      ...API_HEADERS,
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': String(byteLength(body)),
      ...headers,
    },
    body,
  };
}

/** The token-auth challenge for `scope`; `insufficient_scope` is what tells the client it was denied. */
function bearerChallenge(registry: RegistryState, scope: string): string {
  const [realm, service] =
    registry.flavor === 'hub'
      ? ['https://auth.docker.io/token', 'registry.docker.io']
      : [`https://${registry.apiHost}/token`, registry.apiHost];
  return `Bearer realm="${realm}",service="${service}",scope="${scope}",error="insufficient_scope"`;
}

/**
 * The answer for a repository the registry does not have. Docker Hub cannot tell "missing" from
 * "private", so it refuses the pull token's scope: 401 UNAUTHORIZED with `insufficient_scope`.
 */
export function repositoryUnknown(registry: RegistryState, name: string, reference?: string): RegistryResponse {
  switch (registry.flavor) {
    case 'hub':
    case 'token':
      return errorResponse(
        401,
        {
          code: 'UNAUTHORIZED',
          message: 'authentication required',
          detail: [{ Type: 'repository', Class: '', Name: name, Action: 'pull' }],
        },
        { 'WWW-Authenticate': bearerChallenge(registry, `repository:${name}:pull`) },
      );
    case 'ecr': {
      const account = registry.host.split('.')[0];
      return errorResponse(404, {
        code: 'NAME_UNKNOWN',
        message: `The repository with name '${name}' does not exist in the registry with id '${account}'`,
      });
    }
    case 'gcr':
      if (reference !== undefined) return manifestUnknown(registry, name, reference);
      return errorResponse(404, {
        code: 'NAME_UNKNOWN',
        message: 'repository name not known to registry',
        detail: { name },
      });
    case 'distribution':
      return errorResponse(404, {
        code: 'NAME_UNKNOWN',
        message: 'repository name not known to registry',
        detail: { name },
      });
  }
}

/** The answer for a tag or digest that is not in an existing repository. */
export function manifestUnknown(registry: RegistryState, name: string, reference: string): RegistryResponse {
  if (registry.flavor === 'ecr')
    return errorResponse(404, { code: 'MANIFEST_UNKNOWN', message: 'Requested image not found' });
  if (registry.flavor === 'gcr') {
    return errorResponse(404, {
      code: 'MANIFEST_UNKNOWN',
      message: `Failed to fetch "${reference}" from request "/v2/${name}/manifests/${reference}".`,
    });
  }
  const detail = reference.includes(':') ? { Name: name, Revision: reference } : { Tag: reference };
  return errorResponse(404, { code: 'MANIFEST_UNKNOWN', message: 'manifest unknown', detail });
}

/** The answer for a blob that is not linked into the repository. */
export function blobUnknown(digest: string): RegistryResponse {
  return errorResponse(404, { code: 'BLOB_UNKNOWN', message: 'blob unknown to registry', detail: digest });
}

/** `GET /v2/_catalog` where it is not offered: Hub wants a registry-scope token nobody gets; ECR has no such route. */
export function catalogRefused(registry: RegistryState): RegistryResponse {
  if (registry.flavor === 'hub') {
    return errorResponse(
      401,
      {
        code: 'UNAUTHORIZED',
        message: 'authentication required',
        detail: [{ Type: 'registry', Class: '', Name: 'catalog', Action: '*' }],
      },
      { 'WWW-Authenticate': bearerChallenge(registry, 'registry:catalog:*') },
    );
  }
  return unsupported();
}

/** A method or route the simulated registry does not implement (pushes, deletes). */
export function unsupported(): RegistryResponse {
  return errorResponse(405, { code: 'UNSUPPORTED', message: 'The operation is unsupported.' });
}

/** A path no route matches: the Go HTTP mux's plain-text 404. */
export function pageNotFound(): RegistryResponse {
  const body = '404 page not found\n';
  return {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': String(byteLength(body)) },
    body,
  };
}

/** What the daemon sees when the host does not resolve: no HTTP response at all. */
export function hostUnreachable(host: string): RegistryResponse {
  return {
    status: 0,
    headers: {},
    body: '',
    networkError: `Get "https://${host}/v2/": dial tcp: lookup ${host} on 127.0.0.53:53: no such host`,
  };
}
