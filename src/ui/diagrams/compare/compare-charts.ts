/**
 * `<sim-compare-charts .run .clockMs>`: one VM's boot phases stacked beside one container's start
 * phases on a shared time axis, and both sides' RAM and disk over the race under the host's
 * capacity, with the race clock as a hand. Each chart has a log option: on linear axes the
 * container side is a sliver, which is the point, but its own parts are then unreadable.
 */

import { LitElement, html, css, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { baseStyles } from '../../theme/shared-styles';
import { SizeController } from '../../common/resize-controller';
import { select } from '../d3-helpers';
import { type ComparisonRun, formatDisk, formatMs, formatRam } from '../../../model/comparison';
import { phaseLabel, profileLabel, resourceLabel } from './compare-words';
import { SourceTipController, sourceTipStyles } from './source-tip';
import {
  layoutPhaseBars,
  layoutResourceChart,
  type ChartAxis,
  type PhaseBarsLayout,
  type ResourceChartLayout,
} from './compare-charts-layout';
import { renderPhaseBars, renderResourceChart } from './compare-charts-render';

const MIN_WIDTH = 280;

@customElement('sim-compare-charts')
@localized()
export class SimCompareCharts extends LitElement {
  static styles = [
    baseStyles,
    sourceTipStyles,
    css`
      :host { display: block; color: var(--text); font-size: 0.82rem;
        --line-vm: #6a52a8; --line-container: #0a6672; }
      figure { margin: 0 0 0.9rem; min-width: 0; }
      .head { display: flex; flex-wrap: wrap; align-items: center; gap: 0.3rem 0.8rem; margin-bottom: 0.3rem; }
      h2 { font-size: 0.88rem; margin: 0; flex: 1 1 auto; }
      .btn { min-height: 1.75rem; padding: 0.1rem 0.55rem; font-size: 0.8rem; }
      .btn[aria-pressed='true'] { background: var(--accent-soft); border-color: var(--accent); }
      svg { display: block; overflow: visible; font-family: var(--font-ui); max-width: 100%; height: auto; }
      text.row-label { font-size: 11.5px; font-weight: 600; fill: var(--text); }
      text.total { font-family: var(--font-mono); font-size: 11px; fill: var(--text); }
      g.segment text { font-size: 10.5px; fill: #fff; text-anchor: middle; pointer-events: none; }
      g.segment rect { stroke: var(--surface); stroke-width: 0.75; }
      g.segment:focus { outline: none; }
      g.segment:focus-visible rect, g.segment:hover rect { stroke: var(--focus); stroke-width: 2.5; }
      text.total:focus { outline: none; }
      text.total:focus-visible { text-decoration: underline; fill: var(--focus); }
      line.axis { stroke: var(--border-strong); }
      text.tick { font-size: 10.5px; fill: var(--text-muted); }
      line.grid { stroke: var(--border); stroke-width: 0.75; }
      text.panel-title { font-size: 11.5px; font-weight: 600; fill: var(--text); }
      line.capacity { stroke: var(--danger); stroke-width: 1.5; stroke-dasharray: 5 3; }
      text.capacity-label { font-size: 10.5px; fill: var(--danger); }
      path.line { fill: none; stroke-width: 2.25; }
      path.line.vm { stroke: var(--line-vm); }
      path.line.container { stroke: var(--line-container); stroke-dasharray: 7 2; }
      line.hand { stroke: var(--accent-strong); stroke-width: 1.25; }
      g.lines.future { opacity: 0.3; }
      .legend {
        display: flex;
        flex-wrap: wrap;
        gap: 0.2rem 0.9rem;
        list-style: none;
        margin: 0.35rem 0 0;
        padding: 0;
        font-size: 0.78rem;
      }
      .legend li { display: inline-block; }
      .legend .key { vertical-align: middle; margin-right: 0.3rem; }
      .key { display: inline-block; width: 1.4rem; height: 0; border-top: 2.5px solid; }
      .key.vm { border-color: var(--line-vm); }
      .key.container { border-color: var(--line-container); border-top-style: dashed; }
      .key.capacity { border-color: var(--danger); border-top-style: dashed; border-top-width: 1.5px; }
      .key.hand { width: 0; height: 0.9rem; border-top: 0; border-left: 1.5px solid var(--accent-strong); }
      .num { font-family: var(--font-mono); }
      .note { margin: 0.25rem 0 0; color: var(--text-muted); font-size: 0.76rem; }
    `,
  ];

  /** The comparison to show. */
  @property({ attribute: false }) run?: ComparisonRun;
  /** The race clock, ms since both sides started. */
  @property({ attribute: false }) clockMs = 0;

  @state() private barAxis: ChartAxis = 'linear';
  @state() private valueAxis: ChartAxis = 'linear';
  private readonly size = new SizeController(this, () => this.renderRoot.querySelector('.charts'));
  private readonly tips = new SourceTipController(this, () => this.run?.citations);
  private bars?: PhaseBarsLayout;
  private lines?: ResourceChartLayout;

  protected willUpdate(changed: PropertyValues<this>): void {
    const run = this.run;
    if (!run) return;
    const width = Math.max(MIN_WIDTH, this.size.width || 640);
    const fresh = changed.has('run');
    if (fresh || !this.bars || this.bars.width !== width || this.bars.axis !== this.barAxis)
      this.bars = layoutPhaseBars(run, width, this.barAxis);
    if (fresh || !this.lines || this.lines.width !== width || this.lines.axis !== this.valueAxis)
      this.lines = layoutResourceChart(run, width, this.valueAxis);
  }

  protected updated(): void {
    const run = this.run;
    if (!run || !this.bars || !this.lines) return;
    const barsSvg = this.renderRoot.querySelector('svg.phase-bars');
    if (barsSvg) {
      renderPhaseBars(select(barsSvg), this.bars, {
        rowLabel: (row) =>
          row.side === 'vm'
            ? msg(str`One VM: ${profileLabel(run.profile.id)}`, { id: 'compare.charts.oneVm' })
            : msg(str`One container: ${run.image.reference}`, { id: 'compare.charts.oneContainer' }),
        phaseLabel: (segment) => phaseLabel(segment.phase),
      });
    }
    const linesSvg = this.renderRoot.querySelector('svg.resource-lines');
    if (linesSvg) {
      renderResourceChart(select(linesSvg), this.lines, this.clockMs, {
        title: (panel) => resourceLabel(panel.resource),
        capacity: () => msg("host's capacity", { id: 'compare.meters.capacity' }),
      });
    }
  }

  private toggle(which: 'barAxis' | 'valueAxis'): void {
    this[which] = this[which] === 'log' ? 'linear' : 'log';
  }

  private renderBars(run: ComparisonRun, l: PhaseBarsLayout) {
    const log = this.barAxis === 'log';
    const label = msg(
      str`Phases of one VM (${formatMs(run.vm.singleMs)}) and one container (${formatMs(run.container.singleMs)}), each alone on the host`,
      { id: 'compare.charts.barsLabel' },
    );
    return html`<figure class="bars">
      <div class="head">
        <h2>${msg('One VM beside one container, phase by phase', { id: 'compare.charts.barsTitle' })}</h2>
        <button class="btn" aria-pressed=${log ? 'true' : 'false'}
          @click=${() => this.toggle('barAxis')}>${msg('Log time axis', { id: 'compare.charts.logTime' })}</button>
      </div>
      <svg class="phase-bars" role="group" aria-label=${label} width=${l.width} height=${l.height}
        viewBox=${`0 0 ${l.width} ${l.height}`}></svg>
      <p class="note">${
        log
          ? msg('Logarithmic axis: each step right is ten times longer. Durations look closer than they are.', {
              id: 'compare.charts.logNote',
            })
          : msg('Linear axis: bar lengths are in proportion to time. Focus or hover a phase for its time and source.', {
              id: 'compare.charts.linearNote',
            })
      }</p>
    </figure>`;
  }

  private renderLines(run: ComparisonRun, l: ResourceChartLayout) {
    const log = this.valueAxis === 'log';
    const end = (side: 'vm' | 'container', resource: 'ram' | 'disk') =>
      l.panels.find((p) => p.resource === resource)!.lines.find((x) => x.side === side)!.endValue;
    const [vmRam, vmDisk, ctRam, ctDisk] = [
      formatRam(end('vm', 'ram')),
      formatDisk(end('vm', 'disk')),
      formatRam(end('container', 'ram')),
      formatDisk(end('container', 'disk')),
    ];
    const [capRam, capDisk] = [formatRam(run.host.ramBytes), formatDisk(run.host.diskBytes)];
    const at = formatMs(l.endMs);
    const summary = msg(
      str`RAM and disk used over the race. At ${at} the VMs hold ${vmRam} of RAM and ${vmDisk} of disk, the containers ${ctRam} and ${ctDisk}; the host has ${capRam} and ${capDisk}.`,
      { id: 'compare.charts.linesLabel' },
    );
    const cite = (ids: readonly string[], text: string, title: string) =>
      html`<span class="num" tabindex="0" data-cite=${ids.join(' ')} data-cite-title=${title}>${text}</span>`;
    const vms = msg('VMs', { id: 'compare.vms' });
    const containers = msg('Containers', { id: 'compare.containers' });
    const [ram, disk] = [resourceLabel('ram'), resourceLabel('disk')];
    return html`<figure class="resources">
      <div class="head">
        <h2>${msg('RAM and disk over the race', { id: 'compare.charts.linesTitle' })}</h2>
        <button class="btn" aria-pressed=${log ? 'true' : 'false'}
          @click=${() => this.toggle('valueAxis')}>${msg('Log value axis', { id: 'compare.charts.logValue' })}</button>
      </div>
      <svg class="resource-lines" role="img" aria-label=${summary} width=${l.width} height=${l.height}
        viewBox=${`0 0 ${l.width} ${l.height}`}></svg>
      <ul class="legend">
        <li>${msg(str`At ${at}:`, { id: 'compare.charts.atEnd' })}</li>
        <li><span
          class="key vm"></span>${vms}: ${ram} ${cite(
            run.vm.sources.ram,
            vmRam,
            `${vms}, ${ram}: ${vmRam}`,
          )}, ${disk} ${cite(run.vm.sources.disk, vmDisk, `${vms}, ${disk}: ${vmDisk}`)}</li>
        <li><span
          class="key container"></span>${containers}: ${ram} ${cite(
            run.container.sources.ram,
            ctRam,
            `${containers}, ${ram}: ${ctRam}`,
          )}, ${disk} ${cite(run.container.sources.disk, ctDisk, `${containers}, ${disk}: ${ctDisk}`)}</li>
        <li><span
          class="key capacity"></span>${msg("host's capacity", {
            id: 'compare.meters.capacity',
          })}: ${ram} ${cite(['host_ram'], capRam, capRam)}, ${disk} ${cite(['host_disk'], capDisk, capDisk)}</li>
        <li aria-hidden="true"><span class="key hand"></span>${msg('race clock', { id: 'compare.charts.hand' })}</li>
      </ul>
    </figure>`;
  }

  render() {
    const run = this.run;
    if (!run || !this.bars || !this.lines) return html`<div class="charts"></div>`;
    return html`<section class="charts" aria-label=${msg('Charts', { id: 'compare.charts.region' })}>
        ${this.renderBars(run, this.bars)} ${this.renderLines(run, this.lines)}
      </section>
      ${this.tips.render()}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sim-compare-charts': SimCompareCharts;
  }
}
