/**
 * Checking a challenge over the world: its goals, the hint for the current state (its placeholders
 * filled from what the condition found), the fail checks that hold, and the score. A learner's lines
 * are logged in step 0 (the start's silent lines in step null), so `failed`, `refused` and `built`
 * goals look at what the learner did, not at the setup.
 */

import { defaultHost } from '../world/world-base';
import type { HostState } from '../engine/state';
import { statusOf } from '../engine/container-state';
import { checkGoal, imageNamed, type GoalResult } from './goals';
import { sameImage } from './goal-refused';
import type { HostGoal, Localized, Scenario } from './scenario';
import type { Locale } from '../cli/shell/messages';
import type { Challenge, Condition, FailCheck } from './scenario-challenge';
import { runLine, startLesson, type LessonWorld } from './lesson-replay';

/** The step a challenge's learner lines are logged in. */
export const CHALLENGE_STEP = 0;

/** The outcome of a condition: whether every clause holds, and the values its positive clauses found. */
export interface ConditionResult {
  met: boolean;
  values: Record<string, string>;
}

function containerNamed(host: HostState, name: string) {
  const id = host.names[`/${name}`];
  return id === undefined ? undefined : host.containers[id];
}

/** What a goal that holds names in the world, for a hint's placeholders (see CONDITION_VALUES). */
function valuesOf(goal: HostGoal, result: GoalResult, lw: LessonWorld): Record<string, string> {
  const host = (goal.host && lw.world.state.hosts[goal.host]) || defaultHost(lw.world);
  if ('image' in goal) {
    const image = imageNamed(host, goal.image);
    return { image: goal.image, imageId: image ? image.id.replace(/^sha256:/, '').slice(0, 12) : '' };
  }
  if ('containers' in goal) {
    const image = imageNamed(host, goal.containers.image);
    const found = Object.values(host.containers).filter(
      (c) =>
        ((image && c.imageId === image.id) || sameImage(host, c.imageRef, goal.containers.image)) &&
        (!goal.containers.state || statusOf(c.state.lifecycle) === goal.containers.state),
    );
    return { container: found.map((c) => c.name.replace(/^\//, '')).join(', '), count: String(found.length) };
  }
  if ('container' in goal) {
    const c = containerNamed(host, goal.container.name);
    return { container: goal.container.name, state: c ? statusOf(c.state.lifecycle) : '' };
  }
  if ('volume' in goal) {
    const users = Object.values(host.containers).filter((c) =>
      c.mounts.some((m) => m.type === 'volume' && m.name === goal.volume.name),
    );
    return { volume: goal.volume.name, usedBy: users.map((c) => c.name.replace(/^\//, '')).join(', ') };
  }
  if ('network' in goal) return { network: goal.network.name };
  // refused and failed say the line in their detail: `'docker rmi nginx' was refused: …`.
  const line = /^'(.*)' (?:was refused|failed)/.exec(result.detail);
  return line ? { line: line[1] } : {};
}

/** Whether every clause holds, and what the positive ones found. */
export function checkCondition(when: Condition, lw: LessonWorld): ConditionResult {
  const values: Record<string, string> = {};
  for (const clause of when) {
    if ('not' in clause) {
      if (checkGoal(clause.not, lw, CHALLENGE_STEP).met) return { met: false, values: {} };
      continue;
    }
    const result = checkGoal(clause, lw, CHALLENGE_STEP);
    if (!result.met) return { met: false, values: {} };
    Object.assign(values, valuesOf(clause, result, lw));
  }
  return { met: true, values };
}

/** The text with `{name}` replaced by the value found (unknown names stay as written). */
export function fillPlaceholders(text: string, values: Record<string, string>): string {
  return text.replace(/\{([A-Za-z]+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** Both languages of a text, filled. */
function filled(text: Localized, values: Record<string, string>): Localized {
  return { en: fillPlaceholders(text.en, values), id: fillPlaceholders(text.id, values) };
}

/** The hint for the world's state: the first in file order whose condition holds (none: always). */
export function currentHint(challenge: Challenge, lw: LessonWorld): { index: number; text: Localized } | undefined {
  const hints = challenge.hints ?? [];
  for (let index = 0; index < hints.length; index++) {
    const { met, values } = checkCondition(hints[index].when ?? [], lw);
    if (met) return { index, text: filled(hints[index].text, values) };
  }
  return undefined;
}

/** The fail checks that hold now: the setup is broken, a restart is the way out. */
export function brokenSetup(challenge: Challenge, lw: LessonWorld): Array<{ index: number; message: Localized }> {
  return (challenge.failChecks ?? []).flatMap((check: FailCheck, index) => {
    const { met, values } = checkCondition(check.when, lw);
    return met ? [{ index, message: filled(check.message, values) }] : [];
  });
}

/** Every goal of the challenge, checked; `met` when all hold (a challenge of questions only: true). */
export function checkChallengeGoals(challenge: Challenge, lw: LessonWorld): { met: boolean; results: GoalResult[] } {
  const results = challenge.goals.map((goal) => checkGoal(goal, lw, CHALLENGE_STEP));
  return { met: results.every((r) => r.met), results };
}

/** Points per task (the goals together are one task; each question is one). */
export const TASK_POINTS = 10;
/** What each hint shown costs. */
export const HINT_COST = 2;
/** What finishing after the timer ran out costs. */
export const LATE_COST = 5;

/** How many tasks a challenge has: its goals (as one, if any) and each question. */
export function challengeTasks(challenge: Challenge): number {
  return (challenge.goals.length > 0 ? 1 : 0) + (challenge.questions?.length ?? 0);
}

/** The score of an attempt: 10 a task done, 2 less a hint used, 5 less when late; never below 0. */
export function challengeScore(
  challenge: Challenge,
  attempt: { tasksDone: number; hintsUsed: number; late: boolean },
): { score: number; maxScore: number } {
  const maxScore = challengeTasks(challenge) * TASK_POINTS;
  const raw = attempt.tasksDone * TASK_POINTS - attempt.hintsUsed * HINT_COST - (attempt.late ? LATE_COST : 0);
  return { score: Math.max(0, Math.min(maxScore, raw)), maxScore };
}

/** A challenge's start with `lines` typed by the learner (logged in CHALLENGE_STEP); deterministic. */
export function playChallenge(scenario: Scenario, lines: readonly string[], locale: Locale = 'en'): LessonWorld {
  const lw = startLesson(scenario, locale);
  for (const line of lines) runLine(lw, line, CHALLENGE_STEP);
  return lw;
}
