/**
 * An image's history (`docker history`, and the base of a built image's own): what the daemon built
 * keeps it; a pulled image's comes from its config blob in the registry it was pulled from; failing
 * that, one step per layer.
 */

import type { ImageRecord } from '../state';
import type { World } from '../world-state';
import type { HistoryEntry } from '../../registry/oci-types';
import { parseNormalizedNamed } from '../../registry/reference';
import { resolveImage } from '../../registry/resolve-image';

/** The history entries of an image, oldest first. */
export function imageHistory(world: World, image: ImageRecord): HistoryEntry[] {
  if (image.history) return image.history;
  for (const ref of [...image.repoDigests, ...image.repoTags]) {
    const parsed = parseNormalizedNamed(ref);
    if (!parsed.ok) continue;
    const resolved = resolveImage(world.state.registries, parsed.ref);
    if (resolved.ok && resolved.image.imageId === image.id) return resolved.image.config.history;
  }
  const created = new Date(image.created).toISOString();
  return image.layers.map(() => ({ created, created_by: '' }));
}
