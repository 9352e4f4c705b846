/**
 * A Dockerfile as BuildKit's frontend reads it (moby/buildkit frontend/dockerfile/parser and
 * instructions): lines joined at the escape character, comments and parser directives dropped, each
 * instruction with its flags and arguments (exec form as a JSON array, shell form as one string),
 * then grouped into stages at each FROM. A Dockerfile that cannot be read gives one error with the
 * line it is on, worded as BuildKit words it.
 */

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
  heredocs?: Array<{ name: string; content: string; expand: boolean }>;
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
  /** Every instruction in file order (the editor and warnings read this). */
  instructions: DockerfileInstruction[];
}

/** Why a Dockerfile could not be read: BuildKit's message and the 1-based lines it points at. */
export interface DockerfileError {
  /** `dockerfile parse error on line 3: unknown instruction: RUNN (did you mean RUN?)` */
  message: string;
  startLine: number;
  endLine: number;
}

/** The outcome of reading a Dockerfile. */
export type DockerfileParse = { ok: true; dockerfile: Dockerfile } | { ok: false; error: DockerfileError };

const KEYWORDS = new Set([
  'ADD',
  'ARG',
  'CMD',
  'COPY',
  'ENTRYPOINT',
  'ENV',
  'EXPOSE',
  'FROM',
  'HEALTHCHECK',
  'LABEL',
  'MAINTAINER',
  'ONBUILD',
  'RUN',
  'SHELL',
  'STOPSIGNAL',
  'USER',
  'VOLUME',
  'WORKDIR',
]);
const SHELL_FORM_ONE_STRING = new Set(['RUN', 'CMD', 'ENTRYPOINT', 'SHELL']);

function splitFlags(rest: string): { flags: Record<string, string>; rest: string } {
  const flags: Record<string, string> = {};
  let text = rest;
  for (;;) {
    const m = /^--([A-Za-z][\w-]*)(?:=(\S*))?\s*/.exec(text);
    if (!m) return { flags, rest: text };
    flags[m[1]] = m[2] ?? '';
    text = text.slice(m[0].length);
  }
}

function parseArgs(keyword: string, rest: string): { args: string[]; json: boolean } {
  if (rest.startsWith('[')) {
    try {
      const value: unknown = JSON.parse(rest);
      if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return { args: value, json: true };
    } catch {
      // Not JSON: BuildKit reads it as the shell form.
    }
  }
  if (SHELL_FORM_ONE_STRING.has(keyword)) return { args: rest ? [rest] : [], json: false };
  return { args: rest.split(/\s+/).filter(Boolean), json: false };
}

/**
 * Reads a Dockerfile. (First version: lines, continuations, comments, flags and forms; the exact
 * BuildKit errors, heredocs and directives are refined in `dockerfile-parse*.ts`.)
 */
export function parseDockerfile(text: string): DockerfileParse {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const instructions: DockerfileInstruction[] = [];
  let i = 0;
  while (i < lines.length) {
    const first = lines[i];
    if (/^\s*(#.*)?$/.test(first)) {
      i++;
      continue;
    }
    const startLine = i + 1;
    let joined = first.trim();
    while (joined.endsWith('\\') && i + 1 < lines.length) {
      i++;
      joined = `${joined.slice(0, -1)}${/^\s*#/.test(lines[i]) ? '' : lines[i].trim()}`;
    }
    const endLine = i + 1;
    i++;
    const m = /^(\S+)\s*(.*)$/.exec(joined);
    if (!m) continue;
    const keyword = m[1].toUpperCase();
    if (!KEYWORDS.has(keyword)) {
      const error = `dockerfile parse error on line ${startLine}: unknown instruction: ${m[1]}`;
      return { ok: false, error: { message: error, startLine, endLine } };
    }
    const { flags, rest } = splitFlags(m[2].trim());
    instructions.push({ keyword, startLine, endLine, original: joined, flags, ...parseArgs(keyword, rest.trim()) });
  }
  const metaArgs: DockerfileInstruction[] = [];
  const stages: DockerfileStage[] = [];
  for (const ins of instructions) {
    if (ins.keyword === 'FROM') {
      const asAt = ins.args.findIndex((a) => a.toUpperCase() === 'AS');
      stages.push({
        baseName: ins.args[0] ?? '',
        name: asAt > 0 ? ins.args[asAt + 1]?.toLowerCase() : undefined,
        platform: ins.flags.platform,
        from: ins,
        commands: [],
      });
    } else if (stages.length) stages[stages.length - 1].commands.push(ins);
    else if (ins.keyword === 'ARG') metaArgs.push(ins);
  }
  if (!stages.length) {
    const line = instructions[0]?.startLine ?? 1;
    return { ok: false, error: { message: 'no build stage in current context', startLine: line, endLine: line } };
  }
  return { ok: true, dockerfile: { metaArgs, stages, directives: {}, instructions } };
}
