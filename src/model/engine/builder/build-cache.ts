/**
 * BuildKit's cache as the daemon keeps it: a record per step result, found again by its cache key
 * (the parent's key, the instruction, the digests of what it read). A record holds its layer alive (a
 * reference in the layer store) until `docker builder prune` lets it go.
 */

import type { BuildCacheRecord, HostState } from '../state';
import { sha256Hex } from '../../kernel/digest';
import { releaseLayer, retainLayer } from '../layers';

/** A step's cache key from its parent's and what the step is made of. */
export function stepCacheKey(parentKey: string, ...parts: string[]): string {
  return `sha256:${sha256Hex([parentKey, ...parts].join('\n'))}`;
}

/** BuildKit's identity.NewID shape (25 base-36 characters), derived from the key so it is deterministic. */
export function cacheRecordId(key: string): string {
  const hex = sha256Hex(`record ${key}`);
  return (BigInt(`0x${hex.slice(0, 32)}`).toString(36) + '0'.repeat(25)).slice(0, 25);
}

/** The cached result of a step with this key, if the cache has it (and its layer is still stored). */
export function findCached(host: HostState, key: string): BuildCacheRecord | undefined {
  const record = host.buildCache?.[cacheRecordId(key)];
  if (!record || record.cacheKey !== key) return undefined;
  if (record.chainId && !host.layers[record.chainId]) return undefined;
  return record;
}

/** Marks a record used now (a cache hit). */
export function touchCached(record: BuildCacheRecord, at: number): void {
  record.lastUsedAt = at;
  record.usageCount++;
}

/** Stores a step's result under its key; the record takes a reference on its layer. */
export function recordCached(
  host: HostState,
  entry: Pick<BuildCacheRecord, 'cacheKey' | 'type' | 'description' | 'chainId' | 'size'> & { parentKey?: string },
  at: number,
): BuildCacheRecord {
  host.buildCache ??= {};
  const id = cacheRecordId(entry.cacheKey);
  const old = host.buildCache[id];
  if (old?.chainId) releaseLayer(host, old.chainId);
  if (entry.chainId) retainLayer(host, entry.chainId);
  const record: BuildCacheRecord = {
    id,
    cacheKey: entry.cacheKey,
    type: entry.type,
    description: entry.description,
    parents: entry.parentKey && host.buildCache[cacheRecordId(entry.parentKey)] ? [cacheRecordId(entry.parentKey)] : [],
    chainId: entry.chainId,
    size: entry.size,
    inUse: false,
    shared: false,
    createdAt: at,
    lastUsedAt: at,
    usageCount: 1,
  };
  host.buildCache[id] = record;
  return record;
}

/** Whether an image uses the record's layer (`Shared` in `system df -v`: its bytes are also the image's). */
export function isShared(host: HostState, record: BuildCacheRecord): boolean {
  if (!record.chainId) return false;
  return Object.values(host.images).some((image) => image.layers.includes(record.chainId!));
}

/** What `docker builder prune` is asked to remove. */
export interface CachePruneOptions {
  /** `--all`: shared records too (else only those no image uses). */
  all: boolean;
  /** Only records last used before this virtual time (`until`, `unused-for`). */
  before?: number;
  /** Stop once the cache holds at most this many bytes (`keep-storage`). */
  keepBytes?: number;
}

/** Removes cache records as BuildKit's Prune does, oldest use first; returns their IDs and bytes. */
export function pruneBuildCache(host: HostState, options: CachePruneOptions): { ids: string[]; bytes: number } {
  const records = Object.values(host.buildCache ?? {}).sort(
    (a, b) => a.lastUsedAt - b.lastUsedAt || (a.id < b.id ? -1 : 1),
  );
  let total = records.reduce((n, r) => n + r.size, 0);
  const ids: string[] = [];
  let bytes = 0;
  for (const record of records) {
    if (options.keepBytes !== undefined && total <= options.keepBytes) break;
    if (record.inUse) continue;
    if (!options.all && isShared(host, record)) continue;
    if (options.before !== undefined && record.lastUsedAt >= options.before) continue;
    delete host.buildCache![record.id];
    if (record.chainId) releaseLayer(host, record.chainId);
    ids.push(record.id);
    bytes += record.size;
    total -= record.size;
  }
  return { ids, bytes };
}

/**
 * Keeps BuildKit's record of a local source (`local source for context`, `local source for dockerfile`):
 * what the last transfer of it holds, one record per source, reused across builds.
 */
export function recordLocalSource(host: HostState, name: string, size: number, at: number): void {
  const key = `local source for ${name}`;
  const record = findCached(host, key);
  if (record) {
    touchCached(record, at);
    record.size = size;
    return;
  }
  recordCached(host, { cacheKey: key, type: 'source.local', description: key, size }, at);
}
