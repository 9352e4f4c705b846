/**
 * `<sim-api-log-view>`: every Engine API request and response of the session, newest first, with
 * the JSON bodies pretty-printed on demand and a filter by the command that made them.
 */

import { LitElement, html, css, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { localized, msg, str } from '@lit/localize';
import { baseStyles } from '../../theme/shared-styles';
import { diagramStyles } from '../diagram-styles';
import { SessionController } from '../../common/session-controller';
import type { RecordsPort } from '../../common/view-port';
import { projectApiLog, type ApiLogEntry } from './api-log-model';

/** The most entries drawn at once (the log keeps more). */
const SHOWN = 200;

function statusClass(status: number): string {
  if (status >= 500) return 's5';
  if (status >= 400) return 's4';
  if (status >= 300) return 's3';
  return 's2';
}

function pretty(body: unknown): string {
  return JSON.stringify(body, null, 2) ?? '';
}

@customElement('sim-api-log-view')
@localized()
export class SimApiLogView extends LitElement {
  static styles = [
    baseStyles,
    diagramStyles,
    css`
      :host { display: flex; flex-direction: column; min-height: 0; }
      .list { flex: 1; overflow: auto; margin: 0; padding: 0; list-style: none; }
      li { border-bottom: 1px solid var(--border); }
      .row {
        display: grid;
        grid-template-columns: 4.2rem minmax(0, 1fr) 3.2rem;
        gap: 0.6rem;
        align-items: baseline;
        width: 100%;
        text-align: left;
        border: 0;
        background: none;
        padding: 0.35rem 0.75rem;
      }
      .row:hover { background: var(--surface-2); }
      .method { font-family: var(--font-mono); font-weight: 700; font-size: 0.8rem; color: var(--accent-strong); }
      .path { font-family: var(--font-mono); font-size: 0.85rem; overflow-wrap: anywhere; }
      .query { color: var(--text-muted); }
      .cmd { display: block; font-size: 0.78rem; color: var(--text-muted); font-family: var(--font-mono); }
      .status { font-family: var(--font-mono); font-weight: 700; font-size: 0.85rem; text-align: right; }
      .s2 { color: var(--ok); }
      .s3 { color: var(--text-muted); }
      .s4 { color: #8a3b00; }
      .s5 { color: var(--danger); }
      .bodies {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
        gap: 0.6rem;
        padding: 0 0.75rem 0.6rem;
      }
      h4 { margin: 0.2rem 0; font-size: 0.8rem; color: var(--text-muted); font-weight: 600; }
      pre {
        margin: 0;
        padding: 0.45rem;
        background: var(--surface-2);
        border: 1px solid var(--border);
        border-radius: 4px;
        font-size: 0.78rem;
        max-height: 16rem;
        overflow: auto;
        white-space: pre-wrap;
        overflow-wrap: anywhere;
      }
      select, input {
        font: inherit;
        border: 1px solid var(--border-strong);
        border-radius: var(--radius);
        padding: 0.15rem 0.3rem;
        background: var(--surface);
        color: var(--text);
        min-height: 1.9rem;
        max-width: 22rem;
      }
      label { display: inline-flex; gap: 0.4rem; align-items: center; color: var(--text); }
    `,
  ];

  /** The session's finished records (their exchanges are the log). */
  @property({ attribute: false }) session!: RecordsPort;
  @state() private filter = '';
  @state() private open = new Set<number>();
  // Only a new record redraws the log (not a line's output as it plays).
  private readonly sessions = new SessionController(this, { select: (s) => (s as RecordsPort).records });

  protected willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('session')) this.sessions.follow(this.session);
  }

  private toggle(id: number): void {
    const next = new Set(this.open);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    this.open = next;
  }

  private renderEntry({ exchange: x, command }: ApiLogEntry) {
    const expanded = this.open.has(x.id);
    return html`<li data-api-method=${x.method} data-api-path=${x.path} data-api-status=${x.status}>
      <button class="row" aria-expanded=${expanded ? 'true' : 'false'} @click=${() => this.toggle(x.id)}>
        <span class="method">${x.method}</span>
        <span class="path">${x.path}${x.query ? html`<span class="query">?${x.query}</span>` : nothing}
          <span class="cmd">${command ? `$ ${command}` : msg('(page action)', { id: 'api.pageAction' })}</span></span>
        <span class=${`status ${statusClass(x.status)}`}>${x.status}</span>
      </button>
      ${
        expanded
          ? html`<div class="bodies">
            <div><h4>${msg('Request body', { id: 'api.requestBody' })}</h4><pre>${
              x.requestBody === undefined ? msg('(none)', { id: 'api.none' }) : pretty(x.requestBody)
            }</pre></div>
            <div><h4>${msg('Response body', { id: 'api.responseBody' })}</h4><pre>${
              x.responseBody === undefined
                ? msg('(none, or a stream)', { id: 'api.noneStream' })
                : pretty(x.responseBody)
            }</pre></div>
          </div>`
          : nothing
      }
    </li>`;
  }

  render() {
    const { commands, shown, newest } = projectApiLog(this.session.records, this.filter, SHOWN);
    return html`
      <div class="toolbar">
        <label>${msg('Command', { id: 'api.filter' })}
          <select @change=${(e: Event) => (this.filter = (e.target as HTMLSelectElement).value)}>
            <option value="">${msg('All commands', { id: 'api.all' })}</option>
            ${commands.map((c) => html`<option value=${c} ?selected=${c === this.filter}>${c}</option>`)}
          </select>
        </label>
        <span>${msg(str`${shown.length} requests, newest first. Choose one to see its JSON.`, {
          id: 'api.count',
        })}</span>
      </div>
      ${
        newest.length === 0
          ? html`<p
            class="empty">${msg(
              'No API calls yet. Every docker command talks to the daemon through the Engine API; its requests will appear here.',
              { id: 'api.empty' },
            )}</p>`
          : html`<ul class="list" aria-label=${msg('API requests', { id: 'api.list' })}>${repeat(
              newest,
              (x) => x.exchange.id,
              (x) => this.renderEntry(x),
            )}</ul>`
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sim-api-log-view': SimApiLogView;
  }
}
