/**
 * The reference store: fully qualified tags (`docker.io/library/alpine:latest`) and digests
 * (`docker.io/library/alpine@sha256:…`) pointing at image IDs. A tag moved to another image leaves
 * the old one without it (dangling, `<none>`, if it was its last reference).
 */

import type { HostState, ImageRecord } from '../state';
import { announce, type EngineContext } from '../context';

/** Whether a fully qualified reference is a digest reference. */
export function isDigestReference(ref: string): boolean {
  return ref.includes('@');
}

/** Points `ref` (fully qualified) at `imageId`, taking it from any image that had it. */
export function addReference(ctx: EngineContext, imageId: string, ref: string): void {
  const { host } = ctx;
  const index = isDigestReference(ref) ? host.digests : host.tags;
  const previous = index[ref];
  if (previous === imageId) return;
  if (previous) removeReference(ctx, ref);
  index[ref] = imageId;
  const image = host.images[imageId];
  const list = isDigestReference(ref) ? image.repoDigests : image.repoTags;
  list.push(ref);
  list.sort();
  announce(ctx, { type: 'image.tagged', host: host.name, imageId, reference: ref });
}

/** Removes one reference (fully qualified) from the store. */
export function removeReference(ctx: EngineContext, ref: string): void {
  const { host } = ctx;
  const index = isDigestReference(ref) ? host.digests : host.tags;
  const imageId = index[ref];
  if (!imageId) return;
  delete index[ref];
  const image = host.images[imageId];
  if (image) {
    const list = isDigestReference(ref) ? image.repoDigests : image.repoTags;
    const at = list.indexOf(ref);
    if (at >= 0) list.splice(at, 1);
  }
  announce(ctx, { type: 'image.untagged', host: host.name, imageId, reference: ref });
}

/** Every reference to an image, in lexical order of the fully qualified form (moby References). */
export function referencesOf(image: ImageRecord): string[] {
  return [...image.repoTags, ...image.repoDigests].sort();
}

/** Whether the image has no tags and no digests: `<none>:<none>` in `docker images`. */
export function isDangling(image: ImageRecord): boolean {
  return image.repoTags.length === 0 && image.repoDigests.length === 0;
}

/** The repository (fully qualified name) of a fully qualified reference. */
export function repositoryOf(ref: string): string {
  const at = ref.indexOf('@');
  if (at >= 0) return ref.slice(0, at);
  const colon = ref.lastIndexOf(':');
  return colon > ref.lastIndexOf('/') ? ref.slice(0, colon) : ref;
}

/** The image IDs of containers that use `imageId` (any state). */
export function containersUsing(host: HostState, imageId: string): string[] {
  const out: string[] = [];
  for (const id in host.containers) if (host.containers[id].imageId === imageId) out.push(id);
  return out;
}
