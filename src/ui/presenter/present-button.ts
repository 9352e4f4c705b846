/**
 * `<sim-present-button lesson="images" step="3">`: the lesson player's way into teacher mode. A link
 * styled as a button that opens the presenter view of the lesson, at that step (1-based), in the
 * page's language, in a new tab (the reader's own page stays as it is).
 *
 * Mount (sim-app.ts or the lesson player, with `import '../presenter/present-button';`):
 *   <sim-present-button lesson=${c.scenario.id} step=${c.step + 1}></sim-present-button>
 */

import { LitElement, html, css } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { baseStyles } from '../theme/shared-styles';
import { currentLang } from '../i18n/locale';
import { presenterHref } from './present-url';

@customElement('sim-present-button')
@localized()
export class SimPresentButton extends LitElement {
  static styles = [
    baseStyles,
    css`
      :host { display: inline-flex; }
      a.btn { display: inline-flex; align-items: center; text-decoration: none; color: var(--text); font-size: 0.9rem; }
    `,
  ];

  /** The built-in lesson's id. */
  @property() lesson = '';
  /** The step to open at, 1-based. */
  @property({ type: Number }) step = 1;

  render() {
    return html`<a class="btn" href=${presenterHref(this.lesson, currentLang(), this.step)} target="_blank" rel="noopener"
      title=${msg('Teacher mode: large type for a projector, clicker keys and an audience window', { id: 'present.buttonTitle' })}>${msg('Present', { id: 'present.button' })}</a>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sim-present-button': SimPresentButton;
  }
}
