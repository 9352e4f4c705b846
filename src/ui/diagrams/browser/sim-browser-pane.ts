/**
 * `<sim-browser-pane>`: a small web browser on the simulated Docker host. Its address bar takes
 * `http://localhost:8080`; the model's host browser (`openPage`, through the client face) asks the
 * container that publishes the port, and the pane shows what it served in a sandboxed frame that
 * can neither run scripts nor make any request, or Chromium's error page when nothing answers.
 */

import { LitElement, html, css } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { loadClient } from '../../../model';
import type { BrowserPage } from '../../../model/client';
import type { BrowserPort } from '../../common/view-port';
import { baseStyles } from '../../theme/shared-styles';
import { safePageDocument } from './page-document';
import { errorPageStyles, renderErrorPage } from './browser-error';

@customElement('sim-browser-pane')
@localized()
export class SimBrowserPane extends LitElement {
  static styles = [
    baseStyles,
    errorPageStyles,
    css`
      :host { display: flex; flex-direction: column; border: 1px solid var(--border-strong);
        border-radius: var(--radius); background: var(--surface); min-height: 0; }
      form { display: flex; gap: 0.4rem; align-items: center; padding: 0.4rem;
        border-bottom: 1px solid var(--border); background: var(--surface-2); }
      .title { font-weight: 600; font-size: 0.85rem; white-space: nowrap; }
      input { flex: 1; min-width: 8rem; font: inherit; font-family: var(--font-mono); font-size: 0.9rem;
        padding: 0.3rem 0.6rem; border: 1px solid var(--border-strong); border-radius: 999px;
        background: var(--surface); color: var(--text); }
      .status { font-size: 0.8rem; color: var(--text-muted); padding: 0.2rem 0.6rem; min-height: 1.2rem; }
      .viewport { flex: 1; min-height: 8rem; background: #fff; overflow: auto; }
      iframe { width: 100%; height: 100%; border: 0; display: block; background: #fff; }
      pre.plain { margin: 0; padding: 0.5rem; white-space: pre-wrap; font-family: var(--font-mono); color: #202124; }
      .waiting { padding: 1rem; color: #5f6368; }
    `,
  ];

  /** The world the host's browser reaches (through the client face, never engine code). */
  @property({ attribute: false }) session!: BrowserPort;
  @state() private text = '';
  @state() private page: BrowserPage | undefined;
  @state() private loading = false;
  private loads = 0;

  /** Puts the keyboard focus in the address bar. */
  focusAddress(): void {
    this.renderRoot.querySelector('input')?.focus();
  }

  /** Loads `address` as the host's browser would (one request, logged by the server), and shows the outcome. */
  async open(address: string): Promise<void> {
    const load = ++this.loads;
    this.text = address;
    this.loading = true;
    const client = await loadClient();
    if (load !== this.loads) return;
    const page = client.openPage(client.createInProcessTransport(this.session.world), address);
    this.page = page;
    this.text = page.url;
    this.loading = false;
    this.dispatchEvent(new CustomEvent('sim-browser-loaded', { detail: page, bubbles: true, composed: true }));
  }

  private submit(e: Event): void {
    e.preventDefault();
    const input = this.renderRoot.querySelector('input');
    if (input?.value.trim()) void this.open(input.value);
  }

  private close(): void {
    this.dispatchEvent(new CustomEvent('sim-browser-close', { bubbles: true, composed: true }));
  }

  /** What the status line (a live region) says about the current page. */
  private statusText(): string {
    const page = this.page;
    if (this.loading || !page) return this.loading ? msg('Loading…', { id: 'browser.loading' }) : '';
    if (page.kind === 'page')
      return msg(str`${page.url} answered ${page.status} ${page.reason}`, { id: 'browser.loaded' });
    if (page.kind === 'waiting') return msg(str`Waiting for ${page.host}…`, { id: 'browser.waiting' });
    return msg(str`${page.url} could not be loaded: ${page.error}`, { id: 'browser.failed' });
  }

  private renderPage() {
    const page = this.page;
    if (!page) return '';
    if (page.kind === 'waiting')
      return html`<p class="waiting">${msg(str`Waiting for ${page.host}…`, { id: 'browser.waiting' })}</p>`;
    if (page.kind === 'error') return renderErrorPage(page.error, page.host, () => void this.open(page.url));
    if (page.contentType.startsWith('text/html'))
      return html`<iframe
        sandbox=""
        referrerpolicy="no-referrer"
        data-testid="browser-frame"
        title=${msg('Page served by the container', { id: 'browser.frame' })}
        .srcdoc=${safePageDocument(page.body)}
      ></iframe>`;
    return html`<pre class="plain" data-testid="browser-text">${page.body}</pre>`;
  }

  render() {
    const page = this.page;
    const title = msg('Browser on the Docker host', { id: 'browser.title' });
    return html`
      <form @submit=${this.submit} role="search" aria-label=${title}>
        <span class="title" aria-hidden="true">${msg('Browser', { id: 'browser.short' })}</span>
        <label class="sr-only" for="address">${msg('Address', { id: 'browser.address' })}</label>
        <input id="address" name="address" .value=${this.text} spellcheck="false" autocomplete="off"
          placeholder="http://localhost:8080" />
        <button class="btn primary" type="submit">${msg('Open', { id: 'browser.open' })}</button>
        <button class="btn" type="button" @click=${this.close}>${msg('Close', { id: 'browser.close' })}</button>
      </form>
      <div class="status" role="status" aria-live="polite">${this.statusText()}</div>
      <div class="viewport" tabindex="0" role="region" aria-label=${msg('Page', { id: 'browser.page' })}
        data-testid="browser-pane" data-url=${page?.url ?? ''}
        data-status=${page?.kind === 'page' ? String(page.status) : (page?.kind ?? '')}>
        ${this.renderPage()}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sim-browser-pane': SimBrowserPane;
  }
}
