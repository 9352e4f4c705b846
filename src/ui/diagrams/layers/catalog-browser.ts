/**
 * `<sim-catalog-browser>`: the registries' repositories and tags. Choosing a tag types
 * `docker pull <reference>` into the terminal (the page never pulls behind the reader's back).
 */

import { LitElement, html, css } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { baseStyles } from '../../theme/shared-styles';
import { type Registries, familiarName, parseNormalizedNamed } from '../../../model';

@customElement('sim-catalog-browser')
@localized()
export class SimCatalogBrowser extends LitElement {
  static styles = [
    baseStyles,
    css`
      :host { display: flex; flex-direction: column; min-height: 0; font-size: 0.88rem; }
      h3 { margin: 0 0 0.3rem; font-size: 0.95rem; }
      .top { padding: 0.5rem 0.6rem; border-bottom: 1px solid var(--border); }
      select {
        width: 100%;
        font: inherit;
        padding: 0.2rem;
        border: 1px solid var(--border-strong);
        border-radius: var(--radius);
        background: var(--surface);
        color: var(--text);
        min-height: 2rem;
      }
      ul { list-style: none; margin: 0; padding: 0.3rem 0.6rem 0.6rem; overflow: auto; flex: 1; }
      li { padding: 0.35rem 0; border-bottom: 1px solid var(--border); }
      .repo { font-family: var(--font-mono); font-weight: 600; overflow-wrap: anywhere; }
      .tags { display: flex; flex-wrap: wrap; gap: 0.25rem; margin-top: 0.25rem; }
      .tags button {
        font-family: var(--font-mono);
        font-size: 0.8rem;
        border: 1px solid var(--accent);
        color: var(--accent-strong);
        background: var(--surface);
        border-radius: 3px;
        padding: 0.05rem 0.35rem;
        min-height: 1.6rem;
      }
      .tags button:hover { background: var(--accent-soft); }
      p.help { margin: 0.2rem 0 0; color: var(--text-muted); font-size: 0.8rem; }
    `,
  ];

  @property({ attribute: false }) registries: Registries = {};
  @state() private registry = 'docker.io';

  private pull(reference: string): void {
    this.dispatchEvent(
      new CustomEvent('sim-type-command', {
        detail: { line: `docker pull ${reference}` },
        bubbles: true,
        composed: true,
      }),
    );
  }

  render() {
    const registry = this.registries[this.registry] ?? Object.values(this.registries)[0];
    const repos = registry ? Object.entries(registry.repositories).sort(([a], [b]) => a.localeCompare(b)) : [];
    return html`
      <div class="top">
        <h3 id="catalog-title">${msg('Registry catalog', { id: 'catalog.title' })}</h3>
        <label class="sr-only" for="registry">${msg('Registry', { id: 'catalog.registry' })}</label>
        <select id="registry" @change=${(e: Event) => (this.registry = (e.target as HTMLSelectElement).value)}>
          ${Object.values(this.registries).map(
            (r) => html`<option value=${r.host}
            ?selected=${r.host === registry?.host}>${
              r.host === 'docker.io' ? 'Docker Hub (docker.io)' : r.host
            }</option>`,
          )}
        </select>
        <p class="help">${msg('Choose a tag to type its docker pull command.', { id: 'catalog.help' })}</p>
      </div>
      <ul aria-labelledby="catalog-title">
        ${repos.map(([repo, record]) => {
          const parsed = parseNormalizedNamed(`${registry!.host}/${repo}`);
          const name = parsed.ok ? familiarName(parsed.ref) : repo;
          return html`<li>
            <div class="repo">${name}</div>
            <div class="tags">
              ${Object.keys(record.tags).map(
                (tag) =>
                  html`<button aria-label=${msg(str`Pull ${name}:${tag}`, { id: 'catalog.pull' })}
                    @click=${() => this.pull(`${name}:${tag}`)}>${tag}</button>`,
              )}
            </div>
          </li>`;
        })}
      </ul>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sim-catalog-browser': SimCatalogBrowser;
  }
}
