/** The explanation of a command (its own chunk: the page loads it after it is ready). */

import type { HostState } from '../../model';
import type { CommandRecord } from '../../model/client';
import { explainCommand, type ExplainFact } from './explain';
import { explainText } from './explain-text';

export type { ExplainFact };

/** The facts of a command (language-neutral, so they can be saved with the session). */
export function factsOf(record: CommandRecord, host: HostState): ExplainFact[] {
  return explainCommand(record, host);
}

/** The one or two sentences for those facts, in the reader's language. */
export function sentencesOf(facts: ExplainFact[]): string[] {
  return explainText(facts);
}
