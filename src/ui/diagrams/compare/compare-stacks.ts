/**
 * `<sim-compare-stacks .run .clockMs .hypervisorType>`: the first lesson's two architecture stacks,
 * side by side, as they stand at the race clock. Every VM brings its own guest OS (heavy blocks);
 * every container only a thin writable layer over image layers stored once, on one shared kernel.
 */

import { LitElement, html, css, type PropertyValues } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { baseStyles } from '../../theme/shared-styles';
import { SizeController } from '../../common/resize-controller';
import { getSpeed, scaled } from '../../common/motion';
import { select } from '../d3-helpers';
import { type ComparisonRun, formatDisk, formatRam } from '../../../model/comparison';
import { phaseLabel } from './compare-words';
import { SourceTipController, sourceTipStyles } from './source-tip';
import { layoutStacks } from './compare-stacks-layout';
import type { HypervisorType, StacksLayout, TextSpec } from './compare-stacks-types';
import { renderStacks } from './compare-stacks-render';

/** Below this the element lays out for a phone-sized column anyway (text is cut, never overflows). */
const MIN_WIDTH = 300;

@customElement('sim-compare-stacks')
@localized()
export class SimCompareStacks extends LitElement {
  static styles = [
    baseStyles,
    sourceTipStyles,
    css`
      :host { display: block; color: var(--text); }
      .stacks { width: 100%; min-width: 0; overflow: hidden; }
      svg { display: block; font-family: var(--font-ui); overflow: visible; }
      text { fill: var(--text); font-size: 11px; }
      text.heading { font-size: 14px; font-weight: 700; }
      text.title { font-size: 12.5px; font-weight: 600; }
      text.detail { font-size: 11px; fill: var(--text-muted); }
      text.mono, text.number { font-family: var(--font-mono); }
      text.number { font-size: 12px; font-weight: 600; }
      text.caption { font-size: 10.5px; fill: var(--text-muted); }
      text.caption.number { font-size: 10.5px; font-weight: 600; fill: var(--text); }
      text.summary { font-size: 11.5px; }
      text.inside { font-size: 11px; }
      text.inside.title { font-size: 11.5px; font-weight: 700; }
      rect.block { stroke-width: 1.2; }
      rect.hardware { fill: var(--surface-2); stroke: var(--border-strong); stroke-width: 1.6; }
      rect.host-os { fill: var(--layer-fill); stroke: var(--layer-stroke); }
      rect.hypervisor, rect.engine { fill: var(--accent-soft); stroke: var(--accent); }
      rect.image { fill: var(--layer-shared-fill); stroke: var(--layer-shared-stroke); stroke-width: 1.6; }
      rect.libs { fill: var(--layer-fill); stroke: var(--layer-stroke); }
      rect.guest-os { fill: var(--surface); stroke: var(--state-created); stroke-width: 2; }
      rect.guest-os.ready { fill: var(--state-created); }
      rect.progress { fill: var(--state-created); opacity: 0.16; pointer-events: none; }
      rect.app { fill: var(--surface); stroke: var(--state-running); stroke-width: 1.5; stroke-dasharray: 3 2; }
      rect.app.ready { fill: var(--state-running); stroke-dasharray: none; }
      rect.writable { fill: var(--accent); stroke: var(--accent-strong); stroke-width: 0.8; }
      rect.failed { fill: var(--danger-soft); stroke: var(--danger); stroke-width: 1.5; stroke-dasharray: 5 3; }
      g.col.ready text.inside.app, g.col.ready text.inside.guest { fill: #fff; }
      g.col text.failed { fill: var(--danger); }
      .legend {
        display: flex;
        flex-wrap: wrap;
        gap: 0.2rem 0.8rem;
        list-style: none;
        margin: 0.4rem 0 0;
        padding: 0;
        color: var(--text-muted);
        font-size: 0.78rem;
      }
      .legend li { display: inline-flex; align-items: center; gap: 0.3rem; }
      .swatch {
        width: 0.85rem;
        height: 0.85rem;
        border-radius: 2px;
        display: inline-block;
        border: 1px solid var(--border-strong);
      }
      .swatch.guest-os { background: var(--state-created); height: 1.1rem; }
      .swatch.libs { background: var(--layer-fill); }
      .swatch.app { background: var(--state-running); }
      .swatch.writable { background: var(--accent); height: 0.3rem; }
      .swatch.image { background: var(--layer-shared-fill); border-color: var(--layer-shared-stroke); }
      .swatch.failed { background: var(--danger-soft); border: 1.5px dashed var(--danger); }
    `,
  ];

  /** The comparison to draw. */
  @property({ attribute: false }) run?: ComparisonRun;
  /** The race clock, ms since both sides started. */
  @property({ type: Number }) clockMs = 0;
  /** Type 1 sits on the hardware; type 2 runs on a host OS. */
  @property({ type: Number }) hypervisorType: HypervisorType = 2;

  @query('svg') private svgEl?: SVGSVGElement;
  private readonly size = new SizeController(this, () => this.renderRoot.querySelector('.stacks'));
  private readonly tips = new SourceTipController(this, () => this.run?.citations);
  private layout: StacksLayout | undefined;

  protected willUpdate(_changed: PropertyValues<this>): void {
    const width = Math.max(MIN_WIDTH, this.size.width || 720);
    this.layout = this.run ? layoutStacks(this.run, this.clockMs, width, this.hypervisorType === 1 ? 1 : 2) : undefined;
  }

  protected updated(): void {
    if (!this.layout || !this.svgEl) return;
    renderStacks(select(this.svgEl), this.layout, (spec) => stackText(spec), getSpeed() === 0 ? 0 : scaled(300));
  }

  render() {
    const run = this.run;
    const l = this.layout;
    if (!run || !l) return html``;
    return html`
      <div class="stacks">
        <svg role="img" aria-label=${summary(run, this.hypervisorType === 1 ? 1 : 2)} width=${l.width}
          height=${l.height} viewBox=${`0 0 ${l.width} ${l.height}`}>
          <g class="base"></g>
          <g class="cols"></g>
          <g class="texts"></g>
        </svg>
      </div>
      <ul class="legend" aria-hidden="true">
        <li><span
          class="swatch guest-os"></span>${msg('guest OS: a whole operating system per VM', {
            id: 'compare.stacks.legend.guest',
          })}</li>
        <li><span class="swatch libs"></span>${msg('bins/libs', { id: 'compare.stacks.libs' })}</li>
        <li><span class="swatch app"></span>${msg('app', { id: 'compare.stacks.app' })}</li>
        <li><span
          class="swatch image"></span>${msg('image layers, stored once', { id: 'compare.stacks.legend.image' })}</li>
        <li><span
          class="swatch writable"></span>${msg('thin writable layer per container', {
            id: 'compare.stacks.legend.writable',
          })}</li>
        <li><span class="swatch failed"></span>${msg('could not start', { id: 'compare.stacks.legend.failed' })}</li>
      </ul>
      ${this.tips.render()}
    `;
  }
}

/** The accessible summary of both stacks. */
function summary(run: ComparisonRun, hypervisor: HypervisorType): string {
  const vms = run.vm.started;
  const ram = formatRam(run.vm.ram.perInstanceBytes);
  const cts = run.container.started;
  const image = run.image.reference;
  const parts = [
    hypervisor === 1
      ? msg(
          str`${vms} VMs, each with its own guest OS (${ram} each), on a type 1 hypervisor that runs right on the hardware;`,
          { id: 'compare.stacks.summary.type1' },
        )
      : msg(str`${vms} VMs, each with its own guest OS (${ram} each), on a type 2 hypervisor that runs on a host OS;`, {
          id: 'compare.stacks.summary.type2',
        }),
    msg(
      str`${cts} containers sharing one kernel and the ${image} image layers, each with only a thin writable layer.`,
      { id: 'compare.stacks.summary.containers' },
    ),
  ];
  const failed = (n: number, kind: 'vm' | 'container', resource: 'ram' | 'disk') => {
    if (n === 0) return;
    if (kind === 'vm')
      parts.push(
        resource === 'ram'
          ? msg(str`${n} VMs could not start: not enough memory.`, { id: 'compare.stacks.summary.vmFailedRam' })
          : msg(str`${n} VMs could not start: not enough disk.`, { id: 'compare.stacks.summary.vmFailedDisk' }),
      );
    else
      parts.push(
        resource === 'ram'
          ? msg(str`${n} containers could not start: not enough memory.`, { id: 'compare.stacks.summary.ctFailedRam' })
          : msg(str`${n} containers could not start: not enough disk.`, { id: 'compare.stacks.summary.ctFailedDisk' }),
      );
  };
  failed(run.vm.failed, 'vm', run.vm.firstFailure?.resource ?? 'ram');
  failed(run.container.failed, 'container', run.container.firstFailure?.resource ?? 'ram');
  return parts.join(' ');
}

/** The words of a text spec in the page's language; sizes as the model formats them. */
function stackText(spec: TextSpec): string {
  switch (spec.kind) {
    case 'heading':
      return spec.side === 'vm'
        ? msg('Virtual machines', { id: 'compare.stacks.heading.vm' })
        : msg('Containers', { id: 'compare.stacks.heading.container' });
    case 'title':
      return blockTitle(spec);
    case 'detail':
      if (spec.role === 'hardware') return msg('one physical host', { id: 'compare.stacks.hardware.detail' });
      if (spec.role === 'hypervisor')
        return spec.hypervisor === 1
          ? msg('e.g. KVM, ESXi, Hyper-V, right on the hardware', { id: 'compare.stacks.hypervisor1.detail' })
          : msg('e.g. VirtualBox, QEMU on a host OS', { id: 'compare.stacks.hypervisor2.detail' });
      return '';
    case 'status':
      return statusText(spec);
    case 'phase':
      return phaseLabel(spec.phase);
    case 'reason':
      return spec.resource === 'ram'
        ? msg('no free RAM', { id: 'compare.stacks.reason.ram' })
        : msg('no free disk', { id: 'compare.stacks.reason.disk' });
    case 'ram':
      return spec.host
        ? msg(str`${formatRam(spec.bytes)} RAM`, { id: 'compare.stacks.hostRam' })
        : formatRam(spec.bytes);
    case 'disk':
      return formatDisk(spec.bytes);
    case 'cores':
      return msg(str`${spec.count} CPU cores`, { id: 'compare.stacks.cores' });
    case 'plain':
      return spec.text;
    case 'each':
      if (spec.side === 'vm')
        return spec.resource === 'ram'
          ? msg('RAM per VM (guest + hypervisor)', { id: 'compare.stacks.each.vmRam' })
          : msg('Disk per VM', { id: 'compare.stacks.each.vmDisk' });
      return spec.resource === 'ram'
        ? msg('RAM per container', { id: 'compare.stacks.each.ctRam' })
        : msg('Writable layer per container', { id: 'compare.stacks.each.ctDisk' });
    case 'host':
      return spec.resource === 'cores'
        ? msg('CPU cores of the host', { id: 'compare.stacks.host.cores' })
        : msg('RAM of the host', { id: 'compare.stacks.host.ram' });
    case 'image-size':
      return msg('Size of the image layers, stored once', { id: 'compare.stacks.imageSize' });
    case 'counts':
      return countsText(spec);
  }
}

function blockTitle(spec: Extract<TextSpec, { kind: 'title' }>): string {
  switch (spec.role) {
    case 'hardware':
      return msg('Hardware', { id: 'compare.stacks.hardware' });
    case 'host-os':
      return spec.side === 'vm'
        ? msg('Host OS', { id: 'compare.stacks.hostOs' })
        : msg('Host OS: one shared kernel', { id: 'compare.stacks.hostOs.shared' });
    case 'hypervisor':
      return spec.hypervisor === 1
        ? msg('Hypervisor (type 1)', { id: 'compare.stacks.hypervisor1' })
        : msg('Hypervisor (type 2)', { id: 'compare.stacks.hypervisor2' });
    case 'engine':
      return msg('Container engine (Docker Engine)', { id: 'compare.stacks.engine' });
    case 'image':
      return msg('Image layers, shared (read-only)', { id: 'compare.stacks.image' });
    case 'guest-os':
      return msg('guest OS', { id: 'compare.stacks.guestOs' });
    case 'libs':
      return msg('bins/libs', { id: 'compare.stacks.libs' });
    case 'app':
      return msg('app', { id: 'compare.stacks.app' });
    case 'writable':
      return msg('writable layer', { id: 'compare.stacks.writable' });
    case 'failed':
      return msg('could not start', { id: 'compare.stacks.legend.failed' });
  }
}

function statusText(spec: Extract<TextSpec, { kind: 'status' }>): string {
  switch (spec.state) {
    case 'waiting':
      return msg('off', { id: 'compare.stacks.off' });
    case 'failed':
      return msg('failed', { id: 'compare.stacks.failed' });
    // Docker's own word for a started container is not translated.
    case 'ready':
      return spec.side === 'vm' ? msg('ready', { id: 'compare.stacks.ready' }) : 'running';
    case 'starting': {
      if (spec.side === 'container') return 'created';
      if (!spec.phase) return msg('booting:', { id: 'compare.stacks.bootingShort' });
      const phase = phaseLabel(spec.phase);
      return msg(str`booting: ${phase}`, { id: 'compare.stacks.booting' });
    }
  }
}

function countsText(spec: Extract<TextSpec, { kind: 'counts' }>): string {
  const parts: string[] = [];
  const { ready, starting, failed } = spec;
  if (spec.side === 'vm') {
    if (ready) parts.push(msg(str`×${ready} ready`, { id: 'compare.stacks.count.ready' }));
    if (starting) parts.push(msg(str`×${starting} booting`, { id: 'compare.stacks.count.booting' }));
  } else {
    if (ready) parts.push(`×${ready} running`);
    if (starting) parts.push(`×${starting} created`);
  }
  if (failed) parts.push(msg(str`×${failed} could not start`, { id: 'compare.stacks.count.failed' }));
  return parts.join(' · ');
}

declare global {
  interface HTMLElementTagNameMap {
    'sim-compare-stacks': SimCompareStacks;
  }
}
