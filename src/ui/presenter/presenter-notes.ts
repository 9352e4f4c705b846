/**
 * `<sim-presenter-notes>`: what only the teacher sees: the narration that follows the commands,
 * the step's hints and solution, whether its goal is met, a preview of the next step, and a box to
 * run one more command (its output goes to the class's screen like any other). Emits
 * `sim-presenter-run` (detail `{ line }`).
 */

import { LitElement, html, css, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import type { Scenario } from '../../model';
import { solutionOf, textIn } from './present-steps';

@customElement('sim-presenter-notes')
@localized()
export class SimPresenterNotes extends LitElement {
  static styles = css`
    :host {
      display: block;
      overflow: auto;
      padding: 0.8rem 1rem;
      background: var(--surface-2);
      border-left: 3px solid var(--text);
      font-size: 0.95em;
    }
    h2 { font-size: 1em; margin: 0.9rem 0 0.3rem; text-transform: uppercase; letter-spacing: 0.05em; }
    h2:first-child { margin-top: 0; }
    p, ul { margin: 0 0 0.4rem; }
    ul { padding-left: 1.2rem; }
    .mono { font-family: var(--font-mono); overflow-wrap: anywhere; white-space: pre-wrap; }
    .goal[data-met='true'] { color: var(--ok); font-weight: 700; }
    .next-step {
      border: 2px solid var(--border);
      border-radius: 6px;
      padding: 0.4rem 0.6rem;
      background: var(--surface);
    }
    .next-step h3 { margin: 0 0 0.2rem; font-size: 1em; }
    form { display: flex; gap: 0.4rem; margin-top: 0.3rem; }
    input {
      flex: 1;
      min-width: 0;
      font: inherit;
      font-family: var(--font-mono);
      padding: 0.3rem 0.5rem;
      border: 2px solid var(--border-strong);
      border-radius: 6px;
      min-height: 2.6rem;
      color: var(--text);
      background: var(--surface);
    }
    .btn {
      font: inherit;
      cursor: pointer;
      border: 2px solid var(--border-strong);
      background: var(--surface);
      color: var(--text);
      border-radius: 6px;
      padding: 0.3rem 0.8rem;
      min-height: 2.6rem;
      font-weight: 600;
    }
    :focus-visible {
      outline: 5px solid var(--focus);
      outline-offset: 3px;
      box-shadow: 0 0 0 8px #ffffff;
      border-radius: 4px;
    }
    .keys { color: var(--text-muted); font-size: 0.9em; }
    @media (max-width: 900px) { :host { border-left: 0; border-top: 3px solid var(--text); } }
  `;

  @property({ attribute: false }) scenario!: Scenario;
  @property({ type: Number }) step = 0;
  @property({ type: Boolean }) goalMet = false;
  @property() lang: 'en' | 'id' = 'en';

  connectedCallback(): void {
    super.connectedCallback();
    this.setAttribute('role', 'complementary');
  }

  private onRun(e: SubmitEvent): void {
    e.preventDefault();
    const input = (e.target as HTMLFormElement).elements.namedItem('line') as HTMLInputElement;
    const line = input.value.trim();
    if (!line) return;
    input.value = '';
    this.dispatchEvent(new CustomEvent('sim-presenter-run', { detail: { line }, bubbles: true, composed: true }));
  }

  render() {
    const lang = this.lang;
    const step = this.scenario.steps[this.step];
    if (!step) return nothing;
    const next = this.scenario.steps[this.step + 1];
    const hints = step.hints ?? [];
    const solution = solutionOf(step);
    this.setAttribute('aria-label', msg('Presenter notes', { id: 'present.notes' }));
    return html`
      <h2>${msg('After the commands', { id: 'present.after' })}</h2>
      <p>${textIn(step.after, lang)}</p>
      ${
        hints.length
          ? html`<h2>${msg('Hints', { id: 'present.hints' })}</h2><ul>${hints.map(
              (h) => html`<li>${textIn(h, lang)}</li>`,
            )}</ul>`
          : nothing
      }
      <h2>${msg('Solution', { id: 'present.solution' })}</h2>
      ${
        solution.length
          ? html`<p
        class="mono">${solution.join('\n')}</p>`
          : html`<p>${msg('Nothing to type in this step.', { id: 'present.noSolution' })}</p>`
      }
      <p class="goal"
        data-met=${String(this.goalMet)}>${
          this.goalMet
            ? msg('Goal met.', { id: 'present.goalMet' })
            : msg('Goal not met yet.', { id: 'present.goalNotMet' })
        }</p>
      <h2>${msg('Next step', { id: 'present.nextHeading' })}</h2>
      ${
        next
          ? html`<div class="next-step" data-testid="present-next">
            <h3>${this.step + 2}. ${textIn(next.title, lang)}</h3>
            <p>${textIn(next.before, lang)}</p>
            ${
              next.commands.length
                ? html`<p
              class="mono">${next.commands.map((c) => `$ ${c}`).join('\n')}</p>`
                : nothing
            }
          </div>`
          : html`<p>${msg('This is the last step.', { id: 'present.lastStep' })}</p>`
      }
      <h2>${msg('Run a command', { id: 'present.try' })}</h2>
      <form @submit=${this.onRun}>
        <input name="line" autocomplete="off" spellcheck="false"
          aria-label=${msg('Command to run', { id: 'present.tryLabel' })} placeholder="docker ps -a" />
        <button class="btn" type="submit">${msg('Run', { id: 'present.run' })}</button>
      </form>
      <p
        class="keys">${msg(
          'Keys: → or PageDown next, ← or PageUp back, Space play/pause, R restart, 1–9 jump, F full screen, B blank.',
          { id: 'present.keys' },
        )}</p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sim-presenter-notes': SimPresenterNotes;
  }
}
