/**
 * The page's side of a SCORM 1.2 session: initialize, mark the lesson started, report a finished
 * lesson's score and status, commit, finish. Every call to the LMS is guarded: an LMS that throws
 * or answers "false" is asked LMSGetLastError/LMSGetErrorString and the problem is kept (and told
 * to `onProblem`), never thrown at the learner.
 *
 * Followed (looked up with the project's search tool): ADL's SCORM 1.2 RTE data model — elements
 * `cmi.core.lesson_status` (passed, completed, failed, incomplete, browsed, not attempted),
 * `cmi.core.score.raw` ("a normalized value between 0 and 100", CMIDecimal), `.min`, `.max`,
 * `cmi.core.session_time` (CMITimespan HHHH:MM:SS.SS), `cmi.student_data.mastery_score`; and the
 * common practice of min 0, max 100 with raw a percentage (Claude Ostyn, ostyn.com, on SCORM 1.2 scores:
 * "some leading LMS assume" 0..100). Sources read: the RTE's text of cmi.core.score.raw; vsscorm.net
 * steps 19 and 22 (the mandatory elements, Timespan '0000:00:00.00', the six lesson_status values);
 * ADL's conformance test suite log (LMSSetValue of session_time and lesson_status as a SCO makes them).
 */

import type { ProgressEntry } from '../classroom/progress-store';
import type { Scorm12Api } from './scorm-api';

/** A call the LMS refused or failed: which call, the LMS's error code and its words. */
export interface LmsProblem {
  call: string;
  code: string;
  text: string;
}

/** Statuses after which the start of a new visit must not set `incomplete` again. */
const DONE = new Set(['passed', 'completed', 'failed']);

/** CMITimespan of `ms` (SCORM 1.2 RTE: HHHH:MM:SS.SS, hours 2 to 4 digits). */
export function cmiTimespan(ms: number): string {
  const total = Math.max(0, Math.round(ms / 10)) / 100;
  const hours = Math.min(9999, Math.floor(total / 3600));
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = (total % 60).toFixed(2).padStart(5, '0');
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}:${seconds}`;
}

/** A finished scenario's score as SCORM 1.2's normalized raw score: a whole percentage, 0 to 100. */
export function percentScore(entry: Pick<ProgressEntry, 'score' | 'maxScore'>): number {
  if (!(entry.maxScore > 0)) return 100;
  return Math.max(0, Math.min(100, Math.round((100 * entry.score) / entry.maxScore)));
}

/** One SCO's session with the LMS. */
export class ScormSession {
  /** Every refusal or failure so far. */
  readonly problems: LmsProblem[] = [];
  /** Whether LMSInitialize succeeded (later calls are made only then). */
  connected = false;
  private finished = false;
  private best = -1;
  private mastery: number | undefined;
  private startedAt = 0;

  /**
   * `scenario` is the SCO's scenario (its launch URL's `?lesson=`, or `?challenge=`, `?quiz=`):
   * progress of any other scenario opened in the same page is not this SCO's (undefined: any).
   * `now` is the real clock (session time).
   */
  constructor(
    private readonly api: Scorm12Api,
    private readonly scenario: Pick<ProgressEntry, 'kind' | 'id'> | undefined,
    private readonly now: () => number = Date.now,
    private readonly onProblem: (problem: LmsProblem) => void = () => undefined,
  ) {}

  /** LMSInitialize(""), then `incomplete` unless an earlier visit already finished; false if refused. */
  start(): boolean {
    this.startedAt = this.now();
    this.connected = this.call('LMSInitialize', () => this.api.LMSInitialize(''));
    if (!this.connected) return false;
    const status = this.get('cmi.core.lesson_status');
    if (!DONE.has(status)) this.set('cmi.core.lesson_status', 'incomplete');
    // Optional for an LMS to support: a refusal here is no problem worth telling.
    const mastery = this.get('cmi.student_data.mastery_score', true);
    this.mastery = mastery.trim() !== '' && Number.isFinite(Number(mastery)) ? Number(mastery) : undefined;
    this.call('LMSCommit', () => this.api.LMSCommit(''));
    return true;
  }

  /**
   * Reports a finished scenario if it is this SCO's: score (as a percentage, never lower than one
   * already reported in this visit), then status — `passed` when the LMS set a mastery score and it
   * is reached, else `completed` — then LMSCommit(""). Score before status, so an LMS that judges
   * mastery itself sees the score first.
   */
  report(entry: ProgressEntry): void {
    if (!this.connected || this.finished) return;
    const mine = !this.scenario || (entry.kind === this.scenario.kind && entry.id === this.scenario.id);
    if (!mine) return;
    const raw = percentScore(entry);
    if (raw < this.best) return;
    this.best = raw;
    this.set('cmi.core.score.min', '0');
    this.set('cmi.core.score.max', '100');
    this.set('cmi.core.score.raw', String(raw));
    const passed = this.mastery !== undefined && raw >= this.mastery;
    this.set('cmi.core.lesson_status', passed ? 'passed' : 'completed');
    this.call('LMSCommit', () => this.api.LMSCommit(''));
  }

  /**
   * The session time and how the learner left (`suspend` while the lesson is not done, so the LMS
   * keeps the attempt to resume; `` once it is), then LMSFinish(""); once (pagehide may come again).
   */
  finish(): void {
    if (!this.connected || this.finished) return;
    this.finished = true;
    this.set('cmi.core.session_time', cmiTimespan(this.now() - this.startedAt));
    this.set('cmi.core.exit', this.best >= 0 ? '' : 'suspend');
    this.call('LMSFinish', () => this.api.LMSFinish(''));
  }

  private get(element: string, quiet = false): string {
    let value = '';
    if (quiet) {
      try {
        return String(this.api.LMSGetValue(element) ?? '');
      } catch {
        return '';
      }
    }
    this.call(`LMSGetValue(${element})`, () => {
      value = String(this.api.LMSGetValue(element) ?? '');
      // LMSGetValue has no "false": an empty answer with an error code set is the failure (SCORM 1.2 RTE).
      return value !== '' || this.lastError() === '0' ? 'true' : 'false';
    });
    return value;
  }

  private set(element: string, value: string): void {
    this.call(`LMSSetValue(${element})`, () => this.api.LMSSetValue(element, value));
  }

  /** Runs one API call; a throw or a "false" becomes a problem (with the LMS's error code and words). */
  private call(name: string, run: () => unknown): boolean {
    let result: unknown;
    try {
      result = run();
    } catch (error) {
      this.problem({ call: name, code: '', text: error instanceof Error ? error.message : String(error) });
      return false;
    }
    if (String(result) !== 'false') return true;
    const code = this.lastError();
    let text = '';
    try {
      text = String(this.api.LMSGetErrorString(code) ?? '');
    } catch {
      // An LMS without error strings still gave its code.
    }
    this.problem({ call: name, code, text });
    return false;
  }

  private lastError(): string {
    try {
      return String(this.api.LMSGetLastError() ?? '');
    } catch {
      return '';
    }
  }

  private problem(problem: LmsProblem): void {
    this.problems.push(problem);
    this.onProblem(problem);
  }
}
