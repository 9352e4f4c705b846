/** The few d3 pieces the views use, and helpers shared by their render functions. */

import { interrupt, select, type Selection } from 'd3';

export { select };

/** Any d3 selection the render functions pass around. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnySelection = Selection<any, any, any, any>;

/**
 * Runs `apply` on a named, interruptible transition of `ms` milliseconds, or straight on the
 * selection when animation is off.
 */
export function animate(sel: AnySelection, name: string, ms: number, apply: (s: AnySelection) => unknown): void {
  if (ms <= 0 || sel.empty()) {
    // The function form of interrupt (rather than `selection.interrupt`) also keeps d3-transition,
    // whose side effect adds `selection.transition`, in the bundle: the d3 umbrella is side-effect free.
    sel.each(function (this: Element) {
      interrupt(this, name);
    });
    apply(sel);
    return;
  }
  apply(sel.transition(name).duration(ms) as unknown as AnySelection);
}

/** Cuts `text` to fit `px` pixels of a font whose characters are about `charPx` wide. */
export function fitText(text: string, px: number, charPx = 7.2): string {
  const max = Math.floor(px / charPx);
  if (text.length <= max) return text;
  return max <= 1 ? '' : `${text.slice(0, max - 1)}…`;
}

/** The CSS colour of a container state. */
export function stateColor(state: string): string {
  const known = ['created', 'running', 'paused', 'restarting', 'exited', 'dead', 'removing'].includes(state);
  return `var(--state-${known ? state : 'exited'})`;
}
