/**
 * Variable expansion in an instruction as BuildKit's dispatcher does it before running it (moby/buildkit
 * v0.22.0 instructions/commands.go Expand/ExpandRaw and dockerfile2llb/convert.go dispatch): each
 * instruction that expands, the words it expands, against the stage's env (base image env, ENV, ARG so
 * far), and the UndefinedVar warnings for names that were not set.
 */

import type { DockerfileInstruction } from './dockerfile';
import { parseHeredoc } from './dockerfile-lines';
import { LINT_MESSAGES, LINT_RULES, lintWarning, type DockerfileWarning } from './dockerfile-rules';
import { processShellWord, shellEnv, type ShellEnv } from './shell-words';
import { suggestMatch } from './suggest';

/** The expanded instruction and the names it used that were not set, or the expansion's error. */
export type ExpandResult =
  | { ok: true; instruction: DockerfileInstruction; unmatched: string[] }
  | { ok: false; error: string; unmatched: string[] };

class ExpandError extends Error {}

type EnvInput = ShellEnv | Record<string, string> | Map<string, string> | string[];

function toEnv(env: EnvInput): ShellEnv {
  if (Array.isArray(env) || env instanceof Map) return shellEnv(env);
  const e = env as Partial<ShellEnv>;
  return typeof e.get === 'function' && typeof e.keys === 'function'
    ? (env as ShellEnv)
    : shellEnv(env as Record<string, string>);
}

/** Expands one word as BuildKit's ProcessWord (quotes removed, variables replaced). */
export function expandWord(
  word: string,
  env: EnvInput,
  escapeToken = '\\',
): { ok: true; value: string; unmatched: string[] } | { ok: false; error: string } {
  const r = processShellWord(word, toEnv(env), { escapeToken });
  return r.ok ? { ok: true, value: r.result, unmatched: [...r.unmatched] } : { ok: false, error: r.error };
}

/**
 * Expands the words of one instruction that BuildKit expands: ENV and LABEL keys and values; ADD/COPY
 * sources, destination, `--chown`, `--chmod` (and ADD's `--checksum`) and here-documents with an
 * unquoted delimiter; WORKDIR, USER, STOPSIGNAL, each VOLUME; EXPOSE (split into words); an ARG's
 * default; FROM's image and `--platform` (call it with the meta ARGs). RUN, CMD, ENTRYPOINT,
 * HEALTHCHECK, SHELL and ONBUILD are left as written: the shell expands those when it runs.
 */
export function expandInstruction(ins: DockerfileInstruction, envInput: EnvInput, escapeToken = '\\'): ExpandResult {
  const env = toEnv(envInput);
  const unmatched = new Set<string>();
  const word = (w: string, opts: { raw?: boolean } = {}): string => {
    const r = processShellWord(w, env, opts.raw ? { skipProcessQuotes: true } : { escapeToken });
    if (!r.ok) throw new ExpandError(r.error);
    for (const n of r.unmatched) unmatched.add(n);
    return r.result;
  };
  const out: DockerfileInstruction = { ...ins, flags: { ...ins.flags } };
  try {
    switch (ins.keyword) {
      case 'ENV':
      case 'LABEL':
        out.pairs = (ins.pairs ?? []).map((p) => ({ ...p, key: word(p.key), value: word(p.value ?? '') }));
        out.args = out.pairs.map((p) => `${p.key}=${p.value}`);
        break;
      case 'ARG':
        out.pairs = (ins.pairs ?? []).map((p) => (p.value === undefined ? p : { ...p, value: word(p.value) }));
        break;
      case 'ADD':
      case 'COPY': {
        for (const f of ins.keyword === 'ADD' ? ['chown', 'chmod', 'checksum'] : ['chown', 'chmod']) {
          if (ins.flags[f] !== undefined) out.flags[f] = word(ins.flags[f]);
        }
        out.sources = (ins.sources ?? []).map((s) => word(s));
        out.dest = word(ins.dest ?? '');
        out.args = ins.args.map((a, i) => (i < ins.args.length - 1 && parseHeredoc(a) ? a : word(a)));
        // Here-document bodies expand without quote removal (ExpandRaw with SkipProcessQuotes).
        out.sourceContents = (ins.sourceContents ?? []).map((c) =>
          c.expand ? { ...c, data: word(c.data, { raw: true }) } : c,
        );
        break;
      }
      case 'WORKDIR':
      case 'USER':
      case 'STOPSIGNAL':
      case 'VOLUME':
        out.args = ins.args.map((a) => word(a));
        break;
      case 'EXPOSE':
        out.args = ins.args.flatMap((a) => {
          const r = processShellWord(a, env, { escapeToken });
          if (!r.ok) throw new ExpandError(r.error);
          return r.words;
        });
        break;
      case 'FROM':
        out.args = [word(ins.args[0] ?? ''), ...ins.args.slice(1)];
        if (ins.flags.platform !== undefined) out.flags.platform = word(ins.flags.platform);
        break;
    }
  } catch (e) {
    if (e instanceof ExpandError) return { ok: false, error: e.message, unmatched: [...unmatched] };
    throw e;
  }
  return { ok: true, instruction: out, unmatched: [...unmatched] };
}

/**
 * The UndefinedVar warnings for the names an expansion did not find, as BuildKit reports them
 * (reportUnmatchedVariables): names declared by an ARG of the stage are not reported even without a
 * value; the suggestion comes from the env's keys.
 */
export function undefinedVarWarnings(
  ins: DockerfileInstruction,
  unmatched: string[],
  envKeys: string[],
  stageArgKeys: string[] = [],
): DockerfileWarning[] {
  return unmatched
    .filter((name) => !stageArgKeys.includes(name))
    .map((name) =>
      lintWarning(
        LINT_RULES.UndefinedVar,
        LINT_MESSAGES.UndefinedVar(name, suggestMatch(name, envKeys, true)),
        ins.startLine,
        ins.endLine,
      ),
    );
}
