/**
 * `<sim-teacher-page data-testid="teacher-page">` (`?mode=teacher`): the teacher's classes (made
 * here: a name and a random key, kept in this browser; several, one chosen), the class link to send
 * to learners, and for the chosen class the codes to check and its table (`<sim-class-codes>`).
 */

import { LitElement, html, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { baseStyles } from '../theme/shared-styles';
import { classId, classToken, cleanName, newClassKey } from './class-key';
import { classroomStorage, readClasses, writeClasses, type TeacherClass } from './classroom-store';
import type { Catalog } from './catalog';
import { classroomStyles, renderClassroomBar } from './classroom-chrome';
import './copy-button';
import './sim-class-codes';

/** The link learners open: this page's address with `?class=<token>`. */
export function classLink(c: TeacherClass): string {
  return `${location.origin}${location.pathname}?class=${classToken(c)}`;
}

/** The teacher's page. */
@customElement('sim-teacher-page')
@localized()
export class SimTeacherPage extends LitElement {
  static styles = [baseStyles, classroomStyles];

  @property({ attribute: false }) catalog: Catalog = { lessons: [], challenges: [], quizzes: [] };
  @state() private classes: TeacherClass[] = [];
  @state() private current?: string;
  @state() private said = '';

  connectedCallback(): void {
    super.connectedCallback();
    ({ classes: this.classes, current: this.current } = readClasses(classroomStorage()));
  }

  render() {
    const chosen = this.classes.find((c) => c.id === this.current);
    return html`${renderClassroomBar('teacher', () => this.requestUpdate())}
      <main data-testid="teacher-page">
        <h1>${msg('Teacher: classes and completion codes', { id: 'teacher.title' })}</h1>
        <p class="muted">${msg(
          'Everything here stays in this browser: no server, no account. Learners sign their codes with the key in the class link, so anyone with the link could sign one: treat codes as a record of honest work, not as an exam lock.',
          { id: 'teacher.intro' },
        )}</p>
        ${this.renderClasses(chosen)}
        <p role="status" class="ok">${this.said}</p>
        ${
          chosen
            ? html`<sim-class-codes .cls=${chosen} .catalog=${this.catalog}></sim-class-codes>`
            : html`<p>${msg('Make a class first: give it a name.', { id: 'teacher.makeFirst' })}</p>`
        }
      </main>`;
  }

  private renderClasses(chosen: TeacherClass | undefined): TemplateResult {
    const create = (e: Event) => {
      e.preventDefault();
      const input = (e.target as HTMLFormElement).elements.namedItem('className') as HTMLInputElement;
      const name = cleanName(input.value);
      if (!name) return input.focus();
      const made = newClassKey(name);
      const c: TeacherClass = { ...made, id: classId(made.key), created: Date.now() };
      this.classes = [...this.classes, c];
      this.current = c.id;
      writeClasses(classroomStorage(), this.classes, this.current);
      input.value = '';
      this.said = msg('Class made. Send its link to your learners.', { id: 'teacher.made' });
    };
    const choose = (e: Event) => {
      this.current = (e.target as HTMLSelectElement).value;
      writeClasses(classroomStorage(), this.classes, this.current);
      this.said = '';
    };
    return html`<section class="card" data-testid="classes">
      <h2>${msg('Classes', { id: 'teacher.classes' })}</h2>
      ${
        this.classes.length
          ? html`<label class="field">${msg('Class', { id: 'teacher.class' })}
            <select data-testid="class-select" @change=${choose}>
              ${this.classes.map(
                (c) => html`<option value=${c.id} ?selected=${c.id === this.current}>${c.name}</option>`,
              )}
            </select></label>`
          : ''
      }
      <form class="row" @submit=${create} style="margin-top:0.6rem">
        <label class="field">${msg('New class name', { id: 'teacher.newName' })}
          <input name="className" required maxlength="60" data-testid="class-name" /></label>
        <button class="btn" type="submit" data-testid="create-class">
          ${msg('Make class', { id: 'teacher.make' })}
        </button>
      </form>
      ${chosen ? this.renderLink(chosen) : ''}
    </section>`;
  }

  private renderLink(c: TeacherClass): TemplateResult {
    const link = classLink(c);
    return html`<h3>${msg('Link for learners', { id: 'teacher.linkTitle' })}</h3>
      <p class="muted">${msg('Learners open it once and give their name; their codes are then signed for this class.', {
        id: 'teacher.linkWhy',
      })}</p>
      <p class="row"><code class="code" data-testid="class-link">${link}</code>
        <sim-copy-button .text=${link} label=${msg('Copy the link for learners', { id: 'teacher.copyLink' })}>
        </sim-copy-button></p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sim-teacher-page': SimTeacherPage;
  }
}
