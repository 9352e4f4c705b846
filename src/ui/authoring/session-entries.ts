/**
 * The session's lines, for export and the handout: the lesson controller's applied log, or, on the
 * free terminal (no lesson open), the finished commands the terminal still shows.
 */

import type { LessonController } from '../lesson/lesson-controller';
import type { TranscriptBlock } from '../app/session-types';
import type { Scenario } from '../../model/lesson/scenario';
import type { HandoutEntry } from './handout-model';
import type { ExportEntry } from './session-scenario';

/** What the page's session offers here. */
export interface TranscriptSource {
  readonly transcript: readonly TranscriptBlock[];
}

/** A session's entries: its lesson (if any), the applied entries, and the step it is at. */
export interface SessionEntries {
  lesson: Scenario | undefined;
  entries: Array<ExportEntry & HandoutEntry>;
  step: number;
}

/** The entries of the controller's session, or of the terminal's transcript without one. */
export function sessionEntries(
  controller: LessonController | undefined,
  session: TranscriptSource | undefined,
): SessionEntries {
  if (controller) {
    return { lesson: controller.scenario, entries: controller.log.slice(0, controller.cursor), step: controller.step };
  }
  const blocks = (session?.transcript ?? []).filter((b) => b.exitCode !== undefined && !b.interrupted && !b.pending);
  return {
    lesson: undefined,
    entries: blocks.map((b) => ({
      line: b.line,
      step: null,
      exitCode: b.exitCode ?? 0,
      chunks: [{ stream: 'stdout' as const, text: b.output.join('\n'), at: 0 }],
    })),
    step: 0,
  };
}
