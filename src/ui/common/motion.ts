/**
 * The page-wide animation speed (off, 0.5x, 1x, 2x). Views ask it how long an animation should
 * take; with speed 0 they jump straight to the end state.
 */

import type { Speed } from './prefs';

let speed: Speed = 1;

/** Sets the animation speed. */
export function setSpeed(value: Speed): void {
  speed = value;
}

/** The animation speed. */
export function getSpeed(): Speed {
  return speed;
}

/** How long an animation of `ms` at 1x takes now; 0 when animation is off. */
export function scaled(ms: number): number {
  return speed === 0 ? 0 : ms / speed;
}
