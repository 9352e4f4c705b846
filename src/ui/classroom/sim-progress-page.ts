/**
 * `<sim-progress-page data-testid="progress-page">` (`?mode=progress`): the learner's lessons,
 * challenges and quizzes from the progress store, each finished one with its completion code (text,
 * copy, QR on demand) once they are in a class; the class and their name (changeable); their
 * achievements and the link that shares them. Opened from a class link (`?class=`), it first asks
 * their name for that class.
 */

import { LitElement, html, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { Scenario } from '../../model/index';
import { baseStyles } from '../theme/shared-styles';
import { currentLang } from '../i18n/locale';
import { textIn } from '../presenter/present-steps';
import { PROGRESS_EVENT, readProgress, type ProgressEntry } from './progress-store';
import { courseLessonIds, type Catalog } from './catalog';
import { cleanName, type ClassKey } from './class-key';
import { classroomStorage, readLearnerClass, writeLearnerClass, type LearnerClass } from './classroom-store';
import { signCode } from './completion-code';
import { classroomStyles, formatTime, renderClassroomBar } from './classroom-chrome';
import { kindName } from './classroom-text';
import { renderAchievements } from './achievements-list';
import './copy-button';

/** Why the page opened with a notice. */
export type ProgressNotice = '' | 'bad-class' | 'joined';

/** The progress page. */
@customElement('sim-progress-page')
@localized()
export class SimProgressPage extends LitElement {
  static styles = [baseStyles, classroomStyles];

  @property({ attribute: false }) catalog: Catalog = { lessons: [], challenges: [], quizzes: [] };
  /** The class of the link the page was opened with, until the learner gives their name. */
  @property({ attribute: false }) joining?: ClassKey;
  @property() notice: ProgressNotice = '';
  @state() private entries: ProgressEntry[] = readProgress();
  @state() private myClass = readLearnerClass(classroomStorage());
  /** Rows whose QR is shown, and the QR module once loaded. */
  @state() private qrShown = new Set<string>();
  @state() private qr?: typeof import('./qr-svg');
  @state() private said = '';
  private readonly refresh = () => {
    this.entries = readProgress();
    this.myClass = readLearnerClass(classroomStorage());
  };

  connectedCallback(): void {
    super.connectedCallback();
    addEventListener(PROGRESS_EVENT, this.refresh);
    addEventListener('storage', this.refresh);
  }

  disconnectedCallback(): void {
    removeEventListener(PROGRESS_EVENT, this.refresh);
    removeEventListener('storage', this.refresh);
    super.disconnectedCallback();
  }

  render() {
    const { lessons, challenges, quizzes } = this.catalog;
    const known = new Set([...lessons, ...challenges, ...quizzes].map((s) => `${s.kind ?? 'lesson'}:${s.id}`));
    const others = this.entries.filter((e) => !known.has(`${e.kind}:${e.id}`));
    return html`${renderClassroomBar('progress', () => this.requestUpdate())}
      <main data-testid="progress-page">
        <h1>${msg('My progress', { id: 'classroom.nav.progress' })}</h1>
        ${this.renderNotice()} ${this.joining ? this.renderJoin(this.joining) : this.renderClass()}
        <p role="status" class="ok">${this.said}</p>
        ${this.renderSection(
          'lesson',
          msg('Lessons', { id: 'classroom.lessons' }),
          lessons.filter((l) => l.id !== 'sandbox'),
        )}
        ${this.renderSection('challenge', msg('Challenges', { id: 'classroom.challenges' }), challenges)}
        ${this.renderSection('quiz', msg('Quizzes', { id: 'classroom.quizzes' }), quizzes)}
        ${others.length ? this.renderOthers(others) : ''}
        ${renderAchievements(this.entries, courseLessonIds(this.catalog), this.myClass)}
      </main>`;
  }

  private renderNotice(): TemplateResult | string {
    if (this.notice === 'bad-class')
      return html`<p class="notice" role="alert" data-testid="class-notice">${msg(
        'This class link is broken or incomplete: ask your teacher to send it again. Your progress is kept.',
        { id: 'classroom.badClassLink' },
      )}</p>`;
    if (this.notice === 'joined' && this.myClass)
      return html`<p class="notice" role="status">${msg(
        str`You are in the class ${this.myClass.name} as ${this.myClass.learner}.`,
        { id: 'classroom.alreadyJoined' },
      )}</p>`;
    return '';
  }

  private renderJoin(c: ClassKey): TemplateResult {
    const join = (e: Event) => {
      e.preventDefault();
      const input = (e.target as HTMLFormElement).elements.namedItem('learner') as HTMLInputElement;
      const learner = cleanName(input.value);
      if (!learner) return input.focus();
      const mine: LearnerClass = { ...c, learner };
      writeLearnerClass(classroomStorage(), mine);
      this.myClass = mine;
      this.joining = undefined;
      this.said = msg(str`Joined ${c.name} as ${learner}.`, { id: 'classroom.joined' });
      history.replaceState(history.state, '', '?mode=progress');
    };
    return html`<section class="card" data-testid="join-class">
      <h2>${msg(str`Join the class ${c.name}`, { id: 'classroom.joinTitle' })}</h2>
      <p>${msg('Your teacher sent this link. Your name goes into the completion codes you hand in.', {
        id: 'classroom.joinWhy',
      })}</p>
      <form class="row" @submit=${join}>
        <label class="field">${msg('Your name', { id: 'classroom.yourName' })}
          <input name="learner" required maxlength="60" autocomplete="name"
            .value=${this.myClass?.learner ?? ''} data-testid="learner-name" /></label>
        <button class="btn primary" type="submit">${msg('Join class', { id: 'classroom.join' })}</button>
      </form>
    </section>`;
  }

  private renderClass(): TemplateResult {
    const c = this.myClass;
    if (!c)
      return html`<section class="card" data-testid="no-class"><p>${msg(
        'You are not in a class yet. Open the class link your teacher gives you to get completion codes to hand in.',
        { id: 'classroom.noClass' },
      )}</p></section>`;
    const rename = (e: Event) => {
      e.preventDefault();
      const input = (e.target as HTMLFormElement).elements.namedItem('learner') as HTMLInputElement;
      const learner = cleanName(input.value);
      if (!learner) return input.focus();
      this.myClass = { ...c, learner };
      writeLearnerClass(classroomStorage(), this.myClass);
      this.said = msg(str`Your name is now ${learner}.`, { id: 'classroom.renamed' });
    };
    return html`<section class="card" data-testid="my-class" data-class=${c.name}>
      <p>${msg(str`Class: ${c.name}`, { id: 'classroom.classIs' })}</p>
      <form class="row" @submit=${rename}>
        <label class="field">${msg('Your name', { id: 'classroom.yourName' })}
          <input name="learner" required maxlength="60" .value=${c.learner} data-testid="learner-name" /></label>
        <button class="btn" type="submit">${msg('Save name', { id: 'classroom.saveName' })}</button>
      </form>
    </section>`;
  }

  private renderSection(kind: string, title: string, list: readonly Scenario[]): TemplateResult {
    const lang = currentLang();
    return html`<section class="card" data-section=${kind}>
      <h2>${title}</h2>
      ${
        list.length === 0
          ? html`<p class="muted">${msg('None in this version yet.', { id: 'classroom.noneYet' })}</p>`
          : html`<table>
            <thead><tr>
              <th scope="col">${kindName(kind)}</th>
              <th scope="col">${msg('Result', { id: 'classroom.result' })}</th>
              <th scope="col">${msg('Completion code', { id: 'classroom.code' })}</th>
            </tr></thead>
            <tbody>${list.map((s) => {
              const entry = this.entries.find((e) => e.kind === kind && e.id === s.id);
              return this.renderRow(kind, s.id, textIn(s.title, lang), entry);
            })}</tbody>
          </table>`
      }
    </section>`;
  }

  private renderOthers(entries: ProgressEntry[]): TemplateResult {
    return html`<section class="card" data-section="other">
      <h2>${msg('Other scenarios', { id: 'classroom.others' })}</h2>
      <table>
        <tbody>${entries.map((e) => this.renderRow(e.kind, e.id, `${kindName(e.kind)}: ${e.id}`, e))}</tbody>
      </table>
    </section>`;
  }

  private renderRow(kind: string, id: string, title: string, entry?: ProgressEntry): TemplateResult {
    const open = kind === 'lesson' ? `./?lesson=${encodeURIComponent(id)}` : `./?${kind}=${encodeURIComponent(id)}`;
    return html`<tr data-kind=${kind} data-id=${id} data-done=${entry ? 'true' : 'false'}>
      <th scope="row"><a href=${open}>${title}</a></th>
      <td>${
        entry
          ? html`<span class="ok"
                >${msg(str`Done: ${entry.score} of ${entry.maxScore}`, { id: 'classroom.done' })}</span
              >
            <br /><span class="muted">${formatTime(entry.finishedAt)}</span>`
          : html`<span class="muted">${msg('Not yet', { id: 'classroom.notYet' })}</span>`
      }</td>
      <td>${entry ? this.renderCode(entry, title) : ''}</td>
    </tr>`;
  }

  private renderCode(entry: ProgressEntry, title: string): TemplateResult {
    const c = this.myClass;
    if (!c?.learner)
      return html`<span class="muted">${msg('Join a class to get a code.', { id: 'classroom.needClass' })}</span>`;
    const code = signCode(entry, c.learner, c.key);
    const key = `${entry.kind}:${entry.id}`;
    const shown = this.qrShown.has(key);
    const toggle = async () => {
      this.qr ??= await import('./qr-svg');
      const next = new Set(this.qrShown);
      if (shown) next.delete(key);
      else next.add(key);
      this.qrShown = next;
    };
    return html`<code class="code" data-testid="code">${code}</code>
      <div class="row">
        <sim-copy-button .text=${code} label=${msg(str`Copy the code for ${title}`, { id: 'classroom.copyCode' })}>
        </sim-copy-button>
        <button class="btn" data-testid="show-qr" aria-expanded=${shown ? 'true' : 'false'} @click=${toggle}>
          ${shown ? msg('Hide QR code', { id: 'classroom.hideQr' }) : msg('Show QR code', { id: 'classroom.showQr' })}
        </button>
      </div>
      ${
        shown && this.qr
          ? this.qr.renderQr(code, msg(str`QR code of the code for ${title}`, { id: 'classroom.qrLabel' }))
          : ''
      }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sim-progress-page': SimProgressPage;
  }
}
