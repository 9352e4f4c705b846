/** `<sim-resources-view>`: which containers mount which volumes and attach to which networks. */

import { LitElement, html, css, svg, type PropertyValues } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { baseStyles } from '../../theme/shared-styles';
import { diagramStyles } from '../diagram-styles';
import { SessionController } from '../../common/session-controller';
import { SizeController } from '../../common/resize-controller';
import type { BrowserPort } from '../../common/view-port';
import '../browser/sim-published-ports';
import { scaled } from '../../common/motion';
import { animate, fitText, select, stateColor } from '../d3-helpers';
import { layoutResources, type ResourceLink, type ResourceNode, type ResourcesLayout } from './resources-layout';

@customElement('sim-resources-view')
@localized()
export class SimResourcesView extends LitElement {
  static styles = [
    baseStyles,
    diagramStyles,
    css`
      :host { display: flex; flex-direction: column; min-height: 0; }
      .canvas { flex: 1; min-height: 0; overflow: auto; }
      @media (max-width: 760px), (max-height: 520px) { .canvas { min-height: 20rem; } }
      text.col { font-weight: 600; font-size: 12.5px; fill: var(--text-muted); }
      g.node rect { fill: var(--surface); stroke: var(--border-strong); stroke-width: 1.3; }
      g.node.volume rect, g.node.bind rect { fill: #f4f0fb; stroke: #6d4bb3; }
      g.node.network rect { fill: #eef5fb; stroke: #2f6aa3; }
      g.node text.label { font-family: var(--font-mono); font-size: 12px; font-weight: 600; fill: var(--text); }
      g.node text.sub { font-size: 10.5px; fill: var(--text-muted); }
      g.node rect.state { stroke: none; }
      path.link { fill: none; stroke-width: 2; }
      path.link.mount { stroke: #6d4bb3; }
      path.link.network { stroke: #2f6aa3; }
      path.link.idle { stroke-dasharray: 5 4; opacity: 0.7; }
      g.oom-badge rect { fill: var(--danger); }
      g.oom-badge text { fill: #fff; font-size: 10px; font-weight: 700; font-family: var(--font-mono); }
    `,
  ];

  /** The host whose volumes, containers and networks are drawn. */
  @property({ attribute: false }) session!: BrowserPort;
  @query('svg') private svgEl!: SVGSVGElement;
  private readonly sessions = new SessionController<BrowserPort>(this, { select: (s) => s.revision });
  private readonly size = new SizeController(this, () => this.renderRoot.querySelector('.canvas'));
  private layout: ResourcesLayout | undefined;

  protected willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('session')) this.sessions.follow(this.session);
    this.layout = layoutResources(this.session.host(), Math.max(600, this.size.width));
  }

  protected updated(): void {
    const layout = this.layout;
    if (!layout || !this.svgEl) return;
    const root = select(this.svgEl);
    const ms = scaled(400);
    const links = root
      .select('g.links')
      .selectAll<SVGPathElement, ResourceLink>('path.link')
      .data(layout.links, (d: ResourceLink) => d.key)
      .join('path')
      .attr('class', (d) => `link ${d.kind}${d.active ? '' : ' idle'}`);
    animate(links, 'move', ms, (s) => s.attr('d', (d: ResourceLink) => d.path));
    const nodes = root
      .select('g.nodes')
      .selectAll<SVGGElement, ResourceNode>('g.node')
      .data(layout.nodes, (d: ResourceNode) => d.key)
      .join((enter) => {
        const e = enter.append('g').attr('transform', (d) => `translate(${d.x},${d.y})`);
        e.append('rect').attr('class', 'frame').attr('rx', 5);
        e.append('rect').attr('class', 'state').attr('width', 6).attr('rx', 2);
        e.append('text').attr('class', 'label').attr('x', 12).attr('y', 15);
        e.append('text').attr('class', 'sub').attr('x', 12).attr('y', 28);
        const badge = e.append('g').attr('class', 'oom-badge');
        badge.append('title');
        badge.append('rect').attr('height', 16).attr('rx', 3);
        badge.append('text').attr('x', 5).attr('y', 12);
        return e;
      });
    nodes.attr('class', (d) => `node ${d.kind}`);
    nodes
      .filter((d) => d.kind === 'container')
      .attr('data-container-name', (d) => d.label)
      .attr('data-state', (d) => d.state ?? '')
      .attr('data-oom-killed', (d) => (d.oomKilled ? 'true' : null));
    const badgeLabel = msg('OOMKilled', { id: 'oom.badge' });
    const badgeWidth = badgeLabel.length * 6.6 + 10;
    const badge = nodes
      .select('g.oom-badge')
      .attr('display', (d) => (d.oomKilled ? null : 'none'))
      .attr('transform', (d) => `translate(${d.w - badgeWidth - 4},4)`);
    badge.select('title').text(
      msg('Killed by the out-of-memory killer: it needed more memory than its --memory limit (exit code 137).', {
        id: 'oom.title',
      }),
    );
    badge.select('rect').attr('width', badgeWidth);
    badge.select('text').text(badgeLabel);
    nodes.filter((d) => d.kind === 'volume').attr('data-volume', (d) => d.label);
    nodes.filter((d) => d.kind === 'network').attr('data-network', (d) => d.label);
    animate(nodes, 'move', ms, (s) => s.attr('transform', (d: ResourceNode) => `translate(${d.x},${d.y})`));
    nodes
      .select('rect.frame')
      .attr('width', (d) => d.w)
      .attr('height', (d) => d.h);
    nodes
      .select('rect.state')
      .attr('height', (d) => d.h)
      .attr('display', (d) => (d.state ? null : 'none'))
      .attr('fill', (d) => stateColor(d.state ?? ''));
    nodes.select('text.label').text((d) => fitText(d.label, d.w - 18, 7.4));
    nodes.select('text.sub').text((d) => fitText(d.state ? `${d.sub} · ${d.state}` : d.sub, d.w - 18, 6.2));
  }

  render() {
    const l = this.layout!;
    const host = this.session.host();
    const label = msg(
      str`${Object.keys(host.volumes).length} volumes, ${Object.keys(host.containers).length} containers, ${Object.keys(host.networks).length} networks, ${l.links.length} connections.`,
      { id: 'resources.summary' },
    );
    const colHead = (x: number, text: string) => svg`<text class="col" x=${x} y="20">${text}</text>`;
    return html`
      <div class="toolbar">
        <ul class="legend">
          <li><span class="swatch" style="background:#6d4bb3"></span>${msg('mount', { id: 'resources.mount' })}</li>
          <li><span class="swatch"
            style="background:#2f6aa3"></span>${msg('network attachment', { id: 'resources.attach' })}</li>
          <li>${msg('dashed: the container is not running', { id: 'resources.dashed' })}</li>
        </ul>
      </div>
      <sim-published-ports .session=${this.session}></sim-published-ports>
      <div class="canvas" tabindex="0" role="region"
        aria-label=${msg('Volumes and networks diagram', { id: 'canvas.resources' })}>
        <svg width=${l.width} height=${l.height} role="img" aria-label=${label}>
          ${colHead(l.columns.volumes, msg('Volumes and host paths', { id: 'resources.volumes' }))}
          ${colHead(l.columns.containers, msg('Containers', { id: 'arch.containers' }))}
          ${colHead(l.columns.networks, msg('Networks', { id: 'arch.networks' }))}
          ${svg`<g class="links"></g><g class="nodes"></g>`}
        </svg>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sim-resources-view': SimResourcesView;
  }
}
