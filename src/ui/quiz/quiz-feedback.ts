/**
 * What the learner sees once a question is checked: the verdict, the explanation, and the real
 * output of the question's command. For a predict question the learner's lines and the real ones
 * sit side by side, each line marked as text (✓ matches, ✗ differs) and said to screen readers.
 */

import { html, css, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { QuizQuestion } from '../../model';
import type { LineMark, QuestionResult } from '../../model/exercises';
import { tr } from '../lesson/lesson-words';

/** The feedback's styles, for the question element. */
export const feedbackStyles = css`
  .feedback {
    margin-top: 0.6rem;
    padding: 0.6rem 0.8rem;
    border-radius: var(--radius);
    border: 1px solid var(--border);
  }
  .feedback:focus-visible { outline: 3px solid var(--focus); }
  .feedback[data-verdict='right'] { border-color: var(--ok); }
  .feedback[data-verdict='wrong'] { border-color: var(--danger); background: var(--danger-soft); }
  .feedback[data-verdict='partly'] { border-color: var(--warn-text); background: var(--warn-bg); }
  .verdict { font-weight: 700; margin: 0 0 0.3rem; }
  .explanation { margin: 0.3rem 0; }
  .compare {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
    gap: 0.6rem;
    margin-top: 0.4rem;
  }
  figure { margin: 0; min-width: 0; }
  figcaption { font-weight: 600; font-size: 0.9rem; margin-bottom: 0.2rem; }
  ol.lines, pre.output {
    font-family: var(--font-mono);
    font-size: 0.85rem;
    background: var(--term-bg);
    color: var(--term-fg);
    border-radius: var(--radius);
    padding: 0.4rem 0.6rem;
    margin: 0;
    /* Long lines wrap rather than scroll: nothing here needs a scroll region (and its tab stop). */
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  ol.lines { list-style: none; white-space: normal; }
  ol.lines li { white-space: pre-wrap; padding-left: 1.4em; text-indent: -1.4em; }
  ol.lines li[data-matched='false'] { background: rgba(255, 120, 100, 0.22); }
  .mark { display: inline-block; width: 1.4em; text-indent: 0; }
  ol.lines li.none { color: var(--term-muted); }
`;

/** How a result is called: right, partly right, wrong. */
function verdictOf(result: QuestionResult): 'right' | 'partly' | 'wrong' {
  return result.correct ? 'right' : result.score > 0 ? 'partly' : 'wrong';
}

/** A score as the reader writes numbers (up to two decimals). */
export function formatScore(value: number, lang: string): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(value);
}

function verdictText(result: QuestionResult, lang: string): string {
  const c = result.comparison;
  if (c) {
    const matched = c.real.filter((l) => l.matched).length;
    const lines = Math.max(c.real.length, c.answer.length);
    const points = formatScore(result.score, lang);
    if (result.correct) return msg('Right: every line matches.', { id: 'quiz.rightLines' });
    return msg(str`${matched} of ${lines} lines match: ${points} of 1 point.`, { id: 'quiz.partLines' });
  }
  return result.correct ? msg('Right.', { id: 'quiz.right' }) : msg('Not right.', { id: 'quiz.wrong' });
}

function lines(marks: readonly LineMark[], label: string): TemplateResult {
  const matches = msg('matches', { id: 'quiz.lineMatches' });
  const differs = msg('differs', { id: 'quiz.lineDiffers' });
  return html`<ol class="lines" aria-label=${label}>
    ${
      marks.length
        ? marks.map(
            (l) => html`<li data-matched=${l.matched ? 'true' : 'false'}><span class="mark"
              aria-hidden="true">${l.matched ? '✓' : '✗'}</span><span class="sr-only">${
                l.matched ? matches : differs
              }: </span>${l.text}</li>`,
          )
        : html`<li class="none">${msg('(nothing)', { id: 'quiz.nothing' })}</li>`
    }
  </ol>`;
}

/** The feedback of a checked question. */
export function renderFeedback(question: QuizQuestion, result: QuestionResult, real: string, lang: string) {
  const verdict = verdictOf(result);
  const c = result.comparison;
  const yours = msg('Your answer', { id: 'quiz.yourAnswer' });
  const realLabel = msg('What it really prints', { id: 'quiz.realOutput' });
  return html`<div class="feedback" data-testid="quiz-feedback" data-verdict=${verdict}
    data-score=${String(result.score)} tabindex="-1">
    <p class="verdict"><span aria-hidden="true">${
      verdict === 'right' ? '✓ ' : verdict === 'partly' ? '◐ ' : '✗ '
    }</span>${verdictText(result, lang)}</p>
    <p class="explanation">${tr(question.explanation)}</p>
    ${
      c
        ? html`<div class="compare">
          <figure><figcaption>${yours}</figcaption>${lines(c.answer, yours)}</figure>
          <figure data-testid="quiz-real"><figcaption>${realLabel}</figcaption>${lines(c.real, realLabel)}</figure>
        </div>`
        : question.command !== undefined
          ? html`<figure data-testid="quiz-real"><figcaption>${realLabel}</figcaption><pre class="output"
              >$ ${question.command}\n${real}</pre></figure>`
          : nothing
    }
  </div>`;
}
