/**
 * `<sim-compare-view>`: N VMs and N containers started at once on one host (the VM model's
 * `planComparison`), played on a shared race clock. It holds the settings (kept in the URL), the
 * run and the clock, and passes `.run` and `.clockMs` down to the pictures of the race.
 */

import { LitElement, html, css, nothing, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { baseStyles } from '../../theme/shared-styles';
import { diagramStyles } from '../diagram-styles';
import { animationOff, getSpeed } from '../../common/motion';
import { planComparison, type ComparisonRun, SettingsError } from '../../../model/comparison';
import {
  defaultParams,
  readCompareParams,
  toSettings,
  writeCompareParams,
  type CompareParams,
  type IgnoredParam,
} from './compare-params';
import { RaceClock } from './compare-clock';
import { ignoredText } from './compare-sentences';
import type { PlaybackAction, SettingsChangeDetail } from './compare-controls';
import './compare-controls';
import './compare-gantt';
import './compare-meters';
import './compare-results';
import './compare-stacks';
import './compare-charts';

/** Wait this long after a slider or number field moves before planning again. */
const SETTLE_MS = 150;

/** Why the last settings could not be planned: the model's words, and whether defaults stand in. */
interface PlanProblem {
  message: string;
  usedDefaults: boolean;
}

@customElement('sim-compare-view')
@localized()
export class SimCompareView extends LitElement {
  static styles = [
    baseStyles,
    diagramStyles,
    css`
      :host { display: flex; flex-direction: column; min-height: 0; background: var(--bg); }
      sim-compare-controls { flex: none; }
      .notices { flex: none; }
      .notice {
        display: flex;
        align-items: flex-start;
        gap: 0.75rem;
        padding: 0.3rem 0.75rem;
        font-size: 0.82rem;
        background: var(--warn-bg);
        color: var(--warn-text);
        border-bottom: 1px solid #e7c873;
      }
      .notice.error { background: var(--danger-soft); color: var(--danger); }
      .notice ul { flex: 1; margin: 0; padding: 0 0 0 1rem; }
      .notice .btn { flex: none; min-height: 1.6rem; padding: 0 0.5rem; font-size: 0.8rem; color: var(--text); }
      .body { flex: 1; min-height: 0; overflow: auto; container-type: inline-size; }
      .grid {
        display: grid;
        gap: 0.75rem;
        grid-template-columns: minmax(0, 1fr) minmax(17rem, 24rem);
        align-items: start;
        padding: 0.6rem 0.75rem 1rem;
      }
      .main, .side { display: flex; flex-direction: column; gap: 0.75rem; min-width: 0; }
      .card {
        display: block;
        background: var(--surface);
        border: 1px solid var(--border);
        border-radius: var(--radius);
        padding: 0.5rem 0.6rem;
        min-width: 0;
      }
      /* Narrow: one column, in reading order: the stacks, what they cost, the race, then the numbers. */
      @container (max-width: 760px) {
        .grid { grid-template-columns: minmax(0, 1fr); }
        .main, .side { display: contents; }
        .stacks { order: 1; }
        .meters { order: 2; }
        .gantt { order: 3; }
        .charts { order: 4; }
        .results { order: 5; }
      }
    `,
  ];

  @state() private params: CompareParams = defaultParams();
  @state() private run: ComparisonRun | undefined;
  @state() private ignored: IgnoredParam[] = [];
  @state() private problem: PlanProblem | undefined;
  private readonly clock = new RaceClock(this, () => this.params.speed);
  private settleTimer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback(): void {
    super.connectedCallback();
    const page = getSpeed();
    const read = readCompareParams(location.search, defaultParams(page === 0 || page === 'instant' ? 1 : page));
    this.params = read.params;
    this.ignored = read.ignored;
    this.plan();
    // Opened ready to run: the clock waits at 0, unless animation is off (then the end, at once).
    if (this.run) this.clock.load(this.run, animationOff() ? 'end' : 'start');
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.settleTimer);
  }

  /** Plans the race for the current settings; a refusal keeps the last run and says why. */
  private plan(): void {
    try {
      this.run = planComparison(toSettings(this.params));
      this.problem = undefined;
    } catch (e) {
      const message = e instanceof SettingsError ? e.errors.join('; ') : e instanceof Error ? e.message : String(e);
      const usedDefaults = !this.run;
      if (usedDefaults) {
        // Nothing to keep on screen yet: the model's defaults stand in, with the same N.
        this.params = { ...defaultParams(this.params.speed), n: this.params.n };
        this.run = planComparison(toSettings(this.params));
      }
      this.problem = { message, usedDefaults };
    }
    this.writeUrl();
  }

  private writeUrl(): void {
    const search = writeCompareParams(location.search, this.params);
    if (search !== location.search)
      history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  }

  private onSettings(e: CustomEvent<SettingsChangeDetail>): void {
    const { changes, settle } = e.detail;
    this.params = { ...this.params, ...changes };
    this.ignored = [];
    if (Object.keys(changes).every((k) => k === 'speed' || k === 'hypervisor')) {
      // Neither changes the race: the speed is how it is played, the hypervisor type only drawn.
      this.writeUrl();
      return;
    }
    clearTimeout(this.settleTimer);
    const replan = () => {
      this.plan();
      this.restartRace();
    };
    if (settle) this.settleTimer = setTimeout(replan, SETTLE_MS);
    else replan();
  }

  /** After new settings: back to 0 and run again, or the end at once when animation is off. */
  private restartRace(): void {
    if (!this.run) return;
    const atEnd = animationOff() && !this.clock.playing;
    this.clock.load(this.run, atEnd ? 'end' : 'start');
    if (!atEnd) this.clock.play();
  }

  private onPlayback(e: CustomEvent<PlaybackAction>): void {
    const clock = this.clock;
    const actions: Record<PlaybackAction, () => void> = {
      play: () => clock.play(),
      pause: () => clock.pause(),
      step: () => clock.step(),
      restart: () => clock.restart(),
    };
    actions[e.detail]();
  }

  protected willUpdate(_changed: PropertyValues<this>): void {
    this.toggleAttribute('data-done', this.clock.done);
    this.toggleAttribute('data-playing', this.clock.playing);
  }

  private renderNotices() {
    const problem = this.problem;
    if (!problem && !this.ignored.length) return nothing;
    const sentence = (m: string) => (/[.!?]$/.test(m) ? m : `${m}.`);
    return html`<div class=${problem ? 'notice error' : 'notice'}>
      <ul>
        ${this.ignored.map((i) => html`<li>${ignoredText(i)}</li>`)}
        ${
          problem
            ? html`<li><strong>${msg('The model refused these settings:', {
                id: 'compare.view.refused',
              })}</strong> ${sentence(problem.message)}
              ${
                problem.usedDefaults
                  ? msg('Showing the default settings instead.', { id: 'compare.view.usingDefaults' })
                  : msg('The last race stays on screen.', { id: 'compare.view.keptRun' })
              }</li>`
            : nothing
        }
      </ul>
      <button class="btn" @click=${this.dismissNotices}>${msg('Dismiss', { id: 'compare.view.dismiss' })}</button>
    </div>`;
  }

  private readonly dismissNotices = () => {
    this.ignored = [];
    this.problem = undefined;
    this.renderRoot.querySelector('sim-compare-controls')?.shadowRoot?.querySelector<HTMLElement>('button')?.focus();
  };

  render() {
    const run = this.run;
    const clockMs = this.clock.clockMs;
    return html`
      <sim-compare-controls .params=${this.params} .clockMs=${clockMs} .endMs=${this.clock.endMs}
        ?playing=${this.clock.playing}
        @sim-compare-settings=${this.onSettings} @sim-compare-playback=${this.onPlayback}></sim-compare-controls>
      <div class="notices" role="status">${this.renderNotices()}</div>
      <div class="sr-only" aria-live="polite">${this.clock.narration}</div>
      ${
        run
          ? html`<div class="body" role="region"
            aria-label=${msg('VMs and containers compared', { id: 'compare.region' })}>
            <div class="grid">
            <div class="main">
              <sim-compare-stacks class="stacks card" .run=${run} .clockMs=${clockMs}
                .hypervisorType=${this.params.hypervisor}></sim-compare-stacks>
              <sim-compare-gantt class="gantt card" .run=${run} .clockMs=${clockMs}></sim-compare-gantt>
              <sim-compare-charts class="charts card" .run=${run} .clockMs=${clockMs}></sim-compare-charts>
            </div>
            <div class="side">
              <sim-compare-meters class="meters card" .run=${run} .clockMs=${clockMs}></sim-compare-meters>
              <sim-compare-results class="results card" .run=${run}></sim-compare-results>
            </div>
            </div>
          </div>`
          : nothing
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sim-compare-view': SimCompareView;
  }
}
