/**
 * Why a scenario file could not be opened, and the limits that say so. Kept apart from the loader
 * (which pulls in the YAML parser) so the error panel stays in the page's small first chunk.
 */

import type { ScenarioError } from '../../model';

/** The biggest scenario file the page reads (1 MB; the built-in lessons are about 10 kB). */
export const MAX_SCENARIO_BYTES = 1024 * 1024;

/** The file name endings the file picker and the drop zone take. */
export const SCENARIO_EXTENSIONS = ['.json', '.yaml', '.yml'] as const;

/** Why a scenario could not be opened. */
export type LoadProblem =
  | { kind: 'too-big'; bytes: number }
  | { kind: 'wrong-type' }
  | { kind: 'bad-address' }
  | { kind: 'other-origin'; origin: string }
  | { kind: 'http'; status: number }
  | { kind: 'network' }
  | { kind: 'unreadable' }
  | { kind: 'invalid'; errors: ScenarioError[] };

/** A failed load: the file's name, its text when there was one (for the caret lines), the problem. */
export interface LoadFailure {
  fileName: string;
  source?: string;
  problem: LoadProblem;
}
