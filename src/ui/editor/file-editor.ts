/**
 * `<sim-file-editor>`: one file's text in a plain textarea over its highlighted copy (a tiny
 * highlighter, no editor library), with line numbers, the parser's errors at their lines, and
 * Ctrl+S to save. Tab leaves the editor, so the keyboard is never trapped.
 */

import { LitElement, html, css, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { baseStyles } from '../theme/shared-styles';
import { highlightLines, languageOf } from './highlight';
import { problemsOf, type FileProblem } from './file-problems';

/** Asks the page to save: detail is the text to write. */
export type FileSaveEvent = CustomEvent<{ content: string }>;

@customElement('sim-file-editor')
@localized()
export class SimFileEditor extends LitElement {
  static styles = [
    baseStyles,
    css`
      :host { display: flex; flex-direction: column; min-height: 0; flex: 1; }
      .code {
        flex: 1;
        min-height: 10rem;
        overflow: auto;
        display: grid;
        grid-template-columns: auto 1fr;
        border: 1px solid var(--border);
        border-radius: var(--radius);
        background: var(--surface);
        font-family: var(--font-mono);
        font-size: 0.85rem;
        line-height: 1.4;
      }
      .gutter {
        margin: 0;
        padding: 0.5rem 0.4rem;
        text-align: right;
        color: var(--text-muted);
        background: var(--surface-2);
        border-right: 1px solid var(--border);
        user-select: none;
        white-space: pre;
      }
      .gutter .bad { color: var(--danger); font-weight: 700; }
      .stack { position: relative; min-width: max-content; }
      pre, textarea {
        margin: 0;
        padding: 0.5rem 0.6rem;
        font: inherit;
        line-height: inherit;
        white-space: pre;
        tab-size: 4;
        border: 0;
      }
      pre { color: var(--text); }
      textarea {
        position: absolute;
        inset: 0;
        width: 100%;
        height: 100%;
        box-sizing: border-box;
        resize: none;
        overflow: hidden;
        background: transparent;
        color: transparent;
        caret-color: var(--text);
      }
      textarea:focus-visible { outline: 3px solid var(--focus); outline-offset: -3px; }
      .line.bad { background: var(--danger-soft); text-decoration: underline wavy var(--danger); }
      .keyword { color: var(--accent-strong); font-weight: 700; }
      .comment { color: var(--text-muted); font-style: italic; }
      .string { color: #8a3b00; }
      .variable { color: #6d3bd1; }
      .flag { color: var(--state-created); }
      .key { color: var(--accent-strong); }
      .punct { color: var(--text-muted); }
      .problems { margin: 0.4rem 0 0; padding: 0; list-style: none; }
      .problems button {
        border: 1px solid var(--danger);
        background: var(--danger-soft);
        color: var(--danger);
        border-radius: var(--radius);
        padding: 0.2rem 0.5rem;
        text-align: left;
        font-family: var(--font-mono);
        font-size: 0.8rem;
      }
      .ok { margin: 0.4rem 0 0; color: var(--ok); font-size: 0.85rem; }
    `,
  ];

  /** The file's path under the home directory (for its language and labels). */
  @property() path = '';
  /** The text being edited. */
  @property() value = '';

  @state() private problems: FileProblem[] = [];
  @query('textarea') private area!: HTMLTextAreaElement;

  protected willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('value') || changed.has('path')) this.problems = problemsOf(this.path, this.value);
  }

  /** Puts the caret at the start of a line (1-based) and focuses the text. */
  goToLine(line: number): void {
    const lines = this.value.split('\n');
    const offset = lines.slice(0, Math.max(0, line - 1)).reduce((n, l) => n + l.length + 1, 0);
    this.area.focus();
    this.area.setSelectionRange(offset, offset);
  }

  private onInput(): void {
    this.value = this.area.value;
    this.dispatchEvent(
      new CustomEvent('sim-file-input', { detail: { content: this.value }, bubbles: true, composed: true }),
    );
  }

  private onKey(e: KeyboardEvent): void {
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
      e.preventDefault();
      this.dispatchEvent(
        new CustomEvent('sim-file-save', { detail: { content: this.value }, bubbles: true, composed: true }),
      );
    }
  }

  render() {
    const lines = highlightLines(this.value, languageOf(this.path));
    const bad = new Set<number>();
    for (const p of this.problems) for (let l = p.startLine; l <= p.endLine; l++) bad.add(l);
    const numbers = lines.map(
      (_, i) =>
        html`<span class=${bad.has(i + 1) ? 'bad' : ''} data-line-error=${bad.has(i + 1) ? 'true' : nothing}
          >${i + 1}</span
        >\n`,
    );
    return html`
      <div class="code">
        <pre class="gutter" aria-hidden="true">${numbers}</pre>
        <div class="stack">
          <pre aria-hidden="true">${lines.map(
            (tokens, i) =>
              html`<span class="line ${bad.has(i + 1) ? 'bad' : ''}">${tokens.map((t) =>
                t.kind ? html`<span class=${t.kind}>${t.text}</span>` : t.text,
              )}</span>${i < lines.length - 1 ? '\n' : ' \n'}`,
          )}</pre>
          <textarea
            data-testid="file-editor-text"
            spellcheck="false"
            autocapitalize="off"
            autocomplete="off"
            aria-label=${msg(str`Contents of ${this.path}`, { id: 'editor.contents' })}
            aria-describedby="problems"
            .value=${this.value}
            @input=${this.onInput}
            @keydown=${this.onKey}
          ></textarea>
        </div>
      </div>
      <div id="problems" role="status" aria-live="polite">
        ${
          this.problems.length === 0
            ? languageOf(this.path) === 'plain'
              ? nothing
              : html`<p class="ok">${msg('No problems found.', { id: 'editor.noProblems' })}</p>`
            : html`<ul class="problems">
              ${this.problems.map(
                (p) => html`<li>
                  <button
                    data-testid="file-problem"
                    data-line=${p.startLine}
                    @click=${() => this.goToLine(p.startLine)}
                  >
                    ${msg(str`Line ${p.startLine}:`, { id: 'editor.line' })} ${p.message}
                  </button>
                </li>`,
              )}
            </ul>`
        }
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sim-file-editor': SimFileEditor;
  }
}
