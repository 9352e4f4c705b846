/**
 * `<sim-lesson-timeline>`: the session's commands (the lesson's and the learner's) as a range to
 * scrub and a list to choose from; choosing entry k shows the world after it (the controller
 * replays up to there). Lines not applied (after an undo) are shown struck through.
 */

import { LitElement, html, css } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { baseStyles } from '../theme/shared-styles';
import type { LessonController } from './lesson-controller';

@customElement('sim-lesson-timeline')
@localized()
export class SimLessonTimeline extends LitElement {
  static styles = [
    baseStyles,
    css`
      :host { display: block; }
      details { border: 1px solid var(--border); border-radius: var(--radius); }
      summary { padding: 0.35rem 0.6rem; cursor: pointer; font-weight: 600; font-size: 0.9rem; }
      .inner { padding: 0 0.6rem 0.5rem; }
      input[type='range'] { width: 100%; }
      ol {
        margin: 0.3rem 0 0;
        padding: 0;
        list-style: none;
        max-height: 12rem;
        overflow: auto;
        font-family: var(--mono, ui-monospace, monospace);
        font-size: 0.8rem;
      }
      li button {
        display: flex;
        gap: 0.4rem;
        width: 100%;
        text-align: left;
        border: 0;
        background: none;
        padding: 0.15rem 0.3rem;
        border-radius: 3px;
        font: inherit;
        color: var(--text);
      }
      li button:hover { background: var(--surface-2); }
      li button[aria-current='true'] { background: var(--accent-soft); font-weight: 600; }
      li.undone button { text-decoration: line-through; color: var(--text-muted); }
      .n { color: var(--text-muted); min-width: 1.6rem; text-align: right; }
      .fail { color: var(--danger); }
      .step { color: var(--text-muted); font-family: var(--sans, inherit); }
    `,
  ];

  @property({ attribute: false }) controller!: LessonController;
  private readonly onChange = () => this.requestUpdate();

  protected willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('controller')) {
      (changed.get('controller') as LessonController | undefined)?.removeEventListener('change', this.onChange);
      this.controller?.addEventListener('change', this.onChange);
    }
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    this.controller?.removeEventListener('change', this.onChange);
  }

  connectedCallback(): void {
    super.connectedCallback();
    this.controller?.addEventListener('change', this.onChange);
  }

  render() {
    const c = this.controller;
    const log = c.log;
    // The start's silent lines are not the session's: the timeline begins at step 1.
    const first = Math.max(
      0,
      log.findIndex((e) => e.step !== null),
    );
    const min = log.some((e) => e.step !== null) ? first : log.length;
    const entries = log
      .map((e, i) => ({ e, i }))
      .slice(min)
      .filter(({ e }) => !e.action || !('view' in e.action || 'compare' in e.action));
    const last = c.cursor > 0 ? log[c.cursor - 1] : undefined;
    const valueText =
      c.cursor <= min || !last
        ? msg('the start of the lesson', { id: 'lesson.timelineStart' })
        : msg(str`after ${last.line}`, { id: 'lesson.timelineAfter' });
    return html`
      <details>
        <summary>${msg(str`Timeline (${entries.length})`, { id: 'lesson.timeline' })}</summary>
        <div class="inner">
          <input type="range" min=${min} max=${log.length} .value=${String(c.cursor)} aria-valuetext=${valueText}
            aria-label=${msg('Scrub the session', { id: 'lesson.scrub' })}
              @change=${(e: Event) => c.scrubTo(Number((e.target as HTMLInputElement).value))} />
          <ol>
            ${entries.map(
              ({ e, i }) => html`<li class=${i >= c.cursor ? 'undone' : ''}>
              <button aria-current=${i === c.cursor - 1 ? 'true' : 'false'} @click=${() => c.scrubTo(i + 1)}>
                <span class="n">${i + 1 - min}</span>
                <span class=${(e.exitCode ?? 0) !== 0 ? 'fail' : ''}>${e.line}</span>
                <span
                  class="step">${
                    e.step === null || e.step === undefined
                      ? ''
                      : msg(str`step ${e.step + 1}`, { id: 'lesson.timelineStep' })
                  }</span>
              </button>
            </li>`,
            )}
          </ol>
        </div>
      </details>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sim-lesson-timeline': SimLessonTimeline;
  }
}
