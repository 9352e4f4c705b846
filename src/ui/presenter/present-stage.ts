/**
 * `<sim-present-stage>`: what the class sees, shared by the presenter and the audience window:
 * the step's narration, its command echoed big, the terminal output (or, while the class
 * predicts, the question with the output hidden) and the step's diagram, drawn by the page's own
 * view elements over the session, with the step's highlights marked (the lesson player's highlighter).
 */

import { LitElement, html, css, nothing, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { Scenario, ViewName } from '../../model';
import type { Session } from '../session/session';
import { afterNextPaint } from '../common/after-next-paint';
import { loadView, viewElement, viewLabel } from '../views/view-registry';
import { Highlighter, targetSelectors } from '../lesson/highlighter';
import { compareParamsOf, textIn, viewOfStep } from './present-steps';
import type { Stage } from './sync-protocol';
import './big-transcript';

/** Views already given the projector's first look (their own state is the reader's after that). */
const settled = new WeakSet<Element>();

/**
 * The images view opens with the registry catalog beside the layers: on a projector the layers
 * need the room, so a freshly mounted one starts with it closed (the teacher can still open it).
 * The view keeps this as its own state, set here once through its reactive property.
 */
function closeCatalog(view: Element): void {
  if (settled.has(view) || view.localName !== 'sim-layers-view') return;
  settled.add(view);
  const layers = view as Element & { catalogOpen?: boolean };
  if (layers.catalogOpen === true) layers.catalogOpen = false;
}

@customElement('sim-present-stage')
@localized()
export class SimPresentStage extends LitElement {
  static styles = css`
    :host {
      display: grid;
      grid-template-rows: auto auto minmax(0, 1fr);
      gap: 0.6rem;
      min-height: 0;
      padding: 0.8rem 1rem;
    }
    .where { margin: 0; font-size: 0.95em; font-weight: 700; color: var(--accent-strong); text-transform: none; }
    .narration { margin: 0.2rem 0 0; font-size: var(--present-narration); line-height: 1.3; max-width: 60ch; }
    .command {
      margin: 0;
      padding: 0.35rem 0.8rem;
      font-family: var(--font-mono);
      font-size: var(--present-command);
      font-weight: 700;
      background: var(--surface-2);
        border-left: 0.4rem solid var(--accent);
        border-radius: 4px;
        white-space: pre-wrap;
        overflow-wrap: anywhere;
      }
    .command .prompt { color: var(--accent); }
    .body {
      display: grid;
      grid-template-columns: var(--present-columns, minmax(0, 1fr) minmax(0, 1fr));
      gap: 0.8rem;
      min-height: 0;
    }
    @media (max-width: 760px) {
      .body {
      grid-template-columns: minmax(0, 1fr);
      grid-template-rows: minmax(12rem, 1fr) minmax(16rem, 1fr);
    }
    }
    sim-big-transcript { min-height: 0; }
    .predict {
      display: flex;
      flex-direction: column;
      justify-content: center;
      gap: 0.6rem;
      padding: 1rem 1.4rem;
      min-height: 0;
      overflow: auto;
      border: 0.3rem dashed var(--accent); border-radius: 8px; background: var(--accent-soft); }
    .predict .label { margin: 0; font-weight: 800; letter-spacing: 0.04em; color: var(--accent-strong); }
    .predict .question { margin: 0; font-size: var(--present-question); line-height: 1.2; font-weight: 700; }
    .predict .hidden { margin: 0; color: var(--text-muted); }
    .diagram {
      display: flex;
      flex-direction: column;
      min-height: 0;
      border: 2px solid var(--border);
      border-radius: 6px;
      overflow: hidden;
      background: var(--surface);
    }
    .diagram h3 {
      margin: 0;
      padding: 0.2rem 0.6rem;
      font-size: 0.9em;
      background: var(--surface-2);
      border-bottom: 1px solid var(--border);
    }
    .diagram > :not(h3) { flex: 1; min-height: 0; }
  `;

  @property({ attribute: false }) scenario!: Scenario;
  @property({ attribute: false }) session!: Session;
  @property({ type: Number }) step = 0;
  @property() stage: Stage = 'before';
  @property() lang: 'en' | 'id' = 'en';
  /** The presenter is revealing: the commands run, so the output shows although the stage is still `predict`. */
  @property({ type: Boolean }) revealing = false;
  /** How many of the transcript's last blocks are the current step's. */
  @property({ type: Number }) current = 0;
  /** Changes when the session does (the transcript is read from it). */
  @property({ type: Number }) tick = 0;

  private readonly highlighter = new Highlighter();
  /** The comparison settings the compare view was mounted with (it reads them from the URL). */
  private compareKey = '';

  protected willUpdate(changed: PropertyValues): void {
    if (changed.has('scenario') || changed.has('step')) {
      void loadView(this.view);
      this.useCompareParams();
    }
  }

  /** A step's `compare` action: the comparison view reads its settings from the URL, as in the player. */
  private useCompareParams(): void {
    const wanted = compareParamsOf(this.scenario, this.step);
    if (!wanted) return;
    const params = new URLSearchParams(location.search);
    for (const [k, v] of Object.entries(wanted)) params.set(k, v);
    const search = `?${params.toString()}`;
    if (search !== location.search) history.replaceState(history.state, '', `${search}${location.hash}`);
    this.compareKey = JSON.stringify(wanted);
  }

  protected updated(): void {
    const view = this.renderRoot.querySelector('.diagram > :not(h3)') ?? undefined;
    const step = this.scenario.steps[this.step];
    const host = this.session.host();
    const selectors = (step?.highlight ?? [])
      .filter((h) => h.view === this.view)
      .flatMap((h) => targetSelectors(h.target, host));
    this.highlighter.apply(view, selectors);
    // The view's module may still be loading, and it draws after the next paint: mark again then.
    void loadView(this.view).then(() =>
      afterNextPaint(() => {
        this.highlighter.apply(view, selectors);
        if (view) closeCatalog(view);
      }),
    );
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    this.highlighter.dispose();
  }

  private get view(): ViewName {
    return viewOfStep(this.scenario, this.step);
  }

  render() {
    const step = this.scenario.steps[this.step];
    if (!step) return nothing;
    const total = this.scenario.steps.length;
    const n = this.step + 1;
    const predicting = this.stage === 'predict' && !this.revealing && step.predict;
    const view = this.view;
    return html`
      <header>
        <p
          class="where">${msg(str`Step ${n} of ${total}`, {
            id: 'present.stepOf',
          })} · ${textIn(step.title, this.lang)}</p>
        <p class="narration" aria-live="polite">${predicting ? nothing : textIn(step.before, this.lang)}</p>
      </header>
      ${
        step.commands.length
          ? html`<p class="command"
            data-testid="present-command">${step.commands.map(
              (c, i) => html`${i ? '\n' : ''}<span class="prompt"
            aria-hidden="true">$ </span>${c}`,
            )}</p>`
          : html`<div></div>`
      }
      <div class="body">
        ${
          predicting
            ? html`<section class="predict" data-testid="present-predict" aria-live="polite"
              aria-label=${msg('Predict', { id: 'present.predict' })}>
              <p class="label">${msg('Predict, then reveal', { id: 'present.predictLabel' })}</p>
              <p class="question">${textIn(step.predict, this.lang)}</p>
              <p class="hidden">${msg('The output is hidden until it is revealed.', { id: 'present.outputHidden' })}</p>
            </section>`
            : html`<sim-big-transcript data-testid="present-output" .blocks=${this.session.transcript}
              .running=${this.session.running}
              .current=${this.current} .tick=${this.tick}></sim-big-transcript>`
        }
        <section class="diagram" aria-label=${viewLabel(view)} data-view=${view}>
          <h3>${viewLabel(view)}</h3>
          ${viewElement(view, this.session, this.compareKey)}
        </section>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sim-present-stage': SimPresentStage;
  }
}
