/**
 * Replays a lesson from its seed: the start (a saved world, or the seed plus silent commands), then
 * each step's actions and commands, logging each as the shell's CommandRecord (exit code, output,
 * API exchanges, events) with the step it belongs to.
 * The model is deterministic, so the same scenario and step give a byte-identical world: going
 * back a step is replaying fewer steps, not undoing.
 */

import { hostLocalFiles } from '../cli/client/host-local-files';
import { CLIENT_HOME } from '../cli/client/local-files';
import { createWorld } from '../world/world';
import { defaultHost, deserializeWorld, serializeWorld, subscribe, type World } from '../world/world-base';
import { createShell, type Shell } from '../cli/shell/shell';
import type { CommandRecord } from '../cli/shell/command-record';
import type { Locale } from '../cli/shell/messages';
import { setDaemonRunning } from '../engine/daemon';
import { advanceClock } from '../engine/advance';
import type { Scenario, Step, StepAction } from './scenario';

/** A replayed lesson: the world, the shell bound to it, and the session's log. */
export interface LessonWorld {
  world: World;
  shell: Shell;
  /** Every line and action run, in order; `step` says which step each belongs to. */
  log: CommandRecord[];
  /** Numbers the log's records and their exchanges (the shell's counter). */
  nextId: () => number;
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
  let last = 0;
  const nextId = () => ++last;
  return { world, shell: createShell({ world, locale, nextId }), log: [], nextId };
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
  for (const [path, content] of Object.entries(scenario.start?.files ?? {})) writeClientFile(lw, path, content);
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
export function runAction(lw: LessonWorld, action: StepAction, step: number | null): CommandRecord {
  const at = lw.world.state.clock.nowMs;
  const daemonRunning = defaultHost(lw.world).daemon.status === 'running';
  const events: CommandRecord['events'] = [];
  const stop = subscribe(lw.world, (event) => events.push(event));
  try {
    if ('daemon' in action)
      setDaemonRunning({ world: lw.world, host: defaultHost(lw.world) }, action.daemon === 'start');
    else if ('sleep' in action) advanceClock(lw.world, action.sleep);
    else if ('file' in action) writeClientFile(lw, action.file.path, action.file.content);
  } finally {
    stop();
  }
  const cols = lw.terminal?.cols ?? 80;
  const record: CommandRecord = {
    id: lw.nextId(),
    line: actionLine(action),
    at,
    cols,
    tty: lw.terminal !== undefined,
    chunks: [],
    exitCode: 0,
    exchanges: [],
    events,
    daemonRunning,
    step,
    action,
  };
  lw.log.push(record);
  return record;
}

/** A readable one-line form of an action, for the log and transcripts. */
export function actionLine(action: StepAction): string {
  if ('daemon' in action) return `#daemon ${action.daemon}`;
  if ('sleep' in action) return `#sleep ${action.sleep}`;
  if ('view' in action) return `#view ${action.view}`;
  if ('file' in action) return `#file ${action.file.path}`;
  return `#compare ${action.compare.n} ${action.compare.profile} ${action.compare.image}`;
}

/** Writes a file on the client's machine; a relative path is under the user's home. */
export function writeClientFile(lw: LessonWorld, path: string, content: string): void {
  hostLocalFiles(lw.world).write(path.startsWith('/') ? path : `${CLIENT_HOME}/${path}`, content);
}

/** Runs one more shell line in the session and logs its record (with the step it belongs to). */
export function runLine(lw: LessonWorld, line: string, step: number | null): CommandRecord {
  const record = lw.shell.run(line, lw.terminal ? { tty: true, cols: lw.terminal.cols } : { tty: false, cols: 80 });
  record.step = step;
  lw.log.push(record);
  return record;
}

/** A sandbox session: a fresh world from `seed`, then `lines` (logged with step null). */
export function replayLines(seed: number | string, lines: readonly string[], locale: Locale = 'en'): LessonWorld {
  const lw = lessonWorldOf(freshWorld(seed), locale);
  for (const line of lines) runLine(lw, line, null);
  return lw;
}

/** The log entries of one step (null: the start or the sandbox). */
export function entriesOfStep(lw: LessonWorld, step: number | null): CommandRecord[] {
  return lw.log.filter((e) => e.step === step);
}
