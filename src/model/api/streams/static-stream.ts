/**
 * A stream body whose frames are all known when the answer is made: a pull's progress (timed on
 * the virtual clock by the puller) and a container's logs. The first read gives every frame.
 */

import type { StreamBody, StreamFrame } from '../types';

/** A body that gives `frames` at the first read and ends (cancelled when the deadline cut it). */
export function staticStream(format: StreamBody['format'], frames: StreamFrame[], cancelled = false): StreamBody {
  let left: StreamFrame[] | undefined = frames;
  return {
    format,
    read() {
      const sent = left ?? [];
      left = undefined;
      return cancelled ? { frames: sent, done: true, cancelled } : { frames: sent, done: true };
    },
    wakeAt: () => undefined,
    close() {
      left = undefined;
    },
  };
}
