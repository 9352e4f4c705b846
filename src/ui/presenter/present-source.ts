/**
 * The scenario a `ScenarioRef` names, for the presenter and its audience windows: a built-in
 * lesson, a same-origin file (`loadScenarioUrl`, which refuses any other origin before asking), or
 * a file kept in localStorage (`scenario-store.ts`). Anything else ends in a problem said in words
 * (`renderSourceProblem`). The YAML parser is loaded only for a file.
 */

import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Scenario } from '../../model';
import type { LoadFailure } from '../authoring/load-problem';
import { lessonById } from '../../lessons/index';
import { readStoredScenario } from './scenario-store';
import type { ScenarioRef } from './scenario-ref';
import '../authoring/sim-scenario-errors';

/** Why the named scenario cannot be presented. */
export type SourceProblem =
  | { kind: 'unknown-lesson'; id: string }
  | { kind: 'missing-local'; hash: string }
  | { kind: 'load'; failure: LoadFailure };

/** The scenario, or why not. */
export type Resolved = { ok: true; scenario: Scenario } | { ok: false; problem: SourceProblem };

/** Where files come from: the page's address (for `src`), its localStorage, and fetch (tests pass their own). */
export interface SourceContext {
  pageUrl: string;
  storage: Storage | undefined;
  fetchFn?: typeof fetch;
}

/** Finds the scenario `ref` names. */
export async function resolveScenario(ref: ScenarioRef, context: SourceContext): Promise<Resolved> {
  if (ref.kind === 'lesson') {
    const scenario = lessonById(ref.id);
    return scenario ? { ok: true, scenario } : { ok: false, problem: { kind: 'unknown-lesson', id: ref.id } };
  }
  const source = await import('../authoring/scenario-source');
  if (ref.kind === 'src') {
    const outcome = await source.loadScenarioUrl(ref.src, context.pageUrl, context.fetchFn);
    return outcome.ok
      ? { ok: true, scenario: outcome.scenario }
      : { ok: false, problem: { kind: 'load', failure: outcome.failure } };
  }
  const text = readStoredScenario(context.storage, ref.hash);
  if (text === undefined) return { ok: false, problem: { kind: 'missing-local', hash: ref.hash } };
  const outcome = source.loadScenarioText(text, `${ref.hash}.scenario`);
  return outcome.ok
    ? { ok: true, scenario: outcome.scenario }
    : { ok: false, problem: { kind: 'load', failure: outcome.failure } };
}

/** A problem in words (role=alert): a file's errors in the authoring panel, or a sentence. */
export function renderSourceProblem(problem: SourceProblem): TemplateResult {
  switch (problem.kind) {
    case 'unknown-lesson':
      return html`<p
        role="alert">${msg('There is no lesson with that name.', {
          id: 'present.unknownLesson',
        })} <code>${problem.id}</code></p>`;
    case 'missing-local':
      return html`<p role="alert" data-testid="present-missing">${msg(
        'The scenario file this link names is not stored in this browser any more (only the last few opened files are kept, and only in the browser that opened them). Open the file again in the simulator and press Present there.',
        { id: 'present.missingLocal' },
      )}</p>`;
    case 'load':
      return html`<sim-scenario-errors .report=${{ failure: problem.failure }}></sim-scenario-errors>`;
  }
}
