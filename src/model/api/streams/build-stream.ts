/**
 * The body of `POST /build`: what the builder did, as the daemon streams it. With `version=2`
 * builder-next's messages (build-trace.ts: a SolveStatus per change, on the virtual clock, then the
 * image ID); with `version=1` the classic builder's lines (builder/dockerfile: `Step 1/3 : FROM alpine`,
 * ` ---> Running in …`, `Successfully built …`). Errors end the stream as jsonmessage errors.
 */

import type { StreamFrame } from '../types';
import type { BuildErrorMessage, BuildTraceMessage, BuildVertex, SolveStatus } from '../build-trace';
import type { BuildOutcome, BuildStepRecord } from '../../engine/builder/build-types';
import { sha256Hex } from '../../kernel/digest';

const trace = (at: number, aux: SolveStatus): StreamFrame => ({
  at,
  json: { id: 'moby.buildkit.trace', aux } satisfies BuildTraceMessage,
});

function errorFrame(at: number, outcome: BuildOutcome, classic: boolean): StreamFrame {
  const failure = outcome.failure!;
  const message = classic ? (failure.classicMessage ?? failure.message) : failure.message;
  const json: BuildErrorMessage = { errorDetail: { message }, error: message };
  if (failure.source && !classic) {
    const { filename, data, startLine, endLine } = failure.source;
    json.source = { filename, data, ranges: [{ start: { line: startLine }, end: { line: endLine } }] };
  }
  return { at, json };
}

function stepFrames(step: BuildStepRecord): StreamFrame[] {
  const base: BuildVertex = { digest: step.digest, name: step.name, started: step.started };
  if (step.cached) return [trace(step.started, { vertexes: [{ ...base, completed: step.completed, cached: true }] })];
  const frames = [trace(step.started, { vertexes: [base] })];
  for (const s of step.statuses) {
    frames.push(
      trace(s.at, {
        statuses: [
          {
            id: s.id,
            vertex: step.digest,
            ...(s.total !== undefined ? { total: s.total } : {}),
            current: s.current ?? 0,
            timestamp: s.completed,
            started: s.at,
            completed: s.completed,
          },
        ],
      }),
    );
  }
  if (step.logs.length)
    for (const log of step.logs)
      frames.push(
        trace(log.at, { logs: [{ vertex: step.digest, stream: log.stream, data: log.text, timestamp: log.at }] }),
      );
  frames.push(
    trace(step.completed, {
      vertexes: [{ ...base, completed: step.completed, ...(step.error ? { error: step.error } : {}) }],
    }),
  );
  return frames;
}

/** The BuildKit (`version=2`) stream of a build; `quiet` sends only the image ID (or everything, then the error). */
export function buildKitFrames(outcome: BuildOutcome, quiet: boolean): StreamFrame[] {
  const frames = outcome.steps.flatMap(stepFrames);
  for (const w of outcome.warnings) {
    const range = [{ start: { line: w.startLine }, end: { line: w.endLine } }];
    frames.push(
      trace(w.at, { warnings: [{ vertex: w.vertex, level: 1, short: w.short, detail: w.detail, url: w.url, range }] }),
    );
  }
  // Stable: frames of one moment keep the order they were made in.
  frames.sort((a, b) => a.at - b.at);
  const end = outcome.endedAt;
  if (outcome.failure) return [...frames, errorFrame(end, outcome, false)];
  if (outcome.cancelled) return frames;
  const id = outcome.imageId!;
  const done: StreamFrame[] = [{ at: end, json: { id: 'moby.image.id', aux: { ID: id } } }];
  if (quiet) return [...done, { at: end, json: { stream: `${id}\n` } }];
  return [...frames, ...done];
}

const short = (id: string) => id.replace(/^sha256:/, '').slice(0, 12);

/**
 * The classic builder's (`version=1`) stream of a build; `remove` is `rm`/`forcerm` (moby takes an
 * absent `rm` as true): the step containers are removed, and each removal printed.
 */
export function classicFrames(outcome: BuildOutcome, quiet: boolean, remove = true): StreamFrame[] {
  const frames: StreamFrame[] = [];
  let at = outcome.startedAt;
  const say = (text: string) => frames.push({ at, json: { stream: text } });
  const steps = outcome.classicSteps;
  const lastDone = outcome.failure ? steps.length - 1 : steps.length;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i];
    say(`${step.text}\n`);
    for (const message of step.pull ?? []) frames.push({ at, json: message });
    const failed = outcome.failure && i === lastDone;
    if (step.kind === 'arg') continue;
    if (step.kind === 'from') {
      if (!failed) say(` ---> ${short(step.id)}\n`);
      continue;
    }
    const container = sha256Hex(`classic container ${step.text} ${step.id}`).slice(0, 12);
    if (step.cached && !failed) say(' ---> Using cache\n');
    else if (step.kind !== 'copy') say(` ---> Running in ${container}\n`);
    for (const log of step.logs) {
      at = Math.max(at, log.at);
      frames.push({ at, json: { stream: log.text } });
    }
    if (failed) break;
    if (remove && !step.cached && step.kind !== 'copy') say(` ---> Removed intermediate container ${container}\n`);
    const isLast = i === steps.length - 1;
    say(` ---> ${short(isLast && outcome.imageId ? outcome.imageId : step.id)}\n`);
    if (step.stageEnd)
      frames.push({ at, json: { aux: { ID: isLast && outcome.imageId ? outcome.imageId : step.id } } });
  }
  at = outcome.endedAt;
  // With `q` the daemon buffers the output and sends it only before an error.
  if (outcome.failure) return [...frames, errorFrame(at, outcome, true)];
  if (outcome.cancelled) return frames;
  if (outcome.unusedArgs.length)
    say(`[Warning] One or more build-args [${outcome.unusedArgs.join(' ')}] were not consumed\n`);
  const id = outcome.imageId!;
  say(`Successfully built ${short(id)}\n`);
  for (const tag of outcome.tagged) say(`Successfully tagged ${familiar(tag)}\n`);
  if (quiet) return [{ at, json: { stream: `${id}\n` } }];
  return frames;
}

/** `docker.io/library/x:latest` → `x:latest` (reference.FamiliarString). */
function familiar(full: string): string {
  return full.replace(/^docker\.io\/library\//, '').replace(/^docker\.io\//, '');
}
