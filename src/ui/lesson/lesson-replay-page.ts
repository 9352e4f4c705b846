/**
 * Replays a lesson position for the page: the model's replay (start, the steps before, entering the
 * current step, then the session's lines), each line's `CommandRecord` as the shell gave it, with its
 * events and whole exchanges (bodies included), as the terminal and API log show them.
 */

// A lesson replays its lines at once: docker compose must be plugged in (the lesson chunk brings it).
import '../../model/compose';
import type { Scenario, Locale } from '../../model';
import {
  runAction,
  runLine,
  startLesson,
  stepLines,
  type LessonWorld,
  type CommandRecord,
  type ShellState,
} from '../../model/client';

/** A line of the session that is a page action, not a shell line (the header's daemon switch). */
const DAEMON_LINE = /^#daemon (start|stop)$/;

/** What the page's session takes from a replay: the world and the records of the lines run. */
export interface PageReplay {
  lw: LessonWorld;
  /** The records of the session's lines (the start's silent lines and step actions have none), numbered from 1. */
  records: CommandRecord[];
  /** How many log entries come before the current step's own lines (start, steps before, entering). */
  base: number;
  /** Where the replay's shell stood (`cd halo` in an earlier step): the page's shell goes on from there. */
  shell: ShellState;
}

/** Runs one session line (a shell line or `#daemon start|stop`) in a replayed lesson. */
export function runSessionLine(lw: LessonWorld, line: string, step: number | null): CommandRecord {
  const daemon = DAEMON_LINE.exec(line);
  if (daemon) return runAction(lw, { daemon: daemon[1] as 'start' | 'stop' }, step);
  return runLine(lw, line, step);
}

/**
 * The world of `step` (0-based) with `lines` run in it: steps [0, step) run whole, the step's
 * actions run (entering it), then `lines`. Deterministic: the same arguments give the same world.
 */
export function replayPosition(
  scenario: Scenario,
  step: number,
  lines: readonly string[],
  locale: Locale = 'en',
  cols = 80,
): PageReplay {
  const lw = startLesson(scenario, locale);
  // The page's terminal is a tty: replayed lines print what they printed when typed there.
  lw.terminal = { cols };
  const records: CommandRecord[] = [];
  const run = (line: string, index: number): void => {
    const record = runSessionLine(lw, line, index);
    // The page draws the daemon switch from its action's kind, as when the header's switch is used.
    records.push(record.action ? { ...record, action: { kind: 'daemon', ...record.action } } : record);
  };
  const last = Math.max(0, Math.min(step, scenario.steps.length - 1));
  for (let i = 0; i < last; i++) {
    for (const action of scenario.steps[i].actions ?? []) runAction(lw, action, i);
    for (const line of stepLines(scenario.steps[i])) run(line, i);
  }
  for (const action of scenario.steps[last]?.actions ?? []) runAction(lw, action, last);
  const base = lw.log.length;
  for (const line of lines) run(line, last);
  return { lw, records, base, shell: lw.shell.state() };
}
