/**
 * The page-wide animation speed (off, instant, 0.5x, 1x, 2x). Views ask it how long an animation
 * should take; with speed 0 or instant they jump straight to the end state (instant still lets a
 * pull's layers travel: `transferSpeed`).
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

/** Whether views jump to their end state (animation off, or results at once). */
export function animationOff(): boolean {
  return speed === 0 || speed === 'instant';
}

/** How long an animation of `ms` at 1x takes now; 0 when animation is off or instant. */
export function scaled(ms: number): number {
  return speed === 0 || speed === 'instant' ? 0 : ms / speed;
}
