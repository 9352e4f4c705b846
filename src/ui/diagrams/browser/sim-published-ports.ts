/**
 * `<sim-published-ports>`: the host's published ports as buttons that open them in the browser
 * pane, and a button for the pane with an empty address bar. The pane's module (and the client it
 * asks) is loaded only when it is first opened.
 */

import { LitElement, html, css, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { SessionController } from '../../common/session-controller';
import type { BrowserPort } from '../../common/view-port';
import { baseStyles } from '../../theme/shared-styles';
import { publishedPorts, type PublishedPort } from './published-ports';

@customElement('sim-published-ports')
@localized()
export class SimPublishedPorts extends LitElement {
  static styles = [
    baseStyles,
    css`
      :host { display: flex; flex-direction: column; min-height: 0; max-height: 70%; padding: 0.3rem 0.5rem; }
      .bar { display: flex; flex-wrap: wrap; gap: 0.4rem; align-items: center; font-size: 0.85rem; }
      .label { color: var(--text-muted); }
      .none { color: var(--text-muted); font-style: italic; }
      .port { font-family: var(--font-mono); font-size: 0.8rem; }
      sim-browser-pane { margin-top: 0.4rem; flex: 1 1 auto; min-height: 0; }
    `,
  ];

  /** The host whose ports are listed, and the world the pane's browser reaches. */
  @property({ attribute: false }) session!: BrowserPort;
  @state() private open = false;
  private readonly sessions = new SessionController<BrowserPort>(this, {
    select: (s) => publishedPorts(s.host()).map((p) => `${p.hostPort}:${p.container}`),
  });

  protected willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('session')) this.sessions.follow(this.session);
  }

  /** Opens the pane at `address` ('' for an empty address bar), loading its module the first time. */
  async openBrowser(address: string): Promise<void> {
    await import('./sim-browser-pane');
    this.open = true;
    await this.updateComplete;
    const pane = this.renderRoot.querySelector('sim-browser-pane');
    if (!pane) return;
    await pane.updateComplete;
    if (address) await pane.open(address);
    else pane.focusAddress();
  }

  private closeBrowser(): void {
    this.open = false;
    this.renderRoot.querySelector<HTMLButtonElement>('button.browser')?.focus();
  }

  private portButton(p: PublishedPort) {
    const label = msg(str`Open ${p.url} in the browser (${p.container}, ${p.containerPort})`, {
      id: 'browser.openPort',
    });
    return html`<button class="btn port" data-host-port=${p.hostPort} aria-label=${label} title=${label}
      @click=${() => void this.openBrowser(p.url)}>localhost:${p.hostPort} → ${p.container}</button>`;
  }

  render() {
    const ports = publishedPorts(this.session.host());
    return html`
      <div class="bar">
        <span class="label">${msg('Published ports:', { id: 'browser.ports' })}</span>
        ${
          ports.length === 0
            ? html`<span class="none">${msg('none (docker run -p 8080:80 …)', { id: 'browser.noPorts' })}</span>`
            : ports.map((p) => this.portButton(p))
        }
        <button class="btn browser" @click=${() => void this.openBrowser('')}>
          ${msg('Browser', { id: 'browser.short' })}
        </button>
      </div>
      ${
        this.open
          ? html`<sim-browser-pane .session=${this.session} @sim-browser-close=${this.closeBrowser}></sim-browser-pane>`
          : ''
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sim-published-ports': SimPublishedPorts;
  }
}
