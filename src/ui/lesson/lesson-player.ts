/**
 * `<sim-lesson-player data-testid="lesson-player" data-lesson data-step>`: the lesson panel. Title,
 * step n of m and the steps to jump to; narration before and after; the step's commands with Run
 * (typed through the terminal) or "type it yourself"; predict-then-reveal; the goal's status
 * (`data-goal-met`) in words; hints one by one; the solution on request; previous/next/restart,
 * autoplay, undo/redo and the session's timeline. All of it drives a LessonController; the panel
 * keeps only what is shown (hints revealed, solution open). Emits `lesson-close`. Children in
 * `slot="tools"` (share, export, present) are shown under the timeline.
 */

import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { baseStyles } from '../theme/shared-styles';
import { lessonPlayerStyles } from './lesson-player-styles';
import type { LessonController } from './lesson-controller';
import { goalWords, paragraphs, tr } from './lesson-words';
import { stepLines } from '../../model/client';
import './lesson-timeline';

/** Autoplay speeds offered. */
const PLAY_SPEEDS = [0.5, 1, 2] as const;

@customElement('sim-lesson-player')
@localized()
export class SimLessonPlayer extends LitElement {
  static styles = [baseStyles, lessonPlayerStyles];

  @property({ attribute: false }) controller!: LessonController;
  @state() private hintsShown = 0;
  @state() private solutionShown = false;
  @state() private announcement = '';
  private shownStep = -1;
  private wasMet = false;
  private readonly onChange = () => this.follow();

  connectedCallback(): void {
    super.connectedCallback();
    this.setAttribute('data-testid', 'lesson-player');
    this.setAttribute('role', 'region');
    this.controller.addEventListener('change', this.onChange);
    this.follow();
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    this.controller.removeEventListener('change', this.onChange);
  }

  protected willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('controller')) {
      const old = changed.get('controller') as LessonController | undefined;
      old?.removeEventListener('change', this.onChange);
      this.controller.addEventListener('change', this.onChange);
      this.shownStep = -1;
      this.follow();
    }
    this.setAttribute('aria-label', msg(str`Lesson: ${tr(this.controller.scenario.title)}`, { id: 'lesson.region' }));
  }

  /** Follows the controller: step attributes, per-step state, the goal-met announcement. */
  private follow(): void {
    const c = this.controller;
    this.dataset.lesson = c.scenario.id;
    this.dataset.step = String(c.step + 1);
    if (c.step !== this.shownStep) {
      this.shownStep = c.step;
      this.hintsShown = 0;
      this.solutionShown = false;
      this.wasMet = c.goal.met;
      this.announcement = msg(str`Step ${c.step + 1} of ${c.scenario.steps.length}: ${tr(c.current.title)}`, {
        id: 'lesson.announceStep',
      });
      this.keepFocus();
    } else if (c.goal.met && !this.wasMet) {
      this.wasMet = true;
      this.announcement = c.last
        ? msg('Goal met. This was the last step of the lesson.', { id: 'lesson.announceMetLast' })
        : msg('Goal met. Next step: Alt+Right or the Next button.', { id: 'lesson.announceMet' });
      this.offerNext();
    } else if (!c.goal.met) this.wasMet = false;
    this.requestUpdate();
  }

  /**
   * When the goal is met, focus moves to Next only if it was on a control of this panel (Run,
   * Reveal): typing in the terminal is never interrupted.
   */
  private offerNext(): void {
    const active = this.shadowRoot?.activeElement;
    if (!active) return;
    void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>('#next')?.focus());
  }

  /** A button that held the focus and is now disabled (Next on the last step) hands it to the step's title. */
  private keepFocus(): void {
    const had = this.shadowRoot?.activeElement as HTMLButtonElement | null | undefined;
    if (!had) return;
    void this.updateComplete.then(() => {
      if (had.disabled || !had.isConnected) this.shadowRoot?.querySelector<HTMLElement>('#step-title')?.focus();
    });
  }

  private close(): void {
    this.dispatchEvent(new CustomEvent('lesson-close', { bubbles: true, composed: true }));
  }

  private renderCommands() {
    const c = this.controller;
    const step = c.current;
    if (step.commands.length === 0) return nothing;
    const ran = c.stage === 'after';
    return html`
      <pre class="commands"
        aria-label=${msg('Commands of this step', { id: 'lesson.commands' })}>${step.commands.map(
          (l, i) => html`${i ? '\n' : ''}<span>${l}</span>`,
        )}</pre>
      ${
        c.stage === 'predict'
          ? nothing
          : html`<div class="row">
            <button class="btn primary" id="run" @click=${() => void c.runStep()}>
              ${ran ? msg('Run again', { id: 'lesson.runAgain' }) : msg('Run', { id: 'lesson.run' })}
            </button>
            <span class="hint-text">${msg('or type it yourself in the terminal', { id: 'lesson.typeIt' })}</span>
          </div>`
      }
    `;
  }

  private renderGoal() {
    const c = this.controller;
    const goals = c.current.goals ?? [];
    const met = c.goal.met;
    return html`
      <section class="goal" data-testid="lesson-goal" data-goal-met=${met ? 'true' : 'false'}
        aria-label=${msg('Goal', { id: 'lesson.goal' })}>
        <h4>${msg('Goal', { id: 'lesson.goal' })}</h4>
        ${
          goals.length
            ? html`<ul>${goals.map((g, i) => {
                const ok = c.results[i]?.met === true;
                return html`<li class=${ok ? 'met' : 'unmet'}><span class="mark"
                  aria-hidden="true">${ok ? '✓' : '○'}</span>
                <span>${goalWords(g)}<span
                  class="sr-only"> ${
                    ok ? msg('(done)', { id: 'lesson.goalDone' }) : msg('(not yet)', { id: 'lesson.goalNotYet' })
                  }</span></span></li>`;
              })}</ul>`
            : html`<p>${
                c.current.commands.length
                  ? msg('Run the step\u2019s commands.', { id: 'lesson.goalRun' })
                  : msg('Read this step, then go on.', { id: 'lesson.goalRead' })
              }</p>`
        }
        ${
          met
            ? html`<p
          class="status">${
            c.last
              ? msg('Goal met. Well done: this was the last step.', { id: 'lesson.metLast' })
              : msg('Goal met. You can go on to the next step.', { id: 'lesson.met' })
          }</p>`
            : nothing
        }
      </section>
    `;
  }

  private renderHints() {
    const c = this.controller;
    const hints = c.current.hints ?? [];
    const solution = stepLines(c.current);
    return html`
      <section class="hints">
        <div class="row">
          ${
            hints.length
              ? html`<button class="btn" ?disabled=${this.hintsShown >= hints.length}
                @click=${() => (this.hintsShown += 1)}>
                ${msg(str`Hint (${Math.min(this.hintsShown + 1, hints.length)} of ${hints.length})`, {
                  id: 'lesson.hint',
                })}</button>`
              : nothing
          }
          ${
            solution.length
              ? html`<button class="btn" aria-expanded=${this.solutionShown ? 'true' : 'false'}
                @click=${() => (this.solutionShown = !this.solutionShown)}>
                ${
                  this.solutionShown
                    ? msg('Hide the solution', { id: 'lesson.hideSolution' })
                    : msg('Show the solution', { id: 'lesson.showSolution' })
                }</button>`
              : nothing
          }
        </div>
        ${
          this.hintsShown
            ? html`<ol
          aria-live="polite">${hints.slice(0, this.hintsShown).map((h) => html`<li>${tr(h)}</li>`)}</ol>`
            : nothing
        }
        ${
          this.solutionShown
            ? html`<pre class="commands"
          aria-label=${msg('Solution', { id: 'lesson.solution' })}>${solution.map(
            (l, i) => html`${i ? '\n' : ''}<span>${l}</span>`,
          )}</pre>`
            : nothing
        }
      </section>
    `;
  }

  private speedLabel(s: number): string {
    return `${String(s).replace('.', msg('.', { id: 'number.decimal' }))}×`;
  }

  render() {
    const c = this.controller;
    if (!c) return nothing;
    const step = c.current;
    const n = c.scenario.steps.length;
    return html`
      <div class="top">
        <div class="title-row">
          <h2>${tr(c.scenario.title)}</h2>
          <span class="count">${msg(str`Step ${c.step + 1} of ${n}`, { id: 'lesson.stepOf' })}</span>
          <button class="close" aria-label=${msg('Close the lesson', { id: 'lesson.close' })}
            title=${msg('Close the lesson', { id: 'lesson.close' })} @click=${this.close}>✕</button>
        </div>
        <nav aria-label=${msg('Steps', { id: 'lesson.steps' })}>
          <ol class="steps">
            ${c.scenario.steps.map(
              (
                s,
                i,
              ) => html`<li><button aria-current=${i === c.step ? 'step' : 'false'} class=${i < c.step ? 'done' : ''}
              aria-label=${msg(str`Step ${i + 1}: ${tr(s.title)}`, { id: 'lesson.stepLabel' })} title=${tr(s.title)}
                @click=${() => c.jump(i)}>${i + 1}</button></li>`,
            )}
          </ol>
        </nav>
      </div>
      <div class="body">
        <h3 id="step-title" tabindex="-1">${tr(step.title)}</h3>
        <div class="before">${paragraphs(step.before).map((p) => html`<p>${p}</p>`)}</div>
        ${this.renderCommands()}
        ${
          c.stage === 'predict' && step.predict
            ? html`<div class="predict" role="group" aria-label=${msg('Predict', { id: 'lesson.predictLabel' })}>
              <p>${tr(step.predict)}</p>
              <button class="btn primary" id="reveal"
                @click=${() => void c.reveal()}>${msg('Reveal', { id: 'lesson.reveal' })}</button>
            </div>`
            : nothing
        }
        ${
          c.stage === 'after'
            ? html`<div
          class="after">${paragraphs(step.after).map((p) => html`<p>${p}</p>`)}</div>`
            : nothing
        }
        ${this.renderGoal()}
        ${this.renderHints()}
        <div class="nav">
          <button class="btn" ?disabled=${c.step === 0}
            @click=${() => c.prev()}>${msg('Previous', { id: 'lesson.prev' })}</button>
          <button class="btn ${c.goal.met && !c.last ? 'primary next-ready' : ''}" id="next" ?disabled=${c.last}
            @click=${() => c.next()}>${msg('Next', { id: 'lesson.next' })}</button>
          <button class="btn" @click=${() => c.restart()}>${msg('Restart', { id: 'lesson.restart' })}</button>
          <span class="spacer"></span>
          <button class="btn" id="play" @click=${() => c.togglePlay()}>
            ${c.playing ? msg('Pause', { id: 'lesson.pause' }) : msg('Autoplay', { id: 'lesson.play' })}</button>
          <label class="field">${msg('Speed', { id: 'lesson.speed' })}
            <select @change=${(e: Event) => c.setSpeed(Number((e.target as HTMLSelectElement).value))}>
              ${PLAY_SPEEDS.map(
                (s) => html`<option value=${s}
                ?selected=${s === c.speed}>${this.speedLabel(s)}</option>`,
              )}
            </select>
          </label>
        </div>
        <div class="nav">
          <button class="btn" ?disabled=${!c.canUndo}
            @click=${() => c.undo()}>${msg('Undo', { id: 'lesson.undo' })}</button>
          <button class="btn" ?disabled=${!c.canRedo}
            @click=${() => c.redo()}>${msg('Redo', { id: 'lesson.redo' })}</button>
        </div>
        <sim-lesson-timeline .controller=${c}></sim-lesson-timeline>
        <div class="tools"><slot name="tools"></slot></div>
        <p
          class="keys">${msg('Keys', { id: 'lesson.keys' })}: <kbd>Alt</kbd>+<kbd>→</kbd> ${msg('next', {
            id: 'lesson.keyNext',
          })}, <kbd>Alt</kbd>+<kbd>←</kbd> ${msg('previous', { id: 'lesson.keyPrev' })}</p>
      </div>
      <div class="sr-only" role="status" aria-live="polite">${this.announcement}</div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sim-lesson-player': SimLessonPlayer;
  }
}
