/**
 * Plans a COPY or ADD: where its sources come from (the context, after `[internal] load build context`;
 * an earlier stage; an image from the store or pulled), what it copies, and its cache key parts (the
 * content digest of what it copies, so an edited file invalidates the step).
 */

import type { ImageRecord } from '../state';
import { EngineError } from '../errors';
import { imageByReference } from '../images/lookup';
import { pullImage } from '../images/pull';
import { fullString, parseNormalizedNamed, withDefaultTag } from '../../registry/reference';
import type { DockerfileInstruction } from './dockerfile';
import type { StageState } from './build-types';
import { addStep, stageFiles, vertexDigest, type BuildRun } from './build-run';
import { recordLocalSource } from './build-cache';
import { filesDiffId, imageFiles } from './layer-files';
import { copyFiles } from './copy-step';
import { expandWord } from './build-env';
import type { StepPlan } from './build-steps';

// Bytes per virtual ms of the context transfer (about 20 MB/s).
const CONTEXT_BYTES_PER_MS = 20_000;
const COPY_MS = 40;

/** The plan of a COPY or ADD of stage `index`. */
export function planCopy(
  run: BuildRun,
  index: number,
  stage: StageState,
  ins: DockerfileInstruction,
  env: Record<string, string>,
  workdir: string,
): StepPlan {
  const words = ins.json ? ins.args : ins.args.map((a) => expandWord(a, env));
  if (words.length < 2)
    return {
      error:
        `${ins.keyword} requires at least two arguments, but only one was provided. ` +
        'Destination could not be determined.',
    };
  const sources = words.slice(0, -1);
  const dest = words[words.length - 1];
  const remote = sources.find((s) => /^(https?:\/\/|git@)/.test(s));
  if (remote) return { error: `the simulator does not download ADD's remote source ${remote}` };
  let from = run.context;
  let fromKey = 'context';
  const fromFlag = ins.flags.from;
  if (fromFlag !== undefined) {
    const stageIndex =
      run.stageNames.get(fromFlag.toLowerCase()) ?? (/^\d+$/.test(fromFlag) ? Number(fromFlag) : undefined);
    const source = stageIndex !== undefined ? run.stages.get(stageIndex) : undefined;
    if (source && stageIndex !== undefined) {
      from = stageFiles(run, stageIndex, source);
      fromKey = `stage ${source.cacheKey}`;
    } else {
      // Not a stage: an image, used from the store or pulled (BuildKit resolves it like a FROM).
      const image = copySourceImage(run, fromFlag);
      if ('error' in image) return image;
      from = imageFiles(run.ctx.host, image);
      fromKey = `image ${image.id}`;
    }
  } else loadContext(run);
  const files = stageFiles(run, index, stage);
  const copied = copyFiles(from, sources, dest, workdir, files);
  if (!copied.ok) {
    // BuildKit's checksum of a missing source (cache/contenthash); the ref IDs are its snapshot's.
    const ref = vertexDigest('ref', fromKey).slice(7, 32);
    const refs = `${ref}::${ref.split('').reverse().join('')}`;
    const message = `failed to calculate checksum of ref ${refs}: "${copied.missing}": not found`;
    return {
      error: message,
      failure: `failed to compute cache key: ${message}`,
      classicMessage:
        'COPY failed: file not found in build context or excluded by .dockerignore: ' +
        `stat ${copied.missing.slice(1)}: file does not exist`,
    };
  }
  const chown = ins.flags.chown;
  const chmod = ins.flags.chmod;
  const history = [
    ins.keyword,
    ...(chown ? [`--chown=${chown}`] : []),
    ...(chmod ? [`--chmod=${chmod}`] : []),
    ...sources,
    dest,
  ].join(' ');
  const contentKeys = Object.keys(copied.diff).sort();
  return {
    keyParts: [
      ins.keyword,
      fromKey === 'context' ? '' : fromKey,
      chown ?? '',
      chmod ?? '',
      filesDiffId(Object.fromEntries(contentKeys.map((k) => [k, copied.diff[k]]))),
    ],
    history: `${history} # buildkit`,
    description: `${ins.keyword} ${sources.join(' ')} ${dest}`,
    execute: () => ({ logs: [], ms: COPY_MS, diff: copied.diff }),
  };
}

function copySourceImage(run: BuildRun, name: string): ImageRecord | { error: string } {
  const parsed = parseNormalizedNamed(name);
  if (!parsed.ok) return { error: `invalid from flag value ${name}: ${parsed.error}` };
  const ref = withDefaultTag(parsed.ref);
  const local = imageByReference(run.ctx.host, ref);
  if (local) return local;
  try {
    pullImage(run.ctx, ref);
  } catch (error) {
    if (!(error instanceof EngineError)) throw error;
    return { error: `${name}: failed to resolve source metadata for ${fullString(ref)}: ${error.message}` };
  }
  return (
    imageByReference(run.ctx.host, ref) ?? {
      error: `${name}: failed to resolve source metadata for ${fullString(ref)}`,
    }
  );
}

/** `[internal] load build context`, once, before the first step that reads the context. */
export function loadContext(run: BuildRun): void {
  if (run.contextLoaded) return;
  run.contextLoaded = true;
  const step = addStep(
    run,
    '[internal] load build context',
    vertexDigest('context', filesDiffId(run.context)),
    10 + Math.ceil(run.contextBytes / CONTEXT_BYTES_PER_MS),
  );
  step.statuses.push({
    id: 'transferring context:',
    at: step.completed,
    completed: step.completed,
    current: run.contextBytes,
  });
  recordLocalSource(run.ctx.host, 'context', run.contextBytes, step.completed);
}
