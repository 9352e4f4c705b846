/**
 * `<sim-copy-button .text label>`: copies a text to the clipboard and says so (polite live region);
 * where the clipboard is refused (an insecure page, a denied permission) it says to copy by hand.
 */

import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { baseStyles } from '../theme/shared-styles';

/** The copy button. */
@customElement('sim-copy-button')
@localized()
export class SimCopyButton extends LitElement {
  static styles = [
    baseStyles,
    css`:host { display: inline-flex; align-items: center; gap: 0.4rem; }
    .said { font-size: 0.85rem; color: var(--ok); }
    .said.failed { color: var(--danger); }`,
  ];

  /** What to copy. */
  @property() text = '';
  /** The button's accessible name (e.g. "Copy the code for Images"); its visible text is "Copy". */
  @property() label = '';
  @state() private said: '' | 'copied' | 'failed' = '';

  render() {
    const said =
      this.said === 'copied'
        ? msg('Copied', { id: 'classroom.copied' })
        : this.said === 'failed'
          ? msg('Copy failed: select the text and copy it by hand.', { id: 'classroom.copyFailed' })
          : '';
    return html`<button class="btn" data-testid="copy" aria-label=${this.label || msg('Copy', { id: 'classroom.copy' })}
        @click=${this.copy}>${msg('Copy', { id: 'classroom.copy' })}</button>
      <span class="said ${this.said}" role="status">${said}</span>`;
  }

  private async copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.text);
      this.said = 'copied';
    } catch {
      this.said = 'failed';
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sim-copy-button': SimCopyButton;
  }
}
