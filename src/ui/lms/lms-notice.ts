/**
 * `<sim-lms-notice kind="none|error">`: what the page says when it was launched for an LMS
 * (`?lms=scorm`) and no LMS answered, or the LMS refused to record progress. The page works either
 * way; the notice only says plainly that progress is not reaching the course. Dismissable.
 */

import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { baseStyles } from '../theme/shared-styles';

/** Which notice: no LMS found, or an LMS call that failed (with its code and words). */
export type LmsNoticeKind = 'none' | 'error';

@customElement('sim-lms-notice')
@localized()
export class SimLmsNotice extends LitElement {
  static styles = [
    baseStyles,
    css`
      :host {
        position: fixed; left: 1rem; bottom: 1rem; z-index: 900; max-width: min(36rem, calc(100vw - 2rem));
      }
      :host([hidden]) { display: none; }
      .notice {
        display: flex; gap: 1rem; align-items: center; padding: 0.6rem 1rem; border-radius: var(--radius);
        background: var(--warn-bg); color: var(--warn-text); border: 1px solid #e7c873;
        box-shadow: 0 2px 8px rgba(0, 0, 0, 0.2);
      }
      p { margin: 0; }
    `,
  ];

  @property({ reflect: true }) kind: LmsNoticeKind = 'none';
  /** The LMS's error code and words (for `error`), shown as text. */
  @property() code = '';
  @property() detail = '';

  render() {
    const text =
      this.kind === 'none'
        ? msg('No LMS answered: the lesson works, but your progress is not sent to your course.', {
            id: 'lms.none',
          })
        : msg(str`The LMS did not record your progress (error ${this.code || '?'}: ${this.detail || '—'}).`, {
            id: 'lms.error',
          });
    return html`<div class="notice" role="status" data-testid="lms-notice">
      <p>${text}</p>
      <button class="btn" @click=${() => (this.hidden = true)}>${msg('Dismiss', { id: 'notice.dismiss' })}</button>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sim-lms-notice': SimLmsNotice;
  }
}
