/**
 * What the build view shows, as a pure projection of the records and the host: the last build's
 * steps (BuildKit's `[2/3] RUN …` vertexes, from its `build.step` events) with CACHED or ran,
 * the layer each one added to the image, why a step that ran could not come from the cache
 * (compared with the build before it), and the host's build cache records.
 */

import type { HostState } from '../../../model';
import type { CommandRecord } from '../../../model/client';

/** Why a step ran instead of coming from the cache. */
export type RanBecause =
  /** No build before this one to compare with (or it had no such step): nothing was cached yet. */
  | 'first'
  /** Its instruction is new or was edited. */
  | 'edited'
  /** Same instruction, yet its cache key changed: the files it copies, a build arg, its base, or `--no-cache`. */
  | 'inputs'
  /** A step above it ran, so its parent's cache key changed and so did its own. */
  | 'parent';

/** One step of a build, as BuildKit numbers it. */
export interface BuildStepView {
  vertex: string;
  /** The stage (`builder`, `stage-1`), when BuildKit names one. */
  stage?: string;
  /** `2/3`. */
  index: string;
  /** The instruction as BuildKit shows it (`RUN echo hi > /f`). */
  instruction: string;
  cached: boolean;
  /** Virtual milliseconds the step ran (undefined when cached, or when unknown: the last step). */
  ranMs?: number;
  because?: RanBecause;
  /** The layer the step added to the image (12 hex of its chain ID) and its size, when it added one. */
  layer?: { id: string; size: number };
}

/** A build as the view shows it. */
export interface BuildView {
  recordId: number;
  line: string;
  /** Virtual time the first step started. */
  startedAt: number;
  steps: BuildStepView[];
  /** The image it made (absent when the build failed). */
  imageId?: string;
  tags: string[];
  /** The image's layers, bottom first (12 hex of the chain ID, size). */
  layers: Array<{ id: string; size: number; fromBuild: boolean }>;
}

/** A build cache record and what the last build did with it. */
export interface CacheRecordView {
  id: string;
  description: string;
  size: number;
  usageCount: number;
  /** `new`: made by the last build; `reused`: a CACHED hit of it; `unused`: the last build could not use it. */
  use: 'new' | 'reused' | 'unused';
}

/** One record of BuildKit's cache as the host keeps it. */
type BuildCacheRecord = NonNullable<HostState['buildCache']>[string];

const STEP = /^\[(?:(\S+) )?(\d+\/\d+)\] (.*)$/s;
const short = (id: string) => id.replace(/^sha256:/, '').slice(0, 12);

/** The steps of one record's build (its BuildKit-numbered vertexes), or none when it built nothing. */
function stepsOf(record: CommandRecord): Array<BuildStepView & { at: number }> {
  const events = record.events.flatMap((e) => (e.type === 'build.step' ? [e] : []));
  return events.flatMap((e, i) => {
    const m = STEP.exec(e.name);
    if (!m) return [];
    // A step's event carries when it started; the next one starts when it is done (steps run in order).
    const next = events[i + 1];
    const ranMs = e.cached || !next ? undefined : Math.max(0, next.at - e.at);
    return [{ vertex: e.vertex, stage: m[1], index: m[2], instruction: m[3], cached: e.cached, ranMs, at: e.at }];
  });
}

/** Why each step that ran did so, compared with the steps of the build before (if any). */
function explain(steps: BuildStepView[], before: BuildStepView[] | undefined): void {
  let above = false;
  for (const s of steps) {
    // FROM is the base, not a cached step: a new base shows as changed input of the step after it.
    if (s.cached || /^FROM /.test(s.instruction)) continue;
    if (!before) s.because = 'first';
    else if (above) s.because = 'parent';
    else s.because = before.some((b) => b.instruction === s.instruction) ? 'inputs' : 'edited';
    above = true;
  }
}

/** The instruction word a history entry or a step starts with (`RUN`, `COPY`, `WORKDIR`). */
const keyword = (text: string) => text.trim().split(/\s/, 1)[0].toUpperCase();

/**
 * The layers of the final stage's steps. BuildKit writes one history entry per instruction of the
 * final stage (metadata-only ones, CMD or ENV, `empty_layer` and without a step of their own) and
 * one layer per entry that is not empty; matching the steps to the entries from the end, by their
 * instruction word, finds each step's layer.
 */
function attachLayers(steps: BuildStepView[], host: HostState, imageId: string | undefined): BuildView['layers'] {
  const image = imageId ? host.images[imageId] : undefined;
  if (!image) return [];
  const history = image.history ?? [];
  const finalStage = steps[steps.length - 1]?.stage;
  const own = steps.filter((s) => s.stage === finalStage && !/^FROM /.test(s.instruction));
  // The layer of each history entry, counted from the top (the history may not reach the bottom).
  const layerOf: Array<string | undefined> = [];
  let next = image.layers.length - 1;
  for (let h = history.length - 1; h >= 0; h--) layerOf[h] = history[h].empty_layer ? undefined : image.layers[next--];
  const fromBuild = new Set<string>();
  let h = history.length - 1;
  for (const s of [...own].reverse()) {
    while (h >= 0 && keyword(history[h].created_by) !== keyword(s.instruction)) h--;
    if (h < 0) break;
    const chain = layerOf[h--];
    if (!chain) continue;
    fromBuild.add(chain);
    s.layer = { id: short(chain), size: host.layers[chain]?.size ?? 0 };
  }
  return image.layers.map((chain) => ({
    id: short(chain),
    size: host.layers[chain]?.size ?? 0,
    fromBuild: fromBuild.has(chain),
  }));
}

/** The builds among `records` that ran on `host`, oldest first. */
function buildsOn(records: readonly CommandRecord[], host: string): CommandRecord[] {
  return records.filter((r) => r.events.some((e) => e.type === 'build.step' && e.host === host));
}

/** The last build on `host` among `records`, compared with the one before it; undefined when none. */
export function projectLastBuild(records: readonly CommandRecord[], host: HostState): BuildView | undefined {
  const builds = buildsOn(records, host.name);
  const last = builds[builds.length - 1];
  if (!last) return undefined;
  const steps = stepsOf(last);
  const before = builds.length > 1 ? stepsOf(builds[builds.length - 2]) : undefined;
  explain(steps, before);
  const built = last.events.find((e) => e.type === 'image.built' && e.host === host.name);
  const imageId = built?.type === 'image.built' ? built.imageId : undefined;
  const layers = attachLayers(steps, host, imageId);
  return {
    recordId: last.id,
    line: last.line,
    startedAt: steps[0]?.at ?? last.at,
    steps: steps.map(({ at: _at, ...s }) => s),
    imageId,
    tags: built?.type === 'image.built' ? built.tags : [],
    layers,
  };
}

/** The host's build cache, newest first, with what the last build (started at `since`) did with each record. */
export function projectCache(host: HostState, since: number | undefined): CacheRecordView[] {
  const records: BuildCacheRecord[] = Object.values(host.buildCache ?? {});
  return records
    .sort((a, b) => b.createdAt - a.createdAt || a.id.localeCompare(b.id))
    .map((r) => ({
      id: r.id,
      description: r.description,
      size: r.size,
      usageCount: r.usageCount,
      use: since === undefined || r.lastUsedAt < since ? 'unused' : r.createdAt >= since ? 'new' : ('reused' as const),
    }));
}
