/**
 * `POST /images/create?fromImage=…&tag=…`: the daemon's puller. It asks the registry for the
 * manifest and config the way a real daemon does (Registry API v2), fetches only the layers it does
 * not have (the leading run it has prints `Already exists`), stores the image and sets the tag.
 * The result is the timed message stream; the clock moves to the end of the pull.
 *
 * With a deadline (the request's: Ctrl+C at that virtual time) the pull stops there: the stream
 * ends with the last message sent by then, the clock stops there, and nothing is stored. moby releases the layers a
 * cancelled pull registered that nothing else references, and
 * sets no tag; the layers the daemon had before stay.
 */

import type { HostState, ImageRecord } from '../state';
import { announce, now, type EngineContext } from '../context';
import { EngineError } from '../errors';
import { familiarString, fullName, fullString, type ImageReference } from '../../registry/reference';
import { resolveImage, type ResolvedImage } from '../../registry/resolve-image';
import { planLayerTransfers, type PullMessage, type TimedMessage } from './pull-plan';
import { retainLayer } from '../layers';
import { addReference } from './references';
import { advanceClock } from '../advance';

/** What a pull sent, and whether its deadline cut it short. */
export interface PullOutcome {
  messages: TimedMessage[];
  cancelled: boolean;
}

/** Pulls one reference (normalized, with a tag or digest) and returns the stream the daemon sends. */
export function pullImage(ctx: EngineContext, ref: ImageReference, deadline?: number): PullOutcome {
  const resolved = resolveImage(ctx.world.state.registries, ref);
  if (!resolved.ok) throw new EngineError(resolved.kind === 'unreachable' ? 'system' : 'notFound', resolved.message);
  const image = resolved.image;
  const start = now(ctx);
  const messages: TimedMessage[] = [];
  const say = (message: PullMessage, at = start) => messages.push({ at, message });
  say({ status: `Pulling from ${ref.path}`, id: ref.digest ?? ref.tag ?? 'latest' });

  const { host } = ctx;
  const tagRef = fullString(ref);
  const alreadyTagged = ref.digest ? host.digests[tagRef] === image.imageId : host.tags[tagRef] === image.imageId;
  let end = start;
  if (!host.images[image.imageId]) {
    const present = leadingPresentLayers(host, image);
    for (const layer of image.layers.slice(0, present))
      say({ status: 'Already exists', progressDetail: {}, id: shortBlob(layer.blobDigest) });
    const missing = image.layers.slice(present);
    const transfers = planLayerTransfers(
      missing.map((l) => ({ shortId: shortBlob(l.blobDigest), compressedSize: l.csize, size: l.usize })),
      { ...ctx.world.state.settings, startMs: start },
    );
    end = transfers.length ? transfers[transfers.length - 1].at : start;
    if (deadline !== undefined && end > deadline) return interruptPull(ctx, messages, transfers, start, deadline);
    messages.push(...transfers);
    for (const t of transfers) {
      announce(ctx, {
        type: 'image.layer.progress',
        host: host.name,
        layerId: t.message.id ?? '',
        status: t.message.status ?? '',
        current: t.message.progressDetail?.current,
        total: t.message.progressDetail?.total,
        at: t.at,
      });
    }
    storeImage(ctx, image);
  }
  advanceClock(ctx.world, end - start);
  say({ status: `Digest: ${image.indexDigest}` }, end);
  if (ref.tag && !ref.digest) addReference(ctx, image.imageId, tagRef);
  addReference(ctx, image.imageId, `${fullName(ref)}@${image.indexDigest}`);
  say(
    {
      status: `Status: ${alreadyTagged ? 'Image is up to date' : 'Downloaded newer image'} for ${familiarString(ref)}`,
    },
    end,
  );
  announce(ctx, { type: 'image.pulled', host: host.name, imageId: image.imageId, reference: familiarString(ref) });
  return { messages, cancelled: false };
}

/** The part of the pull sent by `deadline`; the clock stops there and nothing is stored. */
function interruptPull(
  ctx: EngineContext,
  messages: TimedMessage[],
  transfers: TimedMessage[],
  start: number,
  deadline: number,
): PullOutcome {
  const sent = [...messages, ...transfers].filter((m) => m.at <= deadline);
  for (const t of transfers) {
    if (t.at > deadline) continue;
    announce(ctx, {
      type: 'image.layer.progress',
      host: ctx.host.name,
      layerId: t.message.id ?? '',
      status: t.message.status ?? '',
      current: t.message.progressDetail?.current,
      total: t.message.progressDetail?.total,
      at: t.at,
    });
  }
  advanceClock(ctx.world, Math.max(0, deadline - start));
  return { messages: sent, cancelled: true };
}

function shortBlob(digest: string): string {
  return digest.slice(7, 19);
}

/** How many layers, from the bottom, the daemon already has (same chain ID). */
function leadingPresentLayers(host: HostState, image: ResolvedImage): number {
  let n = 0;
  while (n < image.layers.length && host.layers[image.layers[n].chainID]) n++;
  return n;
}

/** Stores the image's layers (once each) and its record. */
function storeImage(ctx: EngineContext, image: ResolvedImage): void {
  const { host } = ctx;
  let parent: string | null = null;
  for (const layer of image.layers) {
    const existing = host.layers[layer.chainID];
    if (!existing) {
      host.layers[layer.chainID] = {
        chainId: layer.chainID,
        diffId: layer.diffID,
        blobDigest: layer.blobDigest,
        parent,
        size: layer.usize,
        compressedSize: layer.csize,
        users: [],
        refs: 0,
      };
      // A pushed build's layer brings its files (container-fs reads them like the builder's own).
      if (layer.files) host.layers[layer.chainID].files = structuredClone(layer.files);
      if (parent) retainLayer(host, parent);
      announce(ctx, { type: 'layer.stored', host: host.name, chainId: layer.chainID });
    }
    host.layers[layer.chainID].users.push(image.imageId);
    parent = layer.chainID;
  }
  if (parent) retainLayer(host, parent);
  const config = image.config;
  const record: ImageRecord = {
    id: image.imageId,
    created: Date.parse(config.created),
    config: { ...config.config },
    layers: image.layers.map((l) => l.chainID),
    repoTags: [],
    repoDigests: [],
    architecture: config.architecture,
    os: config.os,
    size: image.layers.reduce((sum, l) => sum + l.usize, 0),
  };
  host.images[image.imageId] = record;
}
