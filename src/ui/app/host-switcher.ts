/**
 * The host switcher in the page's header: the world's Docker hosts as a group of toggle buttons,
 * the one the terminal's docker client talks to pressed. Choosing another one does not switch
 * anything itself: the page types `docker context use NAME` into the terminal (after `docker
 * context create` the first time: the shell port's `switchLines`), so the student sees the commands
 * that do it and the client's own answers. Shown only when the world has two hosts or more.
 */

import { html, css, nothing } from 'lit';
import { msg, str } from '@lit/localize';

/** What the switcher shows and whom it tells. */
export interface HostSwitcherProps {
  /** The world's hosts, in the world's order. */
  hosts: readonly string[];
  /** The host the terminal's docker client talks to now. */
  active: string;
  onChoose: (host: string) => void;
}

/** What a screen reader hears once the terminal talks to another host. */
export function hostNarration(host: string): string {
  return msg(str`Terminal now talks to ${host}.`, { id: 'hosts.narration' });
}

/** The switcher's styles, for `<sim-app>`'s `static styles`. */
export const hostSwitcherStyles = css`
  .hosts { display: inline-flex; align-items: center; gap: 0.35rem; font-size: 0.9rem; color: var(--text-muted); }
  .hosts .choices { display: inline-flex; border: 1px solid var(--border-strong); border-radius: var(--radius); }
  .hosts button {
    font: inherit;
    font-family: var(--font-mono);
    font-size: 0.85rem;
    min-height: 2rem;
    padding: 0.15rem 0.6rem;
    border: 0;
    background: var(--surface);
    color: var(--text);
    cursor: pointer;
  }
  .hosts button + button { border-left: 1px solid var(--border-strong); }
  .hosts button[aria-pressed='true'] { background: var(--accent); color: #fff; font-weight: 600; }
  .hosts button:focus-visible { outline: 3px solid var(--focus, var(--accent-strong)); outline-offset: 2px; }
`;

/** Renders the switcher, or nothing for a world of one host. */
export function renderHostSwitcher(p: HostSwitcherProps) {
  if (p.hosts.length < 2) return nothing;
  return html`<div class="hosts" role="group" data-testid="host-switcher" data-active=${p.active}
    aria-label=${msg('Docker host the terminal talks to', { id: 'hosts.label' })}>
    <span aria-hidden="true">${msg('Host', { id: 'hosts.short' })}</span>
    <span class="choices">${p.hosts.map(
      (h) => html`<button type="button" data-host=${h} aria-pressed=${h === p.active ? 'true' : 'false'}
        @click=${() => h !== p.active && p.onChoose(h)}>${h}</button>`,
    )}</span>
  </div>`;
}
