/**
 * Goals of the build-and-ship lessons: a tag a registry serves (a push reached it), a build of the
 * step with enough cache hits or executed steps, a file on the client's machine.
 */

import { defaultHost } from '../world/world-base';
import { familiarString, parseNormalizedNamed, withDefaultTag, fullString } from '../registry/reference';
import { findRegistry } from '../registry/registry-state';
import { CLIENT_HOME } from '../cli/client/local-files';
import type { LessonWorld } from './lesson-replay';

/** The outcome of one goal: met or not, and what was found. */
interface Outcome {
  met: boolean;
  detail: string;
}

const outcome = (met: boolean, detail: string): Outcome => ({ met, detail });

/** Whether the registry of `ref`'s domain serves its tag. */
export function checkPushed(lw: LessonWorld, ref: string): Outcome {
  const parsed = parseNormalizedNamed(ref);
  if (!parsed.ok) return outcome(false, `'${ref}' is not an image reference`);
  const named = withDefaultTag(parsed.ref);
  const registry = findRegistry(lw.world.state.registries, named.domain);
  const digest = registry?.repositories[named.path]?.tags[named.tag ?? 'latest'];
  const shown = familiarString(named);
  if (!registry) return outcome(false, `no registry answers for ${named.domain}`);
  return digest
    ? outcome(true, `${named.domain} serves ${shown} as ${digest}`)
    : outcome(false, `${named.domain} has no ${shown}`);
}

/** Whether a build in step `step` (any step when null) stored `image`, with the cache hits and runs asked for. */
export function checkBuilt(
  lw: LessonWorld,
  want: { image: string; cached?: number; ran?: number },
  step: number | null,
): Outcome {
  const parsed = parseNormalizedNamed(want.image);
  if (!parsed.ok) return outcome(false, `'${want.image}' is not an image reference`);
  const tag = fullString(withDefaultTag(parsed.ref));
  const shown = familiarString(withDefaultTag(parsed.ref));
  const host = defaultHost(lw.world).name;
  let best: Outcome | undefined;
  for (const record of lw.log) {
    if (record.action || (step !== null && record.step !== step)) continue;
    const built = record.events.find((e) => e.type === 'image.built' && e.host === host && e.tags.includes(tag));
    if (!built) continue;
    const steps = record.events.filter((e) => e.type === 'build.step' && e.host === host);
    const cached = steps.filter((e) => e.type === 'build.step' && e.cached).length;
    const ran = steps.length - cached;
    const met = cached >= (want.cached ?? 0) && ran >= (want.ran ?? 0);
    best = outcome(met, `'${record.line}' built ${shown}: ${cached} cached, ${ran} run`);
    if (met) return best;
  }
  return best ?? outcome(false, `no build of ${shown} ${step === null ? 'in this session' : `in step ${step + 1}`}`);
}

/** Whether the client's machine has the file (relative to the user's home), holding `contains` if given. */
export function checkFile(lw: LessonWorld, want: { path: string; contains?: string }): Outcome {
  const absolute = want.path.startsWith('/') ? want.path : `${CLIENT_HOME}/${want.path}`;
  const content = defaultHost(lw.world).hostFiles[absolute.replace(/^\/+/, '')];
  if (content === undefined) return outcome(false, `no file ${want.path}`);
  if (want.contains !== undefined && !content.includes(want.contains))
    return outcome(false, `file ${want.path} does not contain "${want.contains}"`);
  return outcome(true, want.contains === undefined ? `file ${want.path} exists` : `file ${want.path} contains it`);
}
