/** A build in progress and the vertexes it adds: the state every build step works on. */

import type { FileTable } from '../state';
import type { EngineContext } from '../context';
import { sha256Hex } from '../../kernel/digest';
import type { BuildOptions, BuildOutcome, BuildStepRecord, StageState } from './build-types';
import { applyLayer } from './layer-files';

/** A build in progress: the daemon, the request, the context, the stages done so far and the clock. */
export interface BuildRun {
  ctx: EngineContext;
  options: BuildOptions;
  context: FileTable;
  contextBytes: number;
  dockerfileText: string;
  outcome: BuildOutcome;
  /** The build's own virtual time (the world's clock moves there at the end). */
  t: number;
  stages: Map<number, StageState>;
  stageNames: Map<string, number>;
  /** Merged files of a stage's current layers, by stage index (memoized per layer count). */
  files: Map<number, { count: number; table: FileTable }>;
  contextLoaded: boolean;
  usedArgs: Set<string>;
}

/** A vertex digest: the same step of the same build has the same digest. */
export function vertexDigest(...parts: string[]): string {
  return `sha256:${sha256Hex(parts.join('\n'))}`;
}

/** Adds a vertex that ran from `started` for `ms`; returns it. */
export function addStep(run: BuildRun, name: string, digest: string, ms: number, cached = false): BuildStepRecord {
  const step: BuildStepRecord = { digest, name, started: run.t, completed: run.t + ms, cached, logs: [], statuses: [] };
  run.outcome.steps.push(step);
  run.t += ms;
  return step;
}

/** The merged files of a stage as its layers stand now. */
export function stageFiles(run: BuildRun, index: number, stage: StageState): FileTable {
  const memo = run.files.get(index);
  if (memo && memo.count === stage.layers.length) return memo.table;
  const table: FileTable = {};
  for (const chainId of stage.layers) {
    const files = run.ctx.host.layers[chainId]?.files;
    if (files) applyLayer(table, files);
  }
  run.files.set(index, { count: stage.layers.length, table });
  return table;
}
