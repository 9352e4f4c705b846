/**
 * `<sim-scenario-drop>`: opening a scenario file. An "Open scenario file…" button (a real
 * `<input type=file>` behind it, so the keyboard and the system's file dialog work), a drop overlay
 * shown while a file is dragged anywhere over the page, and `?src=<path>` read once when the page
 * opens (same origin only, see scenario-source.ts). It also says when a share link's `log=` cannot
 * be read. The YAML parser is loaded only when a file arrives.
 *
 * Mount (sim-app.ts, in the header's controls; H3's handler opens the scenario in the player):
 *   <sim-scenario-drop
 *     @scenario-load=${(e: CustomEvent<ScenarioLoadDetail>) => this.openScenario(e.detail)}></sim-scenario-drop>
 * Emits (bubbling, composed): `scenario-load` (detail: ScenarioLoadDetail — scenario, fileName,
 * from 'file' | 'url', for `?src=` the URL's 0-based `step` and the `src` path, for a file its `text`) and
 * `scenario-load-failed`
 * (detail: ScenarioLoadFailedDetail, shown by `<sim-scenario-errors>`).
 */

import { LitElement, html, css, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { baseStyles } from '../theme/shared-styles';
import {
  SCENARIO_LOAD,
  SCENARIO_LOAD_FAILED,
  emit,
  type ScenarioLoadDetail,
  type ScenarioLoadFailedDetail,
} from './authoring-events';
import { SCENARIO_EXTENSIONS } from './load-problem';
import type { LoadOutcome } from './scenario-source';
import { readSharedLog, sharedPosition, SANDBOX_LESSON } from './share-url';

/** `?src=` and `log=` are read once per page load, however often the element is re-mounted. */
let urlRead = false;

/** Whether a drag carries files (not text or a link dragged within the page). */
function hasFiles(e: DragEvent): boolean {
  return !!e.dataTransfer && Array.from(e.dataTransfer.types).includes('Files');
}

@customElement('sim-scenario-drop')
@localized()
export class SimScenarioDrop extends LitElement {
  static styles = [
    baseStyles,
    css`
      :host { display: inline-flex; }
      input[type='file'] { display: none; }
      .overlay {
        position: fixed; inset: 0; z-index: 1000; display: flex; align-items: center; justify-content: center;
        background: rgba(6, 75, 84, 0.82); pointer-events: none;
      }
      .overlay p {
        margin: 0; padding: 1.5rem 2rem; max-width: 32rem; text-align: center; font-size: 1.25rem; font-weight: 600;
        color: var(--accent-strong); background: var(--surface); border: 3px dashed var(--accent); border-radius: 12px;
      }
    `,
  ];

  /**
   * The page's query string as it was when the page opened: this element arrives just after the
   * page is ready, by when the lesson player may have rewritten the URL (and dropped `log=`).
   */
  @property({ attribute: false }) initialSearch: string | undefined;
  @state() private dragging = false;
  @state() private status = '';
  @query('input[type=file]') private input!: HTMLInputElement;
  /** dragenter/dragleave pairs: the overlay hides when the drag has left the window. */
  private depth = 0;

  private readonly onDragEnter = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    this.depth++;
    this.dragging = true;
  };

  private readonly onDragOver = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    this.dragging = true;
  };

  private readonly onDragLeave = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    this.depth = Math.max(0, this.depth - 1);
    if (this.depth === 0) this.dragging = false;
  };

  private readonly onDrop = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    // Without this the browser would navigate away to the dropped file.
    e.preventDefault();
    this.depth = 0;
    this.dragging = false;
    const file = e.dataTransfer?.files[0];
    if (file) void this.openFile(file);
  };

  connectedCallback(): void {
    super.connectedCallback();
    // Capture phase on window: a drop anywhere, even over the terminal's input, opens the file.
    addEventListener('dragenter', this.onDragEnter, true);
    addEventListener('dragover', this.onDragOver, true);
    addEventListener('dragleave', this.onDragLeave, true);
    addEventListener('drop', this.onDrop, true);
    if (!urlRead) {
      urlRead = true;
      // After this render: `<sim-scenario-errors>`, mounted in the same template, is listening by then.
      setTimeout(() => void this.readUrl(this.initialSearch ?? location.search), 0);
    }
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('dragenter', this.onDragEnter, true);
    removeEventListener('dragover', this.onDragOver, true);
    removeEventListener('dragleave', this.onDragLeave, true);
    removeEventListener('drop', this.onDrop, true);
  }

  /** Reads `?src=` (and says if a sandbox link's `log=` is unreadable). */
  async readUrl(search: string): Promise<void> {
    const params = new URLSearchParams(search);
    const log = readSharedLog(search);
    if (log.kind === 'problem' && params.get('lesson') === SANDBOX_LESSON) {
      emit<ScenarioLoadFailedDetail>(this, SCENARIO_LOAD_FAILED, { sharedLog: log.problem });
    }
    const src = params.get('src');
    if (!src) return;
    const { loadScenarioUrl } = await import('./scenario-source');
    this.settle(await loadScenarioUrl(src, location.href), 'url', sharedPosition(search).step, src);
  }

  /** Opens a dropped or chosen file. */
  async openFile(file: File): Promise<void> {
    const { loadScenarioFile } = await import('./scenario-source');
    this.settle(await loadScenarioFile(file), 'file');
  }

  private settle(outcome: LoadOutcome, from: 'file' | 'url', step?: number, src?: string): void {
    if (!outcome.ok) {
      this.status = '';
      emit<ScenarioLoadFailedDetail>(this, SCENARIO_LOAD_FAILED, { failure: outcome.failure });
      return;
    }
    const detail: ScenarioLoadDetail = { scenario: outcome.scenario, fileName: outcome.fileName, from };
    if (step !== undefined) detail.step = step;
    if (src !== undefined) detail.src = src;
    else detail.text = outcome.text;
    this.status = msg(str`Opened the scenario ${outcome.fileName}.`, { id: 'authoring.opened' });
    emit<ScenarioLoadDetail>(this, SCENARIO_LOAD, detail);
  }

  private onPicked(): void {
    const file = this.input.files?.[0];
    // Cleared so that choosing the same file again (after fixing it) fires `change` again.
    this.input.value = '';
    if (file) void this.openFile(file);
  }

  render() {
    const label = msg('Open scenario file…', { id: 'authoring.open' });
    return html`
      <button class="btn"
        title=${msg('Open a lesson from a scenario file (.json, .yaml); you can also drop the file on the page', {
          id: 'authoring.openTitle',
        })}
        @click=${() => this.input.click()}>${label}</button>
      <input type="file" tabindex="-1" aria-label=${label}
        accept=${[...SCENARIO_EXTENSIONS, 'application/json', 'application/yaml', 'text/yaml'].join(',')}
        @change=${this.onPicked} />
      ${
        this.dragging
          ? html`<div class="overlay"
            data-testid="scenario-drop-overlay"><p>${msg(
              'Drop the scenario file (.json, .yaml or .yml) to open it as a lesson',
              { id: 'authoring.dropHere' },
            )}</p></div>`
          : nothing
      }
      <span class="sr-only" role="status" aria-live="polite">${this.status}</span>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sim-scenario-drop': SimScenarioDrop;
  }
}
