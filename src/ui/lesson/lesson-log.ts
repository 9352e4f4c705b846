/**
 * The lesson log's pure parts: a command the page ran as a log entry (what goals and replays
 * read), and where a cursor on the timeline lands.
 */

import type { Scenario } from '../../model';
import type { CommandRecord } from '../../model/client';

/** A finished command of the session as a record of the lesson's log, in `step`, at `atMs` of the world's clock. */
export function logEntryOf(record: CommandRecord, step: number, atMs: number): CommandRecord {
  // The daemon switch is not a typed line: it is logged as the step action it replays as.
  const daemon = record.action?.kind === 'daemon' ? (record.action.daemon as 'start' | 'stop') : undefined;
  const entry: CommandRecord = { ...record, step, at: atMs, exitCode: record.exitCode ?? 130 };
  if (daemon) {
    entry.line = `#daemon ${daemon}`;
    entry.action = { daemon };
  }
  return entry;
}

/** Where the timeline is: the log, the current step, and its own lines from `base` on. */
export interface TimelinePosition {
  log: readonly CommandRecord[];
  step: number;
  base: number;
  /** How many lines the current step has (applied and redoable). */
  lineCount: number;
}

/** Where a cursor lands: a count of the current step's lines, or another step with its lines. */
export type ScrubTarget = { within: number } | { step: number; lines: string[]; applied: number };

/** Where scrubbing to `cursor` (clamped to the log) lands. */
export function scrubTarget(scenario: Scenario, at: TimelinePosition, cursor: number): ScrubTarget {
  const { log, base } = at;
  const c = Math.max(0, Math.min(log.length, Math.floor(cursor)));
  // Right after an earlier step's last line is that step's end, not this step's start.
  const earlier = c < base || (c === base && c > 0 && log[c - 1].step !== at.step && log[c - 1].step !== null);
  const later = c > base + at.lineCount;
  if (!earlier && !later) return { within: c - base };
  const target = c === 0 ? 0 : (log[c - 1].step ?? 0);
  const first = log.findIndex((e) => e.step === target);
  const targetBase = first < 0 ? c : first + (scenario.steps[target].actions?.length ?? 0);
  const lines = log.filter((e, i) => i >= targetBase && e.step === target).map((e) => e.line);
  return { step: target, lines, applied: Math.max(0, Math.min(lines.length, c - targetBase)) };
}
