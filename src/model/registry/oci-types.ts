/**
 * The JSON shapes a registry serves, as the OCI image spec and Registry API v2 define them:
 * image indexes, image manifests, descriptors and image configs. Plain data, so registries
 * serialize as they are.
 */

/** Media types of the documents and blobs a registry serves. */
export const MEDIA_TYPES = {
  index: 'application/vnd.oci.image.index.v1+json',
  manifest: 'application/vnd.oci.image.manifest.v1+json',
  config: 'application/vnd.oci.image.config.v1+json',
  layer: 'application/vnd.oci.image.layer.v1.tar+gzip',
} as const;

/** Docker's schema2 media types, which a classic daemon's push writes (moby distribution/push_v2.go). */
export const DOCKER_MEDIA_TYPES = {
  manifest: 'application/vnd.docker.distribution.manifest.v2+json',
  config: 'application/vnd.docker.container.image.v1+json',
  layer: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
} as const;

/** The platform an index entry is built for. */
export interface Platform {
  architecture: string;
  os: string;
  variant?: string;
}

/** A content descriptor: what a document points at, by digest and byte size. */
export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  platform?: Platform;
}

/** An OCI image index ("manifest list"): one entry per platform. */
export interface ImageIndex {
  schemaVersion: 2;
  mediaType: typeof MEDIA_TYPES.index;
  manifests: Descriptor[];
}

/** An OCI image manifest: one config blob and the ordered layer blobs. */
export interface ImageManifest {
  schemaVersion: 2;
  mediaType: typeof MEDIA_TYPES.manifest | typeof DOCKER_MEDIA_TYPES.manifest;
  config: Descriptor;
  layers: Descriptor[];
}

/** An empty JSON object, the value type of ExposedPorts and Volumes sets. */
export type EmptyObject = Record<string, never>;

/** The runtime defaults an image carries (the `config` object of an image config). */
export interface ContainerConfig {
  User?: string;
  ExposedPorts?: Record<string, EmptyObject>;
  Env?: string[];
  Entrypoint?: string[];
  Cmd?: string[];
  Volumes?: Record<string, EmptyObject>;
  WorkingDir?: string;
  Labels?: Record<string, string>;
  StopSignal?: string;
}

/** One build step, as `docker history` lists it; `empty_layer` steps changed only metadata. */
export interface HistoryEntry {
  created: string;
  created_by: string;
  comment?: string;
  empty_layer?: boolean;
}

/** The image config blob; its digest is the image ID. */
export interface ImageConfigBlob {
  architecture: string;
  config: ContainerConfig;
  created: string;
  history: HistoryEntry[];
  os: string;
  rootfs: { type: 'layers'; diff_ids: string[] };
}
