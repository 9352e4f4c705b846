/**
 * How catalog data describes an image: the build steps (some adding a layer), the runtime config
 * and the tags. `build-registry.ts` turns these into manifests and blobs.
 */
import { sha256Digest } from '../kernel/digest';
import type { ContainerConfig } from './oci-types';

/** A layer blob: compressed (transfer) and uncompressed sizes in bytes, and its content IDs. */
export interface LayerSpec {
  name: string;
  blob: string;
  diffID: string;
  csize: number;
  usize: number;
  /** Only for catalog.json layers, whose chain IDs are given; all others use the real formula. */
  chainID?: string;
}

/** One line of the image's history; `layer` is set when the step produced a filesystem layer. */
export interface BuildStep {
  createdBy: string;
  layer?: LayerSpec;
  comment?: string;
  /** When the step ran, in seconds before now; defaults to the image's own build time. */
  agoSeconds?: number;
}

/** An image in a repository, under one or more tags. */
export interface ImageSpec {
  repository: string;
  tags: string[];
  createdAgoSeconds: number;
  config: ContainerConfig;
  steps: BuildStep[];
  /** Fixed IDs (catalog.json); otherwise derived from a seed string. */
  id?: string;
  indexDigest?: string;
}

/** The comment BuildKit writes on every Dockerfile step. */
export const BUILDKIT_COMMENT = 'buildkit.dockerfile.v0';

/** The default PATH of Debian- and Alpine-based images. */
export const DEFAULT_PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** A synthetic layer: digests are sha256 over a seed string, as in catalog.json. */
export function syntheticLayer(name: string, csize: number, usize: number): LayerSpec {
  return {
    name,
    blob: sha256Digest(`pelabuhan:blob:${name}`),
    diffID: sha256Digest(`pelabuhan:diff:${name}`),
    csize,
    usize,
  };
}

/** A Dockerfile step built by BuildKit, with or without a layer. */
export function step(createdBy: string, layer?: LayerSpec): BuildStep {
  return layer ? { createdBy, layer, comment: BUILDKIT_COMMENT } : { createdBy, comment: BUILDKIT_COMMENT };
}

/** Pins a list of base-image steps to the time the base image was built. */
export function builtAgo(agoSeconds: number, steps: BuildStep[]): BuildStep[] {
  return steps.map((s) => ({ ...s, agoSeconds }));
}

/** The steps of `image` for use as a base (`FROM image`), each keeping the time it ran. */
export function fromImage(image: ImageSpec): BuildStep[] {
  return image.steps.map((s) => ({ ...s, agoSeconds: s.agoSeconds ?? image.createdAgoSeconds }));
}
