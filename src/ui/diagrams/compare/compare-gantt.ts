/**
 * `<sim-compare-gantt .run .clockMs>`: both races of a comparison as one Gantt timeline on a shared
 * clock, a row per VM and per container, with a linear or logarithmic time axis.
 *
 * Keyboard: the chart is one tab stop (a roving tabindex). Arrow Left/Right move between the phases
 * of a row, Up/Down between rows (PageUp/PageDown by ten), Home/End to a row's first or last phase.
 * The focused phase shows its duration and the source of its parameter (the source tip); a failed
 * row's cell says why it failed. With 50 + 50 rows and up to 9 phases each, one tab stop per bar
 * would bury the rest of the page.
 */

import { LitElement, html, css, svg, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { baseStyles } from '../../theme/shared-styles';
import { diagramStyles } from '../diagram-styles';
import { SizeController } from '../../common/resize-controller';
import { select } from '../d3-helpers';
import {
  type ComparisonRun,
  type RaceResult,
  formatMs,
  VM_PROFILES,
  CONTAINER_PHASE_PARAMS,
  type Phase,
} from '../../../model/comparison';
import {
  layoutGantt,
  PHASE_COLOURS,
  type GanttAxis,
  type GanttBar,
  type GanttLayout,
  type GanttRow,
} from './compare-layout';
import { drawGantt, renderClock, tickGantt, type CellWords, type GanttWords } from './compare-render';
import { failureSentence, phaseLabel, profileLabel } from './compare-words';
import { SourceTipController, sourceTipStyles } from './source-tip';

@customElement('sim-compare-gantt')
@localized()
export class SimCompareGantt extends LitElement {
  static styles = [
    baseStyles,
    diagramStyles,
    sourceTipStyles,
    css`
      :host { display: block; min-width: 0; }
      .head { display: flex; flex-wrap: wrap; align-items: center; gap: 0.3rem 0.75rem; margin: 0 0 0.25rem; }
      .clock { font-family: var(--font-mono); font-size: 0.85rem; color: var(--text); margin: 0; min-width: 5.5rem; }
      .head .btn { min-height: 1.75rem; padding: 0.1rem 0.55rem; font-size: 0.8rem; }
      .btn[aria-pressed='true'] { background: var(--accent-soft); border-color: var(--accent); }
      text.label { font-family: var(--font-mono); font-size: 11px; text-anchor: end; fill: var(--text); }
      g.compact text.label { font-size: 9.5px; }
      text.heading { font-size: 12px; font-weight: 700; fill: var(--text); }
      text.tick, text.axis-title { font-size: 10.5px; fill: var(--text-muted); }
      line.axis { stroke: var(--border-strong); }
      line.grid { stroke: var(--border); stroke-dasharray: 2 3; }
      line.hand { stroke: var(--accent); stroke-width: 1.5; }
      rect.hit { fill: transparent; pointer-events: all; }
      rect.hit:hover { stroke: var(--text-muted); stroke-width: 1; }
      /* SVG shapes draw their own focus ring (an outline around an SVG element is not reliable). */
      .cell:focus { outline: none; }
      rect.hit:focus-visible { stroke: var(--focus); stroke-width: 2.5; }
      rect.fail-band { fill: var(--danger-soft); }
      text.failed { font-size: 10.5px; fill: var(--danger); }
      g.compact text.failed { font-size: 9px; }
      text.failed:focus-visible { text-decoration: underline; stroke: var(--focus); stroke-width: 0.4; }
      .legends {
        display: flex;
        flex-direction: column;
        gap: 0.2rem;
        margin-top: 0.4rem;
        font-size: 0.78rem;
        color: var(--text);
      }
      .legend-row { display: flex; gap: 0.5rem; align-items: flex-start; min-width: 0; line-height: 1.4; }
      .legend-row > span { font-weight: 600; flex: none; }
      .legend li { line-height: 1.4; }
      .legend { min-width: 0; }
    `,
  ];

  /** The comparison to draw. */
  @property({ attribute: false }) run?: ComparisonRun;
  /** The race clock, in ms since both races began. */
  @property({ type: Number }) clockMs = 0;
  @state() private axis: GanttAxis = 'linear';
  @query('svg.gantt') private svgEl?: SVGSVGElement;
  private readonly size = new SizeController(this);
  private readonly tips = new SourceTipController(this, () => this.run?.citations);
  private layout: GanttLayout | undefined;
  /** The cell in the tab order (the roving tabindex). */
  private focusKey: string | undefined;

  protected willUpdate(changed: PropertyValues): void {
    const w = Math.max(360, this.size.width || 720);
    if (this.run && (changed.has('run') || changed.has('axis') || !this.layout || this.layout.width !== w)) {
      this.layout = layoutGantt(this.run, w, { axis: this.axis });
    }
  }

  protected updated(changed: PropertyValues): void {
    if (!this.layout || !this.svgEl || !this.run) return;
    const root = select(this.svgEl);
    const rows = root.select('g.rows');
    // Every frame of the race changes only the clock: skip rebuilding names and labels then.
    const onlyClock = changed.size === 1 && changed.has('clockMs');
    if (!onlyClock) drawGantt(rows, this.layout, this.words(this.run), this.focusKey);
    tickGantt(rows, this.layout, this.clockMs);
    renderClock(root.select('g.clock'), this.layout, this.clockMs);
  }

  /** The chart's words for this run, in the page's language. */
  private words(run: ComparisonRun): GanttWords {
    const vmParams = new Map<Phase, string>(VM_PROFILES[run.profile.id].phases.map((p) => [p.phase, p.param]));
    const ctParams = new Map<Phase, string>(CONTAINER_PHASE_PARAMS.map((p) => [p.phase, p.param]));
    const side = (row: GanttRow): RaceResult => (row.kind === 'vm' ? run.vm : run.container);
    const alone = (row: GanttRow, phase: Phase) => side(row).singlePhases.find((p) => p.phase === phase);
    return {
      bar: (row: GanttRow, bar: GanttBar): CellWords => {
        const param =
          bar.phase === 'app' ? run.app.startParam : (row.kind === 'vm' ? vmParams : ctParams).get(bar.phase);
        const phase = phaseLabel(bar.phase);
        const [from, to, took] = [formatMs(bar.startMs), formatMs(bar.endMs), formatMs(bar.endMs - bar.startMs)];
        const one = alone(row, bar.phase);
        const oneMs = one ? one.endMs - one.startMs : null;
        // When the instances share the host, a phase can take longer than the parameter says alone.
        const title =
          oneMs !== null && Math.abs(oneMs - (bar.endMs - bar.startMs)) >= 0.5
            ? msg(
                str`${row.name}, ${phase}: ${took} (one alone: ${formatMs(oneMs)}; longer here because all start at once on one host)`,
                { id: 'compare.gantt.barSlower' },
              )
            : msg(str`${row.name}, ${phase}: ${took}`, { id: 'compare.gantt.barTitle' });
        return {
          label: msg(str`${row.name}, ${phase}: from ${from} to ${to} (${took})`, { id: 'compare.gantt.bar' }),
          cite: param ?? '',
          title,
        };
      },
      failed: (row: GanttRow) => {
        const failure = row.failure;
        const sources = side(row).sources;
        if (!failure) {
          const text = msg('did not start', { id: 'compare.gantt.notStarted' });
          return { short: text, label: `${row.name}: ${text}`, cite: '', title: text };
        }
        const sentence = failureSentence(row.kind, failure);
        return {
          short:
            failure.resource === 'ram'
              ? msg('failed: not enough memory', { id: 'compare.gantt.failedRam' })
              : msg('failed: not enough disk', { id: 'compare.gantt.failedDisk' }),
          label: `${row.name}: ${sentence}`,
          cite: (failure.resource === 'ram' ? sources.ram : sources.disk).join(' '),
          title: sentence,
        };
      },
    };
  }

  /** Moves the roving focus with the arrow keys, Home/End and PageUp/PageDown. */
  private onKey(event: KeyboardEvent): void {
    const from = (event.target as Element | null)?.closest?.('.cell');
    const layout = this.layout;
    if (!from || !layout) return;
    const [rowKey, colText] = (from.getAttribute('data-cell') ?? '').split('|');
    let r = layout.rows.findIndex((row) => row.key === rowKey);
    let c = Number(colText);
    const cols = (i: number) => Math.max(1, layout.rows[i].failure ? 1 : layout.rows[i].bars.length);
    const last = layout.rows.length - 1;
    switch (event.key) {
      case 'ArrowRight':
        c++;
        break;
      case 'ArrowLeft':
        c--;
        break;
      case 'ArrowDown':
        r++;
        break;
      case 'ArrowUp':
        r--;
        break;
      case 'PageDown':
        r += 10;
        break;
      case 'PageUp':
        r -= 10;
        break;
      case 'Home':
        if (event.ctrlKey) r = 0;
        c = 0;
        break;
      case 'End':
        if (event.ctrlKey) r = last;
        c = Number.MAX_SAFE_INTEGER;
        break;
      default:
        return;
    }
    event.preventDefault();
    r = Math.max(0, Math.min(last, r));
    c = Math.max(0, Math.min(cols(r) - 1, c));
    const key = `${layout.rows[r].key}|${c}`;
    const to = this.renderRoot.querySelector<SVGElement>(`.cell[data-cell="${CSS.escape(key)}"]`);
    if (!to || to === from) return;
    from.setAttribute('tabindex', '-1');
    to.setAttribute('tabindex', '0');
    this.focusKey = key;
    to.focus();
  }

  private toggleAxis(): void {
    this.axis = this.axis === 'log' ? 'linear' : 'log';
  }

  private renderAxis(l: GanttLayout, run: ComparisonRun) {
    const y = l.axisY;
    const lastTick = l.ticks[l.ticks.length - 1];
    const title =
      l.axis === 'log'
        ? msg('Time since the start, logarithmic: each mark is ten times the one before', {
            id: 'compare.gantt.axisLog',
          })
        : msg('Time since the start', { id: 'compare.gantt.axisLinear' });
    return svg`
      ${l.ticks.map((t) => svg`<line class="grid" x1=${t.x} x2=${t.x} y1=${l.top + 18} y2=${y}></line>`)}
      <line class="axis" x1=${l.left} x2=${l.right} y1=${y} y2=${y}></line>
      ${l.ticks.map(
        (t, i) => svg`<text class="tick"
        text-anchor=${i === 0 ? 'start' : t === lastTick && t.x > l.right - 30 ? 'end' : 'middle'} x=${t.x}
        y=${y + 13}>${formatMs(t.ms)}</text>`,
      )}
      <text class="axis-title" x=${l.left} y=${y + 27}>${title}</text>
      <text class="heading" x=${4} y=${l.headings.vm + 14}>${profileLabel(run.profile.id)}</text>
      <text class="heading" x=${4}
        y=${l.headings.container + 14}>${msg(str`${run.image.reference} containers`, {
          id: 'compare.gantt.containersOf',
        })}</text>`;
  }

  private renderLegend(run: ComparisonRun) {
    const item = (p: Phase) =>
      html`<li><span class="swatch" style=${`background:${PHASE_COLOURS[p]}`}></span>${phaseLabel(p)}</li>`;
    return html`<div class="legends">
      <div class="legend-row"><span>${msg('VM phases:', { id: 'compare.gantt.legendVm' })}</span><ul
        class="legend">${run.vm.singlePhases.map((p) => item(p.phase))}</ul></div>
      <div class="legend-row"><span>${msg('Container phases:', { id: 'compare.gantt.legendContainer' })}</span><ul
        class="legend">${run.container.singlePhases.map((p) => item(p.phase))}</ul></div>
    </div>`;
  }

  render() {
    const run = this.run;
    const l = this.layout;
    if (!run || !l) return nothing;
    const label = msg(
      str`Timeline of ${run.settings.vms} VMs (${profileLabel(run.profile.id)}) and ${run.settings.containers} containers (${run.image.reference}) started at once. Use the arrow keys to move between phases.`,
      { id: 'compare.gantt.summary' },
    );
    return html`
      <div class="head">
        <p class="clock" aria-hidden="true">${formatMs(this.clockMs)}</p>
        <button class="btn axis-toggle" aria-pressed=${this.axis === 'log' ? 'true' : 'false'}
          @click=${() => this.toggleAxis()}>
          ${msg('Logarithmic time axis', { id: 'compare.gantt.logToggle' })}
        </button>
      </div>
      <svg class="gantt" role="group" aria-label=${label} width=${l.width} height=${l.height}
        viewBox=${`0 0 ${l.width} ${l.height}`}>
        <g class="axis">${this.renderAxis(l, run)}</g>
        <g class="rows" @keydown=${(e: KeyboardEvent) => this.onKey(e)}></g>
        <g class="clock"></g>
      </svg>
      ${this.renderLegend(run)}
      ${this.tips.render()}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sim-compare-gantt': SimCompareGantt;
  }
}
