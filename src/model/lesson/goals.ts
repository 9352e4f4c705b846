/**
 * Goals are predicates over the world's state and the session's log, never over typed text (as
 * learnGitBranching compares trees): any command line that reaches the same world meets the goal.
 * Each check returns an English `detail` of what was found, for tests and authors.
 */

import { defaultHost } from '../world/world-base';
import type { ContainerRecord, HostState, ImageRecord } from '../engine/state';
import { statusOf } from '../engine/container-state';
import { imageByReference } from '../engine/images/lookup';
import { familiarString, parseNormalizedNamed, withDefaultTag } from '../registry/reference';
import { findNetwork } from '../engine/networks/endpoints';
import type { GoalState, HostGoal, Step } from './scenario';
import type { LessonWorld } from './lesson-replay';
import { recordText } from '../cli/shell/command-record';
import { isRefusal, refusableCommand, sameImage } from './goal-refused';
import { checkBuilt, checkFile, checkPushed } from './goal-build';

/** The outcome of one goal: met or not, and what was found. */
export interface GoalResult {
  met: boolean;
  detail: string;
}

const result = (met: boolean, detail: string): GoalResult => ({ met, detail });

/** The image a reference names (a tag or digest; not an ID prefix), if it is present. */
export function imageNamed(host: HostState, ref: string): ImageRecord | undefined {
  const parsed = parseNormalizedNamed(ref);
  return parsed.ok ? imageByReference(host, parsed.ref) : undefined;
}

/** How a reference is shown in details: `nginx:latest`. */
function shown(ref: string): string {
  const parsed = parseNormalizedNamed(ref);
  return parsed.ok ? familiarString(withDefaultTag(parsed.ref)) : ref;
}

/** Whether a container was made from the image `ref` names (same image ID, or the same reference typed). */
function fromImage(host: HostState, c: ContainerRecord, ref: string): boolean {
  const image = imageNamed(host, ref);
  if (image && c.imageId === image.id) return true;
  return sameImage(host, c.imageRef, ref);
}

function containerNamed(host: HostState, name: string): ContainerRecord | undefined {
  const id = host.names[name.startsWith('/') ? name : `/${name}`];
  return id === undefined ? undefined : host.containers[id];
}

const stateOf = (c: ContainerRecord): string => statusOf(c.state.lifecycle);

/** Bytes of a size as `--memory` takes it (`64m`: binary units). */
export function memoryBytes(size: string): number {
  const m = /^(\d+)([bkmg]?)$/i.exec(size);
  if (!m) return NaN;
  return Number(m[1]) * ({ '': 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2].toLowerCase()] ?? 1);
}

/** What of a container goal's ports and memory the container lacks ('' when it has them all). */
function containerSettings(c: ContainerRecord, want: { ports?: string[]; memory?: string }): string {
  for (const pair of want.ports ?? []) {
    const [hostPort, rest] = pair.split(':');
    const [port, proto = 'tcp'] = rest.split('/');
    const bound = c.publishedPorts.some((p) => p.hostPort === hostPort && p.port === port && p.proto === proto);
    if (!bound) return `does not publish ${pair}`;
  }
  if (want.memory !== undefined && (c.hostConfig.Memory ?? 0) !== memoryBytes(want.memory))
    return `has memory limit ${c.hostConfig.Memory ?? 0} bytes, want ${want.memory}`;
  return '';
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Checks one goal after step `step` (null: the whole session, as in the sandbox). */
export function checkGoal(goal: HostGoal, lw: LessonWorld, step: number | null): GoalResult {
  const named = goal.host === undefined ? undefined : lw.world.state.hosts[goal.host];
  if (goal.host !== undefined && !named) return result(false, `the world has no host ${goal.host}`);
  const host = named ?? defaultHost(lw.world);
  if ('image' in goal) {
    const image = imageNamed(host, goal.image);
    return result(image !== undefined, image ? `image ${shown(goal.image)} exists` : `no image ${shown(goal.image)}`);
  }
  if ('noImage' in goal) {
    const image = imageNamed(host, goal.noImage);
    return result(
      image === undefined,
      image ? `image ${shown(goal.noImage)} still exists` : `no image ${shown(goal.noImage)}`,
    );
  }
  if ('containers' in goal) return checkContainers(host, goal.containers);
  if ('container' in goal) {
    const c = containerNamed(host, goal.container.name);
    if (!c) return result(false, `no container named ${goal.container.name}`);
    const state = stateOf(c);
    if (goal.container.state && state !== goal.container.state)
      return result(false, `container ${goal.container.name} is ${state}, want ${goal.container.state}`);
    const unmet = containerSettings(c, goal.container);
    if (unmet) return result(false, `container ${goal.container.name} ${unmet}`);
    return result(true, `container ${goal.container.name} is ${state}`);
  }
  if ('noContainer' in goal) {
    const c = containerNamed(host, goal.noContainer);
    return result(
      !c,
      c ? `container ${goal.noContainer} still exists (${stateOf(c)})` : `no container named ${goal.noContainer}`,
    );
  }
  if ('volume' in goal) return checkVolume(host, goal.volume);
  if ('network' in goal) return checkNetwork(host, goal.network);
  if ('daemon' in goal) {
    const status = host.daemon.status;
    return result(status === goal.daemon, `the daemon is ${status}, want ${goal.daemon}`);
  }
  if ('refused' in goal) return checkRefused(lw, goal.refused);
  if ('pushed' in goal) return checkPushed(lw, goal.pushed);
  if ('built' in goal) return checkBuilt(lw, goal.built, step);
  if ('file' in goal) return checkFile(lw, goal.file);
  return checkFailed(lw, goal.failed.message, step);
}

function checkContainers(
  host: HostState,
  want: { image: string; count?: number; min?: number; state?: GoalState },
): GoalResult {
  const found = Object.values(host.containers).filter(
    (c) => fromImage(host, c, want.image) && (!want.state || stateOf(c) === want.state),
  );
  const what = `${plural(found.length, want.state ? `${want.state} container` : 'container')} from ${want.image}`;
  if (want.count !== undefined) return result(found.length === want.count, `${what}, want ${want.count}`);
  const min = want.min ?? 1;
  return result(found.length >= min, `${what}, want at least ${min}`);
}

function checkVolume(
  host: HostState,
  want: { name: string; usedBy?: number; file?: string; contains?: string },
): GoalResult {
  const volume = host.volumes[want.name];
  if (!volume) return result(false, `no volume named ${want.name}`);
  if (want.file !== undefined) {
    const content = volume.files[want.file];
    if (content === undefined) return result(false, `volume ${want.name} has no file ${want.file}`);
    if (want.contains !== undefined && !content.includes(want.contains))
      return result(false, `file ${want.file} in volume ${want.name} does not contain "${want.contains}"`);
    if (want.usedBy === undefined)
      return result(
        true,
        want.contains === undefined
          ? `volume ${want.name} has file ${want.file}`
          : `file ${want.file} in volume ${want.name} contains "${want.contains}"`,
      );
  }
  const users = Object.values(host.containers).filter((c) =>
    c.mounts.some((m) => m.type === 'volume' && m.name === want.name),
  ).length;
  if (want.usedBy === undefined)
    return result(true, `volume ${want.name} exists, used by ${plural(users, 'container')}`);
  return result(
    users === want.usedBy,
    `volume ${want.name} is used by ${plural(users, 'container')}, want ${want.usedBy}`,
  );
}

function checkNetwork(host: HostState, want: { name: string; containers?: string[] }): GoalResult {
  let network;
  try {
    network = findNetwork(host, want.name);
  } catch {
    network = undefined;
  }
  if (!network || network.name !== want.name) return result(false, `no network named ${want.name}`);
  const missing = (want.containers ?? []).filter((name) => {
    const c = containerNamed(host, name);
    const endpoint = c?.networks[network.name];
    return !endpoint || (endpoint.networkId !== '' && endpoint.networkId !== network.id);
  });
  if (missing.length > 0) return result(false, `network ${want.name} exists; not attached: ${missing.join(', ')}`);
  const attached = want.containers?.length ? `; attached: ${want.containers.join(', ')}` : '';
  return result(true, `network ${want.name} exists${attached}`);
}

/** A line that ended with a non-zero status (one left attached to a server has not ended). */
const failed = (record: LessonWorld['log'][number]): boolean => record.exitCode !== undefined && record.exitCode !== 0;

function checkRefused(lw: LessonWorld, want: { command: string; image?: string }): GoalResult {
  const host = defaultHost(lw.world);
  const command = refusableCommand(want.command);
  if (!command) return result(false, `'${want.command}' is not a command a refused goal can name`);
  const about = want.image ? ` of ${want.image}` : '';
  for (const entry of lw.log) {
    if (entry.action || !failed(entry)) continue;
    const hit = entry.exchanges.find((x) => isRefusal(host, x, command, want.image));
    if (hit) return result(true, `'${entry.line}' was refused: ${hit.method} ${hit.path} answered ${hit.status}`);
  }
  return result(false, `no ${want.command}${about} was refused in this session`);
}

function checkFailed(lw: LessonWorld, message: string, step: number | null): GoalResult {
  const entries = lw.log.filter((e) => !e.action && (step === null || e.step === step));
  // Both streams: moby writes an exec's start error into the hijacked stream, which is stdout.
  const hit = entries.find((e) => failed(e) && recordText(e).includes(message));
  if (hit) return result(true, `'${hit.line}' failed (exit ${hit.exitCode}) with "${message}"`);
  const count = entries.filter(failed).length;
  return result(
    false,
    `no command ${step === null ? 'of the session' : `of step ${step + 1}`} failed with "${message}" (` +
      `${plural(count, 'failed command')})`,
  );
}

/** Every goal of a step, checked; `met` when all hold (a step without goals is met). */
export function checkStepGoals(
  step: Step,
  lw: LessonWorld,
  stepIndex: number | null,
): { met: boolean; results: GoalResult[] } {
  const results = (step.goals ?? []).map((goal) => checkGoal(goal, lw, stepIndex));
  return { met: results.every((r) => r.met), results };
}

/** Whether all of a step's goals hold (none: true; the player also waits for the commands to run). */
export function stepGoalsMet(step: Step, lw: LessonWorld, stepIndex: number | null): boolean {
  return checkStepGoals(step, lw, stepIndex).met;
}
