/**
 * The scenario format `pelabuhan-scenario/1`: a lesson as data (see CONTEXT.md).
 * These types are the contract between the parser, the replay, the goal checker and the page.
 */

import type { Challenge } from './scenario-challenge';
import type { Quiz } from './scenario-quiz';

/** The schema tag every scenario file carries. */
export const SCENARIO_SCHEMA = 'pelabuhan-scenario/1';

/** A text in both page languages; both are required and non-empty. */
export interface Localized {
  en: string;
  id: string;
}

/** The diagram views a scenario or a highlight may name. */
export const VIEWS = ['architecture', 'api', 'layers', 'lifecycle', 'resources', 'compare', 'files', 'build'] as const;

/** One of the diagram views. */
export type ViewName = (typeof VIEWS)[number];

/** Container states a goal may ask for (the engine's State.Status words). */
export const GOAL_STATES = ['running', 'exited', 'created', 'paused'] as const;

/** One of the container states a goal may ask for. */
export type GoalState = (typeof GOAL_STATES)[number];

/** A non-shell action run before a step's commands. `view`/`compare` are for the page only. */
export type StepAction =
  | { daemon: 'stop' | 'start' }
  | { sleep: number }
  | { view: ViewName }
  | { compare: { n: number; profile: string; image: string } }
  /** Writes a file on the client's machine (relative to /home/user), as the page's editor saves one. */
  | { file: { path: string; content: string } };

/**
 * A diagram element to highlight. `target` is one of: `image:<ref>`, `layer:shared`,
 * `container:<name>`, `volume:<name>`, `network:<name>`, `daemon`, `client`, `api`,
 * `registry:<host>`, `vm`, `compare:<part>`.
 */
export interface Highlight {
  view: ViewName;
  target: string;
}

/** A predicate over the world (and the session's command log), never over typed text. */
export type Goal =
  | { image: string }
  | { noImage: string }
  | { containers: { image: string; count?: number; min?: number; state?: GoalState } }
  /** `ports` as `-p` writes them (`8080:80`, `8080:80/udp`): published now; `memory` as `--memory` (`64m`). */
  | { container: { name: string; state?: GoalState; ports?: string[]; memory?: string } }
  | { noContainer: string }
  /** `file` is a path inside the volume (`greeting`, `logs/today`); `contains` needs `file`. */
  | { volume: { name: string; usedBy?: number; file?: string; contains?: string } }
  | { network: { name: string; containers?: string[] } }
  | { daemon: 'running' | 'stopped' }
  | { refused: { command: string; image?: string } }
  | { failed: { message: string } }
  /** The registry of the reference's domain serves this tag (a push reached it). */
  | { pushed: string }
  /**
   * A `docker build` of this step stored an image with this tag, with at least `cached` steps from the
   * build cache and at least `ran` steps executed.
   */
  | { built: { image: string; cached?: number; ran?: number } }
  /** The client's machine has this file (relative to /home/user, or absolute), holding `contains`. */
  | { file: { path: string; contains?: string } };

/**
 * A goal with the host it looks at: `host: server-2` beside an image or container goal; the first
 * host (where the terminal runs) when absent.
 */
export type HostGoal = Goal & { host?: string };

/** Goal kinds that may name a `host`. */
export const HOST_GOAL_KINDS = ['image', 'noImage', 'containers', 'container', 'noContainer', 'volume', 'network'];

/** The goal kinds, in the order the format lists them. */
export const GOAL_KINDS = [
  'image',
  'noImage',
  'containers',
  'container',
  'noContainer',
  'volume',
  'network',
  'daemon',
  'refused',
  'failed',
  'pushed',
  'built',
  'file',
] as const;

/** The name of a goal kind (the single key of a goal object). */
export type GoalKind = (typeof GOAL_KINDS)[number];

/** One step of a lesson: narration, the lines to type, goals, hints. */
export interface Step {
  /** `[a-z0-9-]+`, unique in the scenario. */
  id: string;
  title: Localized;
  before: Localized;
  /** Shell lines, as typed; may be empty (a reading step). */
  commands: string[];
  actions?: StepAction[];
  after: Localized;
  /** The question for "predict, then reveal". */
  predict?: Localized;
  highlight?: Highlight[];
  /** All must hold after the step; none = met once the commands ran. */
  goals?: HostGoal[];
  hints?: Localized[];
  /** Shown only on request; when absent, `commands` is the solution. */
  solution?: string[];
}

/** How the world looks before step 1: a seed plus silent commands, or a saved world. */
export interface ScenarioStart {
  /** World seed (default 1). */
  seed?: number;
  /**
   * Files written on the client's machine before the commands: path (relative to /home/user) to
   * text. Exclusive with `world`.
   */
  files?: Record<string, string>;
  /** Replayed silently before step 1. Exclusive with `world`. */
  commands?: string[];
  /** A saved world: the parsed JSON object of serializeWorld. Exclusive with `commands`. */
  world?: unknown;
}

/**
 * What a scenario file is: a step-through `lesson` (the default when absent), a `challenge` (a goal
 * over the world with no step-by-step guidance, issue 14) or a `quiz` (questions, issue 14).
 */
export const SCENARIO_KINDS = ['lesson', 'challenge', 'quiz'] as const;

/** One of the scenario kinds. */
export type ScenarioKind = (typeof SCENARIO_KINDS)[number];

/** A whole lesson. */
export interface Scenario {
  schema: typeof SCENARIO_SCHEMA;
  /** `lesson` when absent. Challenge and quiz files carry their own block (scenario-challenge.ts, scenario-quiz.ts). */
  kind?: ScenarioKind;
  /** `[a-z0-9-]+`, the URL's `?lesson=`. */
  id: string;
  /** Position in the lesson list (the sandbox is 99). */
  order: number;
  title: Localized;
  summary: Localized;
  view: ViewName;
  start?: ScenarioStart;
  /** A challenge or quiz file may leave `steps` out: it is then `[]` (neither has step-by-step guidance). */
  steps: Step[];
  /** The challenge of a `kind: challenge` file (scenario-challenge.ts). */
  challenge?: Challenge;
  /** The questions of a `kind: quiz` scenario (scenario-quiz.ts). */
  quiz?: Quiz;
}

/** Where and why a scenario file is wrong (1-based line and column). */
export interface ScenarioError {
  line: number;
  column: number;
  /** e.g. `steps[2].goals[0].containers.count`; '' for the whole file. */
  path: string;
  message: string;
}

/** The outcome of parsing a scenario file. */
export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; errors: ScenarioError[] };

/** A scenario's kind, `lesson` when the file does not say. */
export function scenarioKind(scenario: Pick<Scenario, 'kind'>): ScenarioKind {
  return scenario.kind ?? 'lesson';
}

/** The key of a goal: its kind. */
export function goalKind(goal: Goal): GoalKind {
  return Object.keys(goal)[0] as GoalKind;
}
