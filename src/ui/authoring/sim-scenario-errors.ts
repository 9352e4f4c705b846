/**
 * `<sim-scenario-errors>`: why a scenario file (or a share link's log) could not be used. A
 * dismissible panel (role=alert) naming the file, then each error as "line L, column C — path:
 * message" with the offending source line and a caret under the column, all as text in `<pre>`.
 * Nothing else on the page changes: the terminal and the views keep working behind it.
 *
 * Mount (sim-app.ts, in the notice row under the header; it renders nothing until needed):
 *   <sim-scenario-errors></sim-scenario-errors>
 * It listens on `window` for `scenario-load-failed` (shows) and `scenario-load` (hides), which
 * `<sim-scenario-drop>` sends; `.report` may also be set directly. Emits `scenario-errors-dismiss`.
 */

import { LitElement, html, css, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { baseStyles } from '../theme/shared-styles';
import { SCENARIO_LOAD, SCENARIO_LOAD_FAILED, emit, type ScenarioLoadFailedDetail } from './authoring-events';
import { errorSnippet, formatError, snippetText } from './error-snippet';
import { MAX_SCENARIO_BYTES, type LoadFailure, type LoadProblem } from './load-problem';
import { MAX_LOG_LINES, type LogProblem } from './share-log';

/** Sizes in the reader's words: kB below a megabyte, MB above. */
function size(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} kB`;
}

@customElement('sim-scenario-errors')
@localized()
export class SimScenarioErrors extends LitElement {
  static styles = [
    baseStyles,
    css`
      :host { display: block; }
      :host([hidden]) { display: none; }
      section {
        border-bottom: 1px solid #e0a39c;
        background: var(--danger-soft);
        color: var(--text);
        padding: 0.5rem 1rem;
        max-height: 40vh;
        overflow: auto;
      }
      .head { display: flex; gap: 1rem; align-items: flex-start; justify-content: space-between; }
      h2 { font-size: 1rem; margin: 0 0 0.25rem; color: var(--danger); }
      p { margin: 0 0 0.35rem; }
      .file { font-family: var(--font-mono); overflow-wrap: anywhere; }
      ol { margin: 0.25rem 0 0; padding-left: 1.4rem; }
      li { margin-bottom: 0.45rem; }
      .where { margin: 0 0 0.2rem; overflow-wrap: anywhere; }
      pre {
        margin: 0;
        font-family: var(--font-mono);
        font-size: 0.85rem;
        background: var(--surface);
        border: 1px solid var(--border);
        border-radius: var(--radius);
        padding: 0.3rem 0.5rem;
        overflow-x: auto;
        tab-size: 4;
      }
    `,
  ];

  /** What to show; undefined shows nothing. */
  @property({ attribute: false }) report: ScenarioLoadFailedDetail | undefined;

  private returnFocus: HTMLElement | undefined;
  private readonly onFailed = (e: Event) => this.show((e as CustomEvent<ScenarioLoadFailedDetail>).detail);
  private readonly onLoaded = () => {
    this.report = undefined;
  };

  connectedCallback(): void {
    super.connectedCallback();
    addEventListener(SCENARIO_LOAD_FAILED, this.onFailed);
    addEventListener(SCENARIO_LOAD, this.onLoaded);
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener(SCENARIO_LOAD_FAILED, this.onFailed);
    removeEventListener(SCENARIO_LOAD, this.onLoaded);
  }

  /** Shows a report; focus stays where it was (role=alert announces it), and comes back there on dismiss. */
  show(report: ScenarioLoadFailedDetail): void {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    this.returnFocus = active instanceof HTMLElement ? active : undefined;
    this.report = report;
  }

  private dismiss(): void {
    this.report = undefined;
    const back = this.returnFocus;
    this.returnFocus = undefined;
    if (back?.isConnected) back.focus();
    emit(this, 'scenario-errors-dismiss', null);
  }

  private where = (line: number, column: number) => msg(str`line ${line}, column ${column}`, { id: 'authoring.where' });

  private problemText(problem: LoadProblem): string {
    switch (problem.kind) {
      case 'too-big':
        return msg(
          str`The file is ${size(problem.bytes)}; a scenario file may be at most ${size(MAX_SCENARIO_BYTES)}. It was not read.`,
          { id: 'authoring.tooBig' },
        );
      case 'wrong-type':
        return msg('Only scenario files whose names end in .json, .yaml or .yml can be opened.', {
          id: 'authoring.wrongType',
        });
      case 'bad-address':
        return msg('The address given in ?src= is not a web address this page can read.', {
          id: 'authoring.badAddress',
        });
      case 'other-origin':
        return msg(
          str`?src= may only name a file on this site (${location.origin}). ${problem.origin} is another site, so nothing was requested from it.`,
          { id: 'authoring.otherOrigin' },
        );
      case 'http':
        return problem.status === 404
          ? msg('The server answered 404: there is no file at that address.', { id: 'authoring.notFound' })
          : msg(str`The server answered ${problem.status}, so the file could not be fetched.`, {
              id: 'authoring.httpError',
            });
      case 'network':
        return msg('The file could not be fetched: the network failed or the page is offline.', {
          id: 'authoring.network',
        });
      case 'unreadable':
        return msg('The file could not be read.', { id: 'authoring.unreadable' });
      case 'invalid':
        return problem.errors.length === 1
          ? msg('The file has 1 error. Nothing was changed: the page works as before.', { id: 'authoring.oneError' })
          : msg(str`The file has ${problem.errors.length} errors. Nothing was changed: the page works as before.`, {
              id: 'authoring.errors',
            });
    }
  }

  private logText(problem: LogProblem): string {
    return problem === 'too-long'
      ? msg(
          str`The command log in this link is longer than a link may carry (at most ${MAX_LOG_LINES} commands), so it was not replayed.`,
          { id: 'authoring.logTooLong' },
        )
      : msg('The command log in this link is damaged (it is not a list of commands), so it was not replayed.', {
          id: 'authoring.logMalformed',
        });
  }

  private renderFailure(failure: LoadFailure) {
    const errors = failure.problem.kind === 'invalid' ? failure.problem.errors : [];
    return html`
      <h2 id="title">${msg('Could not open the scenario file', { id: 'authoring.title' })} <span
        class="file">${failure.fileName}</span></h2>
      <p>${this.problemText(failure.problem)}</p>
      ${
        errors.length
          ? html`<ol aria-label=${msg('Errors', { id: 'authoring.errorList' })}>
            ${errors.map((e) => {
              const snippet = failure.source === undefined ? undefined : errorSnippet(failure.source, e.line, e.column);
              return html`<li>
                <p class="where">${formatError(e, this.where)}</p>
                ${
                  snippet
                    ? html`<pre
                  aria-label=${msg(str`Line ${e.line} of the file`, {
                    id: 'authoring.sourceLine',
                  })}>${snippetText(snippet)}</pre>`
                    : nothing
                }
              </li>`;
            })}
          </ol>`
          : nothing
      }
    `;
  }

  render() {
    const report = this.report;
    if (!report) return nothing;
    return html`
      <section role="alert" aria-labelledby="title" data-testid="scenario-errors">
        <div class="head">
          <div>
            ${
              'failure' in report
                ? this.renderFailure(report.failure)
                : html`<h2
                  id="title">${msg('Could not replay the shared link', {
                    id: 'authoring.logTitle',
                  })}</h2><p>${this.logText(report.sharedLog)}</p>`
            }
          </div>
          <button class="btn" @click=${this.dismiss}>${msg('Dismiss', { id: 'authoring.dismiss' })}</button>
        </div>
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sim-scenario-errors': SimScenarioErrors;
  }
}
