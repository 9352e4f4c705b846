/**
 * `<sim-layers-view>`: each local image as a stack of its layers (a shared layer drawn once across
 * the images that use it), containers as thin writable layers on top, and the registry catalog.
 * When `rmi` is refused, the container Docker named lights up with the reason.
 */

import { LitElement, html, css, svg, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { baseStyles } from '../../theme/shared-styles';
import { diagramStyles } from '../diagram-styles';
import { SessionController } from '../../common/session-controller';
import { SizeController } from '../../common/resize-controller';
import type { LayersPort } from '../../common/view-port';
import { scaled } from '../../common/motion';
import { select } from '../d3-helpers';
import { defaultLayersMetrics, layoutLayers, type LayersLayout } from './layers-layout';
import { renderColumns, renderContainers, renderLayers, type LayersWords } from './layers-render';
import { rmiBlockOf } from './rmi-block';
import './catalog-browser';

/** The container states the legend shows (Docker's own words, as `docker ps` prints them). */
const STATES = ['created', 'running', 'paused', 'exited', 'dead'];

@customElement('sim-layers-view')
@localized()
export class SimLayersView extends LitElement {
  static styles = [
    baseStyles,
    diagramStyles,
    css`
      :host { display: grid; grid-template-columns: minmax(0, 1fr) auto; min-height: 0; }
      .main { display: flex; flex-direction: column; min-height: 0; min-width: 0; }
      .canvas { position: relative; overflow: auto; min-height: 0; flex: 1; }
      sim-catalog-browser { width: 15.5rem; border-left: 1px solid var(--border); background: var(--surface-2); }
      .callout {
        position: absolute;
          max-width: 22rem;
          padding: 0.45rem 0.6rem;
          background: var(--danger-soft);
          color: var(--text);
        border: 2px solid var(--danger);
          border-radius: var(--radius);
          font-size: 0.85rem;
          box-shadow: 0 2px 6px rgb(0 0 0 / 0.12);
      }
      g.layer rect { fill: var(--layer-fill); stroke: var(--layer-stroke); }
      g.layer.shared rect { fill: var(--layer-shared-fill); stroke: var(--layer-shared-stroke); stroke-width: 1.5; }
      g.layer text { font-family: var(--font-mono); font-size: 12px; fill: var(--text); }
      g.layer text.users {
        text-anchor: end;
        font-family: var(--font-ui);
        font-weight: 600;
        fill: var(--accent-strong);
      }
      rect.column { fill: var(--surface-2); stroke: var(--border); stroke-dasharray: 3 3; }
      rect.label-bg { fill: var(--surface); stroke: var(--border-strong); }
      text.tag { font-family: var(--font-mono); font-size: 12.5px; font-weight: 600; fill: var(--text); }
      text.meta { font-size: 11px; fill: var(--text-muted); }
      g.container rect.rw { stroke: rgb(0 0 0 / 0.25); }
      g.container text { font-size: 11px; fill: #fff; font-weight: 600; }
      g.container.blocked rect.rw { stroke: var(--danger); stroke-width: 3; }
      @media (max-width: 760px), (max-height: 520px) {
        :host { grid-template-columns: 1fr; }
        .canvas { min-height: 20rem; }
        sim-catalog-browser { width: auto; max-height: 16rem; border-left: 0; border-top: 1px solid var(--border); }
      }
    `,
  ];

  /** The host, the registries' catalog and the last command. */
  @property({ attribute: false }) session!: LayersPort;
  @state() private catalogOpen = true;
  @query('svg') private svgEl!: SVGSVGElement;
  private readonly sessions = new SessionController<LayersPort>(this, { select: (s) => s.revision });
  private readonly size = new SizeController(this, () => this.renderRoot.querySelector('.canvas'));
  private layout: LayersLayout | undefined;

  protected willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('session')) this.sessions.follow(this.session);
    this.layout = layoutLayers(this.session.host(), defaultLayersMetrics(Math.max(320, this.size.width)));
  }

  private words(): LayersWords {
    return {
      images: (n) => msg(str`${n} images`, { id: 'layers.images' }),
      layers: (n) => msg(str`${n} layers`, { id: 'layers.layers' }),
      noTag: '<none>',
    };
  }

  protected updated(): void {
    const layout = this.layout;
    if (!layout || !this.svgEl) return;
    const ms = scaled(450);
    const block = rmiBlockOf(this.session.lastRecord);
    const root = select(this.svgEl);
    renderColumns(root.select('g.columns'), layout, this.words(), ms);
    renderLayers(root.select('g.layers'), layout, this.words(), ms);
    renderContainers(root.select('g.containers'), layout, block?.containerPrefix, ms);
  }

  private renderCallout(layout: LayersLayout) {
    const block = rmiBlockOf(this.session.lastRecord);
    if (!block) return nothing;
    const box = layout.containers.find((c) => c.id.startsWith(block.containerPrefix));
    if (!box) return nothing;
    const left = Math.min(box.x, Math.max(0, layout.width - 360));
    const top = Math.max(4, box.y - 64);
    return html`<div class="callout" role="note" style=${`left:${left}px;top:${top}px`}>
      ${msg(str`Container ${box.name} uses ${block.image}, so Docker refused to remove the image (409 Conflict).`, {
        id: 'layers.blocked',
      })}
    </div>`;
  }

  private summary(layout: LayersLayout): string {
    const shared = layout.layers.filter((l) => l.users > 1).length;
    return msg(
      str`${layout.images.length} images, ${layout.layers.length} layers (${shared} shared), ${layout.containers.length} containers.`,
      { id: 'layers.summary' },
    );
  }

  render() {
    const layout = this.layout!;
    const empty = layout.images.length === 0;
    return html`
      <div class="main">
      <div class="toolbar">
        <ul class="legend" aria-label=${msg('Legend', { id: 'legend.label' })}>
          <li><span class="swatch"
            style="background:var(--layer-fill);border-color:var(--layer-stroke)"></span>${msg('read-only layer', {
              id: 'legend.layer',
            })}</li>
          <li><span class="swatch"
            style="background:var(--layer-shared-fill);border-color:var(--layer-shared-stroke)"></span>${msg(
              'shared layer',
              { id: 'legend.shared' },
            )}</li>
          ${STATES.map((s) => html`<li><span class="swatch" style=${`background:var(--state-${s})`}></span>${s}</li>`)}
        </ul>
        <span class="spacer"></span>
        <button class="btn" aria-expanded=${this.catalogOpen ? 'true' : 'false'}
          @click=${() => (this.catalogOpen = !this.catalogOpen)}>
          ${
            this.catalogOpen
              ? msg('Hide catalog', { id: 'layers.hideCatalog' })
              : msg('Browse registries', { id: 'layers.showCatalog' })
          }
        </button>
      </div>
      <div class="canvas" tabindex="0" role="region"
        aria-label=${msg('Images and layers diagram', { id: 'canvas.layers' })}>
        ${
          empty
            ? html`<p
              class="empty">${msg(
                'No images on this daemon yet. Pull one, for example docker pull alpine, or choose a tag in the registry catalog.',
                { id: 'layers.empty' },
              )}</p>`
            : nothing
        }
        <svg width=${layout.width} height=${empty ? 0 : layout.height} role="img" aria-label=${this.summary(layout)}>
          ${svg`<g class="columns"></g><g class="layers"></g><g class="containers"></g>`}
        </svg>
        ${this.renderCallout(layout)}
      </div>
      </div>
      ${
        this.catalogOpen
          ? html`<sim-catalog-browser
        .registries=${this.session.world.state.registries}></sim-catalog-browser>`
          : nothing
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sim-layers-view': SimLayersView;
  }
}
