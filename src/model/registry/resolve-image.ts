/**
 * What a daemon's puller learns before it downloads anything (moby distribution/pull_v2.go): it
 * pings the registry, fetches the manifest by tag or digest, picks the linux/amd64 entry of an
 * index, fetches the config blob, and lists the layers. Every step goes through `serveRegistry`,
 * and registry errors become the daemon's exact messages (moby distribution/errors.go).
 */
import { apiHostFor, findRegistry } from './registry-state';
import type { Registries } from './registry-state';
import { serveRegistry } from './registry-api';
import type { RegistryRequest, RegistryResponse } from './registry-api';
import { familiarName, familiarString } from './reference';
import type { ImageReference } from './reference';
import { MEDIA_TYPES } from './oci-types';
import type { ImageConfigBlob, ImageIndex, ImageManifest, Platform } from './oci-types';
import { nextChainId } from './build-registry';

/** One layer of a resolved image, bottom first. */
export interface ResolvedLayer {
  blobDigest: string;
  diffID: string;
  chainID: string;
  csize: number;
  usize: number;
  /** The files a built layer adds, when the registry has them (a pushed build). */
  files?: Record<string, string>;
}

/** An image as the puller sees it before downloading: IDs, config and layers. */
export interface ResolvedImage {
  /** The digest of the document the tag points at (what `Digest:` prints): an index, usually. */
  indexDigest: string;
  manifestDigest: string;
  /** The config blob's digest, which is the image ID. */
  imageId: string;
  config: ImageConfigBlob;
  layers: ResolvedLayer[];
}

/** Why a pull could not start; `message` is the daemon's error text. */
export type PullFailureKind =
  | 'denied'
  | 'manifestUnknown'
  | 'nameUnknown'
  | 'noMatchingManifest'
  | 'unreachable'
  | 'unknown';

/** The outcome of resolving a reference. */
export type ResolveResult = { ok: true; image: ResolvedImage } | { ok: false; kind: PullFailureKind; message: string };

/** The outcome of listing a repository's tags (`docker pull -a`). */
export type TagListResult = { ok: true; tags: string[] } | { ok: false; kind: PullFailureKind; message: string };

/** Options: watch each request and response (to animate them), or ask for another platform. */
export interface ResolveOptions {
  onExchange?: (request: RegistryRequest, response: RegistryResponse) => void;
  platform?: Platform;
}

type Failure = { ok: false; kind: PullFailureKind; message: string };

/** The manifest media types the daemon accepts, as it sends them in `Accept`. */
const ACCEPT = [
  MEDIA_TYPES.manifest,
  'application/vnd.docker.distribution.manifest.v2+json',
  MEDIA_TYPES.index,
  'application/vnd.docker.distribution.manifest.list.v2+json',
].join(', ');

/** Reads the first `{"errors":[…]}` entry of a body, if it has one. */
function firstError(body: string): { code: string; message: string } | undefined {
  try {
    const parsed = JSON.parse(body) as { errors?: Array<{ code?: unknown; message?: unknown }> };
    const e = parsed.errors?.[0];
    if (e && typeof e.code === 'string')
      return { code: e.code, message: typeof e.message === 'string' ? e.message : '' };
  } catch {
    return undefined;
  }
  return undefined;
}

/**
 * Turns an error response into the daemon's message. As in distribution's HandleErrorResponse, a
 * Bearer challenge with `error="insufficient_scope"` means DENIED; then TranslatePullError words
 * DENIED, MANIFEST_UNKNOWN and NAME_UNKNOWN for the user, and errcode prints `<code words>: <message>`.
 */
function translate(response: RegistryResponse, ref: ImageReference): Failure {
  if (response.networkError !== undefined) return { ok: false, kind: 'unreachable', message: response.networkError };
  const challenge = response.headers['WWW-Authenticate'] ?? '';
  let error = firstError(response.body);
  const scopeError = /^Bearer .*error="([^"]*)"/.exec(challenge)?.[1];
  if (scopeError === 'insufficient_scope') {
    const description = /error_description="([^"]*)"/.exec(challenge)?.[1];
    error = { code: 'DENIED', message: description ?? 'requested access to the resource is denied' };
  }
  if (!error) return { ok: false, kind: 'unknown', message: `received unexpected HTTP status: ${response.status}` };
  const cause = `${error.code.toLowerCase().replace(/_/g, ' ')}: ${error.message}`;
  switch (error.code) {
    case 'DENIED':
      return {
        ok: false,
        kind: 'denied',
        message:
          `pull access denied for ${familiarName(ref)}, repository does not exist or may require 'docker login': ` +
          `${cause}`,
      };
    case 'MANIFEST_UNKNOWN':
      return { ok: false, kind: 'manifestUnknown', message: `manifest for ${familiarString(ref)} not found: ${cause}` };
    case 'NAME_UNKNOWN':
      return { ok: false, kind: 'nameUnknown', message: `repository ${familiarName(ref)} not found: ${cause}` };
    default:
      return { ok: false, kind: 'unknown', message: cause };
  }
}

/** `ParseDockerRef` semantics: a digest wins over a tag, and a bare name means `latest`. */
function pullReference(ref: ImageReference): ImageReference {
  if (ref.digest) return { domain: ref.domain, path: ref.path, digest: ref.digest };
  return { domain: ref.domain, path: ref.path, tag: ref.tag ?? 'latest' };
}

/** A client bound to the registry of `ref`, reporting each exchange. */
function client(registries: Registries, ref: ImageReference, options: ResolveOptions) {
  const host = apiHostFor(ref.domain);
  return (path: string, method = 'GET'): RegistryResponse => {
    const request: RegistryRequest = {
      method,
      host,
      path,
      headers: path.includes('/manifests/') ? { Accept: ACCEPT } : {},
    };
    const response = serveRegistry(registries, request);
    options.onExchange?.(request, response);
    return response;
  };
}

/** Resolves a normalized reference to an image, going through the Registry API as a daemon does. */
export function resolveImage(
  registries: Registries,
  reference: ImageReference,
  options: ResolveOptions = {},
): ResolveResult {
  const ref = pullReference(reference);
  const get = client(registries, ref, options);
  const ping = get('/v2/');
  if (ping.status !== 200) return translate(ping, ref);

  const top = get(`/v2/${ref.path}/manifests/${ref.digest ?? ref.tag}`);
  if (top.status !== 200) return translate(top, ref);
  const topDigest = top.headers['Docker-Content-Digest'];
  let manifestDigest = topDigest;
  let fetched = JSON.parse(top.body) as ImageIndex | ImageManifest;
  if (fetched.mediaType === MEDIA_TYPES.index) {
    const want = options.platform ?? { architecture: 'amd64', os: 'linux' };
    const entry = fetched.manifests.find(
      (m) => m.platform?.os === want.os && m.platform?.architecture === want.architecture,
    );
    if (!entry) {
      return {
        ok: false,
        kind: 'noMatchingManifest',
        message: `no matching manifest for ${want.os}/${want.architecture} in the manifest list entries`,
      };
    }
    const inner = get(`/v2/${ref.path}/manifests/${entry.digest}`);
    if (inner.status !== 200) return translate(inner, ref);
    manifestDigest = entry.digest;
    fetched = JSON.parse(inner.body) as ImageManifest;
  }
  const manifest = fetched as ImageManifest;

  const configResponse = get(`/v2/${ref.path}/blobs/${manifest.config.digest}`);
  if (configResponse.status !== 200) return translate(configResponse, ref);
  const config = JSON.parse(configResponse.body) as ImageConfigBlob;

  // The daemon learns usize by extracting, and chain IDs from diffIDs; catalog.json's chain IDs
  // are synthetic, so both are read from the registry's layer records instead.
  const blobs = findRegistry(registries, apiHostFor(ref.domain))?.blobs ?? {};
  const layers: ResolvedLayer[] = [];
  manifest.layers.forEach((d, i) => {
    const record = blobs[d.digest];
    const known = record?.kind === 'layer' ? record : undefined;
    const diffID = config.rootfs.diff_ids[i];
    const chainID = known?.chainID ?? nextChainId(layers[i - 1]?.chainID, diffID);
    const layer: ResolvedLayer = { blobDigest: d.digest, diffID, chainID, csize: d.size, usize: known?.usize ?? 0 };
    if (known?.files) layer.files = known.files;
    layers.push(layer);
  });
  return {
    ok: true,
    image: { indexDigest: topDigest, manifestDigest, imageId: manifest.config.digest, config, layers },
  };
}

/** Lists a repository's tags (`GET /v2/<name>/tags/list`), as `docker pull -a` does first. */
export function listRepositoryTags(
  registries: Registries,
  reference: ImageReference,
  options: ResolveOptions = {},
): TagListResult {
  const ref: ImageReference = { domain: reference.domain, path: reference.path };
  const get = client(registries, ref, options);
  const ping = get('/v2/');
  if (ping.status !== 200) return translate(ping, ref);
  const response = get(`/v2/${ref.path}/tags/list`);
  if (response.status !== 200) return translate(response, ref);
  return { ok: true, tags: (JSON.parse(response.body) as { tags: string[] }).tags };
}
