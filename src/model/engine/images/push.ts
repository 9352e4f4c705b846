/**
 * `POST /images/{name}/push?tag=…`: the daemon's pusher (moby distribution/push.go, push_v2.go).
 * It says which repository the push refers to, finds the local tags, and for each tag sends the
 * layers the repository lacks (top layer first; `Layer already exists`, `Mounted from …` or an
 * upload), the config blob and a schema2 manifest, then prints `<tag>: digest: … size: …`. The
 * registry then serves the image to any host's pull. The clock moves to the end of the push.
 *
 * A refusal (not logged in, not your namespace) arrives after `Preparing`, before anything is
 * stored; a deadline (Ctrl+C) cuts the stream there and stores nothing (the model keeps no
 * half-pushed repository, where a real registry may keep the blobs that arrived).
 */
import type { HostState, ImageRecord } from '../state';
import { announce, now, type EngineContext } from '../context';
import { familiarName, familiarString, fullName, fullString, parseNormalizedNamed } from '../../registry/reference';
import type { ImageReference } from '../../registry/reference';
import { apiHostFor, findRegistry } from '../../registry/registry-state';
import type { RegistryState } from '../../registry/registry-state';
import type { Credentials } from '../../registry/registry-accounts';
import { mountSource, pushRefusal, putBlob, putManifest, repositoryHasBlob } from '../../registry/registry-push';
import { DOCKER_MEDIA_TYPES, MEDIA_TYPES } from '../../registry/oci-types';
import type { ImageConfigBlob, ImageManifest } from '../../registry/oci-types';
import { formatRfc3339Seconds } from '../../kernel/clock';
import { sha256Digest } from '../../kernel/digest';
import { MAX_CONCURRENT_UPLOADS, planLayerPushes, type PlannedPush } from './push-plan';
import type { PullMessage, TimedMessage } from './pull-plan';
import { addReference } from './references';
import { advanceClock } from '../advance';

/** What a push sent, and whether its deadline cut it short. */
export interface PushOutcome {
  messages: TimedMessage[];
  cancelled: boolean;
}

/** A push stopped by an error: the stream so far plus the error message, as moby's FormatError writes it. */
class PushFailure extends Error {}

const utf8Length = (text: string): number => new TextEncoder().encode(text).length;

/** Pushes `ref` (a tag, or a name for all its tags) with the client's credentials. */
export function pushImage(
  ctx: EngineContext,
  ref: ImageReference,
  credentials: Credentials | undefined,
  deadline?: number,
): PushOutcome {
  const start = now(ctx);
  const messages: TimedMessage[] = [];
  const say = (message: PullMessage, at: number) => messages.push({ at, message });
  const name = fullName(ref);
  say({ status: `The push refers to repository [${name}]` }, start);
  let at = start;
  try {
    const tags = tagsToPush(ctx.host, ref);
    const registry = findRegistry(ctx.world.state.registries, apiHostFor(ref.domain));
    if (!registry) {
      const host = apiHostFor(ref.domain);
      throw new PushFailure(`Get "https://${host}/v2/": dial tcp: lookup ${host} on 127.0.0.53:53: no such host`);
    }
    for (const [tag, imageId] of tags) {
      const pushed = pushTag(ctx, registry, { ...ref, tag, digest: undefined }, imageId, credentials, at, deadline);
      messages.push(...pushed.messages);
      at = pushed.end;
      if (pushed.cancelled) {
        advanceClock(ctx.world, Math.max(0, (deadline ?? at) - start));
        return { messages, cancelled: true };
      }
    }
  } catch (error) {
    if (!(error instanceof PushFailure)) throw error;
    say({ errorDetail: { message: error.message }, error: error.message }, at);
  }
  advanceClock(ctx.world, at - start);
  return { messages, cancelled: false };
}

/** The tags to push, with their image IDs (moby pushRepository); errors as moby words them. */
function tagsToPush(host: HostState, ref: ImageReference): Array<[string, string]> {
  const prefix = `${fullName(ref)}:`;
  const associations = Object.keys(host.tags)
    .filter((t) => t.startsWith(prefix))
    .sort();
  const hasDigest = Object.keys(host.digests).some((d) => d.startsWith(`${fullName(ref)}@`));
  if (associations.length === 0 && !hasDigest)
    throw new PushFailure(`An image does not exist locally with the tag: ${familiarName(ref)}`);
  if (ref.tag) {
    const id = host.tags[fullString(ref)];
    if (!id) throw new PushFailure(`tag does not exist: ${familiarString(ref)}`);
    return [[ref.tag, id]];
  }
  if (associations.length === 0) throw new PushFailure(`no tags to push for ${familiarName(ref)}`);
  return associations.map((t) => [t.slice(prefix.length), host.tags[t]]);
}

/** The config blob of a local image: its own bytes when it was built here, a registry's copy when pulled. */
function configOf(ctx: EngineContext, image: ImageRecord): { content: ImageConfigBlob; size: number } {
  if (image.configJson !== undefined)
    return { content: JSON.parse(image.configJson) as ImageConfigBlob, size: utf8Length(image.configJson) };
  for (const registry of Object.values(ctx.world.state.registries)) {
    const blob = registry.blobs[image.id];
    if (blob?.kind === 'config') return { content: blob.content, size: blob.size };
  }
  const content: ImageConfigBlob = {
    architecture: image.architecture,
    config: structuredClone(image.config) as ImageConfigBlob['config'],
    created: formatRfc3339Seconds(image.created),
    history: image.history ?? [],
    os: image.os,
    rootfs: { type: 'layers', diff_ids: image.layers.map((c) => ctx.host.layers[c].diffId) },
  };
  return { content, size: utf8Length(JSON.stringify(content)) };
}

/** Repositories of the same registry the daemon knows a layer from (moby's v2 metadata: where it pulled it). */
function mountCandidates(host: HostState, chainId: string, domain: string): string[] {
  const out: string[] = [];
  for (const imageId of host.layers[chainId]?.users ?? []) {
    for (const ref of [...(host.images[imageId]?.repoDigests ?? []), ...(host.images[imageId]?.repoTags ?? [])]) {
      const parsed = parseNormalizedNamed(ref);
      if (parsed.ok && parsed.ref.domain === domain && !out.includes(parsed.ref.path)) out.push(parsed.ref.path);
    }
  }
  return out;
}

/** Pushes one tag (moby pushTag): the layers, the config, the manifest; stores them all once it completes. */
function pushTag(
  ctx: EngineContext,
  registry: RegistryState,
  ref: ImageReference,
  imageId: string,
  credentials: Credentials | undefined,
  start: number,
  deadline: number | undefined,
): { messages: TimedMessage[]; end: number; cancelled: boolean } {
  const { host } = ctx;
  const image = host.images[imageId];
  const layers = [...image.layers].reverse().map((chainId) => host.layers[chainId]);
  const seen = new Set<string>();
  const unique = layers.filter((l) => !seen.has(l.diffId) && seen.add(l.diffId));
  const path = ref.path;
  const blobOf = (l: (typeof layers)[number]) => l.blobDigest || sha256Digest(`pelabuhan:blob:${l.diffId}`);
  const planned: PlannedPush[] = unique.map((l) => {
    const digest = blobOf(l);
    const from = repositoryHasBlob(registry, path, digest)
      ? undefined
      : mountSource(registry, path, digest, mountCandidates(host, l.chainId, ref.domain));
    return {
      shortId: l.diffId.slice(7, 19),
      size: l.size,
      compressedSize: l.compressedSize,
      action: repositoryHasBlob(registry, path, digest)
        ? { kind: 'exists' }
        : from !== undefined
          ? { kind: 'mount', from }
          : { kind: 'upload' },
    };
  });

  const refusal = pushRefusal(registry, credentials, path);
  if (refusal !== undefined) {
    const preparing = planLayerPushes(
      planned.map((p) => ({ ...p, action: { kind: 'exists' as const } })),
      { startMs: start, bandwidthBytesPerSec: 1, maxConcurrentUploads: MAX_CONCURRENT_UPLOADS },
    ).messages.filter((m) => m.message.status === 'Preparing' || m.message.status === 'Waiting');
    return {
      messages: [...preparing, { at: start, message: { errorDetail: { message: refusal }, error: refusal } }],
      end: start,
      cancelled: false,
    };
  }

  const plan = planLayerPushes(planned, {
    startMs: start,
    bandwidthBytesPerSec: ctx.world.state.settings.bandwidthBytesPerSec,
    maxConcurrentUploads: MAX_CONCURRENT_UPLOADS,
  });
  if (deadline !== undefined && plan.end > deadline) {
    return { messages: plan.messages.filter((m) => m.at <= deadline), end: deadline, cancelled: true };
  }

  const config = configOf(ctx, image);
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: DOCKER_MEDIA_TYPES.manifest,
    config: { mediaType: DOCKER_MEDIA_TYPES.config, size: config.size, digest: image.id },
    layers: [...layers].reverse().map((l) => ({
      mediaType: DOCKER_MEDIA_TYPES.layer,
      size: l.compressedSize,
      digest: blobOf(l),
    })),
  };
  // The canonical manifest is Go's MarshalIndent with three spaces (distribution schema2.FromStruct).
  const canonical = JSON.stringify(manifest, null, 3);
  const digest = sha256Digest(canonical);
  const size = utf8Length(canonical);

  for (const l of layers) {
    putBlob(registry, path, blobOf(l), {
      kind: 'layer',
      mediaType: MEDIA_TYPES.layer,
      name: `${path}:${l.diffId.slice(7, 19)}`,
      csize: l.compressedSize,
      usize: l.size,
      diffID: l.diffId,
      chainID: l.chainId,
      ...(l.files ? { files: structuredClone(l.files) } : {}),
    });
  }
  putBlob(registry, path, image.id, { kind: 'config', mediaType: MEDIA_TYPES.config, ...config });
  putManifest(registry, path, ref.tag ?? 'latest', digest, { mediaType: manifest.mediaType, size, content: manifest });
  addReference(ctx, image.id, `${fullName(ref)}@${digest}`);

  for (const m of plan.messages) {
    const status = m.message.status ?? '';
    if (status === 'Pushed' || status === 'Layer already exists' || status.startsWith('Mounted from ')) {
      announce(ctx, {
        type: 'image.layer.pushed',
        host: host.name,
        registry: registry.host,
        repository: path,
        layerId: m.message.id ?? '',
        status,
        at: m.at,
      });
    }
  }
  announce(ctx, { type: 'image.pushed', host: host.name, registry: registry.host, reference: fullString(ref), digest });
  const messages: TimedMessage[] = [
    ...plan.messages,
    { at: plan.end, message: { status: `${ref.tag}: digest: ${digest} size: ${size}` } },
    { at: plan.end, message: { progressDetail: {}, aux: { Tag: ref.tag, Digest: digest, Size: size } } as PullMessage },
  ];
  return { messages, end: plan.end, cancelled: false };
}
