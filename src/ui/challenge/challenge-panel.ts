/**
 * `<sim-challenge-panel data-testid="challenge-panel" data-challenge data-state>` (issue 14): where the
 * lesson player sits, a challenge open over the session. The task, the timer (real time; announced
 * only when one minute is left and when it runs out), each goal's status re-checked after every
 * command, a Hint button for the current state, the questions as labelled inputs with Check buttons,
 * a banner with Restart when a fail check holds, and the result once finished. `data-state` is
 * `working`, `broken` or `finished`. Emits `challenge-close`.
 */

import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { baseStyles } from '../theme/shared-styles';
import { challengePanelStyles } from './challenge-panel-styles';
import type { ChallengeController } from './challenge-controller';
import { goalWords, paragraphs, tr } from '../lesson/lesson-words';

/** `m:ss`. */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.abs(Math.floor(seconds)));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

@customElement('sim-challenge-panel')
@localized()
export class SimChallengePanel extends LitElement {
  static styles = [baseStyles, challengePanelStyles];

  @property({ attribute: false }) controller!: ChallengeController;
  /** What the live region says: the moments worth announcing, not every tick. */
  @state() private announcement = '';
  /** Bumped each second so the timer redraws. */
  @state() private tick = 0;
  private ticker: ReturnType<typeof setInterval> | undefined;
  private said = { minute: false, up: false, broken: 0, finished: false };
  private readonly onChange = () => this.follow();

  connectedCallback(): void {
    super.connectedCallback();
    this.setAttribute('data-testid', 'challenge-panel');
    this.setAttribute('role', 'region');
    this.controller.addEventListener('change', this.onChange);
    this.ticker = setInterval(() => this.everySecond(), 1000);
    this.follow();
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    this.controller.removeEventListener('change', this.onChange);
    clearInterval(this.ticker);
  }

  protected willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('controller')) {
      (changed.get('controller') as ChallengeController | undefined)?.removeEventListener('change', this.onChange);
      this.controller.addEventListener('change', this.onChange);
    }
    const c = this.controller;
    this.setAttribute('aria-label', msg(str`Challenge: ${tr(c.scenario.title)}`, { id: 'challenge.region' }));
    this.dataset.challenge = c.scenario.id;
    this.dataset.state = c.result ? 'finished' : c.broken.length ? 'broken' : 'working';
  }

  /** Announces what changed that matters: a broken setup, the finish. */
  private follow(): void {
    const c = this.controller;
    if (c.broken.length && c.broken.length !== this.said.broken) this.announcement = tr(c.broken[0]);
    this.said.broken = c.broken.length;
    if (c.result && !this.said.finished) {
      this.said.finished = true;
      this.announcement = msg(str`Challenge done: ${c.result.score} of ${c.result.maxScore} points.`, {
        id: 'challenge.doneSaid',
      });
    }
    this.requestUpdate();
  }

  private everySecond(): void {
    const left = this.controller.secondsLeft;
    if (this.controller.result) return;
    this.tick++;
    if (left === undefined) return;
    if (left <= 60 && left > 0 && !this.said.minute) {
      this.said.minute = true;
      this.announcement = msg('One minute left.', { id: 'challenge.minuteLeft' });
    }
    if (left <= 0 && !this.said.up) {
      this.said.up = true;
      this.announcement = msg('Time is up. You can still finish, for fewer points.', { id: 'challenge.timeUp' });
    }
  }

  private close(): void {
    this.dispatchEvent(new CustomEvent('challenge-close', { bubbles: true, composed: true }));
  }

  private check(id: string): void {
    const input = this.renderRoot.querySelector<HTMLInputElement>(`#answer-${id}`);
    this.controller.answer(id, input?.value ?? '');
  }

  private renderTimer() {
    const c = this.controller;
    const left = c.secondsLeft;
    if (left === undefined)
      return html`<span>${msg('Time', { id: 'challenge.time' })}
        <span class="timer" role="timer">${clock(c.seconds)}</span></span>`;
    const label =
      left >= 0 ? msg('Time left', { id: 'challenge.timeLeft' }) : msg('Over time', { id: 'challenge.overTime' });
    return html`<span>${label}
      <span class="timer" role="timer" data-late=${left < 0 ? 'true' : 'false'}>${clock(left)}</span></span>`;
  }

  private renderGoals() {
    const c = this.controller;
    if (c.challenge.goals.length === 0) return nothing;
    return html`<section class="box" data-testid="challenge-goals" data-goal-met=${c.goalsMet ? 'true' : 'false'}>
      <h3>${msg('Goal', { id: 'lesson.goal' })}</h3>
      <ul class="goals">
        ${c.challenge.goals.map((g, i) => {
          const met = c.goals[i]?.met === true;
          const status = met
            ? msg('done', { id: 'challenge.goalDone' })
            : msg('not yet', { id: 'challenge.goalNotYet' });
          return html`<li class=${met ? 'met' : 'unmet'} data-met=${met ? 'true' : 'false'}>
            <span class="mark" aria-hidden="true">${met ? '✓' : '○'}</span>
            <span>${goalWords(g)}<span class="sr-only">: ${status}</span></span>
          </li>`;
        })}
      </ul>
    </section>`;
  }

  private renderHint() {
    const c = this.controller;
    const none = msg('No hint for this state: you are on the right track.', { id: 'challenge.noHint' });
    return html`<section>
      <div class="row">
        <button class="btn" data-testid="challenge-hint-button" ?disabled=${!!c.result}
          @click=${() => c.showHint()}>${msg('Hint', { id: 'challenge.hint' })}</button>
        <span class="meta">${msg(str`Hints used: ${c.hintsUsed}`, { id: 'challenge.hintsUsed' })}</span>
      </div>
      <div aria-live="polite">
        ${c.hint ? html`<p class="hint" data-testid="challenge-hint">${tr(c.hint)}</p>` : nothing}
        ${c.noHint ? html`<p class="hint" data-testid="challenge-hint">${none}</p>` : nothing}
      </div>
    </section>`;
  }

  private renderQuestions() {
    const c = this.controller;
    const questions = c.challenge.questions ?? [];
    if (!questions.length) return nothing;
    return html`<section class="box" data-testid="challenge-questions">
      <h3>${msg('Questions', { id: 'challenge.questions' })}</h3>
      ${questions.map((q) => {
        const a = c.answers.get(q.id);
        return html`<div class="question" data-question=${q.id}>
          <label for=${`answer-${q.id}`}>${tr(q.text)}</label>
          <div class="row">
            <input id=${`answer-${q.id}`} autocomplete="off" spellcheck="false" ?readonly=${a?.correct === true}
              @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && this.check(q.id)} />
            <button class="btn" data-testid="challenge-check" ?disabled=${a?.correct === true || c.broken.length > 0}
              @click=${() => this.check(q.id)}>${msg('Check', { id: 'challenge.check' })}</button>
          </div>
          <p class="feedback" aria-live="polite" data-correct=${a ? String(a.correct) : nothing}>${
            a === undefined
              ? ''
              : a.correct
                ? msg('Right: that is what the world holds.', { id: 'challenge.right' })
                : msg('Not that. Look again at what docker tells you.', { id: 'challenge.wrong' })
          }</p>
        </div>`;
      })}
    </section>`;
  }

  private renderResult() {
    const r = this.controller.result;
    if (!r) return nothing;
    const late = r.late ? ` (${msg('over time', { id: 'challenge.late' })})` : '';
    const scoring = msg('Each task is worth 10 points; each hint costs 2, finishing over time 5.', {
      id: 'challenge.scoring',
    });
    return html`<section class="finished" data-testid="challenge-finished" tabindex="-1">
      <h3>${msg('Challenge done', { id: 'challenge.done' })}</h3>
      <dl>
        <dt>${msg('Score', { id: 'challenge.score' })}</dt>
        <dd data-testid="challenge-score">${r.score} / ${r.maxScore}</dd>
        <dt>${msg('Time', { id: 'challenge.time' })}</dt><dd>${clock(r.seconds)}${late}</dd>
        <dt>${msg('Hints used', { id: 'challenge.hintsUsedLabel' })}</dt><dd>${r.hintsUsed}</dd>
      </dl>
      <p>${scoring}</p>
    </section>`;
  }

  render() {
    void this.tick;
    const c = this.controller;
    return html`
      <div class="top">
        <div class="title-row">
          <span class="kind">${msg('Challenge', { id: 'challenge.kind' })}</span>
          <h2>${tr(c.scenario.title)}</h2>
          <button class="close" aria-label=${msg('Close the challenge', { id: 'challenge.close' })}
            @click=${() => this.close()}>✕</button>
        </div>
        <div class="meta">
          ${this.renderTimer()}
          <span>${msg(str`Tasks: ${c.tasksDone} of ${c.tasks}`, { id: 'challenge.tasks' })}</span>
        </div>
      </div>
      <div class="body">
        ${
          c.broken.length
            ? html`<div class="broken" role="alert" data-testid="challenge-broken">
              ${c.broken.map((m) => html`<p>${tr(m)}</p>`)}
              <button class="btn primary" data-testid="challenge-restart-broken"
                @click=${() => c.restart()}>${msg('Restart', { id: 'lesson.restart' })}</button>
            </div>`
            : nothing
        }
        ${this.renderResult()}
        <section>${paragraphs(c.challenge.task).map((p) => html`<p>${p}</p>`)}</section>
        ${this.renderGoals()} ${this.renderQuestions()} ${this.renderHint()}
        <div class="nav">
          <button class="btn" data-testid="challenge-restart" @click=${() => c.restart()}>${msg('Restart', {
            id: 'lesson.restart',
          })}</button>
        </div>
      </div>
      <div class="sr-only" aria-live="polite" role="status" data-testid="challenge-announce">${this.announcement}</div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sim-challenge-panel': SimChallengePanel;
  }
}
