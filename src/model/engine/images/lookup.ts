/**
 * Finds an image by what the user typed, as moby's GetImage does: a full ID (64 hex or `sha256:`),
 * a reference (tag or digest), then a unique ID prefix.
 */

import type { HostState, ImageRecord } from '../state';
import { EngineError } from '../errors';
import {
  familiarString,
  fullString,
  parseNormalizedNamed,
  withDefaultTag,
  type ImageReference,
} from '../../registry/reference';

const FULL_ID = /^(sha256:)?([0-9a-f]{64})$/;

/** The familiar form of what was asked, for `No such image: nope:latest` (default tag added). */
export function describeMissingImage(text: string): string {
  const parsed = parseNormalizedNamed(text);
  return parsed.ok ? familiarString(withDefaultTag(parsed.ref)) : text;
}

/** The image a normalized reference points at, if any. */
export function imageByReference(host: HostState, ref: ImageReference): ImageRecord | undefined {
  const id = ref.digest
    ? host.digests[fullString({ ...ref, tag: undefined })]
    : host.tags[fullString(withDefaultTag(ref))];
  return id ? host.images[id] : undefined;
}

/** Finds an image by ID, reference or ID prefix; `undefined` when there is none. */
export function findImage(host: HostState, refOrId: string): ImageRecord | undefined {
  const full = FULL_ID.exec(refOrId);
  if (full) return host.images[`sha256:${full[2]}`];
  if (refOrId.startsWith('sha256:')) return searchPrefix(host, refOrId.slice(7));
  const parsed = parseNormalizedNamed(refOrId);
  if (!parsed.ok) throw new EngineError('invalidParameter', parsed.error);
  return imageByReference(host, parsed.ref) ?? searchPrefix(host, refOrId);
}

function searchPrefix(host: HostState, prefix: string): ImageRecord | undefined {
  if (!/^[0-9a-f]+$/.test(prefix)) return undefined;
  let found: ImageRecord | undefined;
  for (const id in host.images) {
    if (!id.startsWith(`sha256:${prefix}`)) continue;
    if (found) throw new EngineError('invalidParameter', `ambiguous image prefix: ${prefix}`);
    found = host.images[id];
  }
  return found;
}

/** Finds an image or throws Docker's `No such image: …` (404). */
export function getImage(host: HostState, refOrId: string): ImageRecord {
  const image = findImage(host, refOrId);
  if (!image) throw new EngineError('notFound', `No such image: ${describeMissingImage(refOrId)}`);
  return image;
}

/** Whether `prefix` is a prefix of the image ID, with or without `sha256:` (moby isImageIDPrefix). */
export function isImageIdPrefix(imageId: string, prefix: string): boolean {
  return imageId.startsWith(prefix) || imageId.slice(7).startsWith(prefix);
}
