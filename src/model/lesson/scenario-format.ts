/**
 * Writes a scenario back as a file (JSON, 2-space indent, a trailing newline), with its fields in
 * the order the format documents them, so an exported session diffs cleanly and parses back equal.
 */

import type { Goal, Highlight, Localized, Scenario, Step, StepAction } from './scenario';

/** Field orders, as scenario.ts lists them. */
const SCENARIO_ORDER = [
  'schema',
  'kind',
  'id',
  'order',
  'title',
  'summary',
  'view',
  'start',
  'steps',
  'challenge',
  'quiz',
];
const START_ORDER = ['seed', 'files', 'commands', 'world'];
const STEP_ORDER = [
  'id',
  'title',
  'before',
  'commands',
  'actions',
  'after',
  'predict',
  'highlight',
  'goals',
  'hints',
  'solution',
];
const GOAL_FIELD_ORDER = [
  'image',
  'name',
  'command',
  'count',
  'min',
  'state',
  'ports',
  'memory',
  'usedBy',
  'file',
  'contains',
  'containers',
  'message',
];

/** The object with its keys in `order` first (others after, in their order), undefined dropped. */
function ordered(value: object, order: readonly string[]): Record<string, unknown> {
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
  return Object.fromEntries(
    entries
      .map((e, i) => [e, i] as const)
      .sort((a, b) => rank(a[0][0]) - rank(b[0][0]) || a[1] - b[1])
      .map(([e]) => e),
  );
}

const localized = (text: Localized): Localized => ({ en: text.en, id: text.id });

function goal(g: Goal): Goal {
  const [kind, value] = Object.entries(g)[0] as [string, unknown];
  return { [kind]: value !== null && typeof value === 'object' ? ordered(value, GOAL_FIELD_ORDER) : value } as Goal;
}

function action(a: StepAction): StepAction {
  return 'compare' in a
    ? { compare: ordered(a.compare, ['n', 'profile', 'image']) as { n: number; profile: string; image: string } }
    : a;
}

function step(s: Step): Record<string, unknown> {
  return ordered(
    {
      ...s,
      title: localized(s.title),
      before: localized(s.before),
      after: localized(s.after),
      predict: s.predict && localized(s.predict),
      actions: s.actions?.map(action),
      highlight: s.highlight?.map((h: Highlight) => ({ view: h.view, target: h.target })),
      goals: s.goals?.map(goal),
      hints: s.hints?.map(localized),
    },
    STEP_ORDER,
  );
}

/** The scenario as a JSON scenario file. */
export function formatScenario(scenario: Scenario): string {
  const value = ordered(
    {
      ...scenario,
      title: localized(scenario.title),
      summary: localized(scenario.summary),
      start: scenario.start && ordered(scenario.start, START_ORDER),
      // A challenge without steps is written without them, as its author would.
      steps: scenario.kind === 'challenge' && scenario.steps.length === 0 ? undefined : scenario.steps.map(step),
    },
    SCENARIO_ORDER,
  );
  return `${JSON.stringify(value, null, 2)}\n`;
}
