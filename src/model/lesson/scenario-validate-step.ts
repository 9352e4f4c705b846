/**
 * Checks one step of a scenario: its id and texts, its command lines, its actions and highlights,
 * then its goals (scenario-validate-goal.ts).
 */

import { isMap, isScalar, type Node } from 'yaml';
import { VM_PROFILE_IDS } from '../vm/profiles';
import { MAX_INSTANCES } from '../vm/settings';
import { parseNormalizedNamed } from '../registry/reference';
import { VIEWS, type Highlight, type Step, type StepAction } from './scenario';
import {
  childPath,
  didYouMean,
  fail,
  optional,
  readChoice,
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
import { clean, readGoal, readImageRef } from './scenario-validate-goal';
import { readFileAction } from './scenario-validate-files';

/** Ids of scenarios and steps: what goes in a URL. */
export const ID_PATTERN = /^[a-z0-9-]+$/;
/** How ID_PATTERN is said in errors. */
export const ID_WORDS = "an id of lowercase letters, digits and '-' ([a-z0-9-]+)";

const STEP_FIELDS = {
  required: ['id', 'title', 'before', 'after'],
  optional: ['commands', 'actions', 'predict', 'highlight', 'goals', 'hints', 'solution'],
};

const ACTION_KINDS = ['daemon', 'sleep', 'view', 'compare', 'file'] as const;

/** The longest sleep an action may ask for: a year of virtual time. */
const MAX_SLEEP_MS = 365 * 24 * 3600 * 1000;

/** A list of shell lines, each one line of text. */
export function readCommands(ctx: ReadContext, slot: Slot): string[] | undefined {
  const items = readList(ctx, slot, 'a list of command lines');
  return items?.map((item) => readText(ctx, item, { singleLine: true })) as string[] | undefined;
}

/** Reads one step. */
export function readStep(ctx: ReadContext, slot: Slot): Step | undefined {
  const f = readMap(ctx, slot, STEP_FIELDS);
  if (!f) return undefined;
  const step = {
    id: optional(f, 'id', (s) => readPattern(ctx, s, ID_PATTERN, ID_WORDS)),
    title: optional(f, 'title', (s) => readLocalized(ctx, s)),
    before: optional(f, 'before', (s) => readLocalized(ctx, s)),
    commands: optional(f, 'commands', (s) => readCommands(ctx, s)) ?? [],
    actions: optional(f, 'actions', (s) => readList(ctx, s)?.map((a) => readAction(ctx, a))),
    after: optional(f, 'after', (s) => readLocalized(ctx, s)),
    predict: optional(f, 'predict', (s) => readLocalized(ctx, s)),
    highlight: optional(f, 'highlight', (s) => readList(ctx, s)?.map((h) => readHighlight(ctx, h))),
    goals: optional(f, 'goals', (s) => readList(ctx, s)?.map((g) => readGoal(ctx, g))),
    hints: optional(f, 'hints', (s) => readList(ctx, s)?.map((h) => readLocalized(ctx, h))),
    solution: optional(f, 'solution', (s) => readCommands(ctx, s)),
  };
  return clean(step) as Step;
}

/** Reads one action: a map with exactly one of daemon, sleep, view, compare, file. */
export function readAction(ctx: ReadContext, slot: Slot): StepAction | undefined {
  const node = slot.node;
  const keys = node && isMap(node) ? node.items.map((p) => (isScalar(p.key) ? String(p.key.value) : '?')) : [];
  if (!node || !isMap(node) || keys.length !== 1) {
    const got = node && isMap(node) ? `${keys.length} fields` : 'something else';
    return fail(ctx, slot, `an action is a map with exactly one of ${ACTION_KINDS.join(', ')}; got ${got}`);
  }
  const kind = keys[0];
  if (!(ACTION_KINDS as readonly string[]).includes(kind)) {
    const hint = didYouMean(kind, ACTION_KINDS);
    report(
      ctx,
      node.items[0].key as Node,
      childPath(slot.path, kind),
      `unknown action '${kind}'${hint || `; an action is one of ${ACTION_KINDS.join(', ')}`}`,
    );
    return undefined;
  }
  const value = readMap(ctx, slot, { required: [kind] })?.get(kind);
  if (!value) return undefined;
  if (kind === 'daemon') {
    const daemon = readChoice(ctx, value, ['stop', 'start'] as const);
    return daemon && { daemon };
  }
  if (kind === 'sleep') {
    const sleep = readInteger(ctx, value, 0, MAX_SLEEP_MS, 'milliseconds of virtual time, at most a year');
    return sleep === undefined ? undefined : { sleep };
  }
  if (kind === 'file') return readFileAction(ctx, value);
  if (kind === 'view') {
    const view = readChoice(ctx, value, VIEWS);
    return view && { view };
  }
  const f = readMap(ctx, value, { required: ['n', 'profile', 'image'] });
  if (!f) return undefined;
  const compare = {
    n: optional(f, 'n', (s) => readInteger(ctx, s, 1, MAX_INSTANCES)),
    profile: optional(f, 'profile', (s) => readChoice(ctx, s, VM_PROFILE_IDS)),
    image: optional(f, 'image', (s) => readImageRef(ctx, s)),
  };
  return { compare } as StepAction;
}

/** Target kinds: those with a `:<name>` part, and those without. */
const NAMED_TARGETS = ['image', 'layer', 'container', 'volume', 'network', 'registry', 'compare'];
const PLAIN_TARGETS = ['daemon', 'client', 'api', 'vm'];
const TARGET_WORDS =
  'image:<ref>, layer:shared, container:<name>, volume:<name>, network:<name>, daemon, client, api, ' +
  'registry:<host>, vm or compare:<part>';

/** Reads one highlight: a view and a target. */
export function readHighlight(ctx: ReadContext, slot: Slot): Highlight | undefined {
  const f = readMap(ctx, slot, { required: ['view', 'target'] });
  if (!f) return undefined;
  const view = optional(f, 'view', (s) => readChoice(ctx, s, VIEWS));
  const target = optional(f, 'target', (s) => readTarget(ctx, s));
  return view && target ? { view, target } : undefined;
}

function readTarget(ctx: ReadContext, slot: Slot): string | undefined {
  const text = readText(ctx, slot, { singleLine: true });
  if (text === undefined) return undefined;
  if (PLAIN_TARGETS.includes(text)) return text;
  const colon = text.indexOf(':');
  const kind = colon < 0 ? text : text.slice(0, colon);
  const rest = colon < 0 ? '' : text.slice(colon + 1);
  if (!NAMED_TARGETS.includes(kind)) {
    return fail(
      ctx,
      slot,
      `must be one of ${TARGET_WORDS}; got '${text}'${didYouMean(kind, [...NAMED_TARGETS, ...PLAIN_TARGETS])}`,
    );
  }
  if (rest === '') return fail(ctx, slot, `'${kind}:' needs a name after the colon (${TARGET_WORDS})`);
  if (kind === 'image') {
    const parsed = parseNormalizedNamed(rest);
    if (!parsed.ok) return fail(ctx, slot, `'${rest}' is not a valid image reference: ${parsed.error}`);
  }
  return text;
}
