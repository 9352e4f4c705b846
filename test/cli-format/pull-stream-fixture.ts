// A daemon pull stream shaped like moby's (distribution/pull_v2.go, xfer/download.go): every
// layer announced, layers past the third waiting for a download slot, interleaved progress,
// extraction in layer order. Sizes are the catalog's compressed sizes.
import type { JsonMessage } from '../../src/model/cli/format/jsonmessage';
import { humanSize } from '../../src/model/kernel/go-units';

/** A layer to pull: its short blob ID and compressed size. */
export interface FixtureLayer {
  id: string;
  size: number;
}

/** nginx:latest's seven layers (catalog.json). */
export const nginxLayers: FixtureLayer[] = [
  { id: 'd3ce05dfd4ee', size: 28_230_000 },
  { id: '04fa1f793380', size: 41_800_000 },
  { id: '11e6bd3b64dd', size: 628 },
  { id: '8fdc1d24c421', size: 955 },
  { id: '0f0c92bb87f8', size: 405 },
  { id: '6c7065327e10', size: 1210 },
  { id: 'b2c8944caab0', size: 1400 },
];

/** The daemon's own pre-rendered bar (it renders as if 200 columns wide). */
function daemonBar(current: number, total: number): string {
  const p = Math.min(50, Math.trunc(Math.trunc((current / total) * 100) / 2));
  return `[${'='.repeat(p)}>${' '.repeat(50 - p)}] ${humanSize(current).padStart(8)}/${humanSize(total)}`;
}

function progress(status: string, id: string, current: number, total: number): JsonMessage {
  return { status, progressDetail: { current, total }, progress: daemonBar(current, total), id };
}

/** The full message sequence of a first pull of `repo:tag` with the given layers. */
export function pullMessages(
  repo: string,
  tag: string,
  digest: string,
  layers: readonly FixtureLayer[],
  steps = 4,
): JsonMessage[] {
  const out: JsonMessage[] = [{ status: `Pulling from ${repo}`, id: tag }];
  for (const l of layers) out.push({ status: 'Pulling fs layer', progressDetail: {}, id: l.id });
  layers.slice(3).forEach((l) => out.push({ status: 'Waiting', progressDetail: {}, id: l.id }));
  const queue = [...layers];
  const active: { layer: FixtureLayer; step: number }[] = queue.splice(0, 3).map((layer) => ({ layer, step: 0 }));
  while (active.length > 0) {
    for (const a of [...active]) {
      a.step++;
      const current = Math.min(a.layer.size, Math.round((a.layer.size * a.step) / steps));
      if (a.step < steps) {
        out.push(progress('Downloading', a.layer.id, current, a.layer.size));
        continue;
      }
      out.push({ status: 'Verifying Checksum', progressDetail: {}, id: a.layer.id });
      out.push({ status: 'Download complete', progressDetail: {}, id: a.layer.id });
      active.splice(active.indexOf(a), 1);
      const next = queue.shift();
      if (next) active.push({ layer: next, step: 0 });
    }
  }
  for (const l of layers) {
    for (let s = 1; s < steps; s++) out.push(progress('Extracting', l.id, Math.round((l.size * s) / steps), l.size));
    out.push(progress('Extracting', l.id, l.size, l.size));
    out.push({ status: 'Pull complete', progressDetail: {}, id: l.id });
  }
  out.push({ status: `Digest: ${digest}` });
  out.push({ status: `Status: Downloaded newer image for ${repo.replace(/^library\//, '')}:${tag}` });
  return out;
}

/** The stream of `docker pull nginx` on an empty daemon (golden G03, docs/reference/golden/expected.md). */
export function nginxPullMessages(): JsonMessage[] {
  return pullMessages(
    'library/nginx',
    'latest',
    'sha256:0d5a35d6c34267997e3e44cdd1ded08d065fca45deb0ac87216b2c8df96c4dda',
    nginxLayers,
  );
}
