/**
 * Checks a challenge block (scenario-challenge.ts): the task, goals, timer, hints with their
 * conditions and placeholders, fail checks, questions and the reference solution. Errors point at
 * the offending node with the same located messages as the rest of the format.
 */

import { isMap, isScalar } from 'yaml';
import { goalKind } from './scenario';
import {
  ANSWER_KINDS,
  CONDITION_VALUES,
  type AnswerQuery,
  type Challenge,
  type ChallengeHint,
  type ChallengeQuestion,
  type Condition,
  type ConditionClause,
  type FailCheck,
} from './scenario-challenge';
import {
  childPath,
  didYouMean,
  fail,
  optional,
  readInteger,
  readList,
  readLocalized,
  readMap,
  readPattern,
  readText,
  report,
  type ReadContext,
  type Slot,
} from './scenario-reader';
import { clean, readDockerName, readGoal, readImageRef } from './scenario-validate-goal';
import { ID_PATTERN, ID_WORDS, readCommands } from './scenario-validate-step';

/** Reads the `challenge` block; undefined after reporting when anything is wrong. */
export function readChallenge(ctx: ReadContext, slot: Slot): Challenge | undefined {
  const before = ctx.errors.length;
  const f = readMap(ctx, slot, {
    required: ['task', 'solution'],
    optional: ['goals', 'timer', 'hints', 'failChecks', 'questions'],
    notes: { solution: 'the reference solution: command lines that meet the goals' },
    expected: 'a challenge: a map with task, goals and/or questions, and solution',
  });
  if (!f) return undefined;
  const value = {
    task: optional(f, 'task', (s) => readLocalized(ctx, s)),
    goals: optional(f, 'goals', (s) => readList(ctx, s, 'a list of goals')?.map((g) => readGoal(ctx, g))) ?? [],
    timer: optional(f, 'timer', (s) => readInteger(ctx, s, 10, 24 * 3600, 'seconds')),
    hints: optional(f, 'hints', (s) => readList(ctx, s, 'a list of hints')?.map((h) => readHint(ctx, h))),
    failChecks: optional(f, 'failChecks', (s) =>
      readList(ctx, s, 'a list of fail checks')?.map((c) => readFailCheck(ctx, c)),
    ),
    questions: optional(f, 'questions', (s) => readQuestions(ctx, s)),
    solution: optional(f, 'solution', (s) => readCommands(ctx, s)),
  };
  if (value.goals.length === 0 && !value.questions?.length)
    report(ctx, slot.node, slot.path, 'a challenge needs at least one goal or one question');
  return ctx.errors.length === before ? (clean(value) as Challenge) : undefined;
}

/** A condition: a list of goals, each may be wrapped in `not`. */
function readCondition(ctx: ReadContext, slot: Slot): Condition | undefined {
  const items = readList(ctx, slot, 'a list of goals (each may be wrapped in not)');
  return items?.map((item) => readClause(ctx, item)) as Condition | undefined;
}

function readClause(ctx: ReadContext, slot: Slot): ConditionClause | undefined {
  const node = slot.node;
  const negated = node && isMap(node) && node.items.length === 1 && isScalar(node.items[0].key);
  if (negated && (node.items[0].key as { value: unknown }).value === 'not') {
    const f = readMap(ctx, slot, { required: ['not'] });
    const inner = f?.get('not');
    const goal = inner && readGoal(ctx, inner);
    return goal ? { not: goal } : undefined;
  }
  return readGoal(ctx, slot);
}

/** The placeholder names a condition's positive clauses give. */
function givenValues(when: Condition | undefined): string[] {
  return (when ?? []).flatMap((c) => ('not' in c ? [] : (CONDITION_VALUES[goalKind(c)] ?? [])));
}

const PLACEHOLDER = /\{([A-Za-z]+)\}/g;

function readHint(ctx: ReadContext, slot: Slot): ChallengeHint | undefined {
  const f = readMap(ctx, slot, { required: ['text'], optional: ['when'] });
  if (!f) return undefined;
  const when = optional(f, 'when', (s) => readCondition(ctx, s));
  const text = optional(f, 'text', (s) => readLocalized(ctx, s));
  if (text) {
    const given = givenValues(when);
    const used = [...`${text.en} ${text.id}`.matchAll(PLACEHOLDER)].map((m) => m[1]);
    for (const name of new Set(used.filter((u) => !given.includes(u)))) {
      const known = given.length ? `it gives ${given.join(', ')}` : 'it gives none';
      fail(
        ctx,
        f.get('text')!,
        `placeholder {${name}} is not given by this hint's condition (${known})${didYouMean(name, given)}`,
      );
    }
  }
  return clean({ when, text }) as ChallengeHint;
}

function readFailCheck(ctx: ReadContext, slot: Slot): FailCheck | undefined {
  const f = readMap(ctx, slot, { required: ['when', 'message'] });
  if (!f) return undefined;
  const when = optional(f, 'when', (s) => readCondition(ctx, s));
  if (when && when.length === 0) fail(ctx, f.get('when')!, 'a fail check needs at least one goal');
  return { when: when!, message: optional(f, 'message', (s) => readLocalized(ctx, s))! };
}

function readQuestions(ctx: ReadContext, slot: Slot): ChallengeQuestion[] | undefined {
  const items = readList(ctx, slot, 'a list of questions');
  if (!items) return undefined;
  const seen = new Set<string>();
  return items.map((item) => {
    const f = readMap(ctx, item, { required: ['id', 'text', 'answer'] });
    if (!f) return undefined;
    const id = optional(f, 'id', (s) => readPattern(ctx, s, ID_PATTERN, ID_WORDS));
    if (id !== undefined && seen.has(id)) fail(ctx, f.get('id')!, `duplicate question id '${id}'`);
    if (id !== undefined) seen.add(id);
    const text = optional(f, 'text', (s) => readLocalized(ctx, s));
    const answer = optional(f, 'answer', (s) => readAnswer(ctx, s));
    return { id, text, answer };
  }) as ChallengeQuestion[];
}

/** What a question asks: one of ANSWER_KINDS. */
function readAnswer(ctx: ReadContext, slot: Slot): AnswerQuery | undefined {
  const node = slot.node;
  const keys = node && isMap(node) ? node.items.map((p) => (isScalar(p.key) ? String(p.key.value) : '?')) : [];
  if (keys.length !== 1) return fail(ctx, slot, `an answer is a map with exactly one of ${ANSWER_KINDS.join(', ')}`);
  const kind = keys[0];
  if (!(ANSWER_KINDS as readonly string[]).includes(kind))
    return fail(
      ctx,
      { ...slot, path: childPath(slot.path, kind) },
      `unknown answer '${kind}'${didYouMean(kind, ANSWER_KINDS) || `; one of ${ANSWER_KINDS.join(', ')}`}`,
    );
  const f = readMap(ctx, slot, { required: [kind] });
  const v = f?.get(kind);
  if (!v) return undefined;
  const name = (s: Slot) => readDockerName(ctx, s);
  switch (kind) {
    case 'containerIp': {
      const m = readMap(ctx, v, { required: ['container'], optional: ['network'] });
      if (!m) return undefined;
      const network = optional(m, 'network', (s) => readPattern(ctx, s, /^\S+$/, 'a network name (one word)'));
      const container = optional(m, 'container', name);
      return container ? { containerIp: clean({ container, network }) } : undefined;
    }
    case 'publishedPort': {
      const m = readMap(ctx, v, { required: ['container', 'port'] });
      if (!m) return undefined;
      const container = optional(m, 'container', name);
      const port = optional(m, 'port', (s) => readPattern(ctx, s, /^\d+(\/(tcp|udp))?$/, 'a port (80 or 80/tcp)'));
      return container && port ? { publishedPort: { container, port } } : undefined;
    }
    case 'containerEnv': {
      const m = readMap(ctx, v, { required: ['container', 'name'] });
      if (!m) return undefined;
      const container = optional(m, 'container', name);
      const env = optional(m, 'name', (s) => readPattern(ctx, s, /^[A-Za-z_][A-Za-z0-9_]*$/, 'a variable name'));
      return container && env ? { containerEnv: { container, name: env } } : undefined;
    }
    case 'sharedLayer': {
      const images = readList(ctx, v, 'a list of image references')?.map((s) => readImageRef(ctx, s));
      if (images && images.length < 2) return fail(ctx, v, 'name at least two images');
      return images?.every((i) => i !== undefined) ? { sharedLayer: images as string[] } : undefined;
    }
    case 'imageId': {
      const image = readImageRef(ctx, v);
      return image ? { imageId: image } : undefined;
    }
    default: {
      const container = readText(ctx, v, { singleLine: true }) && readDockerName(ctx, v);
      return container ? ({ [kind]: container } as AnswerQuery) : undefined;
    }
  }
}
