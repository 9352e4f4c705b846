/**
 * The timing of a push's layers on the virtual clock (moby distribution/xfer/upload.go): every
 * layer says `Preparing`, those beyond the `maxConcurrentUploads` slots (moby's default 5) say
 * `Waiting`; a layer the repository has says `Layer already exists`, one another repository has is
 * mounted (`Mounted from library/alpine`: no bytes travel), and the rest upload with `Pushing`
 * progress against the layer's size, then `Pushed`.
 *
 * Modelling choice: the uploads running together share the bandwidth equally, and a slot frees when
 * its layer is done, so a small layer finishes first.
 */
import type { PullMessage, TimedMessage } from './pull-plan';

/** What happens to one layer of a push. */
export type LayerPushKind = { kind: 'exists' } | { kind: 'mount'; from: string } | { kind: 'upload' };

/** One layer the push goes through, top layer first as moby lists them. */
export interface PlannedPush {
  /** First 12 hex of the layer's diffID: the id a push shows (pushDescriptor.ID). */
  shortId: string;
  /** The layer's size, what `Pushing` counts against (moby's progress reader over the tar). */
  size: number;
  /** Bytes that travel (the compressed blob). */
  compressedSize: number;
  action: LayerPushKind;
}

/** Timing parameters of a push. */
export interface PushTiming {
  startMs: number;
  bandwidthBytesPerSec: number;
  maxConcurrentUploads: number;
}

/** moby's default `max-concurrent-uploads`. */
export const MAX_CONCURRENT_UPLOADS = 5;

// Progress updates per upload: enough for a smooth bar, few enough to keep streams small.
const PROGRESS_STEPS = 8;
// A HEAD or a mount is a round trip, not a transfer.
const ROUND_TRIP_MS = 120;

/** The final status of a layer that did not upload. */
function doneStatus(action: LayerPushKind): string {
  if (action.kind === 'exists') return 'Layer already exists';
  if (action.kind === 'mount') return `Mounted from ${action.from}`;
  return 'Pushed';
}

/** Plans the layers of one push; returns the time-ordered messages and when the last layer is done. */
export function planLayerPushes(layers: PlannedPush[], timing: PushTiming): { messages: TimedMessage[]; end: number } {
  const events: Array<TimedMessage & { order: number }> = [];
  let order = 0;
  const push = (at: number, message: PullMessage) => events.push({ at, message, order: order++ });
  const t0 = timing.startMs;
  const slots = Math.max(1, timing.maxConcurrentUploads);
  for (const layer of layers) push(t0, { status: 'Preparing', progressDetail: {}, id: layer.shortId });
  for (const layer of layers.slice(slots)) push(t0, { status: 'Waiting', progressDetail: {}, id: layer.shortId });

  // Each slot runs one layer after another; an upload's rate is the bandwidth shared by the slots in use.
  const sharing = Math.max(1, Math.min(slots, layers.filter((l) => l.action.kind === 'upload').length));
  const rate = Math.max(1, timing.bandwidthBytesPerSec) / sharing;
  const free = new Array<number>(slots).fill(t0);
  let end = t0;
  for (const layer of layers) {
    const slot = free.indexOf(Math.min(...free));
    const start = free[slot];
    let done = start + ROUND_TRIP_MS;
    if (layer.action.kind === 'upload') {
      const duration = (layer.compressedSize / rate) * 1000;
      for (let step = 1; step <= PROGRESS_STEPS; step++) {
        push(start + (duration * step) / (PROGRESS_STEPS + 1), {
          status: 'Pushing',
          progressDetail: { current: Math.floor((layer.size * step) / PROGRESS_STEPS), total: layer.size },
          id: layer.shortId,
        });
      }
      done = start + ROUND_TRIP_MS + duration;
    }
    push(done, { status: doneStatus(layer.action), progressDetail: {}, id: layer.shortId });
    free[slot] = done;
    end = Math.max(end, done);
  }
  events.sort((a, b) => a.at - b.at || a.order - b.order);
  return { messages: events.map(({ at, message }) => ({ at: Math.round(at), message })), end: Math.round(end) };
}
