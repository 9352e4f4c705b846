// `docker stats` without --no-stream keeps the terminal: every 500 ms of the client's clock it
// redraws the table (docker/cli 28.2.2 RunStats' ticker), from the frames the daemon streamed meanwhile.
import type { ForegroundJob } from '../../docker/foreground-job';
import type { Output } from '../../docker/output';
import { collectUpTo, stopCollector, type StatsCollector } from './stats-collector';

/** RunStats' `time.NewTicker(500 * time.Millisecond)`. */
export const REFRESH_MS = 500;
// When much time passed at once, only the last refreshes are written: the screen ends the same.
const MAX_REFRESHES_PER_FOLLOW = 20;

/** What the job needs from its command: the rows, and how to render and refresh them. */
export interface StatsJobParts {
  collectors: StatsCollector[];
  /** The redraw of the rows (escape sequences included) as the client writes it. */
  render(collectors: readonly StatsCollector[]): string;
  /** Brings the list of rows up to date before a refresh (containers started or stopped since). */
  refreshList?(collectors: StatsCollector[]): void;
  /** The time of the next refresh. */
  nextAt: number;
  now(): number;
}

/**
 * The running `docker stats`. Ctrl+C ends it without a word and exit status 0 (the cancelled
 * context ends RunStats, and main exits quietly on a cancellation).
 */
export function statsJob(parts: StatsJobParts): ForegroundJob {
  let nextAt = parts.nextAt;
  let ended = false;
  const end = () => {
    ended = true;
    for (const c of parts.collectors) stopCollector(c);
  };
  return {
    readsInput: false,
    rawInput: false,
    input: () => undefined,
    follow(out: Output) {
      if (ended) return 0;
      const now = parts.now();
      if (now - nextAt > MAX_REFRESHES_PER_FOLLOW * REFRESH_MS)
        nextAt += Math.floor((now - nextAt) / REFRESH_MS - MAX_REFRESHES_PER_FOLLOW + 1) * REFRESH_MS;
      while (nextAt <= now) {
        parts.refreshList?.(parts.collectors);
        for (const c of parts.collectors) collectUpTo(c, nextAt);
        out.out(parts.render(parts.collectors), nextAt);
        nextAt += REFRESH_MS;
      }
      return undefined;
    },
    wakeAt: () => (ended ? undefined : nextAt),
    interrupt() {
      end();
      return 0;
    },
    close: end,
  };
}
