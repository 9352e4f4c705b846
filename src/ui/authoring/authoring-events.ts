/**
 * The events the authoring elements send up to the page. They bubble and are composed, so they
 * reach `<sim-app>` and `window` from inside any shadow root.
 */

import type { Scenario } from '../../model';
import type { LogProblem } from './share-log';
import type { LoadFailure } from './load-problem';

/** A scenario file was read and is valid: the page opens it in the player. */
export const SCENARIO_LOAD = 'scenario-load';
/** A scenario file (or a shared log) could not be used: `<sim-scenario-errors>` shows why. */
export const SCENARIO_LOAD_FAILED = 'scenario-load-failed';

/** Detail of `scenario-load`. */
export interface ScenarioLoadDetail {
  scenario: Scenario;
  fileName: string;
  /** Dropped or chosen file, or `?src=`. */
  from: 'file' | 'url';
  /** For `?src=`: the 0-based step the URL's `step=` asks for. */
  step?: number;
  /** For `?src=`: the path as the URL gave it (teacher mode fetches it from there too). */
  src?: string;
  /** For a dropped or chosen file: its text (teacher mode keeps it in localStorage to present it). */
  text?: string;
}

/** Detail of `scenario-load-failed`: a file that failed, or a share link's unreadable log. */
export type ScenarioLoadFailedDetail = { failure: LoadFailure } | { sharedLog: LogProblem };

/** Sends one of these events from `target`. */
export function emit<T>(target: EventTarget, type: string, detail: T): void {
  target.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
}
