/**
 * `<sim-terminal>`: the prompt, the typed line and the output. It only edits the line and shows
 * what it is given; running commands is the app's job (it emits `sim-command-submit`). Everything
 * typed or printed is rendered as text, never as HTML.
 */

import { LitElement, html, css, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { localized, msg } from '@lit/localize';
import { baseStyles } from '../theme/shared-styles';
import type { CommandRecord } from '../../model/client';
import { isCancelledLine, recordLines, typedPart } from '../common/record-screen';
import type { PlayingRecord } from '../common/view-port';
import { killToStart, remember, splitPaste, stepHistory, type HistoryCursor } from './line-editing';
import type { Completion } from './completion';

/** Details of `sim-command-submit`. */
export interface CommandSubmitDetail {
  lines: string[];
}

@customElement('sim-terminal')
@localized()
export class SimTerminal extends LitElement {
  static styles = [
    baseStyles,
    css`
      :host { display: flex; flex-direction: column; min-height: 0; background: var(--term-bg); color: var(--term-fg); }
      .scroll {
        flex: 1;
        overflow: auto;
        padding: 0.5rem 0.75rem 0.25rem;
        font-family: var(--font-mono);
        font-size: 13px;
        line-height: 1.35;
      }
      .scroll::selection, .scroll ::selection { background: var(--term-selection); }
      pre { margin: 0; font: inherit; white-space: pre-wrap; overflow-wrap: anywhere; }
      .cmd { white-space: pre-wrap; overflow-wrap: anywhere; }
      .prompt { color: var(--term-prompt); user-select: none; }
      .job-prompt { white-space: pre; }
      .intr { color: var(--term-muted); }
      .input-row { display: flex; align-items: baseline; gap: 0.5ch; }
      input {
        flex: 1; min-width: 0; border: 0; padding: 0; margin: 0; background: transparent; color: var(--term-fg);
        font: inherit; caret-color: var(--term-prompt);
      }
      input:focus { outline: none; }
      input:focus-visible { outline: none; }
      :host(:focus-within) .scroll { box-shadow: inset 0 0 0 2px #6ea8ff; }
      .candidates { color: var(--term-muted); white-space: pre-wrap; }
      .hint {
        margin: 0;
        padding: 0.25rem 0.75rem;
        font-size: 12px;
        color: var(--term-muted);
        border-top: 1px solid #2a333c;
      }
      kbd {
        font-family: var(--font-mono);
        font-size: 11px;
        border: 1px solid #3b4652;
        border-radius: 3px;
        padding: 0 3px;
        color: var(--term-fg);
      }
    `,
  ];

  /** Finished lines, oldest first. */
  @property({ attribute: false }) blocks: readonly CommandRecord[] = [];
  /** The line running now and how much of its output is shown (it grows while it plays). */
  @property({ attribute: false }) running: PlayingRecord | undefined;
  /** Commands typed before, oldest first. */
  @property({ attribute: false }) history: string[] = [];
  /** Whether bash is waiting for the rest of an unfinished line (the prompt is `>`). */
  @property({ type: Boolean }) continuing = false;
  /** Changes whenever the running command's output grows (its block is updated in place). */
  @property({ attribute: false }) tick = 0;
  /** Completes the word at the cursor (set by the app). */
  @property({ attribute: false }) completer: ((value: string, cursor: number) => Completion) | undefined;

  @state() private candidates: string[] = [];
  @query('input') private input!: HTMLInputElement;
  @query('.scroll') private scroller!: HTMLElement;
  private cursor: HistoryCursor = { index: 0, draft: '' };
  private stickToBottom = true;
  private leaving = false;

  /** Puts the keyboard focus in the prompt. */
  override focus(): void {
    this.input?.focus();
  }

  /** The terminal's width in character columns (docker formats its output for it). */
  columns(): number {
    const el = this.scroller;
    if (!el) return 80;
    const probe = document.createElement('span');
    probe.textContent = '0'.repeat(100);
    probe.style.cssText = 'position:absolute;visibility:hidden;white-space:pre';
    el.append(probe);
    const charWidth = probe.getBoundingClientRect().width / 100 || 8;
    probe.remove();
    const style = getComputedStyle(el);
    const inner = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return Math.max(20, Math.floor(inner / charWidth));
  }

  protected willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('history')) this.cursor = { index: this.history.length, draft: '' };
    const el = this.scroller;
    if (el) this.stickToBottom = el.scrollHeight - el.scrollTop - el.clientHeight < 24;
  }

  protected updated(): void {
    if (this.stickToBottom && this.scroller) this.scroller.scrollTop = this.scroller.scrollHeight;
  }

  private submit(lines: string[]): void {
    this.candidates = [];
    this.dispatchEvent(
      new CustomEvent<CommandSubmitDetail>('sim-command-submit', { detail: { lines }, bubbles: true, composed: true }),
    );
  }

  private emit(name: string): void {
    this.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true }));
  }

  private onKeyDown(e: KeyboardEvent): void {
    const input = this.input;
    const ctrl = e.ctrlKey && !e.altKey && !e.metaKey;
    if (e.key === 'Escape') {
      this.leaving = true;
      this.candidates = [];
      return;
    }
    if (e.key === 'Tab' && !e.shiftKey) {
      // Tab completes; it moves focus on only from an empty line or after Escape (no keyboard trap).
      // Inside a container's shell there is nothing of the host's to complete.
      if (this.leaving || input.value.trim() === '' || !this.completer || this.jobPrompt() !== undefined) return;
      e.preventDefault();
      const done = this.completer(input.value, input.selectionStart ?? input.value.length);
      input.value = done.value;
      input.setSelectionRange(done.cursor, done.cursor);
      this.candidates = done.candidates;
      return;
    }
    this.leaving = false;
    if (e.key === 'Enter') {
      e.preventDefault();
      const line = input.value;
      input.value = '';
      this.cursor = { index: remember(this.history, line).length, draft: '' };
      this.submit([line]);
    } else if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      e.preventDefault();
      const step = stepHistory(this.history, this.cursor, input.value, e.key === 'ArrowUp' ? -1 : 1);
      this.cursor = step.cursor;
      input.value = step.line;
      input.setSelectionRange(step.line.length, step.line.length);
    } else if (ctrl && e.key.toLowerCase() === 'c') {
      // With text selected in the input, Ctrl+C copies as usual.
      if (input.selectionStart !== input.selectionEnd) return;
      e.preventDefault();
      this.candidates = [];
      if (this.running) this.emit('sim-interrupt');
      else {
        this.dispatchEvent(
          new CustomEvent('sim-cancel-line', { detail: { line: input.value }, bubbles: true, composed: true }),
        );
        input.value = '';
      }
    } else if (ctrl && e.key.toLowerCase() === 'l') {
      e.preventDefault();
      this.emit('sim-clear');
    } else if (ctrl && e.key.toLowerCase() === 'u') {
      e.preventDefault();
      const next = killToStart(input.value, input.selectionStart ?? 0);
      input.value = next.value;
      input.setSelectionRange(next.cursor, next.cursor);
    }
  }

  private onPaste(e: ClipboardEvent): void {
    const text = e.clipboardData?.getData('text/plain') ?? '';
    if (!/[\r\n]/.test(text)) return;
    e.preventDefault();
    const input = this.input;
    const start = input.selectionStart ?? input.value.length;
    const end = input.selectionEnd ?? start;
    const { run, rest } = splitPaste(input.value.slice(0, start), text, input.value.slice(end));
    input.value = rest;
    this.submit(run);
  }

  private onClick(): void {
    // Clicking the terminal focuses the prompt, unless the reader is selecting output to copy.
    if (!getSelection()?.toString()) this.focus();
  }

  /**
   * The prompt of the job that reads what is typed (a container's shell, `[y/N]`): the unfinished
   * last line of its output, which the input row shows in place of the host's `$`. Undefined while
   * the host's prompt is the one (or the job's output is still being played).
   */
  private jobPrompt(): string | undefined {
    const r = this.running;
    if (!r?.record.attached?.readsInput || r.shown < r.record.chunks.length) return undefined;
    const last = r.record.chunks.at(-1);
    if (!last || last.text.endsWith('\n')) return '';
    return recordLines(r.record, r.shown).at(-1) ?? '';
  }

  private renderBlock(r: CommandRecord, previous: CommandRecord | undefined, shown?: number, hideLast = false) {
    const output = hideLast ? recordLines(r, shown).slice(0, -1) : recordLines(r, shown);
    return html`<div class="block">
      <div class="cmd"><span
        class="prompt">${previous?.incomplete ? '> ' : '$ '}</span>${typedPart(r, previous)}${
          isCancelledLine(r) ? html`<span class="intr">^C</span>` : nothing
        }</div>
      ${output.length ? html`<pre>${output.join('\n')}</pre>` : nothing}
    </div>`;
  }

  render() {
    const jobPrompt = this.jobPrompt();
    return html`
      <div class="scroll" @click=${this.onClick}>
        <div role="log" aria-live="off" aria-label=${msg('Terminal output', { id: 'terminal.output' })}>
          ${repeat(
            this.blocks,
            (b) => b.id,
            (b, i) => this.renderBlock(b, this.blocks[i - 1]),
          )}
          ${
            this.running
              ? this.renderBlock(this.running.record, this.blocks.at(-1), this.running.shown, !!jobPrompt)
              : nothing
          }
        </div>
        <div class="input-row">
          ${
            jobPrompt !== undefined
              ? html`<span class="job-prompt" data-testid="job-prompt">${jobPrompt}</span>`
              : html`<span class="prompt" aria-hidden="true"
            style=${this.running ? 'visibility:hidden' : ''}>${this.continuing ? '>' : '$'}</span>`
          }
          <input
            type="text"
            aria-label="Terminal"
            aria-describedby="hint"
            autocomplete="off"
            autocapitalize="off"
            spellcheck="false"
            @keydown=${this.onKeyDown}
            @paste=${this.onPaste}
          />
        </div>
        ${
          this.candidates.length
            ? html`<div class="candidates"
          aria-live="polite">${this.candidates.join('  ')}</div>`
            : nothing
        }
      </div>
      <p class="hint" id="hint">
        <kbd>Tab</kbd> ${msg('completes', { id: 'terminal.hint.tab' })} · <kbd>↑</kbd><kbd>↓</kbd> ${msg('history', {
          id: 'terminal.hint.history',
        })} ·
        <kbd>Ctrl+C</kbd> ${msg('interrupts', {
          id: 'terminal.hint.interrupt',
        })} · <kbd>Ctrl+L</kbd> ${msg('clears', { id: 'terminal.hint.clear' })} ·
        <kbd>Esc</kbd> <kbd>Tab</kbd> ${msg('leaves the terminal', { id: 'terminal.hint.leave' })}
      </p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sim-terminal': SimTerminal;
  }
}
