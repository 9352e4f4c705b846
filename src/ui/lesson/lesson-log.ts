/**
 * The lesson log's pure parts: a command the page ran as a log entry (what goals and replays
 * read), and where a cursor on the timeline lands.
 */

import type { Scenario } from '../../model/lesson/scenario';
import type { CommandRecord as LogRecord, OutputChunk } from '../../model/cli/shell/command-record';
import type { CommandRecord } from '../app/session-types';

/** A finished command of the session as a record of the lesson's log, at `atMs` of the world's clock. */
export function logEntryOf(record: CommandRecord, step: number, atMs: number): LogRecord {
  // The daemon switch is not a typed line: it is logged as the step action it replays as.
  const daemon = record.line === '';
  const line = daemon ? `#daemon ${record.daemonRunning ? 'stop' : 'start'}` : record.line;
  const entry: LogRecord = {
    id: record.id,
    line,
    at: atMs,
    cols: 80,
    tty: true,
    chunks: chunksOf(record.output ?? [], record.stderr ?? '', atMs),
    exitCode: record.exitCode,
    exchanges: record.exchanges.map((x) => ({ ...x, at: atMs })),
    events: record.events,
    daemonRunning: record.daemonRunning,
    step,
  };
  if (daemon) entry.action = { daemon: record.daemonRunning ? 'stop' : 'start' };
  return entry;
}

/** The page keeps a command's screen lines and its stderr: stdout is the lines stderr did not write. */
function chunksOf(lines: readonly string[], stderr: string, at: number): OutputChunk[] {
  const left = stderr.split('\n').filter((l) => l !== '');
  const stdout = lines.filter((l) => {
    const i = left.indexOf(l);
    if (i >= 0) left.splice(i, 1);
    return i < 0;
  });
  const chunks: OutputChunk[] = [];
  if (stdout.length) chunks.push({ stream: 'stdout', text: `${stdout.join('\n')}\n`, at });
  if (stderr !== '') chunks.push({ stream: 'stderr', text: stderr, at });
  return chunks;
}

/** Where the timeline is: the log, the current step, and its own lines from `base` on. */
export interface TimelinePosition {
  log: readonly LogRecord[];
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
