/**
 * A Dockerfile as BuildKit's frontend reads it (moby/buildkit v0.22.0 frontend/dockerfile/parser and
 * instructions): lines joined at the escape character, comments and parser directives dropped, each
 * instruction with its flags and arguments (exec form as a JSON array, shell form as one string),
 * then grouped into stages at each FROM. A Dockerfile that cannot be read gives one error with the
 * line it is on, worded as BuildKit words it. The pieces: dockerfile-lines.ts (lines, directives,
 * heredocs), dockerfile-line-parsers.ts (each instruction's argument shape), dockerfile-instructions.ts
 * (each instruction's checks), dockerfile-lint.ts (warnings), dockerfile-expand.ts (variables per
 * instruction), dockerfile-stages.ts (meta ARGs and each FROM's base), shell-words.ts (BuildKit's lexer);
 * dockerignore.ts applies `.dockerignore` to a context.
 */

import { instructionFromNode } from './dockerfile-instructions';
import { lintDockerfile } from './dockerfile-lint';
import { parseLines } from './dockerfile-lines';
import type { DockerfileWarning } from './dockerfile-rules';

export type { DockerfileWarning } from './dockerfile-rules';

/** One instruction as written: `COPY --from=build /app /app` on lines 7–8. */
export interface DockerfileInstruction {
  /** Upper case: `FROM`, `RUN`, `COPY`, … */
  keyword: string;
  /** 1-based lines the instruction spans (a continuation makes them differ). */
  startLine: number;
  endLine: number;
  /** The instruction as written, continuations joined: `RUN apk add curl`. */
  original: string;
  /** Flags before the arguments, by name without dashes: `--from=build` → `{ from: 'build' }`. */
  flags: Record<string, string>;
  /**
   * Arguments: the JSON array of the exec form; for the shell form of RUN, CMD, ENTRYPOINT and
   * HEALTHCHECK CMD one string; for the others the words (ENV/LABEL/ARG keep `k=v` words whole).
   */
  args: string[];
  /** The exec (JSON array) form. */
  json: boolean;
  /** Here-documents (`RUN <<EOF`), in order: name, body, whether `$VAR` in it expands (unquoted delimiter). */
  heredocs?: Array<{ name: string; content: string; expand: boolean; chomp?: boolean; fileDescriptor?: number }>;
  /** The keyword as written (`run`, `Run`): the casing lint reads it. */
  written?: string;
  /** Repeatable flags (`RUN --mount=… --mount=…`), every value in order. */
  flagLists?: Record<string, string[]>;
  /** ENV and LABEL pairs, ARG names with optional defaults; values as written (quotes kept until expanded). */
  pairs?: Array<{ key: string; value?: string; noDelim?: boolean }>;
  /** COPY/ADD: the source paths, the here-document sources and the destination. */
  sources?: string[];
  sourceContents?: Array<{ path: string; data: string; expand: boolean }>;
  dest?: string;
  /** HEALTHCHECK: the image config's Healthcheck (durations in nanoseconds, as Docker stores them). */
  healthcheck?: {
    test: string[];
    interval?: number;
    timeout?: number;
    startPeriod?: number;
    startInterval?: number;
    retries?: number;
  };
  /** ONBUILD: the trigger as stored in the image config (`RUN echo hi`). */
  trigger?: string;
  /** Comment lines right above it (BuildKit's PrevComment). */
  comments?: string[];
}

/** One stage: a FROM and the instructions up to the next FROM. */
export interface DockerfileStage {
  /** `FROM alpine:3.20 AS build`: `alpine:3.20` (before ARG expansion). */
  baseName: string;
  /** The `AS` name, lower-cased; absent when unnamed. */
  name?: string;
  platform?: string;
  from: DockerfileInstruction;
  commands: DockerfileInstruction[];
}

/** A parsed Dockerfile: the ARGs before the first FROM, the stages, the parser directives. */
export interface Dockerfile {
  metaArgs: DockerfileInstruction[];
  stages: DockerfileStage[];
  /** `# escape=`` ` (default `\`), `# syntax=…`, `# check=…`, as written. */
  directives: Record<string, string>;
  /** The escape character in force: `\\` or `` ` ``. */
  escapeToken?: string;
  /** Lines that ended an instruction with an empty continuation line in it (the NoEmptyContinuation rule). */
  emptyContinuationLines?: number[];
  /** Every instruction in file order (the editor and warnings read this). */
  instructions: DockerfileInstruction[];
  /**
   * The lint warnings BuildKit gives for it by default when the last stage is built, in BuildKit's
   * order, except UndefinedVar (it needs the base image's env: see dockerfile-expand.ts).
   */
  warnings?: DockerfileWarning[];
}

/** Why a Dockerfile could not be read: BuildKit's message and the 1-based lines it points at. */
export interface DockerfileError {
  /** `dockerfile parse error on line 3: unknown instruction: RUNN (did you mean RUN?)` */
  message: string;
  /** 0 when BuildKit gives the error no location (`dockerfile contains no stages to build`). */
  startLine: number;
  endLine: number;
  /** 1-based column where known. */
  column?: number;
}

/** The outcome of reading a Dockerfile. */
export type DockerfileParse = { ok: true; dockerfile: Dockerfile } | { ok: false; error: DockerfileError };

function failure(message: string, startLine: number, endLine: number): DockerfileParse {
  return { ok: false, error: { message, startLine, endLine } };
}

/**
 * Reads a Dockerfile as BuildKit's Dockerfile frontend does before it builds anything (parser.Parse,
 * instructions.Parse, the stage checks of dockerfile2llb), giving the first error BuildKit would.
 * It never throws.
 */
export function parseDockerfile(text: string): DockerfileParse {
  // dockerfile2llb's check comes before the parser's `file with no instructions`.
  if (text.length === 0) return failure('the Dockerfile cannot be empty', 0, 0);
  const read = parseLines(text);
  if (!read.ok) return { ok: false, error: read.error };
  const { nodes, directives, escapeToken, emptyContinuations } = read.lines;
  const instructions: DockerfileInstruction[] = [];
  const metaArgs: DockerfileInstruction[] = [];
  const stages: DockerfileStage[] = [];
  for (const node of nodes) {
    let ins: DockerfileInstruction;
    try {
      ins = instructionFromNode(node);
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      // instructions.parseError: the one place BuildKit puts the line in the message itself.
      return failure(`dockerfile parse error on line ${node.startLine}: ${message}`, node.startLine, node.endLine);
    }
    instructions.push(ins);
    if (ins.keyword === 'ARG' && stages.length === 0) metaArgs.push(ins);
    else if (ins.keyword === 'FROM') {
      const named = ins.args.length === 3;
      stages.push({
        baseName: ins.args[0],
        name: named ? ins.args[2].toLowerCase() : undefined,
        platform: ins.flags.platform || undefined,
        from: ins,
        commands: [],
      });
    } else if (stages.length === 0) return failure('no build stage in current context', node.startLine, node.endLine);
    else stages[stages.length - 1].commands.push(ins);
  }
  if (stages.length === 0) return failure('dockerfile contains no stages to build', 0, 0);
  const dockerfile: Dockerfile = {
    metaArgs,
    stages,
    directives,
    escapeToken,
    emptyContinuationLines: emptyContinuations.map((e) => e.line),
    instructions,
  };
  dockerfile.warnings = lintDockerfile(dockerfile);
  return { ok: true, dockerfile };
}
