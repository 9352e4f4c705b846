/**
 * A stage's base: `FROM scratch`, an earlier stage, or an image, found in the daemon's store or pulled
 * (BuildKit's `[internal] load metadata for docker.io/library/alpine:latest`, then the FROM step with
 * the digest it resolved: `[1/3] FROM docker.io/library/alpine:latest@sha256:…`).
 */

import type { ImageRecord } from '../state';
import { now } from '../context';
import { EngineError } from '../errors';
import { imageByReference } from '../images/lookup';
import { pullImage } from '../images/pull';
import { imageFamily } from '../containers/image-family';
import { fullName, fullString, parseNormalizedNamed, withDefaultTag } from '../../registry/reference';
import type { DockerfileStage } from './dockerfile';
import type { BuildFailure, StageState } from './build-types';
import { expandWord } from './build-env';
import { imageHistory } from './image-history';
import { addStep, vertexDigest, type BuildRun } from './build-run';
import { stepCacheKey } from './build-cache';

/** How a stage starts: its state, and the FROM vertex when its base is an image. */
export type StageBase =
  | { failure: BuildFailure }
  | {
      fromImage: boolean;
      /** The base's ID as the classic builder prints it after `Step 1/n : FROM …`. */
      classicId?: string;
      /** The pull messages when the base was pulled. */
      pull?: unknown[];
      start(run: BuildRun): StageState;
      vertex(run: BuildRun, prefix: string): void;
    };

const EMPTY_STATE = (): StageState => ({
  name: '',
  layers: [],
  diffIds: [],
  config: {},
  history: [],
  cacheKey: stepCacheKey('scratch'),
  args: {},
  architecture: 'amd64',
  os: 'linux',
  family: 'scratch',
  basePrograms: [],
  createdAt: 0,
});

/** Resolves stage `index`'s base; an image is looked up (or pulled) now, as BuildKit loads metadata first. */
export function resolveBase(
  run: BuildRun,
  stages: DockerfileStage[],
  index: number,
  metaArgs: Record<string, string>,
): StageBase {
  const stage = stages[index];
  const name = expandWord(stage.baseName, metaArgs);
  const lower = name.toLowerCase();
  const earlier = stages.findIndex((s, i) => i < index && s.name === lower);
  if (earlier >= 0) {
    return {
      fromImage: false,
      start: (r) => ({ ...structuredClone(r.stages.get(earlier)!), name: stage.name ?? '' }),
      vertex: () => undefined,
    };
  }
  if (lower === 'scratch')
    return { fromImage: false, start: () => ({ ...EMPTY_STATE(), name: stage.name ?? '' }), vertex: () => undefined };
  const parsed = parseNormalizedNamed(name);
  if (!parsed.ok) return { failure: { message: `failed to parse stage name "${name}": ${parsed.error}` } };
  const ref = withDefaultTag(parsed.ref);
  const shown = fullString(ref);
  const { ctx } = run;
  let image = run.options.pull ? undefined : imageByReference(ctx.host, ref);
  const metadata = addStep(
    run,
    `[internal] load metadata for ${shown}`,
    vertexDigest('metadata', shown),
    image ? 20 : 600,
  );
  let pulledAt: number | undefined;
  let pull: unknown[] | undefined;
  if (!image) {
    const before = now(ctx);
    try {
      pull = pullImage({ ...ctx }, ref).messages.map((m) => m.message);
    } catch (error) {
      if (!(error instanceof EngineError)) throw error;
      metadata.error = `${name}: failed to resolve source metadata for ${shown}: ${error.message}`;
      return { failure: { message: metadata.error, classicMessage: error.message } };
    }
    pulledAt = now(ctx) - before;
    image = imageByReference(ctx.host, ref);
    if (!image) return { failure: { message: `${name}: failed to resolve source metadata for ${shown}: not found` } };
  }
  const base = image;
  const digest = base.repoDigests.find((d) => d.startsWith(`${fullName(ref)}@`))?.split('@')[1];
  const fromName = digest ? `${shown}@${digest}` : shown;
  return {
    fromImage: true,
    classicId: base.id,
    pull,
    start: (r) => stateFromImage(r, base, stage.name ?? ''),
    vertex(r, prefix) {
      const step = addStep(r, `${prefix}FROM ${fromName}`, vertexDigest('from', base.id), pulledAt ?? 0);
      if (pulledAt === undefined) return;
      step.statuses.push({ id: `resolve ${fromName}`, at: step.started, completed: step.started + 10 });
      for (const chainId of base.layers) {
        const layer = r.ctx.host.layers[chainId];
        if (!layer) continue;
        step.statuses.push({
          id: layer.blobDigest,
          at: step.completed,
          completed: step.completed,
          current: layer.compressedSize,
          total: layer.compressedSize,
        });
        step.statuses.push({ id: `extracting ${layer.blobDigest}`, at: step.completed, completed: step.completed });
      }
    },
  };
}

function stateFromImage(run: BuildRun, image: ImageRecord, name: string): StageState {
  const host = run.ctx.host;
  // A built base keeps what the record leaves out (SHELL, HEALTHCHECK) in its config blob.
  const config: StageState['config'] = image.configJson
    ? (JSON.parse(image.configJson) as { config: StageState['config'] }).config
    : structuredClone(image.config);
  return {
    name,
    layers: [...image.layers],
    diffIds: image.layers.map((c) => host.layers[c]?.diffId ?? c),
    config,
    history: structuredClone(imageHistory(run.ctx.world, image)),
    cacheKey: stepCacheKey('from', image.id),
    args: {},
    architecture: image.architecture,
    os: image.os,
    family: imageFamily(host, image),
    basePrograms: [image.config.Entrypoint?.[0], image.config.Cmd?.[0]].filter((p): p is string => !!p),
    createdAt: image.created,
  };
}
