/**
 * `<sim-class-codes .cls .catalog>`: the teacher's part that takes codes for one class — pasted
 * (one per line, or many at once: anything that looks like `PB<n>.…` is a code) or scanned — checks
 * each against the class key, says why a refused one was refused, merges accepted ones into the
 * class table (kept in localStorage per class) and exports the table as CSV.
 */

import { LitElement, css, html, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { baseStyles } from '../theme/shared-styles';
import { currentLang } from '../i18n/locale';
import { textIn } from '../presenter/present-steps';
import { splitCodes, verifyCode, type CodeProblem } from './completion-code';
import { mergeRow, type ClassRow, type MergeResult } from './class-table';
import { classCsv } from './class-csv';
import { classroomStorage, readTable, writeTable, type TeacherClass } from './classroom-store';
import { findScenario, type Catalog } from './catalog';
import { classroomStyles, formatTime } from './classroom-chrome';
import { kindName, problemText } from './classroom-text';
import './code-scanner';

/** What became of one pasted or scanned code. */
interface Verdict {
  code: string;
  result: { ok: true; row: ClassRow; merge: MergeResult } | { ok: false; problem: CodeProblem };
}

/** The codes, verdicts and table of one class. */
@customElement('sim-class-codes')
@localized()
export class SimClassCodes extends LitElement {
  static styles = [baseStyles, classroomStyles, css`:host { max-width: none; padding: 0; }`];

  @property({ attribute: false }) cls!: TeacherClass;
  @property({ attribute: false }) catalog: Catalog = { lessons: [], challenges: [], quizzes: [] };
  @state() private rows: ClassRow[] = [];
  @state() private verdicts: Verdict[] = [];
  private shownClass = '';

  willUpdate(): void {
    if (this.cls && this.cls.id !== this.shownClass) {
      this.shownClass = this.cls.id;
      this.rows = readTable(classroomStorage(), this.cls.id);
      this.verdicts = [];
    }
  }

  render() {
    const accepted = this.verdicts.filter((v) => v.result.ok).length;
    const refused = this.verdicts.length - accepted;
    return html`<section class="card">
        <h2>${msg('Check completion codes', { id: 'teacher.checkTitle' })}</h2>
        <form @submit=${this.onPaste}>
          <label for="codes"
            >${msg('Paste codes, one per line (or many at once):', { id: 'teacher.pasteLabel' })}</label
          >
          <textarea id="codes" name="codes" rows="5" style="width:100%" data-testid="codes-input"
            spellcheck="false"></textarea>
          <div class="row">
            <button class="btn primary" type="submit" data-testid="verify">${msg('Check codes', {
              id: 'teacher.verify',
            })}</button>
            <sim-code-scanner @code-scanned=${(e: CustomEvent<string>) => this.take([e.detail])}></sim-code-scanner>
          </div>
        </form>
        <p role="status" data-testid="verify-summary">${
          this.verdicts.length ? msg(str`${accepted} accepted, ${refused} refused.`, { id: 'teacher.summary' }) : ''
        }</p>
        ${
          this.verdicts.length
            ? html`<ul data-testid="verdicts">${this.verdicts.map((v) => this.renderVerdict(v))}</ul>`
            : ''
        }
      </section>
      ${this.renderTable()}`;
  }

  private renderVerdict(v: Verdict): TemplateResult {
    const short = v.code.length > 28 ? `${v.code.slice(0, 24)}…` : v.code;
    if (!v.result.ok)
      return html`<li data-verdict="refused" data-problem=${v.result.problem}>
        <span class="bad">${msg('Refused', { id: 'teacher.refused' })}</span>: ${problemText(v.result.problem)}
        <code class="code">${short}</code></li>`;
    const { row, merge } = v.result;
    const what =
      merge === 'added'
        ? msg('added', { id: 'teacher.merge.added' })
        : merge === 'better'
          ? msg('better score, replaces the earlier one', { id: 'teacher.merge.better' })
          : msg('already in the table with a score as good', { id: 'teacher.merge.kept' });
    return html`<li data-verdict="accepted" data-merge=${merge}>
      <span class="ok">${msg('Accepted', { id: 'teacher.accepted' })}</span>: ${row.learner} · ${this.titleOf(row)} ·
      ${row.score}/${row.maxScore} (${what})</li>`;
  }

  private renderTable(): TemplateResult {
    const learners = new Set(this.rows.map((r) => r.learner.trim().toLocaleLowerCase())).size;
    return html`<section class="card">
      <h2>${msg(str`Class table: ${this.cls.name}`, { id: 'teacher.tableTitle' })}</h2>
      <p class="muted">
        ${msg(str`Learners: ${learners} · results: ${this.rows.length}`, { id: 'teacher.tableCount' })}
      </p>
      ${
        this.rows.length === 0
          ? html`<p class="muted">${msg('No codes checked yet for this class.', { id: 'teacher.emptyTable' })}</p>`
          : html`<table data-testid="class-table">
            <thead><tr>
              <th scope="col">${msg('Learner', { id: 'teacher.col.learner' })}</th>
              <th scope="col">${msg('Scenario', { id: 'teacher.col.scenario' })}</th>
              <th scope="col">${msg('Score', { id: 'teacher.col.score' })}</th>
              <th scope="col">${msg('Finished', { id: 'teacher.col.time' })}</th>
            </tr></thead>
            <tbody>${this.rows.map(
              (r) => html`<tr data-learner=${r.learner} data-kind=${r.kind} data-id=${r.id}>
                <td>${r.learner}</td><td>${kindName(r.kind)}: ${this.titleOf(r)}</td>
                <td>${r.score}/${r.maxScore}</td><td>${formatTime(r.finishedAt)}</td></tr>`,
            )}</tbody>
          </table>`
      }
      <p class="row"><button class="btn" data-testid="export-csv" ?disabled=${this.rows.length === 0}
        @click=${this.exportCsv}>${msg('Export CSV', { id: 'teacher.export' })}</button></p>
    </section>`;
  }

  private titleOf(r: Pick<ClassRow, 'kind' | 'id'>): string {
    const s = findScenario(this.catalog, r.kind, r.id);
    return s ? textIn(s.title, currentLang()) : r.id;
  }

  private onPaste(e: Event): void {
    e.preventDefault();
    const area = (e.target as HTMLFormElement).elements.namedItem('codes') as HTMLTextAreaElement;
    const codes = splitCodes(area.value);
    if (codes.length === 0) return;
    this.take(codes);
    area.value = '';
  }

  /** Checks `codes`, merges the accepted ones, keeps the table. */
  private take(codes: string[]): void {
    let rows = this.rows;
    const verdicts = codes.map((code): Verdict => {
      const check = verifyCode(code, this.cls.key, Date.now());
      if (!check.ok) return { code, result: check };
      const merged = mergeRow(rows, { ...check.claim, code: code.replace(/\s+/g, '') });
      rows = merged.rows;
      return { code, result: { ok: true, row: { ...check.claim, code }, merge: merged.result } };
    });
    this.rows = rows;
    this.verdicts = verdicts;
    writeTable(classroomStorage(), this.cls.id, rows);
  }

  private exportCsv(): void {
    // The byte order mark lets spreadsheet programs read the names' letters as UTF-8.
    const blob = new Blob(['\ufeff', classCsv(this.rows, (r) => this.titleOf(r))], { type: 'text/csv;charset=utf-8' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `pelabuhan-${this.cls.name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'class'}.csv`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sim-class-codes': SimClassCodes;
  }
}
