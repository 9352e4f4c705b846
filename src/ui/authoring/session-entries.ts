/**
 * The session's lines, for export and the handout: the lesson controller's applied log, or, on the
 * free terminal (no lesson open), the finished commands the terminal still shows.
 */

import type { LessonController } from '../lesson/lesson-controller';
import type { CommandRecord } from '../../model/client';
import type { Scenario } from '../../model';
import { isCancelledLine, recordLines } from '../common/record-screen';
import type { HandoutEntry, ShownBlock } from './handout-model';
import type { ExportEntry } from './session-scenario';

/** What the page's session offers here. */
export interface TranscriptSource {
  readonly transcript: readonly CommandRecord[];
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
  const records = (session?.transcript ?? []).filter(
    (r) => r.exitCode !== undefined && !isCancelledLine(r) && !r.incomplete,
  );
  return {
    lesson: undefined,
    entries: records.map((r) => ({ ...r, step: null, exitCode: r.exitCode ?? 0 })),
    step: 0,
  };
}

/** The terminal's lines as the handout matches them (what each left on screen). */
export function shownBlocks(session: TranscriptSource | undefined): ShownBlock[] {
  return (session?.transcript ?? []).map((r) => ({
    line: r.line,
    output: recordLines(r),
    exitCode: r.exitCode,
    interrupted: isCancelledLine(r),
  }));
}
