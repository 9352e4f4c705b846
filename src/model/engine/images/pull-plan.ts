/**
 * The timing of a pull, as a stream of progress messages on the virtual clock. Up to
 * `maxConcurrentDownloads` layers download at once (moby's default is 3; the rest wait), and
 * layers are extracted one at a time in layer order, each after its own download completes.
 *
 * Modelling choice: the layers downloading together share the bandwidth in proportion to their
 * sizes, so a batch completes together and "Download complete" arrives in layer order, as in the
 * captured reference transcripts (golden G12, docs/reference/golden/expected.md).
 */

/** A layer the pull has to fetch. */
export interface PlannedLayer {
  /** First 12 hex of the compressed blob digest: the id Docker shows. */
  shortId: string;
  compressedSize: number;
  size: number;
}

/** One message of the pull stream, with the virtual time it is sent. */
export interface TimedMessage {
  at: number;
  message: PullMessage;
}

/** A JSON message of the `POST /images/create` stream (moby jsonmessage.JSONMessage). */
export interface PullMessage {
  status?: string;
  id?: string;
  progressDetail?: { current?: number; total?: number };
  progress?: string;
  error?: string;
  errorDetail?: { message: string };
}

/** Timing parameters of a pull. */
export interface PullTiming {
  startMs: number;
  bandwidthBytesPerSec: number;
  extractBytesPerSec: number;
  maxConcurrentDownloads: number;
}

// Progress updates per layer phase: enough for a smooth bar, few enough to keep streams small.
const PROGRESS_STEPS = 8;

/** Plans the download and extraction of `layers` (all missing), returning time-ordered messages. */
export function planLayerTransfers(layers: PlannedLayer[], timing: PullTiming): TimedMessage[] {
  const events: Array<TimedMessage & { order: number }> = [];
  let order = 0;
  const push = (at: number, message: PullMessage) => events.push({ at, message, order: order++ });
  const t0 = timing.startMs;
  const slots = Math.max(1, timing.maxConcurrentDownloads);
  for (const layer of layers) push(t0, { status: 'Pulling fs layer', progressDetail: {}, id: layer.shortId });
  for (const layer of layers.slice(slots)) push(t0, { status: 'Waiting', progressDetail: {}, id: layer.shortId });

  const downloaded: number[] = [];
  let batchStart = t0;
  for (let i = 0; i < layers.length; i += slots) {
    const batch = layers.slice(i, i + slots);
    const bytes = batch.reduce((sum, l) => sum + l.compressedSize, 0);
    const duration = (bytes / Math.max(1, timing.bandwidthBytesPerSec)) * 1000;
    for (let step = 1; step < PROGRESS_STEPS; step++) {
      for (const layer of batch) {
        const current = Math.floor((layer.compressedSize * step) / PROGRESS_STEPS);
        if (current > 0)
          push(batchStart + (duration * step) / PROGRESS_STEPS, {
            status: 'Downloading',
            progressDetail: { current, total: layer.compressedSize },
            id: layer.shortId,
          });
      }
    }
    const end = batchStart + duration;
    for (const layer of batch) {
      push(end, { status: 'Verifying Checksum', progressDetail: {}, id: layer.shortId });
      push(end, { status: 'Download complete', progressDetail: {}, id: layer.shortId });
      downloaded.push(end);
    }
    batchStart = end;
  }

  let extractFree = t0;
  layers.forEach((layer, index) => {
    const start = Math.max(downloaded[index], extractFree);
    const duration = (layer.size / Math.max(1, timing.extractBytesPerSec)) * 1000;
    for (let step = 1; step <= PROGRESS_STEPS; step++) {
      const current = Math.floor((layer.compressedSize * step) / PROGRESS_STEPS);
      push(start + (duration * (step - 0.5)) / PROGRESS_STEPS, {
        status: 'Extracting',
        progressDetail: { current, total: layer.compressedSize },
        id: layer.shortId,
      });
    }
    extractFree = start + duration;
    push(extractFree, { status: 'Pull complete', progressDetail: {}, id: layer.shortId });
  });

  events.sort((a, b) => a.at - b.at || a.order - b.order);
  return events.map(({ at, message }) => ({ at: Math.round(at), message }));
}
