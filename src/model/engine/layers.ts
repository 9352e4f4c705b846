/**
 * The layer store: layers are stored once, addressed by chain ID, and reference-counted as moby's
 * layer store does. A layer is kept while an image has it as top, a child layer sits on it, or a
 * container's writable layer sits on it.
 */

import type { HostState, LayerRecord } from './state';

/** Takes one more reference on a stored layer. */
export function retainLayer(host: HostState, chainId: string): void {
  const layer = host.layers[chainId];
  if (layer) layer.refs++;
}

/**
 * Drops one reference; a layer whose count reaches zero is deleted and releases its parent in turn.
 * Returns the deleted layers from the top down, as `Deleted: sha256:<chainID>` lines list them.
 */
export function releaseLayer(host: HostState, chainId: string): LayerRecord[] {
  const removed: LayerRecord[] = [];
  let current: string | null = chainId;
  while (current) {
    const layer: LayerRecord | undefined = host.layers[current];
    if (!layer) break;
    layer.refs--;
    if (layer.refs > 0) break;
    delete host.layers[current];
    removed.push(layer);
    current = layer.parent;
  }
  return removed;
}

/** Sum of the sizes of the distinct layers stored (`system df` LayersSize). */
export function layersSize(host: HostState): number {
  let total = 0;
  for (const id in host.layers) total += host.layers[id].size;
  return total;
}
