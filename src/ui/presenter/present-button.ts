/**
 * `<sim-present-button lesson="images" step="3">`: the lesson player's way into teacher mode. A link
 * styled as a button that opens the presenter view of the lesson, at that step (1-based), in the
 * page's language, in a new tab (the reader's own page stays as it is). For a scenario file
 * (`.origin`): one from `?src=` is presented from the same path; a dropped or chosen one has no
 * address, so its text is kept in localStorage (`scenario-store.ts`) when the link is followed, and
 * the presenter opens `?scenario=local:<hash>`.
 *
 * Mount (sim-app.ts or the lesson player, with `import './present-button';`):
 *   <sim-present-button lesson=${c.scenario.id} step=${c.step + 1} .origin=${origin}></sim-present-button>
 */

import { LitElement, html, css, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { baseStyles } from '../theme/shared-styles';
import { currentLang } from '../i18n/locale';
import { presenterHref } from './present-url';
import type { ScenarioRef } from './scenario-ref';
import { pageStorage, scenarioHash, storeScenario } from './scenario-store';

/** Where the open lesson came from: built in, a `?src=` path, or a file's text (what the link needs). */
export type LessonOrigin = { kind: 'lesson' } | { kind: 'src'; src: string } | { kind: 'file'; text: string };

@customElement('sim-present-button')
@localized()
export class SimPresentButton extends LitElement {
  static styles = [
    baseStyles,
    css`
      :host { display: inline-flex; align-items: center; gap: 0.4rem; flex-wrap: wrap; }
      a.btn { display: inline-flex; align-items: center; text-decoration: none; color: var(--text); font-size: 0.9rem; }
      .problem { font-size: 0.85rem; color: var(--danger); }
    `,
  ];

  /** The built-in lesson's id. */
  @property() lesson = '';
  /** The step to open at, 1-based. */
  @property({ type: Number }) step = 1;
  /** Where the lesson came from (built in when unset). */
  @property({ attribute: false }) origin: LessonOrigin | undefined;
  /** Why the scenario could not be kept for the presenter, if it could not. */
  @state() private problem: 'too-big' | 'unavailable' | undefined;
  private hashed: { text: string; hash: string } | undefined;

  /** The scenario the presenter opens. */
  private source(): ScenarioRef {
    const origin = this.origin;
    if (origin?.kind === 'src') return { kind: 'src', src: origin.src };
    if (origin?.kind === 'file') {
      if (this.hashed?.text !== origin.text) this.hashed = { text: origin.text, hash: scenarioHash(origin.text) };
      return { kind: 'local', hash: this.hashed.hash };
    }
    return { kind: 'lesson', id: this.lesson };
  }

  protected willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('origin')) this.problem = undefined;
  }

  /** Following the link (click, Enter, middle click, "open in new tab"): a file's text is kept first. */
  private readonly keep = (e: Event) => {
    const origin = this.origin;
    if (origin?.kind !== 'file') return;
    const stored = storeScenario(pageStorage(), origin.text);
    this.problem = stored.ok ? undefined : stored.reason;
    // Nothing to open: the link would name a scenario that is not there (the context menu still opens).
    if (!stored.ok && e.type !== 'contextmenu') e.preventDefault();
  };

  private problemText(): string {
    return this.problem === 'too-big'
      ? msg(
          'This scenario file is too big to keep in the browser for teacher mode. Put it on the site and present it with ?src= instead.',
          { id: 'present.tooBigToKeep' },
        )
      : msg(
          'The browser refused to keep this scenario file (its storage is off or full), so teacher mode cannot open it.',
          { id: 'present.cannotKeep' },
        );
  }

  render() {
    return html`<a class="btn" href=${presenterHref(this.source(), currentLang(), this.step)} target="_blank"
      rel="noopener"
      @click=${this.keep} @auxclick=${this.keep} @contextmenu=${this.keep}
      title=${msg('Teacher mode: large type for a projector, clicker keys and an audience window', {
        id: 'present.buttonTitle',
      })}>${msg('Present', { id: 'present.button' })}</a>
      ${this.problem ? html`<span class="problem" role="alert">${this.problemText()}</span>` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sim-present-button': SimPresentButton;
  }
}
