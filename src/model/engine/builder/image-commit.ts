/**
 * The export at the end of a build (`exporting to image`): the config blob (its sha256 is the image
 * ID, so the same config gives the same ID), the image record over the stage's layers, and the tags.
 */

import type { ImageConfig, ImageRecord } from '../state';
import { announce } from '../context';
import { retainLayer } from '../layers';
import { addReference } from '../images/references';
import { sha256Hex } from '../../kernel/digest';
import { fullString, parseNormalizedNamed, withDefaultTag } from '../../registry/reference';
import type { StageState } from './build-types';
import { addStep, vertexDigest, type BuildRun } from './build-run';

// Export: writing the config and the layers' diff IDs takes the daemon a moment.
const EXPORT_MS = 60;

/** The config blob as moby writes it (keys in its order, empty fields left out). */
export function configBlob(stage: StageState, labels: Record<string, string>, created: string): string {
  const c = stage.config;
  const allLabels = { ...(c.Labels ?? {}), ...labels };
  const config: Record<string, unknown> = {};
  const put = (key: string, value: unknown) => {
    if (value !== undefined && value !== null && value !== '') config[key] = value;
  };
  put('User', c.User);
  put('ExposedPorts', c.ExposedPorts && Object.keys(c.ExposedPorts).length ? c.ExposedPorts : undefined);
  put('Env', c.Env?.length ? c.Env : undefined);
  put('Entrypoint', c.Entrypoint);
  put('Cmd', c.Cmd);
  put('Healthcheck', c.Healthcheck);
  put('ArgsEscaped', c.ArgsEscaped);
  put('Volumes', c.Volumes && Object.keys(c.Volumes).length ? c.Volumes : undefined);
  put('WorkingDir', c.WorkingDir);
  put('Labels', Object.keys(allLabels).length ? allLabels : undefined);
  put('StopSignal', c.StopSignal);
  put('Shell', c.Shell);
  return JSON.stringify({
    architecture: stage.architecture,
    config,
    created,
    history: stage.history,
    os: stage.os,
    rootfs: { type: 'layers', diff_ids: stage.diffIds },
  });
}

/** Stores the target stage as an image and tags it; the export step's statuses say what it did. */
export function commitImage(run: BuildRun, stage: StageState): void {
  const { ctx, options, outcome } = run;
  const host = ctx.host;
  const created = new Date(stage.createdAt).toISOString();
  const json = configBlob(stage, options.labels, created);
  const id = `sha256:${sha256Hex(json)}`;
  const step = addStep(run, 'exporting to image', vertexDigest('export', id, options.tags.join(',')), EXPORT_MS);
  const at = step.started;
  step.statuses.push({ id: 'exporting layers', at, completed: at + 20 });
  step.statuses.push({ id: `writing image ${id}`, at: at + 20, completed: at + 40 });
  if (!host.images[id]) {
    const c = stage.config;
    const config: ImageConfig = {
      ...(c.Cmd !== undefined ? { Cmd: c.Cmd } : {}),
      ...(c.Entrypoint !== undefined ? { Entrypoint: c.Entrypoint } : {}),
      Env: c.Env ?? null,
      ...(c.ExposedPorts ? { ExposedPorts: c.ExposedPorts } : {}),
      ...(c.Volumes ? { Volumes: c.Volumes } : {}),
      ...(c.StopSignal ? { StopSignal: c.StopSignal } : {}),
      WorkingDir: c.WorkingDir ?? '',
      Labels: { ...(c.Labels ?? {}), ...options.labels },
      User: c.User ?? '',
    };
    if (Object.keys(config.Labels!).length === 0) config.Labels = null;
    const record: ImageRecord = {
      id,
      created: stage.createdAt,
      config,
      layers: [...stage.layers],
      repoTags: [],
      repoDigests: [],
      architecture: stage.architecture,
      os: stage.os,
      size: stage.layers.reduce((n, l) => n + (host.layers[l]?.size ?? 0), 0),
      history: stage.history,
      configJson: json,
    };
    for (const l of stage.layers) host.layers[l]?.users.push(id);
    const top = stage.layers[stage.layers.length - 1];
    if (top) retainLayer(host, top);
    host.images[id] = record;
  }
  const tagged: string[] = [];
  for (const tag of options.tags) {
    const parsed = parseNormalizedNamed(tag);
    if (!parsed.ok) continue;
    const ref = withDefaultTag(parsed.ref);
    const full = fullString(ref);
    step.statuses.push({ id: `naming to ${full}`, at: at + 40, completed: at + 50 });
    addReference(ctx, id, full);
    tagged.push(full);
  }
  outcome.imageId = id;
  outcome.tagged = tagged;
  announce(ctx, { type: 'image.built', host: host.name, imageId: id, tags: tagged });
}
