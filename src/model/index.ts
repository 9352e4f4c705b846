/**
 * The model's public face: what the page and the Node tools use of src/model. Everything here is
 * light enough for the page's first chunk (the world, its events, the daemon's records and the
 * lesson format). The large parts have their own faces, which the page loads only after it is
 * ready: the docker client, the Engine API and lesson replay (`./client`, `loadClient`), the VM
 * comparison (`./comparison`, `loadComparison`), scenario files as text (`./scenario-files`) and
 * the registry catalog (`loadRegistryCatalog`, whose registries feed `createWorldWith`).
 */

// The world: one seeded, serializable state with its virtual clock and its event stream.
export type { World, WorldSettings, WorldState } from './engine/world-state';
export {
  createWorldWith,
  defaultHost,
  deserializeWorld,
  serializeWorld,
  subscribe,
  DEFAULT_SETTINGS,
  WORLD_FORMAT_VERSION,
  type WorldOptions,
} from './world/world-base';
export type { DomainEvent, EventListener } from './kernel/events';
export { bytesSize, humanSize } from './kernel/go-units';
export type { Registries } from './registry/registry-state';
export { familiarName, familiarString, parseNormalizedNamed } from './registry/reference';

// The daemon's records and the facts the views draw from them.
export type { HostState, ImageRecord } from './engine/state';
export { setDaemonRunning } from './engine/daemon';
export { statusOf } from './engine/container-state';
export { containerMachine } from './engine/containers/lifecycle-machine';
export { familiarFromFull } from './engine/images/familiar';
// SHA-256 and its HMAC, for the classroom's signed completion codes (issue 14).
export { hmacSha256, sameBytes, sha256Bytes } from './kernel/digest';

// What a terminal shows of a byte stream, and the lesson format.
export { createScreen, feed, screenLines, type Screen } from './cli/format/screen';
export type { Locale } from './cli/shell/messages';
export {
  SCENARIO_SCHEMA,
  scenarioKind,
  type ScenarioKind,
  type Goal,
  type HostGoal,
  type Localized,
  type Scenario,
  type ScenarioError,
  type Step,
  type StepAction,
  type ViewName,
} from './lesson/scenario';
export type { Quiz, QuizAnswer, QuizOption, QuizQuestion, QuestionType } from './lesson/scenario-quiz';
export type { Challenge, ChallengeQuestion } from './lesson/scenario-challenge';

/** The registry catalog, loaded on demand: its `createRegistries(nowMs)` feeds `createWorldWith`. */
export async function loadRegistryCatalog(): Promise<typeof import('./registry/registries').createRegistries> {
  return (await import('./registry/registries')).createRegistries;
}

/**
 * The Engine API and the engine behind it, loaded on demand: the page evaluates them in a task of
 * their own before the client (./client imports them too), so no one task evaluates everything.
 */
export async function loadEngine(): Promise<void> {
  await import('./api/route');
}

/** Plugs `docker compose` (and its YAML parser) into the client, loaded on demand (see ./compose). */
export async function loadCompose(): Promise<void> {
  await import('./compose');
}

/** The docker client, the Engine API and lesson replay, loaded on demand (see ./client). */
export function loadClient(): Promise<typeof import('./client')> {
  return import('./client');
}

/** Challenges and quizzes checked and scored, loaded on demand (see ./exercises). */
export function loadExercises(): Promise<typeof import('./exercises')> {
  return import('./exercises');
}

/** The VM and container comparison, loaded on demand (see ./comparison). */
export function loadComparison(): Promise<typeof import('./comparison')> {
  return import('./comparison');
}

/** Scenario files read and written as YAML or JSON text, loaded on demand (see ./scenario-files). */
export function loadScenarioFiles(): Promise<typeof import('./scenario-files')> {
  return import('./scenario-files');
}
