/**
 * A view's timers for steps of the playback plan (`playback-plan.ts` says when): started together,
 * cancelled together when the next command starts or the view goes away.
 */

/** The clock the timers use (the browser's by default; a simulated one in tests). */
export interface TimerClock {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

const browserTimers: TimerClock = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
};

/** A set of pending steps. */
export class PlaybackTimers {
  private pending = new Set<unknown>();

  constructor(private readonly clock: TimerClock = browserTimers) {}

  /** Runs `step` `ms` from now (at once when 0). */
  at(ms: number, step: () => void): void {
    if (ms <= 0) {
      step();
      return;
    }
    const id = this.clock.setTimeout(() => {
      this.pending.delete(id);
      step();
    }, ms);
    this.pending.add(id);
  }

  /** Drops every step not yet run. */
  cancel(): void {
    for (const id of this.pending) this.clock.clearTimeout(id);
    this.pending.clear();
  }
}
