/**
 * `<sim-build-view>`: the last `docker build` of the host the terminal talks to. Its steps as a
 * column of layers (CACHED, or ran and for how long, and why it could not come from the cache),
 * the image it made with its layers (the ones the build added marked), and the host's build cache
 * records with what the last build did with each. After an edit and a rebuild, the steps whose
 * cache was invalidated stand out. Plain HTML in lit: a list reads better to a screen reader than
 * an SVG would, and nothing here travels.
 */

import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { localized, msg, str } from '@lit/localize';
import { humanSize } from '../../../model';
import { baseStyles } from '../../theme/shared-styles';
import { diagramStyles } from '../diagram-styles';
import { SessionController } from '../../common/session-controller';
import type { LayersPort, RecordsPort } from '../../common/view-port';
import { buildStyles } from './build-styles';
import {
  projectCache,
  projectLastBuild,
  type BuildStepView,
  type BuildView,
  type CacheRecordView,
  type RanBecause,
} from './build-model';

/** What the build view reads: the host shown and the finished records (their build events). */
export type BuildPort = LayersPort & RecordsPort;

function because(b: RanBecause | undefined): string {
  switch (b) {
    case 'first':
      return msg('Nothing cached yet: it ran and its result went into the cache.', { id: 'build.because.first' });
    case 'edited':
      return msg('This instruction is new or was edited, so no cache record matched it.', {
        id: 'build.because.edited',
      });
    case 'inputs':
      return msg(
        'Same instruction, but what it reads changed (copied files, a build argument, the base image) or the cache was turned off.',
        { id: 'build.because.inputs' },
      );
    case 'parent':
      return msg('A step above it ran, so its cache key changed too: the cache was invalidated from there down.', {
        id: 'build.because.parent',
      });
    default:
      return '';
  }
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1).replace('.', msg('.', { id: 'number.decimal' }))}s`;
}

@customElement('sim-build-view')
@localized()
export class SimBuildView extends LitElement {
  static styles = [baseStyles, diagramStyles, buildStyles];

  /** The host shown and the session's records. */
  @property({ attribute: false }) session!: BuildPort;
  private readonly sessions = new SessionController<BuildPort>(this, { select: (s) => s.revision });

  protected willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('session')) this.sessions.follow(this.session);
  }

  private renderStep(s: BuildStepView, rebuild: boolean) {
    const invalidated = rebuild && !s.cached && s.because !== undefined;
    const state = s.cached
      ? 'CACHED'
      : s.ranMs !== undefined
        ? msg(str`ran ${seconds(s.ranMs)}`, { id: 'build.ran' })
        : msg('ran', { id: 'build.ranShort' });
    return html`<li class="step ${s.cached ? 'cached' : 'ran'} ${invalidated ? 'invalidated' : ''}"
      data-step=${s.index} data-cached=${s.cached ? 'true' : 'false'} data-because=${s.because ?? ''}>
      <span class="index">${s.stage ? `${s.stage} ` : ''}${s.index}</span>
      <code class="instruction">${s.instruction}</code>
      <span class="state">${state}</span>
      <span class="layer">${
        s.layer
          ? html`<span data-layer-id=${s.layer.id}>${s.layer.id}</span> ${humanSize(s.layer.size)}`
          : /^FROM /.test(s.instruction)
            ? msg('base image', { id: 'build.base' })
            : msg('no layer (settings only)', { id: 'build.noLayer' })
      }</span>
      ${s.because ? html`<p class="because">${because(s.because)}</p>` : nothing}
    </li>`;
  }

  private renderCache(rows: CacheRecordView[]) {
    const use = (u: CacheRecordView['use']) =>
      u === 'new'
        ? msg('made by the last build', { id: 'build.cache.new' })
        : u === 'reused'
          ? msg('reused (CACHED)', { id: 'build.cache.reused' })
          : msg('not used by the last build', { id: 'build.cache.unused' });
    return html`<table class="cache" data-testid="build-cache">
      <caption>${msg('Build cache on this host', { id: 'build.cache.caption' })}</caption>
      <thead><tr>
        <th scope="col">ID</th>
        <th scope="col">${msg('Made by', { id: 'build.cache.description' })}</th>
        <th scope="col">${msg('Size', { id: 'build.cache.size' })}</th>
        <th scope="col">${msg('Used', { id: 'build.cache.used' })}</th>
        <th scope="col">${msg('Last build', { id: 'build.cache.last' })}</th>
      </tr></thead>
      <tbody>${repeat(
        rows,
        (r) => r.id,
        (r) => html`<tr class=${r.use} data-cache-id=${r.id} data-use=${r.use}>
          <td><code>${r.id.slice(0, 12)}</code></td>
          <td><code>${r.description}</code></td>
          <td>${humanSize(r.size)}</td>
          <td>${r.usageCount}</td>
          <td>${use(r.use)}</td>
        </tr>`,
      )}</tbody>
    </table>`;
  }

  private renderImage(build: BuildView) {
    if (!build.imageId)
      return html`<p class="failed">${msg('The build failed: no image was made.', { id: 'build.failed' })}</p>`;
    const id = build.imageId.slice(7, 19);
    const mark = html`<span class="tagline">${msg('from this build', { id: 'build.fromBuild' })}</span>`;
    return html`<section class="image" data-testid="build-image" data-image-id=${id}>
      <h4>${msg('The image it made', { id: 'build.image' })}: <code>${id}</code>
        ${build.tags.map((t) => html`<code class="tag">${t}</code>`)}</h4>
      <ol class="layers" reversed aria-label=${msg('Its layers, top first', { id: 'build.layers' })}>
        ${repeat(
          [...build.layers].reverse(),
          (l) => l.id,
          (l) => html`<li class=${l.fromBuild ? 'built' : 'base'} data-layer-id=${l.id}>
            <code>${l.id}</code> ${humanSize(l.size)} ${l.fromBuild ? mark : nothing}
          </li>`,
        )}
      </ol>
    </section>`;
  }

  render() {
    const host = this.session.host();
    const build = projectLastBuild(this.session.records, host);
    const cache = projectCache(host, build?.startedAt);
    const rebuild = build?.steps.some((s) => s.because !== undefined && s.because !== 'first') ?? false;
    const hits = build?.steps.filter((s) => s.cached).length ?? 0;
    const ran = build?.steps.filter((s) => !s.cached && !/^FROM /.test(s.instruction)).length ?? 0;
    return html`
      <div class="toolbar">
        <span>${msg(
          'Each step of the last build: CACHED steps reused a cache record, the others ran. Edit the Dockerfile and build again to see what invalidates the cache.',
          { id: 'build.help' },
        )}</span>
      </div>
      <div class="canvas" tabindex="0" role="region" aria-label=${msg('Build view', { id: 'canvas.build' })}>
        ${
          build
            ? html`<section class="build" data-testid="build-steps" data-record=${build.recordId}>
                <h3><code>${build.line}</code> <span class="host">${host.name}</span></h3>
                <p class="summary" aria-live="polite">${msg(str`From the cache: ${hits}. Ran: ${ran}.`, {
                  id: 'build.summary',
                })}</p>
                <ol class="steps">${repeat(
                  build.steps,
                  (s) => s.vertex,
                  (s) => this.renderStep(s, rebuild),
                )}</ol>
                ${this.renderImage(build)}
              </section>`
            : html`<p class="empty">${msg(
                'No build on this host yet. Write a Dockerfile and run docker build -t app . in the terminal.',
                { id: 'build.empty' },
              )}</p>`
        }
        ${cache.length ? this.renderCache(cache) : nothing}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sim-build-view': SimBuildView;
  }
}
