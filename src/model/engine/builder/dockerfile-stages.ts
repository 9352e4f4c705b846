/**
 * What each stage is built on, as BuildKit works it out before the first step (moby/buildkit v0.22.0
 * dockerfile2llb/convert.go toDispatchState, buildMetaArgs, platform.go defaultArgs): the meta ARGs
 * (defaults expanded in order, `--build-arg` values winning), each FROM's image expanded with them,
 * an earlier stage's name or `scratch` or an image reference, with BuildKit's errors.
 */

import { parseNormalizedNamed } from '../../registry/reference';
import type { Dockerfile, DockerfileError } from './dockerfile';
import { goQuote, processShellWord, shellEnv, type ShellEnv } from './shell-words';

/** Where a stage starts: an earlier stage (its index), nothing (`scratch`), or an image reference. */
export type StageBase = { kind: 'stage'; index: number } | { kind: 'scratch' } | { kind: 'image'; reference: string };

/** A stage's resolved FROM. */
export interface ResolvedStage {
  /** `build`, or `stage-1` for an unnamed one (BuildKit's dispatch state name). */
  name: string;
  baseName: string;
  platform?: string;
  base: StageBase;
}

/** The build's platform and target (for the predefined ARGs). */
export interface StageOptions {
  buildArgs?: Record<string, string>;
  target?: string;
  os?: string;
  architecture?: string;
  variant?: string;
}

/** The ARGs BuildKit predefines for FROM (defaultArgs), then the meta ARGs (buildMetaArgs). */
export function metaArgEnv(
  df: Dockerfile,
  options: StageOptions = {},
): { ok: true; env: ShellEnv } | { ok: false; error: DockerfileError } {
  const os = options.os ?? 'linux';
  const arch = options.architecture ?? 'amd64';
  const variant = options.variant ?? '';
  const platform = [os, arch, variant].filter(Boolean).join('/');
  const buildArgs = options.buildArgs ?? {};
  const env = new Map<string, string>([
    ['BUILDPLATFORM', platform],
    ['BUILDOS', os],
    ['BUILDOSVERSION', ''],
    ['BUILDARCH', arch],
    ['BUILDVARIANT', variant],
    ['TARGETPLATFORM', platform],
    ['TARGETOS', os],
    ['TARGETOSVERSION', ''],
    ['TARGETARCH', arch],
    ['TARGETVARIANT', variant],
    ['TARGETSTAGE', options.target || df.stages[df.stages.length - 1]?.name || 'default'],
  ]);
  for (const k of env.keys()) if (Object.hasOwn(buildArgs, k)) env.set(k, buildArgs[k]);
  for (const arg of df.metaArgs) {
    for (const p of arg.pairs ?? []) {
      let value = Object.hasOwn(buildArgs, p.key) ? buildArgs[p.key] : p.value;
      if (!Object.hasOwn(buildArgs, p.key) && p.value !== undefined) {
        const r = processShellWord(p.value, shellEnv(env), { escapeToken: df.escapeToken });
        if (!r.ok) return { ok: false, error: { message: r.error, startLine: arg.startLine, endLine: arg.endLine } };
        value = r.result;
      }
      if (value !== undefined) {
        env.delete(p.key);
        env.set(p.key, value);
      }
    }
  }
  return { ok: true, env: shellEnv(env) };
}

/**
 * Each stage's FROM resolved, or the first error BuildKit gives: the expansion's, `base name (…) should
 * not be blank`, `failed to parse stage name "…": invalid reference format…`.
 */
export function resolveStages(
  df: Dockerfile,
  options: StageOptions = {},
): { ok: true; stages: ResolvedStage[] } | { ok: false; error: DockerfileError } {
  const meta = metaArgEnv(df, options);
  if (!meta.ok) return meta;
  const out: ResolvedStage[] = [];
  const byName = new Map<string, number>();
  for (const [i, st] of df.stages.entries()) {
    const at = { startLine: st.from.startLine, endLine: st.from.endLine };
    const name = processShellWord(st.baseName, meta.env, { escapeToken: df.escapeToken });
    if (!name.ok) return { ok: false, error: { message: name.error, ...at } };
    if (name.result === '') {
      return { ok: false, error: { message: `base name (${st.baseName}) should not be blank`, ...at } };
    }
    let platform: string | undefined;
    if (st.platform !== undefined) {
      const p = processShellWord(st.platform, meta.env, { escapeToken: df.escapeToken });
      if (!p.ok) {
        return { ok: false, error: { message: `failed to process arguments for platform : ${p.error}`, ...at } };
      }
      if (p.result === '') {
        return { ok: false, error: { message: `empty platform value from expression ${st.platform}`, ...at } };
      }
      platform = p.result;
    }
    const earlier = byName.get(name.result);
    let base: StageBase;
    if (earlier !== undefined) base = { kind: 'stage', index: earlier };
    else if (name.result === 'scratch') base = { kind: 'scratch' };
    else {
      const ref = parseNormalizedNamed(name.result);
      if (!ref.ok) {
        return {
          ok: false,
          error: { message: `failed to parse stage name ${goQuote(name.result)}: ${ref.error}`, ...at },
        };
      }
      base = { kind: 'image', reference: name.result };
    }
    out.push({ name: st.name ?? `stage-${i}`, baseName: name.result, platform, base });
    if (st.name) byName.set(st.name, i);
  }
  return { ok: true, stages: out };
}
