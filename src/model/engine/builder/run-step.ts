/**
 * `RUN`: the step's command runs in a throwaway container over the stage's files, with the model's
 * shell and tools (the same ones `docker run` uses); what it changed becomes the step's layer.
 */

import type { FileTable } from '../state';
import type { ProcessContext } from '../processes/program';
import { resolveProgram } from '../processes/resolve-program';
import { diffFiles } from './layer-files';
import type { StageState, StepLog } from './build-types';

/** What a RUN did: its exit code (or why it could not start), its output, and its layer's files. */
export interface RunResult {
  exitCode: number;
  /** The executable was missing (the runtime's error) or the process would never exit. */
  startError?: string;
  logs: StepLog[];
  /** Virtual ms the process took. */
  tookMs: number;
  diff: FileTable;
}

// A step's process is not a server: one that keeps running would hold the build forever.
const NEVER_EXITS = 'the simulator stops a build step whose process keeps running (it would never finish)';

/** Runs `argv` as a build step's process over `files` (the stage's merged layers). */
export function runStep(
  stage: StageState,
  argv: string[],
  env: string[],
  files: FileTable,
  at: number,
  hostname: string,
): RunResult {
  const ctx: ProcessContext = {
    argv,
    env,
    tty: false,
    openStdin: false,
    hostname,
    workingDir: stage.config.WorkingDir || '/',
    nowMs: at,
    kernelVersion: '',
    family: stage.family,
    ipAddress: '',
    imagePrograms: stage.basePrograms,
    files: { mounts: [], stores: { layer: files, memory: {} } },
  };
  const program = resolveProgram(ctx);
  if (program.kind === 'missing') return { exitCode: 127, startError: program.message, logs: [], tookMs: 0, diff: {} };
  const logs: StepLog[] = [];
  let text = '';
  for (const line of program.output) {
    text += line.text + (line.partial ? '' : '\n');
    if (!line.partial) {
      logs.push({ at: at + (line.afterMs ?? 0), stream: line.stream === 'stderr' ? 2 : 1, text });
      text = '';
    }
  }
  if (text) logs.push({ at, stream: 1, text });
  const after = program.files?.layer;
  const diff = after ? diffFiles(files, after) : {};
  if (program.kind === 'serves') return { exitCode: -1, startError: NEVER_EXITS, logs, tookMs: 0, diff: {} };
  return { exitCode: program.exitCode, logs, tookMs: Math.min(program.afterMs, 60_000), diff };
}
