/**
 * `<sim-compare-meters .run .clockMs>`: RAM and disk of the VM side and the container side against
 * the host's capacity, filling per instance as the race clock runs, how many of each fit, and, once
 * the clock reaches it, why the side that ran out could not start the rest.
 */

import { LitElement, html, css, nothing, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { baseStyles } from '../../theme/shared-styles';
import { SizeController } from '../../common/resize-controller';
import { select } from '../d3-helpers';
import { type ComparisonRun, type RaceResult, formatDisk, formatRam } from '../../../model/comparison';
import { failureSentence, resourceLabel } from './compare-words';
import { SourceTipController, sourceTipStyles } from './source-tip';
import { failureAt, meterAt, type FailureNotice, type MeterResource, type MeterState } from './compare-meters-layout';
import { renderMeter } from './compare-meters-render';

const METER_HEIGHT = 16;
const SIDES = ['vm', 'container'] as const;
const RESOURCES: readonly MeterResource[] = ['ram', 'disk'];

/** The host parameter each resource's capacity is read from (model/vm/host-spec.ts). */
const CAPACITY_PARAM: Record<MeterResource, string> = { ram: 'host_ram', disk: 'host_disk' };

const format = (resource: MeterResource, bytes: number) => (resource === 'ram' ? formatRam(bytes) : formatDisk(bytes));

@customElement('sim-compare-meters')
@localized()
export class SimCompareMeters extends LitElement {
  static styles = [
    baseStyles,
    sourceTipStyles,
    css`
      :host { display: block; font-size: 0.82rem; color: var(--text);
        --meter-shared: #5f6b76; --meter-vm: #7e6bb0; --meter-container: #0a6672; }
      h2 { font-size: 0.88rem; margin: 0 0 0.3rem; }
      h3 { font-size: 0.8rem; margin: 0 0 0.15rem; color: var(--text-muted); }
      .group + .group { margin-top: 0.5rem; }
      .rows {
        display: grid;
        grid-template-columns: max-content minmax(4rem, 1fr) max-content;
        gap: 0.2rem 0.5rem;
        align-items: center;
      }
      .who { font-weight: 600; }
      .value { font-family: var(--font-mono); font-size: 0.78rem; white-space: nowrap; }
      .bar { min-width: 0; }
      .bar svg { display: block; width: 100%; height: ${METER_HEIGHT}px; overflow: visible; }
      rect.track { fill: var(--surface-2); stroke: var(--border); }
      rect.segment { stroke: var(--surface); stroke-width: 0.5; }
      rect.segment.shared { fill: var(--meter-shared); }
      rect.segment.instance.vm { fill: var(--meter-vm); }
      rect.segment.instance.container { fill: var(--meter-container); }
      line.capacity { stroke: var(--danger); stroke-width: 2; stroke-dasharray: 3 2; }
      .legend {
        display: flex;
        flex-wrap: wrap;
        gap: 0.2rem 0.8rem;
        list-style: none;
        margin: 0.4rem 0 0;
        padding: 0;
        color: var(--text-muted);
        font-size: 0.76rem;
      }
      .legend li { display: inline-flex; align-items: center; gap: 0.3rem; }
      .swatch { width: 0.8rem; height: 0.8rem; border-radius: 2px; display: inline-block; }
      .swatch.capacity { width: 0; height: 0.9rem; border-left: 2px dashed var(--danger); border-radius: 0; }
      .fit { margin: 0.4rem 0 0; }
      .num { font-family: var(--font-mono); }
      .status p {
        margin: 0.4rem 0 0;
        padding: 0.35rem 0.5rem;
        border-left: 3px solid var(--danger);
        background: var(--danger-soft);
        color: var(--text);
      }
    `,
  ];

  /** The comparison to show. */
  @property({ attribute: false }) run?: ComparisonRun;
  /** The race clock, ms since both sides started. */
  @property({ attribute: false }) clockMs = 0;

  private readonly size = new SizeController(this, () => this.renderRoot.querySelector('.bar'));
  private readonly tips = new SourceTipController(this, () => this.run?.citations);
  private states: MeterState[] = [];

  protected willUpdate(_changed: PropertyValues<this>): void {
    const run = this.run;
    this.states = run
      ? RESOURCES.flatMap((resource) => SIDES.map((side) => meterAt(run[side], resource, this.clockMs)))
      : [];
  }

  protected updated(): void {
    const width = this.size.width;
    if (width <= 0) return;
    for (const state of this.states) {
      const svg = this.renderRoot.querySelector(`[data-meter="${state.side}-${state.resource}"] svg`);
      if (svg) renderMeter(select(svg), state, width, METER_HEIGHT);
    }
  }

  private sideName(side: 'vm' | 'container'): string {
    return side === 'vm' ? msg('VMs', { id: 'compare.vms' }) : msg('Containers', { id: 'compare.containers' });
  }

  private renderMeterRow(run: ComparisonRun, state: MeterState) {
    const race: RaceResult = run[state.side];
    const used = format(state.resource, state.usedBytes);
    const capacity = format(state.resource, state.capacityBytes);
    const name = this.sideName(state.side);
    const label = msg(str`${name}: ${resourceLabel(state.resource)}`, { id: 'compare.meters.meterLabel' });
    const valueText = msg(str`${used} of ${capacity}`, { id: 'compare.meters.usedOf' });
    return html`<span class="who" aria-hidden="true">${name}</span>
      <div class="bar" role="meter" aria-label=${label} aria-valuemin="0" aria-valuemax=${state.capacityBytes}
        aria-valuenow=${Math.min(state.usedBytes, state.capacityBytes)}
        aria-valuetext=${valueText} data-meter=${`${state.side}-${state.resource}`} data-instances=${state.instances}>
        <svg aria-hidden="true"></svg>
      </div>
      <span class="value"><span tabindex="0" data-cite=${race.sources[state.resource].join(' ')}
        data-cite-title=${`${label}: ${used}`}>${used}</span> / <span
        tabindex="0" data-cite=${CAPACITY_PARAM[state.resource]}
          data-cite-title=${msg(str`Host: ${capacity}`, { id: 'compare.meters.host' })}>${capacity}</span></span>`;
  }

  private renderFit(run: ComparisonRun) {
    const fit = (race: RaceResult) => {
      const by = race.fit.limitedBy;
      const cite = [...race.sources[by], CAPACITY_PARAM[by]].join(' ');
      const number = html`<span class="num" tabindex="0" data-cite=${cite}
        data-cite-title=${String(race.fit.total)}>${race.fit.total}</span>`;
      const limit = resourceLabel(by);
      return race.kind === 'vm'
        ? html`${number} ${msg(str`VMs (limited by ${limit})`, { id: 'compare.meters.fitVms' })}`
        : html`${number} ${msg(str`containers (limited by ${limit})`, { id: 'compare.meters.fitContainers' })}`;
    };
    return html`<p
      class="fit">${msg('Fit on this host:', { id: 'compare.meters.fit' })} ${fit(run.vm)}; ${fit(run.container)}.</p>`;
  }

  /** The failure, then how many started, then (when the other side had none) that it all fitted. */
  private failureText(run: ComparisonRun, notice: FailureNotice): string {
    const { started: k, requested: n } = notice;
    const other = notice.side === 'vm' ? run.container : run.vm;
    const count =
      notice.side === 'vm'
        ? msg(str`${k} of ${n} VMs started.`, { id: 'compare.meters.vmsStarted' })
        : msg(str`${k} of ${n} containers started.`, { id: 'compare.meters.containersStarted' });
    const m = other.requested;
    const rest =
      other.failed > 0
        ? ''
        : notice.side === 'vm'
          ? msg(str`All ${m} containers fit on the same host.`, { id: 'compare.meters.containersFit' })
          : msg(str`All ${m} VMs fit on the same host.`, { id: 'compare.meters.vmsFit' });
    return [failureSentence(notice.side, notice.failure), count, rest].filter(Boolean).join(' ');
  }

  render() {
    const run = this.run;
    if (!run) return nothing;
    const notices = SIDES.map((side) => failureAt(run[side], this.clockMs)).filter(
      (n): n is FailureNotice => n !== null,
    );
    return html`<section aria-labelledby="meters-title">
      <h2 id="meters-title">${msg('RAM and disk on the host', { id: 'compare.meters.region' })}</h2>
      ${RESOURCES.map(
        (resource) => html`<div class="group">
          <h3>${resourceLabel(resource)}</h3>
          <div
            class="rows">${this.states
              .filter((s) => s.resource === resource)
              .map((s) => this.renderMeterRow(run, s))}</div>
        </div>`,
      )}
      <ul class="legend" aria-hidden="true">
        <li><span class="swatch"
          style="background:var(--meter-shared)"></span>${msg('paid once (host OS, engine, shared images)', {
            id: 'compare.meters.shared',
          })}</li>
        <li><span class="swatch"
          style="background:var(--meter-vm)"></span>${msg('each VM', { id: 'compare.meters.eachVm' })}</li>
        <li><span class="swatch"
          style="background:var(--meter-container)"></span>${msg('each container', {
            id: 'compare.meters.eachContainer',
          })}</li>
        <li><span class="swatch capacity"></span>${msg("host's capacity", { id: 'compare.meters.capacity' })}</li>
      </ul>
      ${this.renderFit(run)}
      <!-- The view's live region speaks this sentence once; here it stays visible. -->
      <div class="status">${notices.map((n) => html`<p data-failure=${n.side}>${this.failureText(run, n)}</p>`)}</div>
    </section>
    ${this.tips.render()}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sim-compare-meters': SimCompareMeters;
  }
}
