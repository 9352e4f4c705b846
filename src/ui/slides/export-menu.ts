/**
 * `<sim-export-menu>`: the "Export" button beside the view tabs and its list: the open view as
 * SVG or PNG, the last command's animation played again, or the next command recorded, as an
 * animated SVG. This element is its own small chunk; the export code loads when first used.
 */

import { LitElement, html, css, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { baseStyles } from '../theme/shared-styles';
import { viewLabel } from '../views/view-registry';
import type { ViewId } from '../common/prefs';
import type { AnimationSource, Recording, Saved } from './slides-export';

/** How long a message stays over the diagram. */
const STATUS_MS = 8000;

/** What the list offers. */
type Action = 'svg' | 'png' | 'replay' | 'replay-webm' | 'record';

@customElement('sim-export-menu')
@localized()
export class SimExportMenu extends LitElement {
  static styles = [
    baseStyles,
    css`
      :host { position: relative; display: inline-flex; align-items: center; }
      .toggle { min-height: 1.9rem; padding: 0.1rem 0.65rem; font-size: 0.88rem; }
      .toggle[aria-expanded='true'] { background: var(--accent-soft); }
      .list {
        position: absolute; right: 0; top: calc(100% + 0.2rem); z-index: 20; display: flex; flex-direction: column;
        min-width: 17rem; padding: 0.3rem; background: var(--surface); border: 1px solid var(--border-strong);
        border-radius: var(--radius); box-shadow: 0 4px 14px rgb(0 0 0 / 0.16);
      }
      .list button {
        text-align: left; border: 0; background: none; padding: 0.4rem 0.6rem; border-radius: 4px; font-size: 0.9rem;
      }
      .list button:hover { background: var(--surface-2); }
      .status {
        position: absolute; right: 0; top: calc(100% + 0.2rem); z-index: 19;
        width: max-content; max-width: 24rem; padding: 0.3rem 0.55rem;
        font-size: 0.82rem; background: var(--surface); border: 1px solid var(--border); border-radius: var(--radius);
        box-shadow: 0 2px 6px rgb(0 0 0 / 0.12); overflow-wrap: anywhere;
      }
      .status:empty { display: none; }
    `,
  ];

  /** The open view. */
  @property() view: ViewId = 'architecture';
  /** The session (its last command, and its commands as they start). */
  @property({ attribute: false }) session: AnimationSource | undefined;
  /** The open view's element. */
  @property({ attribute: false }) target: () => Element | null = () => null;
  @state() private open = false;
  @state() private status = '';
  @state() private recording: Recording | undefined;
  @query('.toggle') private toggleEl!: HTMLButtonElement;
  private statusTimer: ReturnType<typeof setTimeout> | undefined;

  /** Says `text` (a polite live region); a finished export's message goes after a while. */
  private say(text: string, stays = false): void {
    this.status = text;
    clearTimeout(this.statusTimer);
    if (!stays) this.statusTimer = setTimeout(() => (this.status = ''), STATUS_MS);
  }

  private close(focus: boolean): void {
    this.open = false;
    if (focus) void this.updateComplete.then(() => this.toggleEl.focus());
  }

  private onKey(e: KeyboardEvent): void {
    if (e.key !== 'Escape' || !this.open) return;
    e.stopPropagation();
    this.close(true);
  }

  private saidSaved(saved: Saved): string {
    return saved.frames > 1
      ? msg(str`Saved ${saved.name} (${saved.frames} frames).`, { id: 'export.savedFrames' })
      : msg(str`Saved ${saved.name}.`, { id: 'export.saved' });
  }

  private async choose(action: Action): Promise<void> {
    this.close(true);
    const exporter = await import('./slides-export');
    const target = { view: this.view, element: this.target, label: viewLabel(this.view) };
    try {
      if (action === 'svg' || action === 'png') {
        this.say(this.saidSaved(await exporter.exportPicture(action, target)));
      } else if (action === 'replay' || action === 'replay-webm') {
        if (!this.session?.lastRecord) {
          this.say(msg('No command has run yet: run one first.', { id: 'export.noCommand' }));
        } else if (this.session.running) {
          this.say(msg('Wait until the command has finished.', { id: 'export.busy' }));
        } else {
          this.say(msg('Playing the last command again to record it…', { id: 'export.replaying' }), true);
          const saved = await exporter.exportLastCommand(target, this.session, action === 'replay' ? 'svg' : 'webm');
          // Only the architecture moves when a command is played again; the other views move when it runs.
          this.say(
            saved.frames > 1
              ? this.saidSaved(saved)
              : msg(
                  str`Saved ${saved.name}, one picture: this view only moves while a command runs. Use "Record the next command".`,
                  { id: 'export.stillReplay' },
                ),
          );
        }
      } else if (this.recording) {
        this.recording.cancel();
      } else if (this.session) {
        const recording = exporter.recordNextCommand(target, this.session, () => {
          this.say(msg('Recording the command…', { id: 'export.recordingNow' }), true);
        });
        this.recording = recording;
        this.say(msg('Ready: run a command in the terminal and it will be recorded.', { id: 'export.armed' }), true);
        try {
          this.say(this.saidSaved(await recording.saved));
        } finally {
          this.recording = undefined;
        }
      }
    } catch (err) {
      this.say(
        (err as Error).message === 'cancelled'
          ? msg('Recording cancelled.', { id: 'export.cancelled' })
          : msg(str`The export failed: ${(err as Error).message}`, { id: 'export.failed' }),
      );
    }
  }

  render() {
    const item = (action: Action, label: string) =>
      html`<button data-export=${action} @click=${() => void this.choose(action)}>${label}</button>`;
    return html`
      <span class="status" role="status" aria-live="polite" data-testid="export-status">${this.status}</span>
      <button class="btn toggle" aria-expanded=${this.open ? 'true' : 'false'} aria-controls="export-list"
        data-testid="export-toggle" @keydown=${this.onKey} @click=${() => (this.open = !this.open)}>${msg('Export', {
          id: 'export.button',
        })}</button>
      ${
        this.open
          ? html`<div class="list" id="export-list" role="group" @keydown=${this.onKey}
            aria-label=${msg('Export the view for slides', { id: 'export.label' })}>
            ${item('svg', msg('Picture as SVG', { id: 'export.svg' }))}
            ${item('png', msg('Picture as PNG (2× size)', { id: 'export.png' }))}
            ${item('replay', msg('Last command, animated (SVG)', { id: 'export.replay' }))}
            ${
              typeof MediaRecorder === 'undefined'
                ? nothing
                : item('replay-webm', msg('Last command as a video (WebM)', { id: 'export.replayWebm' }))
            }
            ${item(
              'record',
              this.recording
                ? msg('Cancel the recording', { id: 'export.cancel' })
                : msg('Record the next command (animated SVG)', { id: 'export.record' }),
            )}
          </div>`
          : nothing
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sim-export-menu': SimExportMenu;
  }
}
