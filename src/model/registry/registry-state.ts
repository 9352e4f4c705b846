/**
 * A registry as plain, serializable data: repositories map tags to manifest digests, and
 * manifests and blobs are stored by digest, as a Registry API v2 server stores them.
 */
import type { ImageConfigBlob, ImageIndex, ImageManifest } from './oci-types';

/**
 * How a registry answers for things it does not have, after a real service: `hub` (Docker Hub:
 * an unknown repository is an auth failure, and there is no `_catalog`), `token` (token-auth
 * cloud registries that deny the same way but list `_catalog`), `distribution` (the CNCF
 * registry, `registry:2`: NAME_UNKNOWN), and `ecr` and `gcr` with their own error texts.
 */
export type RegistryFlavor = 'hub' | 'token' | 'distribution' | 'ecr' | 'gcr';

/** One repository: its tags, and the manifests and blobs linked into it. */
export interface RepositoryRecord {
  tags: Record<string, string>;
  manifests: string[];
  blobs: string[];
}

/** A stored manifest document (index or image manifest) and its byte size. */
export interface ManifestRecord {
  mediaType: string;
  size: number;
  content: ImageIndex | ImageManifest;
}

/** A config blob: the image config JSON; its digest is the image ID. */
export interface ConfigBlobRecord {
  kind: 'config';
  mediaType: string;
  size: number;
  content: ImageConfigBlob;
}

/**
 * A layer blob. Its bytes are not modelled; the sizes, the diffID (digest of the uncompressed
 * tar) and the chain ID (the layer's identity in a daemon's layer store) stand in for them.
 */
export interface LayerBlobRecord {
  kind: 'layer';
  mediaType: string;
  name: string;
  csize: number;
  usize: number;
  diffID: string;
  chainID: string;
  /**
   * What a layer built by `docker build` adds (the engine's FileTable: paths to contents), pushed
   * with it so that a pull on another host has the files too. Absent for catalog layers.
   */
  files?: Record<string, string>;
}

/** Any blob a registry stores. */
export type BlobRecord = ConfigBlobRecord | LayerBlobRecord;

/** One registry host and everything it serves. */
export interface RegistryState {
  /** The domain as image references spell it (`docker.io`, `gcr.io`). */
  host: string;
  /** The host the daemon actually dials (Docker Hub is served from `registry-1.docker.io`). */
  apiHost: string;
  flavor: RegistryFlavor;
  repositories: Record<string, RepositoryRecord>;
  manifests: Record<string, ManifestRecord>;
  blobs: Record<string, BlobRecord>;
}

/** All registries of a world, keyed by reference domain. */
export type Registries = Record<string, RegistryState>;

/** The host a daemon dials for a reference domain (moby registry: DefaultV2Registry for Hub). */
export function apiHostFor(domain: string): string {
  return domain === 'docker.io' ? 'registry-1.docker.io' : domain;
}

/** Finds the registry answering at `host`, by API host or by reference domain. */
export function findRegistry(registries: Registries, host: string): RegistryState | undefined {
  if (Object.hasOwn(registries, host)) return registries[host];
  return Object.values(registries).find((r) => r.apiHost === host);
}
