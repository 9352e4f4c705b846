/**
 * Turns catalog image specs into registry state: a config blob, an image manifest and an image
 * index per image, with every digest either given (catalog.json) or derived from a seed string.
 */
import { formatRfc3339Seconds } from '../kernel/clock';
import { sha256Digest } from '../kernel/digest';
import type { ImageSpec, LayerSpec } from './image-spec';
import { MEDIA_TYPES } from './oci-types';
import type { HistoryEntry, ImageConfigBlob, ImageIndex, ImageManifest } from './oci-types';
import type { LayerBlobRecord, RegistryFlavor, RegistryState } from './registry-state';

/** Where a registry lives and how it behaves. */
export interface RegistryIdentity {
  host: string;
  apiHost: string;
  flavor: RegistryFlavor;
}

/** The byte length of a document as it is served (UTF-8 JSON). */
function jsonSize(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value)).length;
}

/** The image-spec chain ID formula: chainID(1) = diffID(1), chainID(n) = sha256(chainID(n-1) + " " + diffID(n)). */
export function nextChainId(previous: string | undefined, diffID: string): string {
  return previous === undefined ? diffID : sha256Digest(`${previous} ${diffID}`);
}

/** Chain IDs of a layer stack; catalog.json layers keep their given IDs, and the layers above continue from them. */
export function chainIds(layers: LayerSpec[]): string[] {
  const out: string[] = [];
  for (const layer of layers) out.push(layer.chainID ?? nextChainId(out[out.length - 1], layer.diffID));
  return out;
}

/** The image config blob of a spec, with `created` computed from the world's start time. */
function imageConfig(spec: ImageSpec, nowMs: number): ImageConfigBlob {
  const at = (ago: number): string => formatRfc3339Seconds(nowMs - ago * 1000);
  const history: HistoryEntry[] = spec.steps.map((s) => {
    const entry: HistoryEntry = { created: at(s.agoSeconds ?? spec.createdAgoSeconds), created_by: s.createdBy };
    if (s.comment) entry.comment = s.comment;
    if (!s.layer) entry.empty_layer = true;
    return entry;
  });
  const diffIds = spec.steps.flatMap((s) => (s.layer ? [s.layer.diffID] : []));
  return {
    architecture: 'amd64',
    config: structuredClone(spec.config),
    created: at(spec.createdAgoSeconds),
    history,
    os: 'linux',
    rootfs: { type: 'layers', diff_ids: diffIds },
  };
}

/** Stores a layer blob, refusing two different identities for one digest (a data error). */
function putLayer(state: RegistryState, layer: LayerSpec, chainID: string): void {
  const existing = state.blobs[layer.blob];
  const record: LayerBlobRecord = {
    kind: 'layer',
    mediaType: MEDIA_TYPES.layer,
    name: layer.name,
    csize: layer.csize,
    usize: layer.usize,
    diffID: layer.diffID,
    chainID,
  };
  if (existing && JSON.stringify(existing) !== JSON.stringify(record)) {
    throw new Error(`catalog error: blob ${layer.blob} (${layer.name}) has two different identities`);
  }
  state.blobs[layer.blob] = record;
}

/** Adds one image (config, manifest, index, tags) to a registry, linking everything into its repository. */
function addImage(state: RegistryState, spec: ImageSpec, nowMs: number): void {
  const seed = `${state.host}/${spec.repository}:${spec.tags[0]}`;
  const layers = spec.steps.flatMap((s) => (s.layer ? [s.layer] : []));
  const chains = chainIds(layers);
  layers.forEach((layer, i) => putLayer(state, layer, chains[i]));

  const config = imageConfig(spec, nowMs);
  const configDigest = spec.id ?? sha256Digest(`pelabuhan:image:${seed}`);
  state.blobs[configDigest] = {
    kind: 'config',
    mediaType: MEDIA_TYPES.config,
    size: jsonSize(config),
    content: config,
  };

  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: MEDIA_TYPES.manifest,
    config: { mediaType: MEDIA_TYPES.config, digest: configDigest, size: jsonSize(config) },
    layers: layers.map((l) => ({ mediaType: MEDIA_TYPES.layer, digest: l.blob, size: l.csize })),
  };
  const manifestDigest = sha256Digest(`pelabuhan:manifest:${seed}:linux/amd64`);
  state.manifests[manifestDigest] = { mediaType: MEDIA_TYPES.manifest, size: jsonSize(manifest), content: manifest };

  const index: ImageIndex = {
    schemaVersion: 2,
    mediaType: MEDIA_TYPES.index,
    manifests: [
      {
        mediaType: MEDIA_TYPES.manifest,
        digest: manifestDigest,
        size: jsonSize(manifest),
        platform: { architecture: 'amd64', os: 'linux' },
      },
    ],
  };
  const indexDigest = spec.indexDigest ?? sha256Digest(`pelabuhan:index:${seed}`);
  state.manifests[indexDigest] = { mediaType: MEDIA_TYPES.index, size: jsonSize(index), content: index };

  const repo = (state.repositories[spec.repository] ??= { tags: {}, manifests: [], blobs: [] });
  for (const tag of spec.tags) repo.tags[tag] = indexDigest;
  for (const digest of [indexDigest, manifestDigest]) if (!repo.manifests.includes(digest)) repo.manifests.push(digest);
  for (const digest of [configDigest, ...layers.map((l) => l.blob)])
    if (!repo.blobs.includes(digest)) repo.blobs.push(digest);
}

/** Builds one registry holding `images`, with image build times relative to `nowMs`. */
export function buildRegistry(identity: RegistryIdentity, images: ImageSpec[], nowMs: number): RegistryState {
  const state: RegistryState = { ...identity, repositories: {}, manifests: {}, blobs: {} };
  for (const spec of images) addImage(state, spec, nowMs);
  return state;
}
