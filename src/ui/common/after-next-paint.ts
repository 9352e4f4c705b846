/** Scheduling work behind the browser's next paint. */

/** Runs after the next paint, so the terminal's output is on screen before heavier work starts. */
export function afterNextPaint(fn: () => void): void {
  requestAnimationFrame(() => setTimeout(fn, 0));
}
