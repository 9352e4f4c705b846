/**
 * Replays a lesson from its seed: the start (a saved world, or the seed plus silent commands), then
 * each step's actions and commands, recording every line's exit code, output and API exchanges.
 * The model is deterministic, so the same scenario and step give a byte-identical world: going
 * back a step is replaying fewer steps, not undoing.
 */

import { createWorld } from '../world/world';
import { defaultHost, deserializeWorld, serializeWorld, subscribe, type World } from '../world/world-base';
import { createShell, type Shell } from '../cli/shell/shell';
import type { Locale } from '../cli/shell/messages';
import { setDaemonRunning } from '../engine/daemon';
import { advanceClock } from '../engine/advance';
import type { Scenario, Step, StepAction } from './scenario';

/** One Engine API call a line made: method, path without query or version prefix, status. */
export interface ApiExchange {
  method: string;
  path: string;
  status: number;
  /** The image a `POST /containers/create` asked for (from its body), so goals can name it. */
  image?: string;
}

/** One line (or non-shell action) of the session, as it ran. */
export interface CommandLogEntry {
  /** The line as typed; for an action, a readable form such as `#daemon stop`. */
  line: string;
  /** The step index it belongs to; null for the start and the sandbox. */
  step: number | null;
  exitCode: number;
  /** stdout and stderr in the order they were written. */
  output: string;
  /** stderr alone (what a `failed` goal reads). */
  stderr: string;
  exchanges: ApiExchange[];
  /** Virtual time (ms) when the line began. */
  at: number;
  /** Set when the entry is a step action, not a shell line (the page follows view/compare ones). */
  action?: StepAction;
}

/** A replayed lesson: the world, the shell bound to it, and the session's log. */
export interface LessonWorld {
  world: World;
  shell: Shell;
  log: CommandLogEntry[];
  /** Set when the lines run in a terminal of this width (the page), so output is what a terminal shows. */
  terminal?: { cols: number };
}

/** How far to replay. */
export interface ReplayOptions {
  /** Steps [0, upTo) are fully run (actions, then `solution ?? commands`). */
  upTo: number;
  /** Also run the actions of step `upTo` (entering it, before the learner types). */
  enterStep?: boolean;
  /** Lines the learner typed afterwards, logged in step `upTo` (or the last step). */
  extra?: readonly string[];
  /** Language of the shell's own messages (bash errors); docker's are English in both. */
  locale?: Locale;
}

/** A fresh session on a world: a shell and an empty log. */
export function lessonWorldOf(world: World, locale: Locale = 'en'): LessonWorld {
  return { world, shell: createShell({ world, locale }), log: [] };
}

/** Fresh worlds by seed, serialized: building the registry catalog costs more than the replay itself. */
const freshWorlds = new Map<string, string>();
const FRESH_WORLDS_KEPT = 4;

/** A new world from `seed`, equal to `createWorld({ seed })` (restored from a cached copy). */
export function freshWorld(seed: number | string): World {
  const key = String(seed);
  let saved = freshWorlds.get(key);
  if (saved === undefined) {
    saved = serializeWorld(createWorld({ seed: key }));
    if (freshWorlds.size >= FRESH_WORLDS_KEPT) freshWorlds.delete(freshWorlds.keys().next().value as string);
    freshWorlds.set(key, saved);
  }
  return deserializeWorld(saved);
}

/** The world a scenario starts from, before its start commands. */
export function startWorld(scenario: Scenario): World {
  const start = scenario.start;
  // The parser has checked a saved world already; this throws the same plain-words error if not.
  if (start?.world !== undefined) return deserializeWorld(JSON.stringify(start.world));
  return freshWorld(start?.seed ?? 1);
}

/** The lesson's start: the world before step 1, with its silent commands run (logged with step null). */
export function startLesson(scenario: Scenario, locale: Locale = 'en'): LessonWorld {
  const lw = lessonWorldOf(startWorld(scenario), locale);
  for (const line of scenario.start?.commands ?? []) runLine(lw, line, null);
  return lw;
}

/** Replays a lesson up to a step (see ReplayOptions); never throws for a parsed scenario. */
export function replayLesson(scenario: Scenario, options: ReplayOptions): LessonWorld {
  const lw = startLesson(scenario, options.locale);
  const upTo = Math.max(0, Math.min(scenario.steps.length, Math.floor(options.upTo)));
  for (let i = 0; i < upTo; i++) runStep(lw, scenario.steps[i], i);
  if (options.enterStep && upTo < scenario.steps.length) runActions(lw, scenario.steps[upTo], upTo);
  const extraStep = scenario.steps.length === 0 ? null : Math.min(upTo, scenario.steps.length - 1);
  for (const line of options.extra ?? []) runLine(lw, line, extraStep);
  return lw;
}

/** The lines a step runs when replayed: its solution if it has one, else its commands. */
export function stepLines(step: Step): readonly string[] {
  return step.solution ?? step.commands;
}

/** Runs one whole step: its actions, then its solution or commands. */
export function runStep(lw: LessonWorld, step: Step, index: number): void {
  runActions(lw, step, index);
  for (const line of stepLines(step)) runLine(lw, line, index);
}

/** Runs a step's non-shell actions, logging each. */
export function runActions(lw: LessonWorld, step: Step, index: number): void {
  for (const action of step.actions ?? []) runAction(lw, action, index);
}

/** Runs one action: the daemon switch and sleep change the world; view and compare are the page's. */
export function runAction(lw: LessonWorld, action: StepAction, step: number | null): CommandLogEntry {
  const at = lw.world.state.clock.nowMs;
  if ('daemon' in action) setDaemonRunning({ world: lw.world, host: defaultHost(lw.world) }, action.daemon === 'start');
  else if ('sleep' in action) advanceClock(lw.world, action.sleep);
  const entry: CommandLogEntry = {
    line: actionLine(action),
    step,
    exitCode: 0,
    output: '',
    stderr: '',
    exchanges: [],
    at,
    action,
  };
  lw.log.push(entry);
  return entry;
}

/** A readable one-line form of an action, for the log and transcripts. */
export function actionLine(action: StepAction): string {
  if ('daemon' in action) return `#daemon ${action.daemon}`;
  if ('sleep' in action) return `#sleep ${action.sleep}`;
  if ('view' in action) return `#view ${action.view}`;
  return `#compare ${action.compare.n} ${action.compare.profile} ${action.compare.image}`;
}

/** Runs one more shell line in the session and logs it with the API calls it made. */
export function runLine(lw: LessonWorld, line: string, step: number | null): CommandLogEntry {
  const at = lw.world.state.clock.nowMs;
  const exchanges: ApiExchange[] = [];
  let image: string | undefined;
  const stop = subscribe(lw.world, (event) => {
    if (event.type === 'api.request') image = requestedImage(event.body);
    if (event.type !== 'api.response') return;
    const exchange: ApiExchange = { method: event.method, path: event.path, status: event.status };
    if (image !== undefined && event.method === 'POST' && event.path === '/containers/create') exchange.image = image;
    exchanges.push(exchange);
  });
  let result;
  try {
    result = lw.shell.run(line, lw.terminal ? { tty: true, cols: lw.terminal.cols } : { tty: false, cols: 80 });
  } finally {
    stop();
  }
  let output = '';
  let stderr = '';
  for (const chunk of result.chunks) {
    output += chunk.text;
    if (chunk.stream === 'stderr') stderr += chunk.text;
  }
  const entry: CommandLogEntry = { line, step, exitCode: result.exitCode, output, stderr, exchanges, at };
  lw.log.push(entry);
  return entry;
}

/** The `Image` field of a request body, if it has one. */
function requestedImage(body: unknown): string | undefined {
  if (!body || typeof body !== 'object') return undefined;
  const image = (body as { Image?: unknown }).Image;
  return typeof image === 'string' ? image : undefined;
}

/** A sandbox session: a fresh world from `seed`, then `lines` (logged with step null). */
export function replayLines(seed: number | string, lines: readonly string[], locale: Locale = 'en'): LessonWorld {
  const lw = lessonWorldOf(freshWorld(seed), locale);
  for (const line of lines) runLine(lw, line, null);
  return lw;
}

/** The log entries of one step (null: the start or the sandbox). */
export function entriesOfStep(lw: LessonWorld, step: number | null): CommandLogEntry[] {
  return lw.log.filter((e) => e.step === step);
}
