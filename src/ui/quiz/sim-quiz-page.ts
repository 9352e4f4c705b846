/**
 * `<sim-quiz-page data-testid="quiz-page" data-quiz>`: a quiz on a page of its own (`?quiz=<id>`):
 * every question as a form (`<sim-quiz-question>`), checked one by one against the model (the
 * docker client's chunk is loaded on the first check: a predict answer is scored against the real
 * output of its command), then the total. A finished quiz is recorded in the learner's progress
 * (kind quiz, score of questions); the best score is kept by the store and shown on return.
 */

import { LitElement, html, css, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { localized, msg, str } from '@lit/localize';
import { baseStyles } from '../theme/shared-styles';
import { loadExercises, type QuizAnswer, type QuizQuestion, type Scenario } from '../../model';
import type { QuestionResult } from '../../model/exercises';
import type { LoadFailure } from '../authoring/load-problem';
import { LANGS, applyLang, currentLang, type Lang } from '../i18n/locale';
import { tr } from '../lesson/lesson-words';
import { readProgress, recordProgress, PROGRESS_EVENT } from '../classroom/progress-store';
import { scenarioVersion } from '../classroom/lesson-progress';
import { formatScore } from './quiz-feedback';
import type { QuizCheckDetail } from './sim-quiz-question';
import { QUIZZES } from '../../quizzes/index';
import { quizUrl } from './quiz-url';
import { loadPrefs, savePrefs } from '../common/prefs';
import { pageStorage } from '../presenter/scenario-store';
import './sim-quiz-question';
import '../authoring/sim-scenario-errors';

/** Why the URL's quiz cannot be shown. */
export type QuizProblem =
  | { kind: 'unknown'; id: string }
  | { kind: 'missing-local' }
  | { kind: 'not-a-quiz'; id: string }
  | { kind: 'load'; failure: LoadFailure };

/** Each language in its own words (as the simulator's header names them). */
const LANG_NAMES: Record<Lang, string> = { en: 'English', id: 'Bahasa Indonesia' };

interface Checked {
  result: QuestionResult;
  real: string;
}

@customElement('sim-quiz-page')
@localized()
export class SimQuizPage extends LitElement {
  static styles = [
    baseStyles,
    css`
      :host { display: block; min-height: 100vh; background: var(--bg); }
      header {
        display: flex; flex-wrap: wrap; align-items: center; gap: 0.4rem 1rem; padding: 0.35rem 1rem;
        background: var(--surface); border-bottom: 1px solid var(--border);
      }
      header a.brand { font-weight: 700; font-size: 1.15rem; color: var(--accent-strong); text-decoration: none; }
      header .back { margin-right: auto; color: var(--accent-strong); }
      label.lang {
        display: inline-flex; align-items: center; gap: 0.4rem; font-size: 0.9rem; color: var(--text-muted);
      }
      select { font: inherit; font-size: 0.9rem; border: 1px solid var(--border-strong); border-radius: var(--radius);
        padding: 0.2rem 0.4rem; min-height: 2rem; background: var(--surface); color: var(--text); }
      main { max-width: 52rem; margin: 0 auto; padding: 1rem; }
      h1 { font-size: 1.5rem; margin: 0.3rem 0; }
      .summary { color: var(--text-muted); margin-top: 0; }
      ol.questions { list-style: none; padding: 0; margin: 1rem 0; display: grid; gap: 1rem; }
      ol.questions > li { background: var(--surface); border: 1px solid var(--border); border-radius: var(--radius);
        padding: 0.8rem 1rem; }
      .total { background: var(--surface); border: 2px solid var(--accent); border-radius: var(--radius);
        padding: 0.8rem 1rem; }
      .total p { margin: 0.2rem 0; }
      .score { font-size: 1.2rem; font-weight: 700; }
      .best { color: var(--text-muted); }
      ul.others { padding-left: 1.2rem; }
      a { color: var(--accent-strong); }
    `,
  ];

  /** The quiz (a `kind: quiz` scenario), or `problem` says why there is none. */
  @property({ attribute: false }) scenario: Scenario | undefined;
  @property({ attribute: false }) problem: QuizProblem | undefined;
  @state() private checked = new Map<string, Checked>();
  @state() private busy = '';
  /** Bumped by "Take it again", so every question starts afresh. */
  @state() private attempt = 0;
  private readonly onProgress = () => this.requestUpdate();

  connectedCallback(): void {
    super.connectedCallback();
    addEventListener(PROGRESS_EVENT, this.onProgress);
    // The first check needs the docker client: fetch it while the learner reads.
    if (this.scenario) void loadExercises().catch(() => undefined);
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener(PROGRESS_EVENT, this.onProgress);
  }

  protected willUpdate(): void {
    this.dataset.quiz = this.scenario?.id ?? '';
  }

  private get questions(): QuizQuestion[] {
    return this.scenario?.quiz?.questions ?? [];
  }

  private best() {
    const id = this.scenario?.id;
    return readProgress().find((e) => e.kind === 'quiz' && e.id === id);
  }

  private async check(e: CustomEvent<QuizCheckDetail>): Promise<void> {
    const scenario = this.scenario;
    const question = this.questions.find((q) => q.id === e.detail.id);
    if (!scenario || !question || this.checked.has(question.id)) return;
    this.busy = question.id;
    try {
      const client = await loadExercises();
      const real = question.command !== undefined ? client.questionOutput(scenario, question, currentLang()) : '';
      const result = client.scoreQuestion(question, e.detail.answer as QuizAnswer, real);
      this.checked = new Map(this.checked).set(question.id, { result, real });
    } finally {
      this.busy = '';
    }
    if (this.checked.size === this.questions.length) this.finish(scenario);
  }

  private total(): number {
    const sum = [...this.checked.values()].reduce((s, c) => s + c.result.score, 0);
    return Math.round(sum * 100) / 100;
  }

  private finish(scenario: Scenario): void {
    recordProgress({
      kind: 'quiz',
      id: scenario.id,
      scenarioHash: scenarioVersion(scenario),
      score: this.total(),
      maxScore: this.questions.length,
      finishedAt: Date.now(),
    });
  }

  private retake(): void {
    this.checked = new Map();
    this.attempt++;
    void this.updateComplete.then(() =>
      this.renderRoot
        .querySelector('sim-quiz-question')
        ?.renderRoot.querySelector<HTMLElement>('input, textarea')
        ?.focus(),
    );
  }

  private async chooseLang(lang: Lang): Promise<void> {
    await applyLang(lang);
    const params = new URLSearchParams(location.search);
    params.set('lang', lang);
    history.replaceState(history.state, '', `?${params.toString()}${location.hash}`);
    const storage = pageStorage();
    savePrefs(storage, { ...loadPrefs(storage, location.search), lang });
  }

  private renderHeader() {
    const lang = currentLang();
    return html`<header>
      <a class="brand" href=${`./?lang=${lang}`}>Pelabuhan</a>
      <a class="back" href=${`./?lang=${lang}`}>${msg('Back to the simulator', { id: 'quiz.back' })}</a>
      <label class="lang">${msg('Language', { id: 'app.language' })}
        <select @change=${(e: Event) => void this.chooseLang((e.target as HTMLSelectElement).value as Lang)}>
          ${LANGS.map((l) => html`<option value=${l} ?selected=${l === lang}>${LANG_NAMES[l]}</option>`)}
        </select>
      </label>
    </header>`;
  }

  private renderProblem(problem: QuizProblem) {
    const lang = currentLang();
    const text =
      problem.kind === 'unknown'
        ? msg(str`There is no quiz called "${problem.id}".`, { id: 'quiz.unknown' })
        : problem.kind === 'missing-local'
          ? msg('This quiz file is no longer stored in this browser. Open it again in the simulator.', {
              id: 'quiz.missingLocal',
            })
          : problem.kind === 'not-a-quiz'
            ? msg(str`The file "${problem.id}" is not a quiz (its kind is not quiz).`, { id: 'quiz.notAQuiz' })
            : '';
    return html`<main>
      <h1>${msg('Quiz', { id: 'quiz.heading' })}</h1>
      ${
        problem.kind === 'load'
          ? html`<sim-scenario-errors .report=${{ failure: problem.failure }}></sim-scenario-errors>`
          : html`<p role="alert" data-testid="quiz-problem">${text}</p>`
      }
      <h2>${msg('Quizzes', { id: 'quiz.menu' })}</h2>
      <ul class="others">${QUIZZES.map((q) => html`<li><a href=${quizUrl(q.id, lang)}>${tr(q.title)}</a></li>`)}</ul>
    </main>`;
  }

  render() {
    const scenario = this.scenario;
    if (!scenario) return html`${this.renderHeader()}${this.problem ? this.renderProblem(this.problem) : nothing}`;
    const lang = currentLang();
    const questions = this.questions;
    const best = this.best();
    const done = this.checked.size === questions.length;
    const max = questions.length;
    return html`${this.renderHeader()}
      <main>
        <h1>${tr(scenario.title)}</h1>
        <p class="summary">${tr(scenario.summary)}</p>
        ${
          best && !done
            ? html`<p class="best" data-testid="quiz-best">${msg(
                str`Your best score so far: ${formatScore(best.score, lang)} of ${best.maxScore}.`,
                { id: 'quiz.bestSoFar' },
              )}</p>`
            : nothing
        }
        <ol class="questions">
          ${repeat(
            questions,
            (q) => `${this.attempt}:${q.id}`,
            (q, i) => html`<li><sim-quiz-question .question=${q} index=${i} total=${max}
              .result=${this.checked.get(q.id)?.result} .real=${this.checked.get(q.id)?.real ?? ''}
              ?busy=${this.busy === q.id} @quiz-check=${(e: CustomEvent<QuizCheckDetail>) => void this.check(e)}
            ></sim-quiz-question></li>`,
          )}
        </ol>
        <div role="status" aria-live="polite">${
          done
            ? html`<section class="total" data-testid="quiz-total" data-score=${String(this.total())} data-max=${max}>
              <p class="score">${msg(str`Your score: ${formatScore(this.total(), lang)} of ${max}.`, {
                id: 'quiz.score',
              })}</p>
              ${
                best
                  ? html`<p class="best">${msg(
                      str`Best score kept: ${formatScore(best.score, lang)} of ${best.maxScore}.`,
                      {
                        id: 'quiz.bestKept',
                      },
                    )}</p>`
                  : nothing
              }
              <button class="btn" @click=${() => this.retake()}>${msg('Take it again', { id: 'quiz.retake' })}</button>
            </section>`
            : html`<p class="sr-only">${msg(str`${this.checked.size} of ${max} questions checked.`, {
                id: 'quiz.progress',
              })}</p>`
        }</div>
      </main>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sim-quiz-page': SimQuizPage;
  }
}
