/**
 * `<sim-compare-controls>`: the comparison's toolbar. Play, pause, step one phase, restart and the
 * race speed on the left with the race clock; N, VM profile, image, host cores, RAM, disk and the
 * hypervisor type on the right. It keeps no state: it shows what the view passes down and sends
 * what the reader asks for up as events.
 */

import { LitElement, html, css } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { baseStyles } from '../../theme/shared-styles';
import { formatMs, VM_PROFILE_IDS, STORAGE_KINDS, type StorageKind } from '../../../model/comparison';
import { IMAGE_CHOICES, RACE_SPEEDS, RANGES, type CompareParams } from './compare-params';
import { profileLabel } from './compare-words';

/** What the reader can do to the race clock. */
export type PlaybackAction = 'play' | 'pause' | 'step' | 'restart';

/**
 * Detail of `sim-compare-settings`: the changed settings; `settle` asks the view to wait for more (a slider moving).
 */
export interface SettingsChangeDetail {
  changes: Partial<CompareParams>;
  settle: boolean;
}

@customElement('sim-compare-controls')
@localized()
export class SimCompareControls extends LitElement {
  static styles = [
    baseStyles,
    css`
      :host {
        display: block;
        background: var(--surface);
        border-bottom: 1px solid var(--border);
        font-size: 0.82rem;
        color: var(--text-muted);
      }
      .bar { display: flex; flex-wrap: wrap; align-items: center; gap: 0.35rem 1rem; padding: 0.35rem 0.75rem; }
      .group { display: flex; flex-wrap: wrap; align-items: center; gap: 0.35rem 0.6rem; }
      .race { padding-right: 1rem; border-right: 1px solid var(--border); }
      label { display: inline-flex; align-items: center; gap: 0.3rem; white-space: nowrap; }
      select, input[type='number'] {
        font: inherit; color: var(--text); background: var(--surface); border: 1px solid var(--border-strong);
        border-radius: var(--radius); padding: 0 0.25rem; height: 1.75rem; box-sizing: border-box;
      }
      select.profile { max-width: 17rem; }
      input[type='number'] { width: 4rem; }
      input[type='range'] { width: 8rem; accent-color: var(--accent); margin: 0; }
      output { font-family: var(--font-mono); color: var(--text); min-width: 1.6rem; display: inline-block; }
      .btn { min-height: 1.75rem; padding: 0.1rem 0.6rem; font-size: 0.82rem; color: var(--text); }
      .btn[disabled] { color: var(--text-muted); cursor: default; opacity: 0.7; }
      .clock { font-family: var(--font-mono); color: var(--text); font-size: 0.9rem; min-width: 9.5rem; }
      .clock b { font-weight: 700; }
      @media (max-width: 760px) { .race { border-right: 0; padding-right: 0; } }
    `,
  ];

  /** The settings in force. */
  @property({ attribute: false }) params!: CompareParams;
  @property({ type: Number }) clockMs = 0;
  @property({ type: Number }) endMs = 0;
  @property({ type: Boolean }) playing = false;

  private settings(changes: Partial<CompareParams>, settle = false): void {
    this.dispatchEvent(
      new CustomEvent<SettingsChangeDetail>('sim-compare-settings', {
        detail: { changes, settle },
        bubbles: true,
        composed: true,
      }),
    );
  }

  private playback(action: PlaybackAction): void {
    this.dispatchEvent(
      new CustomEvent<PlaybackAction>('sim-compare-playback', { detail: action, bubbles: true, composed: true }),
    );
  }

  /** Reads a number field, kept inside its range; an empty or unreadable field changes nothing. */
  private numberField(e: Event, key: 'cores' | 'ram', whole: boolean): void {
    const input = e.target as HTMLInputElement;
    const value = Number(input.value);
    const current = key === 'cores' ? this.params.cores : this.params.ramGiB;
    if (input.value === '' || !Number.isFinite(value)) {
      input.value = String(current);
      return;
    }
    const [min, max] = RANGES[key];
    const used = Math.min(max, Math.max(min, whole ? Math.round(value) : value));
    input.value = String(used);
    if (used !== current) this.settings(key === 'cores' ? { cores: used } : { ramGiB: used }, true);
  }

  private speedLabel(s: number): string {
    return `${String(s).replace('.', msg('.', { id: 'number.decimal' }))}×`;
  }

  private storageLabel(s: StorageKind): string {
    switch (s) {
      case 'ssd':
        return msg('SSD', { id: 'compare.ctl.ssd' });
      case 'nvme':
        return msg('NVMe', { id: 'compare.ctl.nvme' });
      case 'hdd':
        return msg('HDD', { id: 'compare.ctl.hdd' });
    }
  }

  private playLabel(): string {
    if (this.playing) return msg('Pause', { id: 'compare.ctl.pause' });
    if (this.clockMs > 0 && this.clockMs < this.endMs) return msg('Resume', { id: 'compare.ctl.resume' });
    const n = this.params.n;
    return msg(str`Start ${n} and ${n}`, { id: 'compare.ctl.start' });
  }

  render() {
    const p = this.params;
    const done = this.clockMs >= this.endMs;
    const images = (IMAGE_CHOICES as readonly string[]).includes(p.image) ? IMAGE_CHOICES : [p.image, ...IMAGE_CHOICES];
    return html`<div class="bar">
      <div class="group race" role="group" aria-label=${msg('Race', { id: 'compare.ctl.race' })}>
        <button class="btn primary" data-action="play"
          @click=${() => this.playback(this.playing ? 'pause' : 'play')}>${this.playLabel()}</button>
        <button class="btn" data-action="step" ?disabled=${done}
          @click=${() => this.playback('step')}>${msg('Step one phase', { id: 'compare.ctl.step' })}</button>
        <button class="btn" data-action="restart"
          @click=${() => this.playback('restart')}>${msg('Restart', { id: 'compare.ctl.restart' })}</button>
        <label>${msg('Speed', { id: 'compare.ctl.speed' })}
          <select data-setting="speed"
            @change=${(e: Event) =>
              this.settings({ speed: Number((e.target as HTMLSelectElement).value) as CompareParams['speed'] })}>
            ${RACE_SPEEDS.map(
              (s) => html`<option value=${s}
              ?selected=${s === p.speed}>${this.speedLabel(s)}</option>`,
            )}
          </select>
        </label>
        <label class="n">${msg('N of each', { id: 'compare.ctl.n' })}
          <input type="range" data-setting="n" min=${RANGES.n[0]} max=${RANGES.n[1]} step="1" .value=${String(p.n)}
            aria-valuetext=${msg(str`${p.n} VMs and ${p.n} containers`, { id: 'compare.ctl.nText' })}
            @input=${(e: Event) => this.settings({ n: Number((e.target as HTMLInputElement).value) }, true)} />
          <output aria-hidden="true">${p.n}</output>
        </label>
        <span class="clock" data-clock><span
          class="sr-only">${msg('Race clock', {
            id: 'compare.ctl.clock',
          })}</span><b>${formatMs(this.clockMs)}</b> / ${formatMs(this.endMs)}</span>
      </div>
      <div class="group" role="group" aria-label=${msg('Settings', { id: 'compare.ctl.settings' })}>
        <label>${msg('VM', { id: 'compare.ctl.profile' })}
          <select class="profile" data-setting="profile"
            @change=${(e: Event) =>
              this.settings({ profile: (e.target as HTMLSelectElement).value as CompareParams['profile'] })}>
            ${VM_PROFILE_IDS.map(
              (id) => html`<option value=${id}
              ?selected=${id === p.profile}>${profileLabel(id)}</option>`,
            )}
          </select>
        </label>
        <label>${msg('Image', { id: 'compare.ctl.image' })}
          <select data-setting="image"
            @change=${(e: Event) => this.settings({ image: (e.target as HTMLSelectElement).value })}>
            ${images.map((i) => html`<option value=${i} ?selected=${i === p.image}>${i}</option>`)}
          </select>
        </label>
        <label>${msg('Host cores', { id: 'compare.ctl.cores' })}
          <input type="number" data-setting="cores" min=${RANGES.cores[0]} max=${RANGES.cores[1]} step="1"
            .value=${String(p.cores)} @change=${(e: Event) => this.numberField(e, 'cores', true)} />
        </label>
        <label>${msg('Host RAM (GiB)', { id: 'compare.ctl.ram' })}
          <input type="number" data-setting="ram" min=${RANGES.ram[0]} max=${RANGES.ram[1]} step="1"
            .value=${String(p.ramGiB)} @change=${(e: Event) => this.numberField(e, 'ram', false)} />
        </label>
        <label>${msg('Host disk', { id: 'compare.ctl.storage' })}
          <select data-setting="storage"
            @change=${(e: Event) => this.settings({ storage: (e.target as HTMLSelectElement).value as StorageKind })}>
            ${STORAGE_KINDS.map(
              (s) => html`<option value=${s}
              ?selected=${s === p.storage}>${this.storageLabel(s)}</option>`,
            )}
          </select>
        </label>
        <label>${msg('Hypervisor', { id: 'compare.ctl.hypervisor' })}
          <select data-setting="hypervisor"
            @change=${(e: Event) =>
              this.settings({ hypervisor: Number((e.target as HTMLSelectElement).value) === 2 ? 2 : 1 })}>
            <option value="1"
              ?selected=${p.hypervisor === 1}>${msg('Type 1 (bare metal)', { id: 'compare.ctl.type1' })}</option>
            <option value="2"
              ?selected=${p.hypervisor === 2}>${msg('Type 2 (hosted)', { id: 'compare.ctl.type2' })}</option>
          </select>
        </label>
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sim-compare-controls': SimCompareControls;
  }
}
