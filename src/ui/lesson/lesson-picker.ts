/**
 * `<sim-lesson-picker>`: the header's "Lessons" menu, a disclosure button and a list of the
 * lessons (titles in the page's language) and the sandbox. The list is loaded when first opened.
 * Emits `lesson-open` (detail: `{ id }`). Its own section lists the challenges (issue 14, loaded with
 * the menu as their own chunk) and emits `challenge-open` (detail: `{ id }`).
 */

import { LitElement, html, css, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { baseStyles } from '../theme/shared-styles';
import type { Scenario } from '../../model';
import { tr } from './lesson-words';
import { currentLang } from '../i18n/locale';

@customElement('sim-lesson-picker')
@localized()
export class SimLessonPicker extends LitElement {
  static styles = [
    baseStyles,
    css`
      :host { position: relative; display: inline-block; }
      .menu {
        position: absolute;
        right: 0;
        top: calc(100% + 0.3rem);
        z-index: 20;
        min-width: 17rem;
        max-width: min(24rem, 92vw);
        background: var(--surface);
        border: 1px solid var(--border-strong);
        border-radius: var(--radius);
        box-shadow: 0 6px 20px rgba(0, 0, 0, 0.18);
        padding: 0.3rem;
        margin: 0;
        list-style: none;
      }
      .menu.from-left { right: auto; left: 0; }
      .menu button {
        display: flex;
        gap: 0.5rem;
        width: 100%;
        text-align: left;
        border: 0;
        background: none;
        padding: 0.4rem 0.5rem;
        border-radius: var(--radius);
        font: inherit;
        font-size: 0.9rem;
        color: var(--text);
      }
      .menu button:hover, .menu button:focus-visible { background: var(--accent-soft); }
      .menu button[aria-current='true'] { font-weight: 700; }
      .n { color: var(--text-muted); min-width: 1.2rem; }
      .sep { border-top: 1px solid var(--border); margin: 0.25rem 0; }
      .group { padding: 0.3rem 0.5rem 0.1rem; font-size: 0.8rem; font-weight: 700; color: var(--text-muted); }
    `,
  ];

  /** The lessons, once loaded. */
  @property({ attribute: false }) lessons: readonly Scenario[] = [];
  /** The open lesson's id. */
  @property() current = '';
  /** Called the first time the menu opens, to load the lessons. */
  @property({ attribute: false }) load: (() => Promise<void>) | undefined;
  /** The built-in challenges, loaded with the menu. */
  @state() private challenges: readonly Scenario[] = [];
  /** The built-in quizzes (issue 14), loaded with the menu's first opening. */
  @state() private quizzes: readonly Scenario[] = [];
  @state() private open = false;
  /** The menu opens to the right when the button is near the left edge (a wrapped header). */
  @state() private fromLeft = false;

  private readonly onDocClick = (e: Event) => {
    if (this.open && !e.composedPath().includes(this)) this.open = false;
  };

  connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('click', this.onDocClick);
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('click', this.onDocClick);
  }

  private async toggle(): Promise<void> {
    this.open = !this.open;
    if (this.open) {
      this.fromLeft = this.getBoundingClientRect().right < 300;
      if (this.lessons.length === 0) await this.load?.();
      if (this.challenges.length === 0) this.challenges = (await import('../../challenges/index')).CHALLENGES;
      if (this.quizzes.length === 0) this.quizzes = (await import('../../quizzes/index')).QUIZZES;
      await this.updateComplete;
      this.items()[0]?.focus();
    }
  }

  private items(): HTMLButtonElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.menu button')];
  }

  private onKey(e: KeyboardEvent): void {
    if (e.key === 'Escape' && this.open) {
      e.stopPropagation();
      this.open = false;
      this.renderRoot.querySelector<HTMLButtonElement>('#lessons-button')?.focus();
      return;
    }
    if (!this.open || !['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(e.key)) return;
    const items = this.items();
    const i = items.indexOf(this.renderRoot.querySelector<HTMLButtonElement>('.menu button:focus') ?? items[0]);
    const n = items.length;
    const next = ({ ArrowDown: i + 1, ArrowUp: i - 1 + n, Home: 0, End: n - 1 } as Record<string, number>)[e.key];
    e.preventDefault();
    items[next % n]?.focus();
  }

  private choose(id: string, event = 'lesson-open'): void {
    this.open = false;
    this.dispatchEvent(new CustomEvent(event, { detail: { id }, bubbles: true, composed: true }));
  }

  private renderChallenges() {
    if (!this.challenges.length) return nothing;
    const heading = msg('Challenges', { id: 'challenge.menu' });
    return html`<li class="sep" role="presentation"></li>
      <li class="group" role="presentation" aria-hidden="true">${heading}</li>
      ${this.challenges.map(
        (c, i) => html`<li><button data-challenge=${c.id} @click=${() => this.choose(c.id, 'challenge-open')}>
          <span class="n">${i + 1}.</span><span><span class="sr-only">${heading}: </span>${tr(c.title)}</span>
        </button></li>`,
      )}`;
  }

  /** The quizzes' section: each opens the quiz page (`?quiz=<id>`, its own chunk) in the page's language. */
  private renderQuizzes() {
    if (this.quizzes.length === 0) return nothing;
    const go = (id: string) => location.assign(`?${new URLSearchParams({ quiz: id, lang: currentLang() })}`);
    return html`<li class="sep" role="presentation"></li>
      <li class="group" role="presentation" aria-hidden="true">${msg('Quizzes', { id: 'quiz.menu' })}</li>
      ${this.quizzes.map(
        (q) =>
          html`<li><button data-quiz=${q.id} @click=${() => go(q.id)}><span class="n"></span><span>${tr(
            q.title,
          )}</span></button></li>`,
      )}`;
  }

  render() {
    const lessons = this.lessons.filter((l) => l.id !== 'sandbox');
    const sandbox = this.lessons.find((l) => l.id === 'sandbox');
    return html`
      <div @keydown=${this.onKey}>
        <button class="btn" id="lessons-button" aria-expanded=${this.open ? 'true' : 'false'}
          aria-controls="lesson-menu" @click=${() => void this.toggle()}>
          ${msg('Lessons', { id: 'lesson.menu' })} <span aria-hidden="true">▾</span>
        </button>
        ${
          this.open
            ? html`<ul class="menu ${this.fromLeft ? 'from-left' : ''}" id="lesson-menu"
              aria-label=${msg('Lessons', { id: 'lesson.menu' })}>
              ${lessons.map(
                (l, i) => html`<li><button aria-current=${l.id === this.current ? 'true' : 'false'} data-lesson=${l.id}
                  @click=${() => this.choose(l.id)}>
                <span class="n">${i + 1}.</span><span>${tr(l.title)}</span></button></li>`,
              )}
              ${
                sandbox
                  ? html`<li class="sep" role="presentation"></li><li><button data-lesson=${sandbox.id}
                    aria-current=${sandbox.id === this.current ? 'true' : 'false'}
                    @click=${() => this.choose(sandbox.id)}>
                    <span class="n"></span><span>${tr(sandbox.title)}</span></button></li>`
                  : nothing
              }
              ${this.renderChallenges()}
              ${this.renderQuizzes()}
            </ul>`
            : nothing
        }
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sim-lesson-picker': SimLessonPicker;
  }
}
