/**
 * `<sim-share-link>`: "Copy share link" puts the address of this lesson, step and language on the
 * clipboard (and for the sandbox its command log, so the link replays the same world elsewhere;
 * share-url.ts). When the browser refuses the clipboard, the link shows in a read-only field,
 * selected, to copy by hand. A lesson opened with `?src=` keeps its `src` in the link.
 *
 * Mount (sim-app.ts, beside the lesson player; renders nothing without a lesson):
 *   <sim-share-link .controller=${this.lesson}></sim-share-link>
 * Emits nothing; says what happened in its own status line (role=status). Test hook: the last
 * link made is in `data-share-url`.
 */

import { LitElement, html, css, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { baseStyles } from '../theme/shared-styles';
import { currentLang } from '../i18n/locale';
import type { LessonController } from '../lesson/lesson-controller';
import { shareLink } from './share-url';
import { MAX_LOG_LINES } from './share-log';

@customElement('sim-share-link')
@localized()
export class SimShareLink extends LitElement {
  static styles = [
    baseStyles,
    css`
      :host { display: inline-flex; flex-wrap: wrap; gap: 0.4rem; align-items: center; }
      .status { font-size: 0.85rem; color: var(--text-muted); }
      label {
        display: flex;
        flex-direction: column;
        gap: 0.2rem;
        font-size: 0.85rem;
        color: var(--text-muted);
        flex-basis: 100%;
      }
      input {
        font-family: var(--font-mono);
        font-size: 0.8rem;
        padding: 0.25rem 0.4rem;
        border: 1px solid var(--border-strong);
        border-radius: var(--radius);
        width: 100%;
        box-sizing: border-box;
        color: var(--text);
        background: var(--surface-2);
      }
    `,
  ];

  @property({ attribute: false }) controller: LessonController | undefined;
  @state() private status = '';
  @state() private fallback: string | undefined;
  @query('input') private field!: HTMLInputElement | null;

  protected willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('controller')) {
      this.status = '';
      this.fallback = undefined;
    }
  }

  /** The share link of the controller's position, or undefined with the reason in the status. */
  link(): string | undefined {
    const c = this.controller;
    if (!c) return undefined;
    const snap = c.snapshot();
    const src = new URLSearchParams(location.search).get('src') ?? undefined;
    const made = shareLink(location.href, {
      lesson: snap.lesson,
      step: snap.step,
      lang: currentLang(),
      lines: snap.lines,
      src,
    });
    if (!made.ok) {
      this.status = msg(
        str`This session is too long for a link (a link holds at most ${MAX_LOG_LINES} commands); use Export scenario instead.`,
        { id: 'authoring.shareTooLong' },
      );
      return undefined;
    }
    this.dataset.shareUrl = made.url;
    return made.url;
  }

  /** Copies the link, or shows it to copy by hand. */
  async copy(): Promise<void> {
    const url = this.link();
    if (!url) return;
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      this.fallback = undefined;
      const n = this.controller?.snapshot().lines.length ?? 0;
      this.status = url.includes('log=')
        ? msg(str`Link copied. Whoever opens it replays your ${n} commands and sees the same world.`, {
            id: 'authoring.copiedLog',
          })
        : msg('Link copied. Whoever opens it sees this lesson at this step, in this language.', {
            id: 'authoring.copied',
          });
    } catch {
      this.fallback = url;
      this.status = msg('The browser did not allow copying: select the link below and copy it.', {
        id: 'authoring.copyRefused',
      });
      await this.updateComplete;
      this.field?.focus();
      this.field?.select();
    }
  }

  render() {
    if (!this.controller) return nothing;
    return html`
      <button class="btn" @click=${() => void this.copy()}>${msg('Copy share link', { id: 'authoring.share' })}</button>
      <span class="status" role="status" aria-live="polite">${this.status}</span>
      ${
        this.fallback !== undefined
          ? html`<label>${msg('Share link', { id: 'authoring.shareField' })}
            <input type="text" readonly .value=${this.fallback}
              @focus=${(e: FocusEvent) => (e.target as HTMLInputElement).select()} /></label>`
          : nothing
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sim-share-link': SimShareLink;
  }
}
