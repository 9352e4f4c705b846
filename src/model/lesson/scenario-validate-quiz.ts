/**
 * Checks the quiz block of a `kind: quiz` scenario: its questions, each of one type with the
 * fields that type needs (options with the right number of correct ones, accepted answers, a
 * command for predict), unique ids, and a start world only beside a command.
 */

import { isScalar } from 'yaml';
import {
  fail,
  optional,
  readChoice,
  readList,
  readLocalized,
  readMap,
  readPattern,
  readText,
  report,
  type ReadContext,
  type Slot,
} from './scenario-reader';
import { clean } from './scenario-validate-goal';
import { ID_PATTERN, ID_WORDS } from './scenario-validate-step';
import { OPTION_COUNT, QUESTION_TYPES, type Quiz, type QuizOption, type QuizQuestion } from './scenario-quiz';
import type { ScenarioStart } from './scenario';

/** Reads a start world (scenario-validate.ts's reader, passed in to keep the import one way). */
export type StartReader = (ctx: ReadContext, slot: Slot) => ScenarioStart | undefined;

const QUESTION_FIELDS = {
  required: ['id', 'type', 'prompt', 'explanation'],
  optional: ['options', 'accept', 'start', 'command'],
  expected: 'a question: a map with id, type, prompt and explanation',
};

/** Which type each type-specific field belongs to. */
const FIELD_TYPES: Record<string, readonly string[]> = {
  options: ['single', 'multiple'],
  accept: ['short'],
};

/** The top fields of a quiz scenario: `steps` optional (a quiz has none), `quiz` required. */
export function quizScenarioFields(fields: { required: readonly string[]; optional: readonly string[] }): {
  required: string[];
  optional: string[];
  expected: string;
} {
  return {
    required: [...fields.required.filter((f) => f !== 'steps'), 'quiz'],
    optional: [...fields.optional.filter((f) => f !== 'quiz'), 'steps'],
    expected: 'a quiz: a map with schema, kind, id, order, title, summary, view and quiz',
  };
}

/** A quiz's `steps`, if given: an empty list (its questions are in `quiz`). */
export function readQuizSteps(ctx: ReadContext, slot: Slot | undefined): [] | undefined {
  if (!slot) return [];
  const items = readList(ctx, slot, 'an empty list');
  if (!items) return undefined;
  if (items.length > 0) return fail(ctx, slot, "must be empty in a quiz: its questions are in 'quiz.questions'");
  return [];
}

/** Reads the `quiz` block; `isQuiz` says whether the scenario's kind is quiz (else the block is refused). */
export function readQuiz(ctx: ReadContext, slot: Slot, isQuiz: boolean, readStart: StartReader): Quiz | undefined {
  if (!isQuiz) return fail(ctx, { ...slot, node: null }, "is only for 'kind: quiz' scenarios");
  const f = readMap(ctx, slot, { required: ['questions'], expected: 'a map with questions' });
  const items = f?.get('questions') && readList(ctx, f.get('questions')!, 'a list of questions');
  if (!items) return undefined;
  if (items.length === 0) return fail(ctx, f!.get('questions')!, 'must have at least one question');
  const questions = items.map((item) => readQuestion(ctx, item, readStart));
  const seen = new Map<string, number>();
  questions.forEach((q, i) => {
    if (!q) return;
    const first = seen.get(q.id);
    if (first === undefined) seen.set(q.id, i);
    else
      report(
        ctx,
        items[i].node,
        `${items[i].path}.id`,
        `duplicate question id '${q.id}' (already used by questions[${first}])`,
      );
  });
  return questions.every(Boolean) ? { questions: questions as QuizQuestion[] } : undefined;
}

function readQuestion(ctx: ReadContext, slot: Slot, readStart: StartReader): QuizQuestion | undefined {
  const f = readMap(ctx, slot, QUESTION_FIELDS);
  if (!f) return undefined;
  const errorsBefore = ctx.errors.length;
  const type = optional(f, 'type', (s) => readChoice(ctx, s, QUESTION_TYPES));
  for (const [field, types] of Object.entries(FIELD_TYPES)) {
    const s = f.get(field);
    if (s && type && !types.includes(type))
      report(ctx, s.anchor, s.path, `'${field}' is for ${types.join(' and ')} questions, not ${type}`);
  }
  const question = clean({
    id: optional(f, 'id', (s) => readPattern(ctx, s, ID_PATTERN, ID_WORDS)),
    type,
    prompt: optional(f, 'prompt', (s) => readLocalized(ctx, s)),
    options: type === 'single' || type === 'multiple' ? readOptions(ctx, f, slot, type) : undefined,
    accept: type === 'short' ? readAccept(ctx, f, slot) : undefined,
    explanation: optional(f, 'explanation', (s) => readLocalized(ctx, s)),
    start: optional(f, 'start', (s) => readStart(ctx, s)),
    command: optional(f, 'command', (s) => readText(ctx, s, { singleLine: true })),
  });
  if (type === 'predict' && !f.has('command'))
    report(ctx, slot.node, slot.path, "missing required field 'command' (a predict question's command)");
  const start = f.get('start');
  if (start && !f.has('command'))
    report(ctx, start.anchor, start.path, "'start' needs 'command': it is the world that command runs on");
  return ctx.errors.length === errorsBefore ? (question as QuizQuestion) : undefined;
}

function readOptions(
  ctx: ReadContext,
  f: Map<string, Slot>,
  question: Slot,
  type: 'single' | 'multiple',
): QuizOption[] | undefined {
  const slot = f.get('options');
  if (!slot) return fail(ctx, question, `missing required field 'options' (a ${type}-choice question's options)`);
  const items = readList(ctx, slot, 'a list of options');
  if (!items) return undefined;
  if (items.length < OPTION_COUNT.min || items.length > OPTION_COUNT.max)
    return fail(ctx, slot, `must have ${OPTION_COUNT.min} to ${OPTION_COUNT.max} options; got ${items.length}`);
  const options = items.map((item) => readOption(ctx, item));
  if (!options.every(Boolean)) return undefined;
  const correct = options.filter((o) => o!.correct).length;
  if (type === 'single' && correct !== 1)
    return fail(ctx, slot, `a single-choice question has exactly one correct option; got ${correct}`);
  if (type === 'multiple' && correct < 1)
    return fail(ctx, slot, 'a multiple-choice question has at least one correct option; got 0');
  return options as QuizOption[];
}

function readOption(ctx: ReadContext, slot: Slot): QuizOption | undefined {
  const f = readMap(ctx, slot, { required: ['text'], optional: ['correct'], expected: 'an option: a map with text' });
  if (!f) return undefined;
  const text = optional(f, 'text', (s) => readLocalized(ctx, s));
  const correct = optional(f, 'correct', (s) => readBoolean(ctx, s));
  if (!text || (f.has('correct') && correct === undefined)) return undefined;
  return correct ? { text, correct } : { text };
}

function readBoolean(ctx: ReadContext, slot: Slot): boolean | undefined {
  const value = slot.node && isScalar(slot.node) ? slot.node.value : undefined;
  if (typeof value === 'boolean') return value;
  return fail(ctx, slot, `must be true or false; got ${value === undefined ? 'something else' : `'${String(value)}'`}`);
}

function readAccept(ctx: ReadContext, f: Map<string, Slot>, question: Slot): string[] | undefined {
  const slot = f.get('accept');
  if (!slot) return fail(ctx, question, "missing required field 'accept' (a short-answer question's accepted answers)");
  const items = readList(ctx, slot, 'a list of accepted answers');
  if (!items) return undefined;
  if (items.length === 0) return fail(ctx, slot, 'must have at least one accepted answer');
  const answers = items.map((item) => readText(ctx, item, { singleLine: true }));
  return answers.every((a) => a !== undefined) ? (answers as string[]) : undefined;
}
