/**
 * `<sim-big-transcript>`: the terminal's output in large type, read-only, for a projector. The
 * current step's commands are shown in full; earlier ones are dimmed above them, and the view
 * keeps the newest line in sight. The type is as large as the step's widest line allows. Everything printed is rendered
 * as text.
 */

import { LitElement, html, css, nothing, type PropertyValues } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import type { CommandRecord } from '../../model/client';
import { recordLines } from '../common/record-screen';
import type { PlayingRecord } from '../common/view-port';
import { SizeController } from '../common/resize-controller';
import { fitFontPx, longestLine } from './output-fit';

@customElement('sim-big-transcript')
@localized()
export class SimBigTranscript extends LitElement {
  static styles = css`
    :host {
      display: flex;
      flex-direction: column;
      min-height: 0;
      background: var(--term-bg);
      color: var(--term-fg);
      border-radius: 6px;
    }
    .scroll {
      flex: 1;
      min-height: 0;
      overflow: auto;
      padding: 0.6rem 0.9rem;
      font-family: var(--font-mono);
      line-height: 1.3;
    }
    pre { margin: 0 0 0.4em; font: inherit; white-space: pre-wrap; overflow-wrap: anywhere; }
    .cmd { font-weight: 700; white-space: pre-wrap; overflow-wrap: anywhere; }
    .prompt { color: var(--term-prompt); }
    .earlier { color: var(--term-muted); }
    .earlier .cmd { font-weight: 400; }
    .exit { color: #ffb4a8; }
    .empty { color: var(--term-muted); font-family: var(--font-ui); }
  `;

  /** Finished commands and their output, oldest first. */
  @property({ attribute: false }) blocks: readonly CommandRecord[] = [];
  /** The command running now and how much of it is shown. */
  @property({ attribute: false }) running: PlayingRecord | undefined;
  /** How many of the last blocks belong to the current step (shown in full; the rest dimmed). */
  @property({ type: Number }) current = 0;
  /** Changes whenever the running command's output grows. */
  @property({ type: Number }) tick = 0;

  @query('.scroll') private scroller!: HTMLElement;
  private readonly size = new SizeController(this, () => this.renderRoot.querySelector('.scroll'));

  protected updated(_changed: PropertyValues): void {
    // The newest output is what the class is looking at.
    this.scroller.scrollTop = this.scroller.scrollHeight;
  }

  private block(b: CommandRecord, earlier: boolean, shown?: number) {
    const failed = b.exitCode !== undefined && b.exitCode !== 0 && shown === undefined;
    const output = recordLines(b, shown);
    return html`<div class=${earlier ? 'earlier' : 'now'} data-exit=${shown === undefined ? (b.exitCode ?? '') : ''}>
      <div class="cmd"><span class="prompt" aria-hidden="true">$ </span>${b.line}</div>
      ${output.length ? html`<pre>${output.join('\n')}</pre>` : nothing}
      ${
        failed && !earlier
          ? html`<div
        class="exit">${msg('exit code', { id: 'present.exitCode' })} ${b.exitCode}</div>`
          : nothing
      }
    </div>`;
  }

  render() {
    const first = this.blocks.length - this.current;
    const empty = this.blocks.length === 0 && !this.running;
    const running = this.running;
    const now = [...this.blocks.slice(Math.max(0, first)), ...(running ? [running.record] : [])];
    const widest = (now.length ? now : this.blocks.slice(-1)).map((r) => ({
      line: r.line,
      output: r === running?.record ? recordLines(r, running.shown) : recordLines(r),
    }));
    // 1.8rem of padding and a scrollbar's worth of room.
    const px = fitFontPx(this.size.width - 40, longestLine(widest));
    return html`<div class="scroll" role="log" tabindex="0" style=${`font-size:${px}px`}
      aria-label=${msg('Terminal output', { id: 'present.output' })}>
      ${empty ? html`<p class="empty">${msg('No output yet.', { id: 'present.noOutput' })}</p>` : nothing}
      ${this.blocks.map((b, i) => this.block(b, i < first))}
      ${running ? this.block(running.record, false, running.shown) : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sim-big-transcript': SimBigTranscript;
  }
}
