/** Builds through the Engine API (`POST /build` with a context tar) and reads what the stream said. */

import { packTar, type TarEntry } from '../../../src/model/kernel/ustar';
import type { Daemon, Answer } from '../engine-harness';

/** A context: file name → text (the Dockerfile among them). */
export type Context = Record<string, string>;

/** What one build answered, as readable projections of its stream. */
export interface Built {
  answer: Answer;
  /** Vertex names in the order they completed, `CACHED ` in front of cache hits. */
  steps: string[];
  /** The image ID (`moby.image.id`), if it built. */
  id?: string;
  /** The error message that ended the stream. */
  error?: string;
  /** The whole error message (with its source, for parse errors). */
  errorJson?: { errorDetail: { message: string }; error: string; source?: { ranges: unknown[] } };
  /** Lines the steps' processes wrote. */
  logs: string[];
}

/** Packs a context into the tar `docker build` sends. */
export function contextTar(files: Context): string {
  const entries: TarEntry[] = Object.entries(files).map(([name, content]) => ({ name, type: 'file', content }));
  return packTar(entries);
}

/** `docker build` with BuildKit (version=2), or the classic builder with `version: '1'`. */
export function build(d: Daemon, files: Context, query: Record<string, string | string[]> = {}): Built {
  const params = new URLSearchParams();
  params.set('version', '2');
  for (const [k, v] of Object.entries(query)) {
    if (Array.isArray(v)) {
      params.delete(k);
      for (const x of v) params.append(k, x);
    } else params.set(k, v);
  }
  const answer = d.call('POST', `/build?${params}`, contextTar(files));
  const built: Built = { answer, steps: [], logs: [] };
  for (const frame of answer.frames ?? []) {
    const msg = (frame as { json: Record<string, any> }).json;
    if (msg.id === 'moby.buildkit.trace') {
      for (const v of msg.aux.vertexes ?? [])
        if (v.completed !== undefined) built.steps.push(`${v.cached ? 'CACHED ' : ''}${v.name}`);
      for (const l of msg.aux.logs ?? []) built.logs.push(l.data);
    } else if (msg.id === 'moby.image.id') built.id = msg.aux.ID;
    else if (msg.error) {
      built.error = msg.error;
      built.errorJson = msg as Built['errorJson'];
    }
  }
  return built;
}

/** The classic builder's stream as its lines (`Step 1/2 : FROM alpine`, ` ---> Using cache`). */
export function classicLines(answer: Answer): string[] {
  const out: string[] = [];
  for (const frame of answer.frames ?? []) {
    const msg = (frame as { json: Record<string, any> }).json;
    if (typeof msg.stream === 'string') out.push(...msg.stream.replace(/\n$/, '').split('\n'));
    else if (msg.aux) out.push(`aux ${msg.aux.ID}`);
    else if (msg.error) out.push(`error ${msg.error}`);
  }
  return out;
}

/** The JSON messages of a build stream. */
export function jsonMessages(answer: Answer): Array<Record<string, any>> {
  return (answer.frames ?? []).flatMap((f) => ('json' in f ? [f.json as Record<string, any>] : []));
}
