/**
 * Frames of a view taken while an animation plays: a picture every `everyMs` (real time, as the
 * page plays it), each lasting until the next was taken, until `stop()` or `maxMs`.
 */

import type { Frame } from './animated-svg';

/** How often a frame is taken (10 a second: smooth enough for a slide, small enough for a file). */
export const FRAME_MS = 100;
/** The longest capture (a pull is played in at most 6 s at 1x; a slow speed doubles that). */
export const MAX_CAPTURE_MS = 15_000;

/** A capture in progress. */
export interface Capture {
  /** Ends the capture after one last frame; resolves with the frames. */
  stop: () => Promise<Frame[]>;
  /** Resolves with the frames when the capture ends (stopped or at its limit). */
  done: Promise<Frame[]>;
}

/** When a capture ends by itself. */
export interface CaptureLimits {
  /** Never before this (the animation's planned length). */
  minMs?: number;
  /** After `minMs`, once the picture has not changed for this long. */
  stillMs?: number;
  /** At the latest. */
  maxMs?: number;
}

/** Whether the last frames, covering `stillMs`, are all the same picture. */
export function isStill(frames: readonly Frame[], stillMs: number, everyMs: number): boolean {
  const n = Math.ceil(stillMs / everyMs) + 1;
  if (frames.length < n) return false;
  const last = frames[frames.length - 1].svg;
  return frames.slice(-n).every((f) => f.svg === last);
}

/** Starts taking pictures with `snapshot`. */
export function startCapture(snapshot: () => string, limits: CaptureLimits = {}, everyMs = FRAME_MS): Capture {
  const { minMs = Infinity, stillMs = 1000, maxMs = MAX_CAPTURE_MS } = limits;
  const frames: Frame[] = [];
  const began = performance.now();
  let last = began;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let finish!: (frames: Frame[]) => void;
  const done = new Promise<Frame[]>((resolve) => (finish = resolve));
  let ended = false;
  const take = () => {
    const now = performance.now();
    if (frames.length) frames[frames.length - 1].ms = Math.max(1, Math.round(now - last));
    frames.push({ svg: snapshot(), ms: everyMs });
    last = now;
  };
  const end = () => {
    if (ended) return;
    ended = true;
    clearTimeout(timer);
    take();
    finish(frames);
  };
  const tick = () => {
    const elapsed = performance.now() - began;
    if (elapsed >= maxMs) return end();
    take();
    if (elapsed >= minMs && isStill(frames, stillMs, everyMs)) return end();
    timer = setTimeout(tick, everyMs);
  };
  tick();
  return {
    stop: () => {
      end();
      return done;
    },
    done,
  };
}
