/**
 * `POST /build`: the daemon's builder. It reads the Dockerfile from the context, resolves each stage's
 * base (pulling a missing one, as BuildKit does), runs the target's stages step by step over the
 * layer files (RUN in the model's shell, COPY from the context or another stage), reuses cached steps,
 * and commits the image: config, history, layers, tags. What it did is a list of BuildKit vertexes
 * (build-types.ts) the API streams in BuildKit's or the classic builder's form.
 */

import { now, type EngineContext } from '../context';
import { advanceClock } from '../advance';
import { unpackTar } from '../../kernel/ustar';
import { parseDockerfile, type DockerfileInstruction, type DockerfileStage } from './dockerfile';
import type { BuildOptions, BuildOutcome } from './build-types';
import { contextTable } from './copy-step';
import { expandWord } from './build-env';
import { addStep, vertexDigest, type BuildRun } from './build-run';
import { resolveBase } from './build-base';
import { dispatchFilesystemStep, isFilesystemStep } from './build-steps';
import { applyMetadata } from './build-metadata';
import { commitImage } from './image-commit';
import { loadContext } from './copy-plan';
import { lintDockerfile } from './build-lint';
import { recordLocalSource } from './build-cache';

const byteSize = (text: string) => new TextEncoder().encode(text).length;

/** Builds an image from a context tar (binary string) as `POST /build` asks; never throws for bad input. */
export function buildImage(ctx: EngineContext, contextTar: string | undefined, options: BuildOptions): BuildOutcome {
  const startedAt = now(ctx);
  const outcome: BuildOutcome = {
    steps: [],
    warnings: [],
    classicSteps: [],
    tagged: [],
    unusedArgs: [],
    startedAt,
    endedAt: startedAt,
  };
  const entries = contextTar === undefined || contextTar === '' ? [] : unpackTar(contextTar);
  const run: BuildRun = {
    ctx,
    options,
    context: contextTable(entries ?? []),
    contextBytes: 0,
    dockerfileText: '',
    outcome,
    t: startedAt,
    stages: new Map(),
    stageNames: new Map(),
    files: new Map(),
    contextLoaded: false,
    usedArgs: new Set(),
  };
  if (!entries) {
    // moby's remotecontext: a body that is not a tar archive.
    outcome.failure = { message: 'failed to read build context: unexpected EOF' };
    return finish(run);
  }
  for (const key in run.context) run.contextBytes += byteSize(run.context[key]);
  const dockerfilePath = (options.dockerfile || 'Dockerfile').replace(/^\.\//, '');
  const text = run.context[dockerfilePath];
  const fileName = dockerfilePath.slice(dockerfilePath.lastIndexOf('/') + 1);
  const definition = addStep(
    run,
    `[internal] load build definition from ${fileName}`,
    vertexDigest('definition', text ?? ''),
    30,
  );
  if (text === undefined) {
    definition.error = `failed to read dockerfile: open ${fileName}: no such file or directory`;
    outcome.failure = {
      message: definition.error,
      classicMessage: `Cannot locate specified Dockerfile: ${dockerfilePath}`,
    };
    return finish(run);
  }
  run.dockerfileText = text;
  recordLocalSource(ctx.host, 'dockerfile', byteSize(text), definition.completed);
  definition.statuses.push({
    id: 'transferring dockerfile:',
    at: definition.completed,
    completed: definition.completed,
    current: byteSize(text),
  });
  const parsed = parseDockerfile(text);
  if (!parsed.ok) {
    const { message, startLine, endLine } = parsed.error;
    outcome.failure = { message, source: { filename: fileName, data: text, startLine, endLine } };
    return finish(run);
  }
  const dockerfile = parsed.dockerfile;
  if (options.version === '2')
    for (const w of lintDockerfile(dockerfile))
      outcome.warnings.push({ ...w, vertex: definition.digest, at: definition.completed });
  const metaArgs = metaArgValues(run, dockerfile.metaArgs);
  const stages = dockerfile.stages;
  let targetIndex = stages.length - 1;
  if (options.target) {
    targetIndex = stages.findIndex((s) => s.name === options.target.toLowerCase());
    if (targetIndex < 0) {
      outcome.failure = { message: `target stage "${options.target}" could not be found` };
      return finish(run);
    }
  }
  const wanted =
    options.version === '1'
      ? stages.slice(0, targetIndex + 1).map((_, i) => i)
      : reachable(stages, targetIndex, metaArgs);
  if (!runStages(run, stages, wanted, metaArgs, dockerfile.metaArgs)) return finish(run);
  const stage = run.stages.get(targetIndex)!;
  if (cancelled(run)) return finish(run);
  commitImage(run, stage);
  return finish(run);
}

/**
 * The client hung up (the request's deadline passed: Ctrl+C): the build stops before its next step,
 * as BuildKit cancels the solve; the steps done stay in the cache, nothing is exported.
 */
function cancelled(run: BuildRun): boolean {
  const { deadline } = run.options;
  if (deadline === undefined || run.t <= deadline) return false;
  run.outcome.cancelled = true;
  run.t = deadline;
  return true;
}

function finish(run: BuildRun): BuildOutcome {
  const { outcome } = run;
  outcome.endedAt = Math.max(run.t, now(run.ctx));
  advanceClock(run.ctx.world, outcome.endedAt - now(run.ctx));
  for (const key of Object.keys(run.options.buildArgs).sort()) if (!run.usedArgs.has(key)) outcome.unusedArgs.push(key);
  return outcome;
}

/** The values of the ARGs before the first FROM (build args override their defaults). */
function metaArgValues(run: BuildRun, metaArgs: DockerfileInstruction[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const ins of metaArgs) {
    for (const word of ins.args) {
      const at = word.indexOf('=');
      const key = at < 0 ? word : word.slice(0, at);
      run.usedArgs.add(key);
      const given = run.options.buildArgs[key];
      if (given !== undefined && given !== null) values[key] = given;
      else if (at >= 0) values[key] = expandWord(word.slice(at + 1), values);
    }
  }
  return values;
}

/** The stages the target needs (its base stages and the stages it copies from), in file order. */
function reachable(stages: DockerfileStage[], target: number, metaArgs: Record<string, string>): number[] {
  const need = new Set<number>();
  const byName = (name: string, before: number) => {
    const lower = name.toLowerCase();
    const named = stages.findIndex((s, i) => i < before && s.name === lower);
    if (named >= 0) return named;
    return /^\d+$/.test(name) && Number(name) < before ? Number(name) : -1;
  };
  const visit = (i: number) => {
    if (need.has(i)) return;
    need.add(i);
    const base = byName(expandWord(stages[i].baseName, metaArgs), i);
    if (base >= 0) visit(base);
    for (const ins of stages[i].commands) {
      const from = ins.flags.from;
      if ((ins.keyword === 'COPY' || ins.keyword === 'ADD') && from !== undefined) {
        const dep = byName(from, i);
        if (dep >= 0) visit(dep);
      }
    }
  };
  visit(target);
  return [...need].sort((a, b) => a - b);
}

/** Runs the wanted stages in order; false when a step failed (the outcome says why). */
function runStages(
  run: BuildRun,
  stages: DockerfileStage[],
  wanted: number[],
  metaArgs: Record<string, string>,
  metaInstructions: DockerfileInstruction[],
): boolean {
  const metaCount = metaInstructions.length;
  const multi = wanted.length > 1;
  const readsContext = wanted.some((i) =>
    stages[i].commands.some((c) => (c.keyword === 'COPY' || c.keyword === 'ADD') && c.flags.from === undefined),
  );
  // The classic builder numbers every instruction it prints: the meta ARGs, each FROM, each command.
  const classicTotal = metaCount + wanted.reduce((n, i) => n + 1 + stages[i].commands.length, 0);
  // The meta ARGs print their Step line only (processMetaArg commits nothing).
  metaInstructions.forEach((ins, k) =>
    run.outcome.classicSteps.push({
      text: `Step ${k + 1}/${classicTotal} : ${ins.original}`,
      cached: false,
      logs: [],
      id: '',
      kind: 'arg',
    }),
  );
  let classicIndex = metaCount;
  const bases = new Map<number, ReturnType<typeof resolveBase>>();
  // BuildKit loads every base's metadata first, then the .dockerignore, then runs the steps.
  for (const i of wanted) {
    const base = resolveBase(run, stages, i, metaArgs);
    bases.set(i, base);
    if ('failure' in base) {
      run.outcome.failure = base.failure;
      return false;
    }
  }
  const ignore = run.context['.dockerignore'];
  const ignoreStep = addStep(run, '[internal] load .dockerignore', vertexDigest('dockerignore', ignore ?? ''), 10);
  ignoreStep.statuses.push({
    id: 'transferring context:',
    at: ignoreStep.completed,
    completed: ignoreStep.completed,
    current: ignore === undefined ? 2 : byteSize(ignore),
  });
  for (const i of wanted) {
    const st = stages[i];
    const base = bases.get(i)!;
    if ('failure' in base) return false;
    const stage = base.start(run);
    run.stages.set(i, stage);
    if (st.name) run.stageNames.set(st.name, i);
    const total = (base.fromImage ? 1 : 0) + st.commands.filter((c) => isFilesystemStep(c.keyword)).length;
    const label = multi ? (st.name ?? `stage-${i}`) : '';
    let index = 0;
    const prefix = () => {
      index++;
      const width = Math.floor(1 + Math.log10(total));
      return `[${label ? `${label} ` : ''}${String(index).padStart(width, ' ')}/${total}] `;
    };
    classicIndex++;
    run.outcome.classicSteps.push({
      text: `Step ${classicIndex}/${classicTotal} : ${st.from.original}`,
      cached: false,
      logs: [],
      id: base.classicId ?? stage.cacheKey,
      kind: 'from',
    });
    if (base.fromImage) base.vertex(run, prefix());
    // BuildKit transfers the context while the first base loads: its step comes before the first RUN.
    if (readsContext) loadContext(run);
    let allCached = true;
    for (const ins of st.commands) {
      if (cancelled(run)) return false;
      classicIndex++;
      const classic = {
        text: `Step ${classicIndex}/${classicTotal} : ${ins.original}`,
        cached: false,
        logs: [] as BuildOutcome['classicSteps'][number]['logs'],
        id: '',
        kind: 'meta' as 'meta' | 'run' | 'copy' | 'from',
      };
      run.outcome.classicSteps.push(classic);
      if (isFilesystemStep(ins.keyword)) {
        const step = dispatchFilesystemStep(run, i, stage, ins, prefix());
        classic.kind = ins.keyword === 'RUN' ? 'run' : ins.keyword === 'WORKDIR' ? 'meta' : 'copy';
        classic.logs = step.logs;
        classic.cached = step.cached;
        allCached &&= step.cached;
        if (step.error) {
          classic.id = '';
          run.outcome.failure = run.outcome.failure ?? { message: step.error };
          return false;
        }
      } else {
        const created = new Date(stage.createdAt).toISOString();
        const error = applyMetadata(stage, ins, created, run.options.buildArgs, run.usedArgs);
        if (error) {
          run.outcome.failure = {
            message: error,
            source: {
              filename: 'Dockerfile',
              data: run.dockerfileText,
              startLine: ins.startLine,
              endLine: ins.endLine,
            },
          };
          return false;
        }
        // The classic builder's cache matches a metadata step while every step before it matched.
        classic.cached = allCached;
      }
      classic.id = vertexDigest('classic', stage.cacheKey, JSON.stringify(stage.config), String(stage.history.length));
    }
    run.outcome.classicSteps[run.outcome.classicSteps.length - 1].stageEnd = true;
  }
  return true;
}
