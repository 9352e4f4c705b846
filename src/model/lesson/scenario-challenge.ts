/**
 * The `challenge` block of a `kind: challenge` scenario (issue 14): a task with no step-by-step
 * guidance, goals over the world, an optional timer, hints chosen by the world's state, fail checks
 * that stop a learner who broke the setup, and questions whose answers the world holds. Nothing in
 * the file says an answer: it is computed from the world when the learner checks (challenge-answer.ts).
 */

import type { HostGoal, Localized } from './scenario';

/** One clause of a condition: a goal that holds, or (`not`) one that does not. */
export type ConditionClause = HostGoal | { not: HostGoal };

/** A condition over the world: every clause holds (an empty list always holds). */
export type Condition = ConditionClause[];

/**
 * A hint for a state: shown when `when` holds (always, when absent). Its text may name what the world
 * holds with placeholders (`{container}`) that the condition's goals give (see CONDITION_VALUES).
 */
export interface ChallengeHint {
  when?: Condition;
  text: Localized;
}

/** A state that means the learner broke the setup: its message, and the way out is a restart. */
export interface FailCheck {
  when: Condition;
  message: Localized;
}

/** What a question asks of the world; the expected answer is computed when the learner checks. */
export type AnswerQuery =
  /** The container's IP address on a network (its only or first network when absent). */
  | { containerIp: { container: string; network?: string } }
  /** The container's ID (full or a unique-enough prefix of 12 or more hex digits). */
  | { containerId: string }
  /** The image's ID (config digest; `sha256:` optional, full or 12+ hex). */
  | { imageId: string }
  /** A layer every listed image has (chain ID, diff ID or blob digest; full or 12+ hex). */
  | { sharedLayer: string[] }
  /** The host port the container's `port` is published on (`8080`; `0.0.0.0:8080` too). */
  | { publishedPort: { container: string; port: string } }
  /** The value of an environment variable in the container's config. */
  | { containerEnv: { container: string; name: string } }
  /** The last line the container printed (its logs). */
  | { lastLogLine: string }
  /** The memory limit of a container in bytes (`docker inspect`'s HostConfig.Memory). */
  | { memoryLimit: string };

/** The question kinds, in the order the format lists them. */
export const ANSWER_KINDS = [
  'containerIp',
  'containerId',
  'imageId',
  'sharedLayer',
  'publishedPort',
  'containerEnv',
  'lastLogLine',
  'memoryLimit',
] as const;

/** A question the learner answers from the world. */
export interface ChallengeQuestion {
  /** `[a-z0-9-]+`, unique in the challenge. */
  id: string;
  text: Localized;
  answer: AnswerQuery;
}

/** The challenge block. */
export interface Challenge {
  task: Localized;
  /** All must hold for the world part of the challenge to be done (may be empty when questions carry it). */
  goals: HostGoal[];
  /** Seconds the learner has; none: untimed. */
  timer?: number;
  hints?: ChallengeHint[];
  failChecks?: FailCheck[];
  questions?: ChallengeQuestion[];
  /** The reference solution: lines that meet every goal (tests run it). */
  solution: string[];
}

/**
 * The values each goal kind gives a hint's placeholders when it holds: `{container}` after a
 * `containers` clause is the matching containers' names. A `not` clause gives none.
 */
export const CONDITION_VALUES: Readonly<Record<string, readonly string[]>> = {
  image: ['image', 'imageId'],
  containers: ['container', 'count'],
  container: ['container', 'state'],
  volume: ['volume', 'usedBy'],
  network: ['network'],
  refused: ['line'],
  failed: ['line'],
};
