/**
 * `<sim-compare-view>`: N VMs and N containers started at once on one host (the VM model's
 * `planComparison`), drawn as a Gantt timeline on a shared clock, with the run's results in a table.
 */

import { LitElement, html, css, svg, type PropertyValues } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { baseStyles } from '../../theme/shared-styles';
import { diagramStyles } from '../diagram-styles';
import { SizeController } from '../../app/resize-controller';
import { getSpeed } from '../../app/motion';
import { select } from '../d3-helpers';
import { planComparison, type ComparisonRun } from '../../../model/vm/comparison';
import { formatDisk, formatMs, formatRam } from '../../../model/vm/format';
import { CONTAINER_PHASES, VM_PHASES } from '../../../model/vm/phases';
import { readCompareParams, type CompareParams } from './compare-params';
import { layoutGantt, PHASE_COLOURS, type GanttLayout } from './compare-layout';
import { renderClock, renderGantt } from './compare-render';

@customElement('sim-compare-view')
@localized()
export class SimCompareView extends LitElement {
  static styles = [
    baseStyles,
    diagramStyles,
    css`
      :host { display: flex; flex-direction: column; min-height: 0; }
      .body { flex: 1; min-height: 0; overflow: auto; display: grid; grid-template-columns: minmax(0, 1fr) minmax(16rem, 22rem); gap: 0.75rem; padding: 0.5rem 0.75rem; align-items: start; }
      @media (max-width: 900px) { .body { grid-template-columns: 1fr; } }
      .chart { min-width: 0; }
      .clock { font-family: var(--font-mono); font-size: 0.85rem; color: var(--text); margin: 0 0 0.25rem; }
      text.label { font-family: var(--font-mono); font-size: 11px; text-anchor: end; fill: var(--text); }
      text.heading { font-size: 12px; font-weight: 700; fill: var(--text); }
      text.tick { font-size: 10.5px; fill: var(--text-muted); }
      line.axis { stroke: var(--border-strong); }
      line.hand { stroke: var(--accent); stroke-width: 1.5; }
      table { border-collapse: collapse; font-size: 0.82rem; width: 100%; }
      caption { text-align: left; font-weight: 700; padding-bottom: 0.3rem; color: var(--text); }
      th, td { border-bottom: 1px solid var(--border); padding: 0.25rem 0.4rem; text-align: right; color: var(--text); }
      th[scope='row'] { text-align: left; font-weight: 600; }
      td { font-family: var(--font-mono); }
      .legend { font-size: 0.78rem; color: var(--text); margin-top: 0.4rem; }
      .error { color: var(--danger, #b00020); margin: 1rem; }
    `,
  ];

  @state() private clockMs = 0;
  @query('svg.gantt') private svgEl?: SVGSVGElement;
  private readonly size = new SizeController(this, () => this.renderRoot.querySelector('.chart'));
  private params: CompareParams = readCompareParams(location.search);
  private run: ComparisonRun | undefined;
  private error: string | undefined;
  private layout: GanttLayout | undefined;
  private frame = 0;

  connectedCallback(): void {
    super.connectedCallback();
    try {
      this.run = planComparison({ vms: this.params.n, containers: this.params.n, profile: this.params.profile, image: this.params.image });
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
    }
    this.play();
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    cancelAnimationFrame(this.frame);
  }

  /** Plays the race from 0 at the page's speed; with animation off, shows the end at once. */
  private play(): void {
    cancelAnimationFrame(this.frame);
    const end = this.endMs();
    const speed = getSpeed();
    if (speed === 0 || !this.run) {
      this.clockMs = end;
      return;
    }
    this.clockMs = 0;
    let last: number | undefined;
    const tick = (now: number) => {
      if (last !== undefined) this.clockMs = Math.min(end, this.clockMs + (now - last) * getSpeed());
      last = now;
      if (getSpeed() === 0) this.clockMs = end;
      if (this.clockMs < end) this.frame = requestAnimationFrame(tick);
    };
    this.frame = requestAnimationFrame(tick);
  }

  private endMs(): number {
    return this.run ? Math.max(this.run.vm.timeline.endMs, this.run.container.timeline.endMs) : 0;
  }

  protected willUpdate(_changed: PropertyValues<this>): void {
    const w = Math.max(420, this.size.width);
    if (this.run && (!this.layout || this.layout.width !== w)) this.layout = layoutGantt(this.run, w);
    this.toggleAttribute('data-done', this.clockMs >= this.endMs());
  }

  protected updated(): void {
    if (!this.layout || !this.svgEl) return;
    const root = select(this.svgEl);
    renderGantt(root.select('g.rows'), this.layout, this.clockMs);
    renderClock(root.select('g.clock'), this.layout, this.clockMs);
  }

  private renderAxis(l: GanttLayout) {
    const y = l.height - 24;
    const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * l.endMs);
    return svg`<line class="axis" x1=${l.left} x2=${l.right} y1=${y} y2=${y}></line>
      ${ticks.map((t, i) => svg`<text class="tick" text-anchor=${i === ticks.length - 1 ? 'end' : 'middle'} x=${l.x(t)} y=${y + 14}>${formatMs(t)}</text>`)}
      <text class="heading" x=${4} y=${l.headings.vm + 14}>${msg('VMs', { id: 'compare.vms' })}</text>
      <text class="heading" x=${4} y=${l.headings.container + 14}>${msg('Containers', { id: 'compare.containers' })}</text>`;
  }

  private renderTable(run: ComparisonRun) {
    const { vm, container } = run;
    const startedOf = (r: ComparisonRun['vm'] | ComparisonRun['container']) => msg(str`${r.started} of ${r.requested}`, { id: 'compare.startedOf' });
    const ready = (r: ComparisonRun['vm'] | ComparisonRun['container']) => (r.firstReadyMs === null ? '-' : formatMs(r.allReadyMs));
    const rows: Array<[string, string, string, string]> = [
      ['started', msg('Started', { id: 'compare.started' }), startedOf(vm), startedOf(container)],
      ['ready', msg('Time until all started are ready', { id: 'compare.ready' }), ready(vm), ready(container)],
      ['ram', msg('RAM used (whole host)', { id: 'compare.ram' }), formatRam(vm.ram.usedBytes), formatRam(container.ram.usedBytes)],
      ['disk', msg('Disk used', { id: 'compare.disk' }), formatDisk(vm.disk.usedBytes), formatDisk(container.disk.usedBytes)],
      ['fit', msg('Instances that fit on this host', { id: 'compare.fit' }), String(vm.fit.total), String(container.fit.total)],
    ];
    return html`<table>
      <caption>${msg(str`Results for ${run.settings.vms} VMs and ${run.settings.containers} containers`, { id: 'compare.caption' })}</caption>
      <thead><tr><td></td><th scope="col">${msg('VMs', { id: 'compare.vms' })}</th><th scope="col">${msg('Containers', { id: 'compare.containers' })}</th></tr></thead>
      <tbody>${rows.map(([key, label, a, b]) => html`<tr data-result=${key}><th scope="row">${label}</th><td data-side="vm">${a}</td><td data-side="container">${b}</td></tr>`)}</tbody>
    </table>`;
  }

  render() {
    if (this.error || !this.run) return html`<p class="error" role="alert">${msg('The comparison could not run:', { id: 'compare.error' })} ${this.error}</p>`;
    const run = this.run;
    const l = this.layout!;
    const label = msg(str`Timeline of ${run.settings.vms} VMs (${run.profile.label}) and ${run.settings.containers} containers (${run.image.reference}) started at once.`, { id: 'compare.summary' });
    const phases = [...new Set([...VM_PHASES, ...CONTAINER_PHASES])];
    return html`
      <div class="toolbar">
        <span>${msg(str`${run.profile.label} beside ${run.image.reference} containers, all started at once on one host`, { id: 'compare.heading' })}</span>
        <span class="spacer"></span>
        <button class="btn" @click=${() => this.play()}>${msg('Replay', { id: 'compare.replay' })}</button>
      </div>
      <div class="body" tabindex="0" role="region" aria-label=${msg('VMs and containers compared', { id: 'compare.region' })}>
        <div class="chart">
          <p class="clock" aria-hidden="true">${formatMs(this.clockMs)}</p>
          <svg class="gantt" role="img" aria-label=${label} width=${l.width} height=${l.height} viewBox=${`0 0 ${l.width} ${l.height}`}>
            <g class="axis">${this.renderAxis(l)}</g>
            <g class="rows"></g>
            <g class="clock"></g>
          </svg>
          <ul class="legend" aria-hidden="true">
            ${phases.map((p) => html`<li><span class="swatch" style=${`background:${PHASE_COLOURS[p]}`}></span>${p}</li>`)}
          </ul>
        </div>
        ${this.renderTable(run)}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sim-compare-view': SimCompareView;
  }
}
