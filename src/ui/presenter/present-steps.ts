/**
 * What Next and Back mean in front of a class, as pure decisions over the lesson's position: a
 * step goes narration → (the class predicts) → commands ran; Back undoes one of those moves, so
 * going back from a step's narration lands on the step before with its output shown.
 */

import type { Localized, Scenario, Step, ViewName } from '../../model';
import type { Stage } from './sync-protocol';

/** Where the presenter is. */
export interface PresentPosition {
  step: number;
  stage: Stage;
}

/** What Next does now. */
export type Advance = 'run' | 'reveal' | 'next' | 'none';

/** What Next does at a position: run the step's commands (or ask the class first), reveal, or move on. */
export function advanceOf(scenario: Scenario, at: PresentPosition): Advance {
  const step = scenario.steps[at.step];
  if (!step) return 'none';
  if (at.stage === 'predict') return 'reveal';
  if (at.stage === 'before' && (step.commands.length > 0 || step.predict)) return 'run';
  return at.step < scenario.steps.length - 1 ? 'next' : 'none';
}

/** Where Back goes: this step's narration, or the previous step as it ended. */
export function backOf(
  scenario: Scenario,
  at: PresentPosition,
): { step: number; stage: Stage; lines: string[] } | undefined {
  if (at.stage !== 'before') return { step: at.step, stage: 'before', lines: [] };
  if (at.step <= 0) return undefined;
  const prev = scenario.steps[at.step - 1];
  if (prev.commands.length === 0 && !prev.predict) return { step: at.step - 1, stage: 'before', lines: [] };
  return { step: at.step - 1, stage: 'after', lines: [...prev.commands] };
}

/** A localized text in the page's language. */
export function textIn(text: Localized | undefined, lang: 'en' | 'id'): string {
  return text ? text[lang] : '';
}

/**
 * The diagram a step shows, as the lesson player picks it when stepping forward: each step up to
 * this one may switch it (a `view` action, a `compare` action, else its first highlight's view);
 * a step that names none keeps the one before. Both windows compute it alike, so they agree.
 */
export function viewOfStep(scenario: Scenario, index: number): ViewName {
  let view: ViewName = scenario.view;
  for (const step of scenario.steps.slice(0, index + 1)) {
    let own: ViewName | undefined;
    for (const action of step.actions ?? []) {
      if ('view' in action) own = action.view;
      if ('compare' in action) own = 'compare';
    }
    view = own ?? step.highlight?.[0]?.view ?? view;
  }
  return view;
}

/** The comparison settings in force at a step (the last `compare` action up to it), as URL parameters. */
export function compareParamsOf(scenario: Scenario, index: number): Record<string, string> | undefined {
  let params: Record<string, string> | undefined;
  for (const step of scenario.steps.slice(0, index + 1)) {
    for (const action of step.actions ?? []) {
      if ('compare' in action)
        params = { n: String(action.compare.n), profile: action.compare.profile, image: action.compare.image };
    }
  }
  return params;
}

/** The lines a step's solution runs (its own `solution`, else its commands). */
export function solutionOf(step: Step): readonly string[] {
  return step.solution ?? step.commands;
}

/**
 * How many of the transcript's last blocks the current step printed (its applied lines; `#daemon` actions print none).
 */
export function currentBlocks(at: { lines: readonly string[]; cursor: number; base: number }): number {
  return at.lines.slice(0, at.cursor - at.base).filter((l) => !l.startsWith('#')).length;
}
