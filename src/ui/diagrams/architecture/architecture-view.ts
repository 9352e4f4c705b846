/**
 * `<sim-architecture-view>`: the course's architecture diagram, live. The docker client talks to
 * the daemon over the REST API; every command's API calls fly as labelled messages, and a pull
 * brings layers from the registry.
 */

import { LitElement, html, css, svg, type PropertyValues } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { baseStyles } from '../../theme/shared-styles';
import { diagramStyles } from '../diagram-styles';
import { SessionController } from '../../common/session-controller';
import { SizeController } from '../../common/resize-controller';
import type { ArchitecturePort } from '../../common/view-port';
import type { CommandRecord } from '../../../model/client';
import { getSpeed } from '../../common/motion';
import { planPlayback, pullWindowMs, transferSpeed } from '../../common/playback-plan';
import { select } from '../d3-helpers';
import { projectArchitecture, projectOtherHost } from './architecture-model';
import { layoutArchitecture, type ArchitectureLayout } from './architecture-layout';
import { renderBoxes, renderFlights, type ArchModel } from './architecture-render';
import { activeRegistryOf, planFlights } from './architecture-flights';
import { renderOtherHosts } from './architecture-hosts-render';
import { recordHost } from './architecture-push';

@customElement('sim-architecture-view')
@localized()
export class SimArchitectureView extends LitElement {
  static styles = [
    baseStyles,
    diagramStyles,
    css`
      :host { display: flex; flex-direction: column; min-height: 0; }
      .canvas { flex: 1; min-height: 0; overflow: auto; }
      @media (max-width: 760px), (max-height: 520px) { .canvas { min-height: 20rem; } }
      g.box rect.frame { fill: var(--surface); stroke: var(--border-strong); stroke-width: 1.5; }
      g.client rect.frame, g.api rect.frame { fill: var(--surface-2); }
      g.daemon rect.frame { fill: #f3f8f9; stroke: var(--accent); stroke-width: 2; }
      g.daemon.stopped rect.frame { fill: #eceef0; stroke: var(--state-exited); stroke-dasharray: 6 4; }
      g.daemon.stopped text.status { fill: var(--danger); }
      text.title { font-weight: 600; font-size: 13px; fill: var(--text); }
      g.api text.title + text.title, g.client text.title + text.title {
        font-weight: 400;
        font-size: 11.5px;
        fill: var(--text-muted);
      }
      text.status { font-weight: 700; font-size: 12px; fill: var(--ok); }
      text.heading { font-weight: 600; font-size: 12px; fill: var(--text-muted); }
      g.item text { font-family: var(--font-mono); font-size: 11.5px; fill: var(--text); }
      g.registry text.name { font-weight: 600; font-size: 12px; fill: var(--text); }
      g.registry text.host { font-family: var(--font-mono); font-size: 10.5px; fill: var(--text-muted); }
      g.registry.active rect.frame { stroke: var(--accent); stroke-width: 3; fill: var(--accent-soft); }
      g.flight rect { stroke: rgb(0 0 0 / 0.2); }
      g.flight text { font-family: var(--font-mono); font-size: 11.5px; font-weight: 600; fill: #fff; }
      g.flight.request rect { fill: var(--accent); }
      g.flight.ok rect { fill: var(--ok); }
      g.flight.error rect, g.flight.refused rect { fill: var(--danger); }
      g.flight.layer rect { fill: #5b4aa8; }
      g.flight.exists rect { fill: var(--surface); stroke: var(--accent); stroke-width: 1.5; }
      g.flight.exists text { fill: var(--accent-strong); }
      g.other rect.frame { fill: #f3f8f9; stroke: var(--accent); stroke-width: 1.5; stroke-dasharray: 5 3; }
      g.other.stopped rect.frame { fill: #eceef0; stroke: var(--state-exited); }
      g.daemon.active rect.frame, g.other-host.active rect.frame { stroke: var(--accent-strong); stroke-width: 3.5; }
      g.other text.name { font-family: var(--font-mono); font-weight: 700; font-size: 12.5px; fill: var(--text); }
      g.other text.status, g.other text.count { font-weight: 400; font-size: 11.5px; fill: var(--text-muted); }
      g.other.stopped text.status { fill: var(--danger); }
      path.lane { stroke: var(--border-strong); stroke-width: 1.2; fill: none; marker-end: url(#arch-arrow); }
      marker path { fill: var(--border-strong); }
    `,
  ];

  /** The host, the world's other hosts and the registries. */
  @property({ attribute: false }) session!: ArchitecturePort;
  @query('svg') private svgEl!: SVGSVGElement;
  private readonly sessions = new SessionController<ArchitecturePort>(this, {
    select: (s) => s.revision,
    onCommandStart: (r) => this.animateCommand(r),
  });
  private readonly size = new SizeController(this, () => this.renderRoot.querySelector('.canvas'));
  private layout: ArchitectureLayout | undefined;
  private activeRegistry: string | undefined;
  /**
   * The host whose daemon the last push or pull moved layers for: marked with the registry, so
   * that with animation off (reduced motion) the change is still seen, without anything travelling.
   */
  private transferHost: string | undefined;

  protected willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('session')) this.sessions.follow(this.session);
    const hosts = Object.keys(this.session.world.state.registries);
    this.layout = layoutArchitecture(
      Math.max(560, this.size.width),
      Math.max(280, this.size.height),
      hosts,
      this.otherHosts(),
    );
  }

  /** The world's hosts other than the one the page shows (the terminal's). */
  private otherHosts(): string[] {
    const shown = this.session.host().name;
    return Object.keys(this.session.world.state.hosts ?? {}).filter((h) => h !== shown);
  }

  private model(): ArchModel {
    const { daemonRunning, images, containers, volumes, networks, registries } = projectArchitecture(
      this.session.host(),
      Object.keys(this.session.world.state.registries),
    );
    return {
      daemonRunning,
      parts: {
        images: { title: msg('Images', { id: 'arch.images' }), items: images, count: images.length },
        containers: {
          title: msg('Containers', { id: 'arch.containers' }),
          items: containers,
          count: containers.length,
        },
        volumes: { title: msg('Volumes', { id: 'arch.volumes' }), items: volumes, count: volumes.length },
        networks: { title: msg('Networks', { id: 'arch.networks' }), items: networks, count: networks.length },
      },
      registries,
      activeRegistry: this.activeRegistry,
      words: {
        client: msg('docker client', { id: 'arch.client' }),
        clientSub: msg('(the terminal)', { id: 'arch.clientSub' }),
        api: 'REST API',
        apiSub: 'Engine API 1.50',
        daemon: this.layout?.others.length
          ? msg(str`dockerd on ${this.session.host().name}`, { id: 'arch.daemonOn' })
          : msg('Docker daemon (dockerd)', { id: 'arch.daemon' }),
        running: msg('running', { id: 'app.daemon.running' }),
        stopped: msg('stopped', { id: 'app.daemon.stopped' }),
        registries: msg('Registries', { id: 'arch.registries' }),
        more: (n) => msg(str`… and ${n} more`, { id: 'arch.more' }),
      },
    };
  }

  /** Marks the daemon (the one shown, or another host's box) the last transfer was for. */
  private markTransferHost(): void {
    const root = select(this.svgEl);
    root.select('g.box.daemon').classed('active', this.transferHost === this.session.host().name);
    root.selectAll('g.other-host').classed('active', (d) => (d as { b: { id: string } }).b.id === this.transferHost);
  }

  private animateCommand(record: CommandRecord): void {
    // The boxes keep showing the world as it was until the command has finished (the next
    // render); only the registry it pulls from lights up at once.
    this.activeRegistry = activeRegistryOf(record);
    this.transferHost = this.activeRegistry ? (recordHost(record) ?? this.session.host().name) : undefined;
    if (!this.layout || !this.svgEl) return;
    select(this.svgEl)
      .selectAll('g.registry')
      .classed('active', (d) => (d as { b: { id: string } }).b.id === this.activeRegistry);
    this.markTransferHost();
    // Instant still flies a pull's or push's layers (at 1x), like the terminal still shows its progress.
    const speed = transferSpeed(record, getSpeed());
    if (speed === 0) return;
    const flights = planFlights(
      record,
      this.layout,
      this.session.world.state.hosts?.[recordHost(record) ?? ''] ?? this.session.host(),
      // The layers fly on the terminal's plan, so both finish together.
      { hop: 420 / speed, pull: pullWindowMs(planPlayback(record, speed), record) },
      {
        exists: 'Already exists',
        refused: msg('✕ no answer', { id: 'arch.refused' }),
      },
    );
    renderFlights(select(this.svgEl).select('g.flights'), flights);
  }

  protected updated(): void {
    if (!this.layout || !this.svgEl) return;
    renderBoxes(select(this.svgEl).select('g.boxes'), this.layout, this.model());
    const { hosts } = this.session.world.state;
    renderOtherHosts(
      select(this.svgEl).select('g.others'),
      this.layout,
      this.layout.others.flatMap((b) => (hosts?.[b.id] ? [projectOtherHost(hosts[b.id])] : [])),
      {
        running: msg('running', { id: 'app.daemon.running' }),
        stopped: msg('stopped', { id: 'app.daemon.stopped' }),
        images: (n) => msg(str`Images: ${n}`, { id: 'arch.other.images' }),
        containers: (n) => msg(str`Containers: ${n}`, { id: 'arch.other.containers' }),
      },
    );
    this.markTransferHost();
  }

  render() {
    const l = this.layout!;
    const running = this.session.host().daemon.status === 'running';
    const others = l.others.map((b) => b.id).join(', ');
    const label = !running
      ? msg('Architecture: the Docker daemon is stopped, so the docker client cannot connect.', {
          id: 'arch.summaryStopped',
        })
      : others
        ? msg(
            str`Architecture: the docker client sends REST API requests to the Docker daemon on ${this.session.host().name}; images travel through the registries to and from the other hosts: ${others}.`,
            { id: 'arch.summaryHosts' },
          )
        : msg(
            'Architecture: the docker client sends REST API requests to the running Docker daemon, which pulls images from registries.',
            { id: 'arch.summary' },
          );
    const lane = (y: number, x1: number, x2: number) => svg`<path class="lane" d=${`M${x1},${y} L${x2},${y}`}></path>`;
    return html`
      <div class="toolbar">
        <span>${msg('Each docker command becomes REST API calls from the client to the daemon: watch them travel.', {
          id: 'arch.help',
        })}</span>
      </div>
      <div class="canvas" tabindex="0" role="region"
        aria-label=${msg('Architecture diagram', { id: 'canvas.architecture' })}>
        <svg width=${l.width} height=${l.height} role="img" aria-label=${label}>
          ${svg`<defs><marker id="arch-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6"
            orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z"></path></marker></defs>`}
          ${lane(l.requestY, l.client.x + l.client.w + 4, l.daemon.x - 4)}
          ${lane(l.responseY, l.daemon.x - 4, l.client.x + l.client.w + 4)}
          ${
            l.registries.length
              ? lane(l.daemon.y + l.daemon.h * 0.3, l.registries[0].x - 4, l.daemon.x + l.daemon.w + 4)
              : ''
          }
          ${svg`<g class="boxes"></g><g class="others"></g><g class="flights"></g>`}
        </svg>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sim-architecture-view': SimArchitectureView;
  }
}
