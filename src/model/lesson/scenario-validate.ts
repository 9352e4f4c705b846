/**
 * Checks a whole scenario tree against `pelabuhan-scenario/1`: the top fields, the start, every
 * step (scenario-validate-step.ts), unique step ids. Errors are collected in the context; the
 * scenario is returned only when there are none.
 */

import { isMap, isScalar, type Node } from 'yaml';
import { deserializeWorld } from '../world/world-base';
import { SCENARIO_KINDS, SCENARIO_SCHEMA, VIEWS, type Scenario, type ScenarioStart, type Step } from './scenario';
import {
  fail,
  optional,
  readChoice,
  readInteger,
  readList,
  readLocalized,
  readMap,
  readPattern,
  report,
  type ReadContext,
  type Slot,
} from './scenario-reader';
import { ID_PATTERN, ID_WORDS, readCommands, readStep } from './scenario-validate-step';
import { clean } from './scenario-validate-goal';
import { readFiles } from './scenario-validate-files';
import { quizScenarioFields, readQuiz, readQuizSteps } from './scenario-validate-quiz';
import { readChallenge } from './scenario-validate-challenge';

/** The kind a root map says it is (before it is validated), to pick its required fields. */
function rootKind(root: Node | null): unknown {
  return fieldValue(root, 'kind')?.toJSON();
}

/** A challenge or a quiz has no step-by-step guidance: `steps` is optional for them, their block required. */
function fieldsFor(kind: unknown): typeof SCENARIO_FIELDS {
  if (kind === 'quiz') return quizScenarioFields(SCENARIO_FIELDS);
  if (kind !== 'challenge') return SCENARIO_FIELDS;
  return {
    required: SCENARIO_FIELDS.required.filter((k) => k !== 'steps'),
    optional: [...SCENARIO_FIELDS.optional, 'steps'],
    expected: 'a challenge scenario: a map with schema, kind, id, order, title, summary, view and challenge',
  };
}

/** A `challenge` block goes with `kind: challenge`, and that kind needs one. */
function checkKindBlock(ctx: ReadContext, f: Map<string, Slot>, root: Node | null, kind: unknown): void {
  const block = f.get('challenge');
  if (kind === 'challenge' && !block) report(ctx, root, '', "missing required field 'challenge' (kind: challenge)");
  if (block && kind !== 'challenge') report(ctx, block.anchor, block.path, "'challenge' goes with 'kind: challenge'");
}

const SCENARIO_FIELDS = {
  required: ['schema', 'id', 'order', 'title', 'summary', 'view', 'steps'],
  optional: ['kind', 'start', 'challenge', 'quiz'],
  expected: `a scenario: a map with schema, id, order, title, summary, view and steps`,
};

/** Reads the document's root as a scenario; undefined when anything is wrong (see ctx.errors). */
export function validateScenario(ctx: ReadContext, root: Node | null): Scenario | undefined {
  const errorsBefore = ctx.errors.length;
  const kind = rootKind(root);
  const isQuiz = kind === 'quiz';
  const f = readMap(ctx, { node: root, anchor: root, path: '' }, fieldsFor(kind));
  if (!f) return undefined;
  const scenario = {
    schema: optional(f, 'schema', (s) => readSchema(ctx, s)),
    kind: optional(f, 'kind', (s) => readChoice(ctx, s, SCENARIO_KINDS)),
    id: optional(f, 'id', (s) => readPattern(ctx, s, ID_PATTERN, ID_WORDS)),
    order: optional(f, 'order', (s) => readInteger(ctx, s, 0, 9999)),
    title: optional(f, 'title', (s) => readLocalized(ctx, s)),
    summary: optional(f, 'summary', (s) => readLocalized(ctx, s)),
    view: optional(f, 'view', (s) => readChoice(ctx, s, VIEWS)),
    start: optional(f, 'start', (s) => readStart(ctx, s)),
    steps: isQuiz ? readQuizSteps(ctx, f.get('steps')) : optional(f, 'steps', (s) => readSteps(ctx, s)),
    challenge: optional(f, 'challenge', (s) => readChallenge(ctx, s)),
    quiz: optional(f, 'quiz', (s) => readQuiz(ctx, s, isQuiz, readStart)),
  };
  checkKindBlock(ctx, f, root, scenario.kind);
  if (scenario.kind === 'challenge') scenario.steps ??= [];
  return ctx.errors.length === errorsBefore ? (clean(scenario) as Scenario) : undefined;
}

function readSchema(ctx: ReadContext, slot: Slot): typeof SCENARIO_SCHEMA | undefined {
  const value = slot.node && 'value' in slot.node ? (slot.node as { value: unknown }).value : undefined;
  if (value === SCENARIO_SCHEMA) return SCENARIO_SCHEMA;
  const got = typeof value === 'string' ? `'${value}'` : 'something else';
  return fail(ctx, slot, `must be '${SCENARIO_SCHEMA}' (the only scenario format this page reads); got ${got}`);
}

function readSteps(ctx: ReadContext, slot: Slot): Step[] | undefined {
  const items = readList(ctx, slot, 'a list of steps');
  if (!items) return undefined;
  if (items.length === 0 && rootKind(ctx.doc.contents as Node | null) !== 'challenge')
    return fail(ctx, slot, 'must have at least one step');
  const steps = items.map((item) => readStep(ctx, item));
  // Step ids name steps in links and in the player: each must be unique.
  const firstUse = new Map<string, number>();
  steps.forEach((step, i) => {
    if (!step?.id) return;
    const first = firstUse.get(step.id);
    if (first === undefined) {
      firstUse.set(step.id, i);
      return;
    }
    report(
      ctx,
      fieldValue(items[i].node, 'id') ?? items[i].node,
      `${items[i].path}.id`,
      `duplicate step id '${step.id}' (already used by steps[${first}])`,
    );
  });
  return steps as Step[];
}

/** The value node of a field of a map node, if there is one. */
function fieldValue(node: Node | null, key: string): Node | null {
  if (!node || !isMap(node)) return null;
  const pair = node.items.find((p) => isScalar(p.key) && p.key.value === key);
  return (pair?.value as Node | undefined) ?? null;
}

/** Reads a start world: a seed, client files and silent commands, or a saved world. */
export function readStart(ctx: ReadContext, slot: Slot): ScenarioStart | undefined {
  const f = readMap(ctx, slot, { required: [], optional: ['seed', 'files', 'commands', 'world'] });
  if (!f) return undefined;
  const world = f.get('world');
  if (world) {
    // A saved world already holds its seed and whatever the commands would have done.
    for (const other of ['seed', 'files', 'commands']) {
      const s = f.get(other);
      if (s)
        report(
          ctx,
          s.anchor,
          s.path,
          `'start.${other}' cannot be given with 'start.world': a saved world already holds its seed and state`,
        );
    }
  }
  return clean({
    seed: optional(f, 'seed', (s) => readInteger(ctx, s, 0, 2 ** 31 - 1)),
    files: optional(f, 'files', (s) => readFiles(ctx, s)),
    commands: optional(f, 'commands', (s) => readCommands(ctx, s)),
    world: world && readSavedWorld(ctx, world),
  });
}

/** A saved world: a map that `deserializeWorld` accepts. */
function readSavedWorld(ctx: ReadContext, slot: Slot): unknown {
  if (!slot.node || !isMap(slot.node))
    return fail(ctx, slot, 'must be a saved world (the JSON object the page exports)');
  const value: unknown = slot.node.toJS(ctx.doc);
  try {
    deserializeWorld(JSON.stringify(value));
  } catch (error) {
    return fail(
      ctx,
      slot,
      `is not a saved world this page can load: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return value;
}
