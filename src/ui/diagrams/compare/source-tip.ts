/**
 * Where a number comes from, on hover and on keyboard focus. A component adds a
 * `SourceTipController`, renders `tips.render()` and marks each number (HTML or SVG) with
 * `data-cite="param_id other_id"` and `tabindex="0"`; `data-cite-title` may add a heading line
 * (e.g. "kernel: 3.10 s"). The tip follows WCAG 1.4.13: Escape dismisses it, the pointer and the
 * keyboard focus may move onto it (Tab from the number), and it stays until they leave.
 */

import { html, css, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { type Citation, formatFlags, PARAMETERS } from '../../../model/comparison';
import { flagMeaning } from './compare-words';

type TipHost = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

let nextTipId = 0;

/** Shows the sources of the number under the pointer or keyboard focus in a component's shadow root. */
export class SourceTipController implements ReactiveController {
  private target: Element | null = null;
  private readonly tipId = `source-tip-${++nextTipId}`;
  /** Where the tip sits: below the number, or above it when the number is in the lower half. */
  private position = '';

  constructor(
    private readonly host: TipHost,
    private readonly citations: () => Readonly<Record<string, Citation>> | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    const root = this.host.renderRoot;
    root.addEventListener('focusin', this.onEnter);
    root.addEventListener('mouseover', this.onEnter);
    root.addEventListener('focusout', this.onLeave);
    root.addEventListener('mouseout', this.onLeave);
    root.addEventListener('keydown', this.onKey as EventListener);
  }

  hostDisconnected(): void {
    const root = this.host.renderRoot;
    root.removeEventListener('focusin', this.onEnter);
    root.removeEventListener('mouseover', this.onEnter);
    root.removeEventListener('focusout', this.onLeave);
    root.removeEventListener('mouseout', this.onLeave);
    root.removeEventListener('keydown', this.onKey as EventListener);
  }

  private readonly onEnter = (event: Event) => {
    const found = (event.target as Element | null)?.closest?.('[data-cite]') ?? null;
    if (found && found !== this.target) this.show(found);
  };

  private readonly onLeave = (event: Event) => {
    if (!this.target) return;
    const to = (event as FocusEvent | MouseEvent).relatedTarget as Element | null;
    // Moving onto the tip itself, or within the same number, keeps it open.
    if (to && (this.target.contains(to) || to.closest?.(`#${this.tipId}`))) return;
    if (
      event.type === 'mouseout' &&
      this.target.contains(this.host.renderRoot instanceof ShadowRoot ? this.host.renderRoot.activeElement : null)
    )
      return;
    this.hide();
  };

  private readonly onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && this.target) {
      event.stopPropagation();
      this.hide();
    }
  };

  private show(target: Element): void {
    this.target?.removeAttribute('aria-describedby');
    this.target = target;
    target.setAttribute('aria-describedby', this.tipId);
    const box = target.getBoundingClientRect();
    // Fixed to the viewport on the side with more room, anchored by its bottom edge when it opens
    // upwards so its height need not be known; a long list scrolls inside it, and the tip itself
    // takes keyboard focus so that scrolling works without a pointer.
    const width = Math.min(this.compactWidth(), window.innerWidth - 16);
    const left = Math.max(8, Math.min(box.left, window.innerWidth - width - 8));
    const above = box.top > window.innerHeight - box.bottom;
    this.position = above
      ? `left:${left}px;bottom:${window.innerHeight - box.top + 6}px;max-height:${Math.max(120, box.top - 14)}px`
      : `left:${left}px;top:${box.bottom + 6}px;max-height:${Math.max(120, window.innerHeight - box.bottom - 14)}px`;
    this.host.requestUpdate();
  }

  private hide(): void {
    this.target?.removeAttribute('aria-describedby');
    this.target = null;
    this.host.requestUpdate();
  }

  /** The tip's width: wider when it lists many sources, so it stays short. */
  private compactWidth(): number {
    return (this.target?.getAttribute('data-cite') ?? '').split(/\s+/).filter(Boolean).length > 3 ? 560 : 360;
  }

  /** The cited parameters of the current number, from the run or (for defaults) the model's table. */
  private rows(): Citation[] {
    const ids = (this.target?.getAttribute('data-cite') ?? '').split(/\s+/).filter(Boolean);
    const known = this.citations() ?? {};
    const rows: Citation[] = [];
    for (const id of new Set(ids)) {
      const parameter = PARAMETERS[id];
      const cited =
        known[id] ??
        (parameter && {
          id,
          label: parameter.label,
          value: `${parameter.value} ${parameter.unit}`,
          flags: parameter.flags,
          source: parameter.source,
          overridden: false,
        });
      if (cited) rows.push(cited);
    }
    return rows;
  }

  /** The tooltip; empty when no number is under the pointer or focus. */
  render(): TemplateResult | typeof nothing {
    if (!this.target) return nothing;
    const title = this.target.getAttribute('data-cite-title');
    const rows = this.rows();
    // A total cites every phase behind it: then one line per source and each flag's meaning once,
    // so the tip stays on screen instead of scrolling.
    const compact = rows.length > 3;
    const flags = [...new Set(rows.flatMap((c) => c.flags))];
    return html`<div role="tooltip" id=${this.tipId} class=${compact ? 'source-tip compact' : 'source-tip'} tabindex="0"
      style=${this.position} @mouseleave=${() => this.hide()}>
      ${title ? html`<p class="tip-title">${title}</p>` : nothing}
      ${
        rows.length === 0
          ? html`<p>${msg('No source: this number is computed by the simulated daemon.', { id: 'tip.none' })}</p>`
          : nothing
      }
      ${
        compact
          ? html`${rows.map(
              (c) =>
                html`<p class="tip-line"><span class="tip-label">${c.label}${
                  c.value
                    ? html`: <span
                  class="tip-value">${c.value}</span>`
                    : nothing
                }</span> ${formatFlags(c.flags)}${
                  c.overridden ? html` <em>${msg('(your setting)', { id: 'tip.overridden' })}</em>` : nothing
                } · ${c.source}</p>`,
            )}
          <p class="tip-flags"><span
            class="tip-key">${msg('Confidence', { id: 'tip.confidence' })}</span> ${flags
              .map((f) => `[${f}] ${flagMeaning(f)}`)
              .join('; ')}</p>`
          : rows.map(
              (c) => html`<div class="tip-row">
              <p class="tip-label">${c.label}${
                c.value
                  ? html`: <span
                class="tip-value">${c.value}</span>`
                  : nothing
              }${c.overridden ? html` <em>${msg('(your setting)', { id: 'tip.overridden' })}</em>` : nothing}</p>
              <p><span
                class="tip-key">${msg('Confidence', { id: 'tip.confidence' })}</span> ${formatFlags(c.flags)} ${c.flags
                  .map((f) => flagMeaning(f))
                  .join('; ')}</p>
              <p><span class="tip-key">${msg('Source', { id: 'tip.source' })}</span> ${c.source}</p>
            </div>`,
            )
      }
    </div>`;
  }
}

/** Styles of the tip and of the numbers that carry one; add to the component's styles. */
export const sourceTipStyles = css`
  [data-cite] { cursor: help; }
  [data-cite]:focus-visible { outline: 2px solid var(--focus); outline-offset: 1px; }
  .source-tip {
    position: fixed; z-index: 20; box-sizing: border-box; width: min(360px, calc(100vw - 16px)); overflow: auto;
    background: var(--surface);
      color: var(--text);
      border: 1px solid var(--border-strong);
      border-radius: var(--radius);
    box-shadow: 0 4px 14px rgb(0 0 0 / 0.18); padding: 0.4rem 0.55rem; font-size: 0.78rem; line-height: 1.35;
  }
  .source-tip.compact { width: min(560px, calc(100vw - 16px)); font-size: 0.72rem; line-height: 1.3; }
  .source-tip p { margin: 0 0 0.15rem; }
  .source-tip .tip-flags { border-top: 1px solid var(--border); margin-top: 0.25rem; padding-top: 0.25rem; }
  .source-tip .tip-title { font-weight: 700; }
  .source-tip .tip-row + .tip-row { border-top: 1px solid var(--border); margin-top: 0.25rem; padding-top: 0.25rem; }
  .source-tip .tip-label { font-weight: 600; }
  .source-tip .tip-value { font-family: var(--font-mono); }
  .source-tip .tip-key { color: var(--text-muted); font-weight: 600; margin-right: 0.25rem; }
`;
