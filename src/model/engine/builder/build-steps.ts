/**
 * The steps that change files (RUN, COPY, ADD, WORKDIR): each has a cache key from its parent's key
 * and what it reads; a hit reuses the recorded layer (`CACHED`), a miss runs the step, stores its layer
 * and records it. History entries are BuildKit's (`RUN /bin/sh -c … # buildkit`, `COPY . /app # buildkit`).
 */

import type { FileTable } from '../state';
import { announce, type EngineContext } from '../context';
import { sha256Hex } from '../../kernel/digest';
import { retainLayer } from '../layers';
import { absolutePath } from '../processes/container-fs';
import { tableBytes } from '../processes/container-fs';
import type { DockerfileInstruction } from './dockerfile';
import type { BuildStepRecord, StageState } from './build-types';
import { addStep, stageFiles, vertexDigest, type BuildRun } from './build-run';
import { findCached, recordCached, stepCacheKey, touchCached } from './build-cache';
import { chainIdOf, filesDiffId } from './layer-files';
import { runStep } from './run-step';
import { planCopy } from './copy-plan';
import { expandWord } from './build-env';
import { HISTORY_COMMENT, stageEnv, stageShell } from './build-metadata';

const FILESYSTEM_STEPS = new Set(['RUN', 'COPY', 'ADD', 'WORKDIR']);

/** Whether BuildKit makes a vertex (and counts a `[i/n]`) for the instruction. */
export function isFilesystemStep(keyword: string): boolean {
  return FILESYSTEM_STEPS.has(keyword);
}

// Virtual time a step takes beyond what its process does: starting the container, snapshotting.
const RUN_OVERHEAD_MS = 180;
const WORKDIR_MS = 15;

/** Stores a built layer over `parent` (once per content: the same files give the same chain ID). */
export function storeBuiltLayer(ctx: EngineContext, parent: string | null, diff: FileTable): string {
  const { host } = ctx;
  const diffId = filesDiffId(diff);
  const chainId = chainIdOf(parent, diffId);
  if (!host.layers[chainId]) {
    const size = tableBytes(diff);
    host.layers[chainId] = {
      chainId,
      diffId,
      // The compressed blob's digest differs from the DiffID (a gzip of the tar); derived so it is stable.
      blobDigest: `sha256:${sha256Hex(`gzip ${diffId}`)}`,
      parent,
      size,
      // gzip of a small tar: a header block and a little over the content.
      compressedSize: Math.ceil(size * 0.45) + 120,
      users: [],
      refs: 0,
      files: diff,
    };
    if (parent) retainLayer(host, parent);
    announce(ctx, { type: 'layer.stored', host: host.name, chainId });
  }
  return chainId;
}

/** The step's name as BuildKit shows it: variables substituted, the keyword upper case. */
function stepName(stage: StageState, ins: DockerfileInstruction, prefix: string): string {
  const text = expandWord(ins.original, stageEnv(stage), { keepUnset: true, raw: true });
  const space = text.search(/\s/);
  return prefix + (space < 0 ? text.toUpperCase() : text.slice(0, space).toUpperCase() + text.slice(space));
}

/** Runs (or takes from the cache) one RUN, COPY, ADD or WORKDIR of stage `index`. */
export function dispatchFilesystemStep(
  run: BuildRun,
  index: number,
  stage: StageState,
  ins: DockerfileInstruction,
  prefix: string,
): BuildStepRecord {
  const name = stepName(stage, ins, prefix);
  const plan = planStep(run, index, stage, ins);
  if ('error' in plan) {
    const step = addStep(run, name, vertexDigest(stage.cacheKey, name), 0);
    step.error = plan.error;
    run.outcome.failure = { message: plan.failure ?? plan.error, classicMessage: plan.classicMessage };
    return step;
  }
  const key = stepCacheKey(stage.cacheKey, ...plan.keyParts);
  const digest = vertexDigest(key, name);
  const cached = run.options.noCache ? undefined : findCached(run.ctx.host, key);
  let step: BuildStepRecord;
  let chainId: string | undefined;
  let createdAt: number;
  if (cached) {
    step = addStep(run, name, digest, 0, true);
    touchCached(cached, step.started);
    chainId = cached.chainId;
    createdAt = cached.createdAt;
  } else {
    step = addStep(run, name, digest, 0);
    const done = plan.execute(step.started);
    step.logs = done.logs;
    run.t += done.ms;
    step.completed = run.t;
    if (done.error) {
      step.error = done.error;
      run.outcome.failure = { message: done.error, classicMessage: done.classicMessage };
      announce(run.ctx, {
        type: 'build.step',
        host: run.ctx.host.name,
        vertex: digest,
        name,
        cached: false,
        at: step.started,
      });
      return step;
    }
    const parent = stage.layers[stage.layers.length - 1] ?? null;
    chainId = Object.keys(done.diff).length ? storeBuiltLayer(run.ctx, parent, done.diff) : undefined;
    createdAt = step.completed;
    recordCached(
      run.ctx.host,
      {
        cacheKey: key,
        parentKey: stage.cacheKey,
        type: 'regular',
        description: plan.description,
        chainId,
        size: chainId ? run.ctx.host.layers[chainId].size : 0,
      },
      createdAt,
    );
  }
  announce(run.ctx, {
    type: 'build.step',
    host: run.ctx.host.name,
    vertex: digest,
    name,
    cached: step.cached,
    at: step.started,
  });
  if (chainId) {
    stage.layers.push(chainId);
    stage.diffIds.push(run.ctx.host.layers[chainId].diffId);
  }
  stage.cacheKey = key;
  stage.createdAt = Math.max(stage.createdAt, createdAt);
  stage.history.push({
    created: new Date(createdAt).toISOString(),
    created_by: plan.history,
    comment: HISTORY_COMMENT,
    ...(chainId ? {} : { empty_layer: true }),
  });
  if (ins.keyword === 'WORKDIR') stage.config.WorkingDir = plan.workdir;
  return step;
}

/** What running a step did. */
export interface StepDone {
  logs: BuildStepRecord['logs'];
  ms: number;
  diff: FileTable;
  error?: string;
  classicMessage?: string;
}

/** A step ready to run: its cache key parts, its history line, and how to run it (or why it cannot). */
export type StepPlan =
  | { error: string; failure?: string; classicMessage?: string }
  | {
      keyParts: string[];
      history: string;
      description: string;
      workdir?: string;
      execute(at: number): StepDone;
    };

function planStep(run: BuildRun, index: number, stage: StageState, ins: DockerfileInstruction): StepPlan {
  const env = stageEnv(stage);
  const workdir = stage.config.WorkingDir || '/';
  if (ins.keyword === 'WORKDIR') {
    const wd = absolutePath(workdir, expandWord(ins.args.join(' '), env));
    return {
      keyParts: ['WORKDIR', wd],
      history: `WORKDIR ${wd}`,
      description: `mkfile ${wd}`,
      workdir: wd,
      execute() {
        const files = stageFiles(run, index, stage);
        const diff: FileTable = {};
        if (wd !== '/' && !(`${wd.slice(1)}/` in files)) diff[`${wd.slice(1)}/`] = '';
        return { logs: [], ms: WORKDIR_MS, diff };
      },
    };
  }
  if (ins.keyword === 'RUN') {
    const argv = ins.json ? ins.args : [...stageShell(stage), ins.args.join(' ')];
    const runEnv = [...(stage.config.Env ?? [])];
    for (const [k, v] of Object.entries(stage.args))
      if (!runEnv.some((e) => e.startsWith(`${k}=`))) runEnv.push(`${k}=${v}`);
    // runCommandString: the build args a RUN sees are part of its history line (`|1 A=b /bin/sh -c …`).
    const argWords = Object.entries(stage.args).map(([k, v]) => `${k}=${env[k] ?? v}`);
    const shown = [...(argWords.length ? [`|${argWords.length}`, ...argWords] : []), ...argv].join(' ');
    return {
      keyParts: ['RUN', JSON.stringify(argv), JSON.stringify(runEnv), workdir, stage.config.User ?? ''],
      history: `RUN ${shown} # buildkit`,
      description: `mount / from exec ${argv.join(' ')}`,
      execute(at) {
        const result = runStep(stage, argv, runEnv, stageFiles(run, index, stage), at, 'buildkitsandbox');
        const ms = RUN_OVERHEAD_MS + result.tookMs;
        if (result.startError) return { logs: result.logs, ms, diff: {}, error: result.startError };
        if (result.exitCode !== 0) {
          return {
            logs: result.logs,
            ms,
            diff: {},
            // BuildKit's exec op (solver/llbsolver/ops/exec.go) and the classic builder (dispatchers.go dispatchRun).
            error: `process "${argv.join(' ')}" did not complete successfully: exit code: ${result.exitCode}`,
            classicMessage: `The command '${argv.join(' ')}' returned a non-zero code: ${result.exitCode}`,
          };
        }
        return { logs: result.logs, ms, diff: result.diff };
      },
    };
  }
  return planCopy(run, index, stage, ins, env, workdir);
}
