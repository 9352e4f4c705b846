/**
 * `GET /system/df`: LayersSize counts each distinct layer once; each image reports the size it
 * shares with other images; containers report their writable layers; volumes their usage.
 */

import type { EngineContext } from '../../engine/context';
import { layersSize } from '../../engine/layers';
import { imageSummary } from './image-views';
import { containerSummary, summaryLookups } from './container-views';
import { volumeView } from './volume-network-views';
import { volumeUsers } from '../../engine/volumes/volume-store';
import { isShared } from '../../engine/builder/build-cache';

/** Go's time.Time in JSON (RFC 3339 with nanoseconds, trailing zeros dropped). */
function goTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.?0+Z$/, 'Z');
}

/**
 * The build cache's records as builder-next's DiskUsage lists them (api/types/build CacheRecord). Its
 * JSON tag for Parents is `" Parents,omitempty"` at v28.2.2, so the key really has a leading space.
 */
function buildCacheView(ctx: EngineContext): Array<Record<string, unknown>> {
  return Object.values(ctx.host.buildCache ?? {})
    .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1))
    .map((r) => ({
      ID: r.id,
      ...(r.parents.length ? { ' Parents': r.parents } : {}),
      Type: r.type,
      Description: r.description,
      InUse: r.inUse,
      Shared: isShared(ctx.host, r),
      Size: r.size,
      CreatedAt: goTime(r.createdAt),
      LastUsedAt: goTime(r.lastUsedAt),
      UsageCount: r.usageCount,
    }));
}

/** The `system df` document, optionally only some of its sections (`type=`). */
export function diskUsage(ctx: EngineContext, types: string[]): Record<string, unknown> {
  const { host } = ctx;
  const want = (t: string) => types.length === 0 || types.includes(t);
  const nowMs = ctx.world.state.clock.nowMs;
  const doc: Record<string, unknown> = {};
  if (want('image')) {
    doc.LayersSize = layersSize(host);
    doc.Images = Object.values(host.images)
      .sort((a, b) => b.created - a.created)
      .map((image) => imageSummary(host, image, true));
  }
  if (want('container')) {
    // In creation order, as the captured reference lists them (golden G46, docs/reference/golden/expected.md).
    const lookups = summaryLookups(host);
    doc.Containers = Object.values(host.containers).map((c) => containerSummary(host, c, nowMs, true, lookups));
  }
  if (want('volume')) {
    doc.Volumes = Object.values(host.volumes).map((v) => ({
      ...volumeView(v),
      UsageData: { Size: v.size, RefCount: volumeUsers(ctx, v.name).length },
    }));
  }
  if (want('build-cache')) {
    doc.BuildCache = buildCacheView(ctx);
    // BuilderSize is only summed for API < 1.42 (system_routes.go getDiskUsage); 1.50 sends 0.
    doc.BuilderSize = 0;
  }
  return doc;
}
