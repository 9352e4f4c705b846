/**
 * `<sim-quiz-question>`: one question as a form. Choices are a radio or checkbox group in a
 * fieldset whose legend is the question; a short answer is a text field, a predict answer a
 * monospace text area under the command. Submitting emits `quiz-check` ({ id, answer }); once the
 * page sets `.result`, the inputs are locked, the right options are marked in words and the
 * feedback (quiz-feedback.ts) takes the focus.
 */

import { LitElement, html, css, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { baseStyles } from '../theme/shared-styles';
import type { QuizAnswer, QuizQuestion } from '../../model';
import type { QuestionResult } from '../../model/exercises';
import { tr } from '../lesson/lesson-words';
import { currentLang } from '../i18n/locale';
import { feedbackStyles, renderFeedback } from './quiz-feedback';

/** Detail of `quiz-check`. */
export interface QuizCheckDetail {
  id: string;
  answer: QuizAnswer;
}

@customElement('sim-quiz-question')
@localized()
export class SimQuizQuestion extends LitElement {
  static styles = [
    baseStyles,
    feedbackStyles,
    css`
      :host { display: block; }
      fieldset { border: 0; padding: 0; margin: 0; min-width: 0; }
      legend { font-weight: 600; font-size: 1.05rem; padding: 0; margin-bottom: 0.5rem; }
      .n { display: block; font-size: 0.85rem; font-weight: 400; color: var(--text-muted); }
      .option { display: flex; gap: 0.5rem; align-items: baseline; padding: 0.25rem 0; }
      .option input { margin: 0; }
      .option .tag { font-weight: 600; color: var(--ok); }
      .option .chosen { font-weight: 600; color: var(--text-muted); }
      label.field { display: grid; gap: 0.25rem; font-size: 0.9rem; }
      input[type='text'], textarea {
        font: inherit;
        border: 1px solid var(--border-strong);
        border-radius: var(--radius);
        padding: 0.35rem 0.5rem;
        background: var(--surface);
        color: var(--text);
      }
      textarea { font-family: var(--font-mono); font-size: 0.85rem; min-height: 5.5rem; resize: vertical; }
      pre.command {
        font-family: var(--font-mono);
        font-size: 0.85rem;
        background: var(--term-bg);
        color: var(--term-fg);
        border-radius: var(--radius);
        padding: 0.4rem 0.6rem;
        margin: 0 0 0.5rem;
        white-space: pre-wrap;
      }
      .actions { margin-top: 0.5rem; display: flex; gap: 0.6rem; align-items: center; }
      .hint { color: var(--text-muted); font-size: 0.85rem; }
    `,
  ];

  @property({ attribute: false }) question!: QuizQuestion;
  /** 0-based position, and how many questions the quiz has. */
  @property({ type: Number }) index = 0;
  @property({ type: Number }) total = 1;
  /** Set by the page once checked. */
  @property({ attribute: false }) result: QuestionResult | undefined;
  /** The real output of the question's command ('' when it has none). */
  @property({ attribute: false }) real = '';
  /** The page is scoring this question (the client is loading). */
  @property({ type: Boolean }) busy = false;
  @state() private chosen: number[] = [];
  @state() private text = '';
  @state() private empty = false;

  protected updated(changed: Map<string, unknown>): void {
    // The button that was pressed is now disabled: the keyboard moves on to the feedback.
    if (changed.has('result') && this.result && changed.get('result') === undefined)
      this.renderRoot.querySelector<HTMLElement>('.feedback')?.focus();
  }

  private answer(): QuizAnswer {
    return this.question.type === 'single' || this.question.type === 'multiple'
      ? { choices: [...this.chosen].sort((a, b) => a - b) }
      : { text: this.text };
  }

  private submit(e: Event): void {
    e.preventDefault();
    if (this.result || this.busy) return;
    const answer = this.answer();
    this.empty = 'choices' in answer ? answer.choices.length === 0 : answer.text.trim() === '';
    if (this.empty) return;
    const detail: QuizCheckDetail = { id: this.question.id, answer };
    this.dispatchEvent(new CustomEvent('quiz-check', { detail, bubbles: true, composed: true }));
  }

  private toggle(i: number, on: boolean): void {
    this.empty = false;
    if (this.question.type === 'single') this.chosen = on ? [i] : [];
    else this.chosen = on ? [...this.chosen, i] : this.chosen.filter((c) => c !== i);
  }

  private renderInputs() {
    const q = this.question;
    const locked = this.result !== undefined;
    if (q.type === 'single' || q.type === 'multiple')
      return q.options.map(
        (o, i) => html`<label class="option"><input type=${q.type === 'single' ? 'radio' : 'checkbox'}
          name="choice" .checked=${this.chosen.includes(i)} ?disabled=${locked} data-option=${i}
          @change=${(e: Event) => this.toggle(i, (e.target as HTMLInputElement).checked)} />
          <span>${tr(o.text)}${
            locked && this.chosen.includes(i)
              ? html` <span class="chosen">— ${msg('your choice', { id: 'quiz.yourChoice' })}</span>`
              : nothing
          }${
            locked && o.correct
              ? html` <span class="tag">— ${msg('right answer', { id: 'quiz.rightOption' })}</span>`
              : nothing
          }</span></label>`,
      );
    const onInput = (e: Event) => {
      this.text = (e.target as HTMLInputElement | HTMLTextAreaElement).value;
      this.empty = false;
    };
    if (q.type === 'short')
      return html`<label class="field">${msg('Your answer', { id: 'quiz.yourAnswer' })}<input type="text"
        autocomplete="off" spellcheck="false" .value=${this.text} ?disabled=${locked} @input=${onInput} /></label>`;
    return html`<label class="field">${msg('What it prints, line by line', { id: 'quiz.predictLabel' })}<textarea
      spellcheck="false" autocapitalize="off" .value=${this.text} ?disabled=${locked}
      @input=${onInput}></textarea></label>`;
  }

  render() {
    const q = this.question;
    const n = this.index + 1;
    const multiple = q.type === 'multiple';
    return html`<form @submit=${this.submit} data-question=${q.id} data-type=${q.type}>
        <fieldset>
          <legend><span class="n">${msg(str`Question ${n} of ${this.total}`, { id: 'quiz.questionN' })}${
            multiple ? ` · ${msg('choose all that apply', { id: 'quiz.chooseAll' })}` : ''
          }</span>${tr(q.prompt)}</legend>
          ${
            q.type === 'predict'
              ? html`<pre class="command" aria-label=${msg('Command', { id: 'quiz.command' })}
            >$ ${q.command}</pre>`
              : nothing
          }
          ${this.renderInputs()}
        </fieldset>
        ${
          this.result
            ? nothing
            : html`<div class="actions"><button class="btn primary" type="submit" ?disabled=${this.busy}>${msg(
                'Check answer',
                { id: 'quiz.check' },
              )}</button>${
                this.empty
                  ? html`<span class="hint" role="alert">${msg('Answer first, then check.', {
                      id: 'quiz.answerFirst',
                    })}</span>`
                  : nothing
              }</div>`
        }
      </form>
      ${this.result ? renderFeedback(q, this.result, this.real, currentLang()) : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sim-quiz-question': SimQuizQuestion;
  }
}
