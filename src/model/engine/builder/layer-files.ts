/**
 * The files of built layers as an overlay filesystem sees them: each layer's table is applied over the
 * ones below it (a `.wh.NAME` whiteout deletes NAME below), and a step's new layer is the difference
 * between the files before and after it, as BuildKit's differ computes a layer's changes.
 */

import type { FileTable, HostState, ImageRecord } from '../state';
import { sha256Hex } from '../../kernel/digest';

const WHITEOUT = '.wh.';

const baseName = (key: string) => key.slice(key.lastIndexOf('/') + 1);
const dirName = (key: string) => (key.includes('/') ? key.slice(0, key.lastIndexOf('/')) : '');
const whiteoutOf = (key: string) => {
  const bare = key.replace(/\/$/, '');
  const dir = dirName(bare);
  return `${dir ? `${dir}/` : ''}${WHITEOUT}${baseName(bare)}`;
};

/** Applies one layer's table over `merged` (changed in place); whiteouts stay as marks for unlisted image files. */
export function applyLayer(merged: FileTable, layer: FileTable): void {
  for (const key in layer) {
    const name = baseName(key);
    if (name.startsWith(WHITEOUT)) {
      const dir = dirName(key);
      const target = `${dir ? `${dir}/` : ''}${name.slice(WHITEOUT.length)}`;
      for (const k of Object.keys(merged))
        if (k === target || k === `${target}/` || k.startsWith(`${target}/`)) delete merged[k];
      merged[key] = '';
      continue;
    }
    delete merged[whiteoutOf(key)];
    merged[key] = layer[key];
  }
}

/** The files an image's built layers hold, merged bottom to top (empty for a pulled image). */
export function imageFiles(host: HostState, image: ImageRecord | undefined): FileTable {
  const merged: FileTable = {};
  if (!image) return merged;
  for (const chainId of image.layers) {
    const files = host.layers[chainId]?.files;
    if (files) applyLayer(merged, files);
  }
  return merged;
}

/** What changed from `before` to `after`: new or changed keys, and a whiteout for each key that went. */
export function diffFiles(before: FileTable, after: FileTable): FileTable {
  const diff: FileTable = {};
  for (const key in after) if (before[key] !== after[key]) diff[key] = after[key];
  for (const key in before) {
    if (key in after || baseName(key).startsWith(WHITEOUT)) continue;
    const bare = key.replace(/\/$/, '');
    // A directory that went with its parent needs no mark of its own.
    if (hasGoneParent(bare, after, before)) continue;
    diff[whiteoutOf(key)] = '';
  }
  return diff;
}

function hasGoneParent(key: string, after: FileTable, before: FileTable): boolean {
  for (let dir = dirName(key); dir; dir = dirName(dir))
    if ((`${dir}/` in before || dir in before) && !(`${dir}/` in after) && !(dir in after)) return true;
  return false;
}

/** The content address of a layer's changes (its DiffID): the same files give the same digest. */
export function filesDiffId(files: FileTable): string {
  const keys = Object.keys(files).sort();
  return `sha256:${sha256Hex(JSON.stringify(keys.map((k) => [k, files[k]])))}`;
}

/** The chain ID of a layer over `parent` (OCI: sha256 of the parent chain ID, a space, the DiffID). */
export function chainIdOf(parent: string | null, diffId: string): string {
  return parent ? `sha256:${sha256Hex(`${parent} ${diffId}`)}` : diffId;
}
