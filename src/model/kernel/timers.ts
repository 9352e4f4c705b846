/**
 * Timers on the virtual clock: things that happen later by themselves, such as `sleep 5` exiting.
 * They are plain data, so a saved world resumes with its pending timers.
 */

/** A container's process ends on its own at `at`, unless the container was restarted since. */
export interface ContainerExitTimer {
  kind: 'container.exit';
  at: number;
  seq: number;
  host: string;
  containerId: string;
  runSeq: number;
  exitCode: number;
  /** The kernel's OOM killer ends it (the container's memory reached its limit). */
  oomKilled?: boolean;
}

/**
 * A container's process writes more output at `at` (a line after `sleep 2`, what an interactive
 * shell prints once the line it read has run), unless the container was restarted since.
 */
export interface ContainerOutputTimer {
  kind: 'container.output';
  at: number;
  seq: number;
  host: string;
  containerId: string;
  runSeq: number;
  lines: Array<{ stream: 'stdout' | 'stderr'; text: string; partial?: true }>;
}

/** An exec's process prints or exits by itself at `at` (`docker exec web sleep 5`), unless it already ended. */
export interface ExecWakeTimer {
  kind: 'exec.wake';
  at: number;
  seq: number;
  host: string;
  execId: string;
}

/** Every kind of timer. */
export type Timer = ContainerExitTimer | ContainerOutputTimer | ExecWakeTimer;

/** Inserts a timer, keeping the list ordered by time, then by insertion. */
export function scheduleTimer(timers: Timer[], timer: Timer): void {
  let i = timers.length;
  while (i > 0 && (timers[i - 1].at > timer.at || (timers[i - 1].at === timer.at && timers[i - 1].seq > timer.seq)))
    i--;
  timers.splice(i, 0, timer);
}
