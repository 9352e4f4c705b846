/**
 * `DELETE /images/{name}`: moby's imageDelete (daemon/images/image_delete.go). By reference it
 * untags first and deletes only when nothing else refers to the image; by ID it deletes, subject to
 * the conflicts: a running container is a hard conflict (never forced), a stopped container and
 * references in several repositories are soft (forced with -f).
 */

import type { ContainerRecord, ImageRecord } from '../state';
import { announce, type EngineContext } from '../context';
import { EngineError } from '../errors';
import { getImage, isImageIdPrefix } from './lookup';
import { isDangling, isDigestReference, referencesOf, removeReference, repositoryOf } from './references';
import { familiarFromFull } from './familiar';
import { fullString, parseNormalizedNamed, withDefaultTag } from '../../registry/reference';
import { isRunning } from '../container-state';
import { releaseLayer } from '../layers';

/** One line of the answer: `{"Untagged": …}` or `{"Deleted": …}`. */
export type ImageDeleteItem = { Untagged: string } | { Deleted: string };

interface Conflict {
  message: string;
  hard: boolean;
  used: boolean;
}

const short = (id: string) => id.replace(/^sha256:/, '').slice(0, 12);

/** Deletes or untags an image as `docker rmi [-f]` asks, returning the answer's lines. */
export function deleteImage(ctx: EngineContext, refOrId: string, force: boolean): ImageDeleteItem[] {
  const { host } = ctx;
  const image = getImage(host, refOrId);
  const records: ImageDeleteItem[] = [];
  let refs = referencesOf(image);
  let quiet = false;
  if (!isImageIdPrefix(image.id, refOrId)) {
    if (!force && isSingleReference(refs)) {
      const user = firstContainer(ctx, image, () => true);
      if (user) {
        throw new EngineError(
          'conflict',
          `conflict: unable to remove repository reference "${refOrId}" (must force) - container ` +
            `${short(user.id)} is using its referenced image ${short(image.id)}`,
        );
      }
    }
    const parsed = parseNormalizedNamed(refOrId);
    if (!parsed.ok) throw new EngineError('invalidParameter', parsed.error);
    const removed = parsed.ref.digest
      ? fullString({ ...parsed.ref, tag: undefined })
      : fullString(withDefaultTag(parsed.ref));
    removeReference(ctx, removed);
    records.push({ Untagged: familiarFromFull(removed) });
    refs = referencesOf(image);
    if (!isDigestReference(removed)) {
      const repo = repositoryOf(removed);
      const sameRepoTag = refs.some((r) => !isDigestReference(r) && repositoryOf(r) === repo);
      if (!sameRepoTag) {
        for (const r of refs.filter((r) => isDigestReference(r) && repositoryOf(r) === repo)) {
          removeReference(ctx, r);
          records.push({ Untagged: familiarFromFull(r) });
        }
        refs = referencesOf(image);
      }
    }
    if (refs.length > 0) return records;
    quiet = true;
  } else if (isSingleReference(refs)) {
    const conflict = checkConflicts(ctx, image, { hard: true, stopped: !force, references: false });
    if (conflict) throw conflictError(image, conflict);
    for (const r of refs) {
      removeReference(ctx, r);
      records.push({ Untagged: familiarFromFull(r) });
    }
  } else if (refs.length > 1 && !force) {
    throw conflictError(image, { message: 'image is referenced in multiple repositories', hard: false, used: false });
  }
  deleteHelper(ctx, image, records, force, quiet);
  return records;
}

function deleteHelper(
  ctx: EngineContext,
  image: ImageRecord,
  records: ImageDeleteItem[],
  force: boolean,
  quiet: boolean,
): void {
  const conflict = checkConflicts(ctx, image, { hard: true, stopped: !force, references: !force });
  if (conflict) {
    // After an untag, a conflict leaves the image dangling silently, unless nothing uses it.
    if (quiet && (!isDangling(image) || conflict.used)) return;
    throw conflictError(image, conflict);
  }
  const { host } = ctx;
  for (const r of referencesOf(image)) {
    removeReference(ctx, r);
    records.push({ Untagged: familiarFromFull(r) });
  }
  delete host.images[image.id];
  for (const chainId of image.layers) {
    const layer = host.layers[chainId];
    if (layer) layer.users = layer.users.filter((u) => u !== image.id);
  }
  records.push({ Deleted: image.id });
  announce(ctx, { type: 'image.deleted', host: host.name, imageId: image.id });
  for (const layer of releaseLayer(host, image.layers[image.layers.length - 1])) {
    records.push({ Deleted: layer.chainId });
    announce(ctx, { type: 'layer.deleted', host: host.name, chainId: layer.chainId });
  }
}

function checkConflicts(
  ctx: EngineContext,
  image: ImageRecord,
  mask: { hard: boolean; stopped: boolean; references: boolean },
): Conflict | null {
  if (mask.hard) {
    const running = firstContainer(ctx, image, (c) => isRunning(c));
    if (running)
      return { message: `image is being used by running container ${short(running.id)}`, hard: true, used: true };
  }
  if (mask.references && referencesOf(image).length > 0) {
    return { message: 'image is referenced in one or more repositories', hard: false, used: false };
  }
  if (mask.stopped) {
    const stopped = firstContainer(ctx, image, (c) => !isRunning(c));
    if (stopped)
      return { message: `image is being used by stopped container ${short(stopped.id)}`, hard: false, used: true };
  }
  return null;
}

function conflictError(image: ImageRecord, conflict: Conflict): EngineError {
  const how = conflict.hard ? 'cannot be forced' : 'must be forced';
  return new EngineError('conflict', `conflict: unable to delete ${short(image.id)} (${how}) - ${conflict.message}`);
}

function firstContainer(
  ctx: EngineContext,
  image: ImageRecord,
  test: (c: ContainerRecord) => boolean,
): ContainerRecord | undefined {
  for (const id in ctx.host.containers) {
    const c = ctx.host.containers[id];
    if (c.imageId === image.id && test(c)) return c;
  }
  return undefined;
}

/** moby isSingleReference: at most one tag, and every digest in that tag's repository. */
function isSingleReference(refs: string[]): boolean {
  if (refs.length <= 1) return refs.length === 1;
  let single: string | undefined;
  const canonicalRepos = new Set<string>();
  for (const r of refs) {
    if (isDigestReference(r)) canonicalRepos.add(repositoryOf(r));
    else if (single === undefined) single = r;
    else return false;
  }
  single ??= refs[0];
  return canonicalRepos.size === 1 && canonicalRepos.has(repositoryOf(single));
}
