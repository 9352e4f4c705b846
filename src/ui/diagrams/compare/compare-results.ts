/**
 * `<sim-compare-results .run>`: the comparison's results as a real `<table>` (for screen readers and
 * for copying into notes), each number formatted as the `compare` report writes it and citing, on
 * hover and keyboard focus, the parameters it was computed from. "Copy as text" puts the whole
 * report on the clipboard.
 */

import { LitElement, html, css, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { baseStyles } from '../../theme/shared-styles';
import {
  type ComparisonRun,
  type RaceResult,
  formatDisk,
  formatMs,
  formatRam,
  formatReport,
} from '../../../model/comparison';
import { SourceTipController, sourceTipStyles } from './source-tip';

/** One row of the table: its `data-result` hook, its heading, and per side the value and its sources. */
export interface ResultRow {
  key: string;
  label: string;
  vm: { text: string; cite: readonly string[] };
  container: { text: string; cite: readonly string[] };
}

/** The table's rows for a run, in the page's language; numbers as the report formats them. */
export function resultRows(run: ComparisonRun): ResultRow[] {
  const row = (
    key: string,
    label: string,
    value: (r: RaceResult) => string,
    cite: (r: RaceResult) => readonly string[],
  ): ResultRow => ({
    key,
    label,
    vm: { text: value(run.vm), cite: cite(run.vm) },
    container: { text: value(run.container), cite: cite(run.container) },
  });
  const time = (r: RaceResult) => r.sources.time;
  const capacity = (r: RaceResult) => [...r.sources.ram, ...r.sources.disk, ...run.hostSources];
  const fit = (r: RaceResult) =>
    r.fit.limitedBy === 'ram'
      ? msg(str`${r.fit.total} (RAM runs out)`, { id: 'compare.results.fitRam' })
      : msg(str`${r.fit.total} (disk runs out)`, { id: 'compare.results.fitDisk' });
  return [
    row(
      'started',
      msg('Started', { id: 'compare.started' }),
      (r) => msg(str`${r.started} of ${r.requested}`, { id: 'compare.startedOf' }),
      capacity,
    ),
    row('single', msg('One alone ready in', { id: 'compare.results.single' }), (r) => formatMs(r.singleMs), time),
    row(
      'first',
      msg('First ready after', { id: 'compare.results.first' }),
      (r) => (r.firstReadyMs === null ? '-' : formatMs(r.firstReadyMs)),
      time,
    ),
    row(
      'ready',
      msg('Time until all started are ready', { id: 'compare.ready' }),
      (r) => (r.firstReadyMs === null ? '-' : formatMs(r.allReadyMs)),
      time,
    ),
    row(
      'ram',
      msg('RAM used (whole host)', { id: 'compare.ram' }),
      (r) => formatRam(r.ram.usedBytes),
      (r) => r.sources.ram,
    ),
    row(
      'ram-each',
      msg('RAM per instance', { id: 'compare.results.ramEach' }),
      (r) => formatRam(r.ram.perInstanceBytes),
      (r) => r.sources.ram,
    ),
    row(
      'disk',
      msg('Disk used', { id: 'compare.disk' }),
      (r) => formatDisk(r.disk.usedBytes),
      (r) => r.sources.disk,
    ),
    row(
      'disk-each',
      msg('Disk per instance', { id: 'compare.results.diskEach' }),
      (r) => formatDisk(r.disk.perInstanceBytes),
      (r) => r.sources.disk,
    ),
    row('fit', msg('Instances that fit on this host', { id: 'compare.fit' }), fit, capacity),
  ];
}

@customElement('sim-compare-results')
@localized()
export class SimCompareResults extends LitElement {
  static styles = [
    baseStyles,
    sourceTipStyles,
    css`
      :host { display: block; min-width: 0; }
      table { border-collapse: collapse; font-size: 0.82rem; width: 100%; }
      caption { text-align: left; font-weight: 700; padding-bottom: 0.3rem; color: var(--text); }
      th, td { border-bottom: 1px solid var(--border); padding: 0.25rem 0.4rem; text-align: right; color: var(--text); }
      th[scope='row'] { text-align: left; font-weight: 600; min-width: 8.5rem; }
      tr.sub th[scope='row'] { font-weight: 400; padding-left: 1.1rem; }
      td { font-family: var(--font-mono); white-space: nowrap; }
      /* "7 (RAM runs out)" may break before its reason in a narrow column; numbers never break. */
      tr[data-result='fit'] td { white-space: normal; }
      .actions {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem;
        margin-top: 0.45rem;
        font-size: 0.8rem;
      }
      .actions .btn { min-height: 1.75rem; padding: 0.1rem 0.55rem; font-size: 0.8rem; }
      .status { color: var(--text-muted); }
    `,
  ];

  /** The comparison whose results to show. */
  @property({ attribute: false }) run?: ComparisonRun;
  @state() private copyStatus: 'copied' | 'failed' | undefined;
  private readonly tips = new SourceTipController(this, () => this.run?.citations);

  protected willUpdate(changed: PropertyValues): void {
    // "Copied" speaks of the run that was copied; a new run has not been.
    if (changed.has('run')) this.copyStatus = undefined;
  }

  /** Puts the `compare` report of the run on the clipboard (English, as the CLI prints it). */
  private async copy(): Promise<void> {
    if (!this.run) return;
    try {
      await navigator.clipboard.writeText(formatReport(this.run));
      this.copyStatus = 'copied';
    } catch {
      this.copyStatus = 'failed';
    }
  }

  render() {
    const run = this.run;
    if (!run) return nothing;
    const vms = msg('VMs', { id: 'compare.vms' });
    const containers = msg('Containers', { id: 'compare.containers' });
    const cell = (side: 'vm' | 'container', label: string, value: { text: string; cite: readonly string[] }) =>
      html`<td data-side=${side} tabindex="0" data-cite=${[...new Set(value.cite)].join(' ')}
        data-cite-title=${`${side === 'vm' ? vms : containers}, ${label}: ${value.text}`}>${value.text}</td>`;
    return html`<table>
        <caption>${msg(str`Results for ${run.settings.vms} VMs and ${run.settings.containers} containers`, {
          id: 'compare.caption',
        })}</caption>
        <thead><tr><td></td><th scope="col">${vms}</th><th scope="col">${containers}</th></tr></thead>
        <tbody>
          ${resultRows(run).map(
            (r) =>
              html`<tr data-result=${r.key} class=${r.key.endsWith('-each') ? 'sub' : ''}><th
                scope="row">${r.label}</th>${cell('vm', r.label, r.vm)}${cell('container', r.label, r.container)}</tr>`,
          )}
        </tbody>
      </table>
      <div class="actions">
        <button class="btn copy"
          @click=${() => this.copy()}>${msg('Copy as text', { id: 'compare.results.copy' })}</button>
        <span class="status" role="status">${
          this.copyStatus === 'copied'
            ? msg('Copied the report (in English, as npm run compare prints it).', { id: 'compare.results.copied' })
            : this.copyStatus === 'failed'
              ? msg('The browser did not allow copying.', { id: 'compare.results.copyFailed' })
              : ''
        }</span>
      </div>
      ${this.tips.render()}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sim-compare-results': SimCompareResults;
  }
}
