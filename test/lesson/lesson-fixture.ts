// Small scenarios for the lesson tests, built in code (the parser has its own tests).
import type { Localized, Scenario, Step } from '../../src/model/lesson/scenario';

/** The same text in both languages. */
export const both = (text: string): Localized => ({ en: text, id: text });

/** A step with the given lines and extras. */
export function step(id: string, commands: string[], extra: Partial<Step> = {}): Step {
  return { id, title: both(id), before: both(`before ${id}`), commands, after: both(`after ${id}`), ...extra };
}

/** A scenario made of the given steps. */
export function scenarioOf(steps: Step[], extra: Partial<Scenario> = {}): Scenario {
  return {
    schema: 'pelabuhan-scenario/1',
    id: 'test',
    order: 1,
    title: both('Test'),
    summary: both('A test'),
    view: 'architecture',
    steps,
    ...extra,
  };
}
