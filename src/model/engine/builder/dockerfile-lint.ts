/**
 * The lint warnings BuildKit gives for a Dockerfile by default, in the order it gives them (moby/buildkit
 * v0.22.0 dockerfile2llb/convert.go): empty continuation lines; while reading the instructions
 * (MaintainerDeprecated, StageNameCasing, FromAsCasing); stage names; instruction casing; undeclared
 * ARGs in FROM; then, for each stage the target needs, as its instructions are dispatched
 * (LegacyKeyValueFormat, SecretsUsedInArgOrEnv, MultipleInstructionsDisallowed, JSONArgsRecommended,
 * WorkdirRelativePath). UndefinedVar needs the base image's env and comes from dockerfile-expand.ts.
 */

import type { Dockerfile, DockerfileInstruction, DockerfileStage } from './dockerfile';
import {
  LINT_MESSAGES as M,
  LINT_RULES as R,
  lintWarning,
  type DockerfileWarning,
  type LintRule,
} from './dockerfile-rules';
import { processShellWord, shellEnv } from './shell-words';
import { suggestMatch } from './suggest';

/** The ARGs every FROM may use without declaring them (dockerfile2llb/platform.go defaultArgs). */
export const PREDEFINED_FROM_ARGS = [
  'BUILDPLATFORM',
  'BUILDOS',
  'BUILDOSVERSION',
  'BUILDARCH',
  'BUILDVARIANT',
  'TARGETPLATFORM',
  'TARGETOS',
  'TARGETOSVERSION',
  'TARGETARCH',
  'TARGETVARIANT',
  'TARGETSTAGE',
];

const SECRET = /(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)/i;
const SECRET_ALLOWED = /(?:_|^)(?:public)(?:_|$)/i;
const RESERVED_STAGE_NAMES = new Set(['context', 'scratch']);

/** What to lint for: the target stage (default the last) and the `# check=skip=…` rules. */
export interface LintOptions {
  target?: string;
  /** Whether the base image of a stage sets a SHELL (then shell-form CMD is not flagged); by stage index. */
  baseShell?: (stageIndex: number) => boolean;
}

function skipped(df: Dockerfile): (rule: string) => boolean {
  const check = df.directives.check?.trim() ?? '';
  let skip: string[] = [];
  for (const part of check ? check.split(';') : []) {
    const at = part.indexOf('=');
    if (at < 0 || part.slice(0, at).trim() !== 'skip') continue;
    skip = part
      .slice(at + 1)
      .split(',')
      .map((r) => r.trim());
  }
  return (rule) => skip.includes('all') || skip.includes(rule);
}

const selfConsistent = (s: string) => s === s.toLowerCase() || s === s.toUpperCase();
const written = (ins: DockerfileInstruction) => ins.written ?? ins.keyword;

function fromAsMatches(ins: DockerfileInstruction): boolean {
  if (ins.args.length < 3) return true;
  const cmd = written(ins);
  if (!selfConsistent(cmd)) return true;
  const as = ins.args[1];
  return cmd === cmd.toLowerCase() ? as === as.toLowerCase() : as === as.toUpperCase();
}

/** Which stages the target needs: itself, the stages it is FROM, and those it copies from. */
function reachableStages(stages: DockerfileStage[], target: number): Set<number> {
  const byName = new Map<string, number>();
  stages.forEach((s, i) => {
    if (s.name && !byName.has(s.name)) byName.set(s.name, i);
  });
  const seen = new Set<number>();
  const visit = (i: number) => {
    if (seen.has(i)) return;
    seen.add(i);
    const dep = (ref: string | undefined) => {
      if (ref === undefined) return;
      const j = byName.get(ref.toLowerCase()) ?? (/^\d+$/.test(ref) ? Number(ref) : -1);
      if (j >= 0 && j < i) visit(j);
    };
    dep(stages[i].baseName);
    for (const c of stages[i].commands) if (c.keyword === 'COPY') dep(c.flags.from);
  };
  visit(target);
  return seen;
}

function dispatchWarnings(stage: DockerfileStage, baseShell: boolean, out: DockerfileWarning[]): void {
  const at = (r: LintRule, message: string, ins: DockerfileInstruction) =>
    out.push(lintWarning(r, message, ins.startLine, ins.endLine));
  const used: Record<string, DockerfileInstruction | undefined> = {};
  let shell = baseShell;
  let workdirSet = false;
  const secret = (instruction: string, key: string, ins: DockerfileInstruction) => {
    if (SECRET.test(key) && !SECRET_ALLOWED.test(key))
      at(R.SecretsUsedInArgOrEnv, M.SecretsUsedInArgOrEnv(instruction, key), ins);
  };
  for (const ins of stage.commands) {
    switch (ins.keyword) {
      case 'ENV':
        for (const p of ins.pairs ?? []) {
          if (p.noDelim) at(R.LegacyKeyValueFormat, M.LegacyKeyValueFormat(written(ins)), ins);
          secret('ENV', p.key, ins);
        }
        break;
      case 'LABEL':
        for (const p of ins.pairs ?? [])
          if (p.noDelim) at(R.LegacyKeyValueFormat, M.LegacyKeyValueFormat(written(ins)), ins);
        break;
      case 'ARG':
        for (const p of ins.pairs ?? []) secret('ARG', p.key, ins);
        break;
      case 'SHELL':
        shell = true;
        break;
      case 'WORKDIR':
        if (!workdirSet && !ins.args[0]?.startsWith('/'))
          at(R.WorkdirRelativePath, M.WorkdirRelativePath(ins.args[0] ?? ''), ins);
        workdirSet = true;
        break;
      case 'CMD':
      case 'ENTRYPOINT':
      case 'HEALTHCHECK': {
        const previous = used[ins.keyword];
        // BuildKit points at the earlier one: it is the one that will be ignored.
        if (previous) at(R.MultipleInstructionsDisallowed, M.MultipleInstructionsDisallowed(written(ins)), previous);
        used[ins.keyword] = ins;
        if (ins.keyword !== 'HEALTHCHECK' && !ins.json && !shell) {
          at(R.JSONArgsRecommended, M.JSONArgsRecommended(written(ins)), ins);
        }
        break;
      }
    }
  }
}

/** The default lint warnings for a parsed Dockerfile, in BuildKit's order (see the file comment). */
export function lintDockerfile(df: Dockerfile, options: LintOptions = {}): DockerfileWarning[] {
  const out: DockerfileWarning[] = [];
  const add = (r: LintRule, message: string, ins: DockerfileInstruction) =>
    out.push(lintWarning(r, message, ins.startLine, ins.endLine));
  for (const line of df.emptyContinuationLines ?? [])
    out.push(lintWarning(R.NoEmptyContinuation, M.NoEmptyContinuation(), line));
  for (const ins of df.instructions) {
    if (ins.keyword === 'MAINTAINER') add(R.MaintainerDeprecated, M.MaintainerDeprecated(), ins);
    if (ins.keyword === 'FROM') {
      if (ins.args.length === 3 && ins.args[2] !== ins.args[2].toLowerCase()) {
        add(R.StageNameCasing, M.StageNameCasing(ins.args[2]), ins);
      }
      if (!fromAsMatches(ins)) add(R.FromAsCasing, M.FromAsCasing(written(ins), ins.args[1]), ins);
    }
  }
  const names = new Set<string>();
  for (const s of df.stages) {
    if (!s.name) continue;
    if (RESERVED_STAGE_NAMES.has(s.name)) add(R.ReservedStageName, M.ReservedStageName(s.name), s.from);
    if (names.has(s.name)) add(R.DuplicateStageName, M.DuplicateStageName(s.name), s.from);
    names.add(s.name);
  }
  const all = df.stages.flatMap((s) => [s.from, ...s.commands]);
  const lower = all.filter((i) => selfConsistent(written(i)) && written(i) === written(i).toLowerCase()).length;
  const upper = all.filter((i) => selfConsistent(written(i)) && written(i) !== written(i).toLowerCase()).length;
  const majorityLower = lower > upper;
  for (const ins of all) {
    const w = written(ins);
    const casing =
      majorityLower && w.toLowerCase() !== w ? 'lowercase' : !majorityLower && w.toUpperCase() !== w ? 'uppercase' : '';
    if (casing) add(R.ConsistentInstructionCasing, M.ConsistentInstructionCasing(w, casing), ins);
  }
  const declared = [...PREDEFINED_FROM_ARGS, ...df.metaArgs.flatMap((a) => (a.pairs ?? []).map((p) => p.key))];
  const env = shellEnv(
    df.metaArgs.flatMap((a) => (a.pairs ?? []).filter((p) => p.value !== undefined).map((p) => `${p.key}=${p.value}`)),
  );
  for (const s of df.stages) {
    for (const word of [s.baseName, s.platform]) {
      if (word === undefined) continue;
      const r = processShellWord(word, env, { escapeToken: df.escapeToken });
      for (const name of r.ok ? r.unmatched : []) {
        if (!declared.includes(name))
          add(R.UndefinedArgInFrom, M.UndefinedArgInFrom(name, suggestMatch(name, declared, true)), s.from);
      }
    }
  }
  const target = options.target
    ? df.stages.findIndex((s) => s.name === options.target?.toLowerCase())
    : df.stages.length - 1;
  const reachable = reachableStages(df.stages, target < 0 ? df.stages.length - 1 : target);
  df.stages.forEach((s, i) => {
    if (reachable.has(i)) dispatchWarnings(s, options.baseShell?.(i) ?? false, out);
  });
  const skip = skipped(df);
  return out.filter((w) => !skip(w.rule));
}
