/**
 * `<sim-session-export>`: the session as files, made in the page (no server). "Export scenario"
 * downloads `<id>.scenario.json` (session-scenario.ts, written by the model's formatScenario);
 * "Printable handout" opens the transcript handout (handout-html.ts) in a new tab, or saves it when
 * the browser blocks the tab.
 *
 * Mount (sim-app.ts, beside the lesson player or in the header; without a lesson it exports the
 * terminal's transcript):
 *   <sim-session-export .controller=${this.lesson} .session=${this.session}
 *     .view=${this.prefs.view}></sim-session-export>
 * Emits nothing; says what it did in its own status line (role=status).
 */

import { LitElement, html, css } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { baseStyles } from '../theme/shared-styles';
import { currentLang } from '../i18n/locale';
import type { LessonController } from '../lesson/lesson-controller';
import type { ViewName } from '../../model';
import { formatScenario } from '../../model/scenario-files';
import { scenarioFileName, sessionScenario } from './session-scenario';
import { handoutHtml, handoutFileName, type Handout } from './handout-html';
import { handoutSections, shownOutputs } from './handout-model';
import { sessionEntries, shownBlocks, type TranscriptSource } from './session-entries';
import { downloadText, openHtml } from './download';

@customElement('sim-session-export')
@localized()
export class SimSessionExport extends LitElement {
  static styles = [
    baseStyles,
    css`
      :host { display: inline-flex; flex-wrap: wrap; gap: 0.4rem; align-items: center; }
      .status { font-size: 0.85rem; color: var(--text-muted); }
    `,
  ];

  /** The open lesson, if any. */
  @property({ attribute: false }) controller: LessonController | undefined;
  /** The page's session (its transcript). */
  @property({ attribute: false }) session: TranscriptSource | undefined;
  /** The page's view (the exported scenario opens with it when there is no lesson). */
  @property({ attribute: false }) view: ViewName | undefined;
  @state() private status = '';

  /** Downloads the session as a scenario file. */
  exportScenario(): void {
    const { lesson, entries } = sessionEntries(this.controller, this.session);
    const scenario = sessionScenario(lesson, entries, { view: this.view });
    const name = scenarioFileName(scenario);
    downloadText(name, formatScenario(scenario), 'application/json');
    this.status = msg(str`Saved ${name}. Its narration placeholders start with [TODO.`, { id: 'authoring.exported' });
  }

  /** The handout of the session as an HTML document. */
  handout(): string {
    const { lesson, entries, step } = sessionEntries(this.controller, this.session);
    const lang = currentLang();
    const outputs = shownOutputs(entries, shownBlocks(this.session));
    const model: Handout = {
      lang,
      title: lesson
        ? lesson.title[lang] || lesson.title.en
        : msg('Pelabuhan session', { id: 'authoring.handoutFreeTitle' }),
      summary: lesson ? lesson.summary[lang] || lesson.summary.en : '',
      sections: handoutSections(
        lesson,
        entries,
        outputs,
        lang,
        step,
        msg('Commands', { id: 'authoring.handoutCommands' }),
      ),
      words: {
        step: (n, title) => msg(str`Step ${n}: ${title}`, { id: 'authoring.handoutStep' }),
        exitCode: (code) => msg(str`exit code ${code}`, { id: 'authoring.handoutExit' }),
        source: msg(
          'Made with Pelabuhan, a Docker simulator in the browser: the output above is the simulator\u2019s, as the terminal printed it.',
          { id: 'authoring.handoutSource' },
        ),
        printHint: msg('To print this handout, use the browser\u2019s Print command (Ctrl+P, or Cmd+P on a Mac).', {
          id: 'authoring.handoutPrint',
        }),
      },
    };
    return handoutHtml(model);
  }

  /** Opens the handout (or saves it when a new tab is blocked). */
  openHandout(): void {
    const id = this.controller?.scenario.id ?? 'session';
    const how = openHtml(this.handout(), handoutFileName(id));
    this.status =
      how === 'opened'
        ? msg('The handout opened in a new tab.', { id: 'authoring.handoutOpened' })
        : msg(str`The browser blocked the new tab, so the handout was saved as ${handoutFileName(id)}.`, {
            id: 'authoring.handoutSaved',
          });
  }

  render() {
    return html`
      <button class="btn"
        @click=${() => this.exportScenario()}>${msg('Export scenario', { id: 'authoring.export' })}</button>
      <button class="btn"
        @click=${() => this.openHandout()}>${msg('Printable handout', { id: 'authoring.handout' })}</button>
      <span class="status" role="status" aria-live="polite">${this.status}</span>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sim-session-export': SimSessionExport;
  }
}
