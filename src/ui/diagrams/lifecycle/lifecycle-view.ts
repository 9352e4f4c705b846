/**
 * `<sim-lifecycle-view>`: the container statechart drawn from the xstate machine the engine uses,
 * the chosen container's state highlighted, and each transition animated as commands run.
 */

import { LitElement, html, css, svg, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { baseStyles } from '../../theme/shared-styles';
import { diagramStyles } from '../diagram-styles';
import { SessionController } from '../../common/session-controller';
import { SizeController } from '../../common/resize-controller';
import type { HostPort } from '../../common/view-port';
import type { CommandRecord } from '../../../model/client';
import { containerMachine } from '../../../model';
import { getSpeed, scaled } from '../../common/motion';
import { staggerMs } from '../../common/playback-plan';
import { PlaybackTimers } from '../../common/playback-timers';
import { select } from '../d3-helpers';
import { layoutLifecycle, type LifecycleLayout } from './lifecycle-layout';
import { projectLifecycle, transitionsToPlay, type LifecycleModel } from './lifecycle-model';
import {
  animateTransition,
  edgeFor,
  renderEdges,
  renderStates,
  renderToken,
  type LifecycleMarks,
  type OomBadgeText,
} from './lifecycle-render';

/** The OOM badge's words: short on the badge, the reason in its tooltip. */
function oomBadgeText(): OomBadgeText {
  return {
    label: msg('OOMKilled', { id: 'oom.badge' }),
    title: msg('Killed by the out-of-memory killer: it needed more memory than its --memory limit (exit code 137).', {
      id: 'oom.title',
    }),
  };
}

@customElement('sim-lifecycle-view')
@localized()
export class SimLifecycleView extends LitElement {
  static styles = [
    baseStyles,
    diagramStyles,
    css`
      :host { display: flex; flex-direction: column; min-height: 0; }
      .canvas { flex: 1; min-height: 0; overflow: auto; }
      @media (max-width: 760px), (max-height: 520px) { .canvas { min-height: 20rem; } }
      select {
        font: inherit;
        border: 1px solid var(--border-strong);
        border-radius: var(--radius);
        padding: 0.15rem 0.3rem;
        background: var(--surface);
        color: var(--text);
        min-height: 1.9rem;
      }
      label { display: inline-flex; gap: 0.4rem; align-items: center; color: var(--text); }
      g.state rect.box { fill: var(--surface); stroke: var(--border-strong); }
      g.state.compound rect.box { fill: var(--surface-2); stroke-dasharray: 5 3; }
      g.state rect.final-ring { fill: none; stroke: var(--border-strong); }
      g.state.current rect.box { stroke: var(--accent); fill: var(--accent-soft); }
      g.state text.name { font-family: var(--font-mono); font-size: 13px; font-weight: 600; fill: var(--text); }
      g.state text.count { font-size: 11px; text-anchor: end; fill: var(--text-muted); }
      g.edge path { fill: none; stroke: #aab4be; stroke-width: 1.2; }
      g.edge text {
        font-size: 10.5px;
        fill: var(--text-muted);
        text-anchor: middle;
        paint-order: stroke;
        stroke: var(--surface);
        stroke-width: 4px;
      }
      g.edge.next path { stroke: var(--accent); stroke-width: 2; }
      g.edge.next text { fill: var(--accent-strong); font-weight: 700; font-size: 11.5px; }
      g.edge.firing path { stroke: var(--accent); stroke-width: 3; }
      g.edge.firing text { fill: var(--accent-strong); font-weight: 700; }
      circle.traveller { fill: var(--accent); stroke: #fff; stroke-width: 2; }
      g.token circle { stroke: #fff; stroke-width: 2; }
      g.oom-badge rect { fill: var(--danger); }
      g.oom-badge text { fill: #fff; font-size: 11px; font-weight: 700; font-family: var(--font-mono); }
      marker path { fill: var(--border-strong); }
    `,
  ];

  /** The host whose containers are drawn. */
  @property({ attribute: false }) session!: HostPort;
  @state() private selected: string | undefined;
  @query('svg') private svgEl!: SVGSVGElement;
  private readonly sessions = new SessionController<HostPort>(this, {
    select: (s) => s.revision,
    onCommand: (r) => this.onCommand(r),
  });
  private readonly timers = new PlaybackTimers();
  private readonly size = new SizeController(this, () => this.renderRoot.querySelector('.canvas'));
  private layout: LifecycleLayout | undefined;

  protected willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('session')) this.sessions.follow(this.session);
    const w = Math.max(640, this.size.width);
    const h = Math.max(300, this.size.height);
    if (!this.layout || this.layout.width !== w || this.layout.height !== h)
      this.layout = layoutLifecycle(containerMachine, w, h);
    this.selected = projectLifecycle(this.session.host(), this.selected).selected;
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    this.timers.cancel();
  }

  private onCommand(record: CommandRecord): void {
    const { selected, changes } = transitionsToPlay(record, this.session.host(), this.selected);
    this.selected = selected;
    // Play the chosen container's transitions one after another.
    this.timers.cancel();
    const step = scaled(700);
    changes.forEach((e, i) => {
      const edge = this.layout && edgeFor(this.layout, e.from, e.to, e.event);
      if (!edge) return;
      this.timers.at(staggerMs(i, 700, getSpeed()), () =>
        animateTransition(select(this.svgEl).select('g.travel'), select(this.svgEl).select('g.edges'), edge, step),
      );
    });
  }

  private model(): LifecycleModel {
    return projectLifecycle(this.session.host(), this.selected);
  }

  protected updated(): void {
    if (!this.layout || !this.svgEl) return;
    const root = select(this.svgEl);
    const marks: LifecycleMarks = this.model();
    renderEdges(root.select('g.edges'), this.layout, marks.selectedNode);
    renderStates(root.select('g.states'), this.layout, marks, scaled(300));
    renderToken(root.select('g.tokens'), this.layout, marks, oomBadgeText());
  }

  render() {
    const layout = this.layout!;
    const marks = this.model();
    const containers = marks.containers;
    const [name, status] = [marks.selectedName, marks.selectedState];
    const label = marks.selectedOomKilled
      ? msg(str`Container lifecycle statechart; ${name} is ${status}, OOM-killed (exit 137): over its memory limit.`, {
          id: 'lifecycle.summaryOom',
        })
      : marks.selectedName
        ? msg(str`Container lifecycle statechart; ${marks.selectedName} is ${marks.selectedState}.`, {
            id: 'lifecycle.summary',
          })
        : msg('Container lifecycle statechart; no container yet.', { id: 'lifecycle.summaryNone' });
    return html`
      <div class="toolbar">
        <label>${msg('Container', { id: 'lifecycle.container' })}
          <select ?disabled=${containers.length === 0}
            @change=${(e: Event) => (this.selected = (e.target as HTMLSelectElement).value)}>
            ${containers.length === 0 ? html`<option>${msg('(none yet)', { id: 'lifecycle.none' })}</option>` : ''}
            ${containers.map(
              (c) => html`<option value=${c.id}
              ?selected=${c.id === this.selected}>${c.name} (${c.status})</option>`,
            )}
          </select>
        </label>
        <span>${msg('Highlighted arrows: what the chosen container can do next. ×N: containers in that state.', {
          id: 'lifecycle.help',
        })}</span>
      </div>
      <div class="canvas" tabindex="0" role="region" aria-label=${msg('Lifecycle diagram', { id: 'canvas.lifecycle' })}>
        <svg width=${layout.width} height=${layout.height} role="img" aria-label=${label}>
          ${svg`<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7"
            orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z"></path></marker></defs>
          <g class="states"></g><g class="edges"></g><g class="tokens"></g><g class="travel"></g>`}
        </svg>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sim-lifecycle-view': SimLifecycleView;
  }
}
