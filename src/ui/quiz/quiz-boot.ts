/**
 * The quiz page's boot, its own lazy chunk (`main.ts` loads it for `?quiz=`): finds the quiz the
 * URL names (a built-in one, a file kept in localStorage, or a same-origin file), then mounts
 * `<sim-quiz-page>` with it, or with why it cannot be shown (a broken file's errors with line and
 * column; the page keeps working and links back to the simulator).
 */

import { scenarioKind, type Scenario } from '../../model';
import type { LoadFailure } from '../authoring/load-problem';
import { pageStorage, readStoredScenario } from '../presenter/scenario-store';
import { quizById } from '../../quizzes/index';
import type { QuizProblem, SimQuizPage } from './sim-quiz-page';
import './sim-quiz-page';

/** The quiz `ref` names, or why not. */
export async function resolveQuiz(
  ref: string,
  pageUrl: string,
  storage: Storage | undefined,
): Promise<{ ok: true; scenario: Scenario } | { ok: false; problem: QuizProblem }> {
  let loaded: { ok: true; scenario: Scenario } | { ok: false; failure: LoadFailure } | undefined;
  if (ref.startsWith('local:') || ref.startsWith('src:')) {
    const source = await import('../authoring/scenario-source');
    if (ref.startsWith('src:')) loaded = await source.loadScenarioUrl(ref.slice(4), pageUrl);
    else {
      const text = readStoredScenario(storage, ref.slice(6, 70));
      if (text === undefined) return { ok: false, problem: { kind: 'missing-local' } };
      loaded = source.loadScenarioText(text, `${ref.slice(6, 22)}.scenario`);
    }
  } else {
    const scenario = quizById(ref);
    loaded = scenario ? { ok: true, scenario } : undefined;
  }
  if (!loaded) return { ok: false, problem: { kind: 'unknown', id: ref.slice(0, 64) } };
  if (!loaded.ok) return { ok: false, problem: { kind: 'load', failure: loaded.failure } };
  if (scenarioKind(loaded.scenario) !== 'quiz' || !loaded.scenario.quiz)
    return { ok: false, problem: { kind: 'not-a-quiz', id: loaded.scenario.id } };
  return loaded;
}

/** Mounts the quiz page for `ref` (the URL's `quiz=`) in `#app`. */
export async function bootQuiz(ref: string): Promise<SimQuizPage> {
  const page = document.createElement('sim-quiz-page');
  const resolved = await resolveQuiz(ref, location.href, pageStorage());
  if (resolved.ok) page.scenario = resolved.scenario;
  else page.problem = resolved.problem;
  document.getElementById('app')!.replaceChildren(page);
  await page.updateComplete;
  document.documentElement.dataset.ready = 'true';
  return page;
}
