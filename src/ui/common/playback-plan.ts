/**
 * The one playback plan: when, in real milliseconds after a command's record starts playing, each
 * of its chunks, exchanges and events is shown. The terminal and every view follow it, so a pull's
 * progress bars, the flying layers and the lifecycle's transitions keep time together. The model
 * gives virtual times; a long pull is squeezed into `MAX_PLAYBACK_MS` at 1x, and the animation
 * speed (`motion.ts`: 0 off, 0.5, 1, 2) scales the rest; `instant` shows a record at once unless
 * layers travel in it (a pull or push keeps its progress, as at 1x). Pure.
 */

import type { CommandRecord } from '../../model/client';
import type { Speed } from './prefs';

/** A pull's progress is played in at most this long at 1x, however big the image. */
export const MAX_PLAYBACK_MS = 6000;

/** The real time of a record's parts. */
export interface PlaybackPlan {
  /** Real ms per virtual ms (0: everything at once). */
  factor: number;
  /** When each chunk is shown, in the record's order (never decreasing). */
  chunkMs: number[];
  /** When the last chunk is shown (0 when all show at once). */
  totalMs: number;
}

/** The plan of a record at `speed`; `immediate` shows everything at once (Ctrl+C, a replay). */
export function planPlayback(record: CommandRecord, speed: Speed, immediate = false): PlaybackPlan {
  const offsets = record.chunks.map((c) => Math.max(0, c.at - record.at));
  const last = Math.max(0, ...offsets);
  const rate = transferSpeed(record, speed);
  const factor = immediate || rate === 0 ? 0 : Math.min(1, MAX_PLAYBACK_MS / Math.max(last, 1)) / rate;
  const chunkMs = offsets.map((o) => o * factor);
  return { factor, chunkMs, totalMs: last * factor };
}

/** The numeric speed `record` plays at: `instant` is 1x for a record where layers travel, else 0 (at once). */
export function transferSpeed(record: CommandRecord, speed: Speed): Exclude<Speed, 'instant'> {
  if (speed !== 'instant') return speed;
  return record.events.some((e) => e.type === 'image.layer.progress' || e.type === 'image.layer.pushed') ? 1 : 0;
}

/** When something that happened at virtual time `at` (an exchange, an event) is shown. */
export function realMs(plan: PlaybackPlan, record: CommandRecord, at: number): number {
  return Math.max(0, at - record.at) * plan.factor;
}

/** How many chunks are shown `elapsedMs` after playback began. */
export function chunksShownBy(plan: PlaybackPlan, elapsedMs: number): number {
  let n = 0;
  while (n < plan.chunkMs.length && plan.chunkMs[n] <= elapsedMs) n++;
  return n;
}

/** When the next chunk after the first `shown` is due (undefined when all are shown). */
export function nextChunkMs(plan: PlaybackPlan, shown: number): number | undefined {
  return shown < plan.chunkMs.length ? plan.chunkMs[shown] : undefined;
}

/** The real span of a record's layer transfers (`image.layer.progress`, `image.layer.pushed` events), as played. */
export function pullWindowMs(plan: PlaybackPlan, record: CommandRecord): number {
  // A push's layers travel the other way, on the same clock.
  const times = record.events.flatMap((e) =>
    e.type === 'image.layer.progress' || e.type === 'image.layer.pushed' ? [e.at] : [],
  );
  return times.length ? (Math.max(...times) - Math.min(...times)) * plan.factor : 0;
}

/** Steps shown one after another (a container's transitions): when step `index` starts, `stepMs` apart at 1x. */
export function staggerMs(index: number, stepMs: number, speed: Speed): number {
  return speed === 0 || speed === 'instant' ? 0 : (index * stepMs) / speed;
}
