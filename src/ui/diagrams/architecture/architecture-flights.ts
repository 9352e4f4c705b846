/**
 * Pure planning of the architecture animation for one command: each API request flies from the
 * client to the daemon and its status flies back; a pull sends its new layers from the registry
 * to the daemon, and marks the layers the daemon already had as "Already exists".
 */

import { type HostState, parseNormalizedNamed } from '../../../model';
import type { CommandRecord } from '../../../model/client';
import type { ArchBox, ArchitectureLayout } from './architecture-layout';
import type { Flight } from './architecture-render';
import { daemonDock } from './architecture-hosts-render';
import { planPush, pushedRegistry } from './architecture-push';

/** Timing of the plan, in milliseconds of wall time (already scaled by the animation speed). */
export interface FlightTiming {
  hop: number;
  /** Wall time for a pull's whole transfer. */
  pull: number;
}

/** The registry a command pulled from (its reference domain), if it pulled. */
export function pulledRegistry(record: CommandRecord): string | undefined {
  for (const e of record.events) {
    if (e.type !== 'image.pulled') continue;
    const parsed = parseNormalizedNamed(e.reference);
    if (parsed.ok) return parsed.ref.domain;
  }
  return undefined;
}

const short = (digest: string) => digest.replace(/^sha256:/, '').slice(0, 12);

/** The registry a command pulled from or pushed to, which lights up while it runs. */
export function activeRegistryOf(record: CommandRecord): string | undefined {
  return pulledRegistry(record) ?? pushedRegistry(record);
}

/**
 * The flights of one command; `host` is the host its docker client talked to (the record's
 * `host`), whose daemon the layers leave (a push) or reach (a pull).
 */
export function planFlights(
  record: CommandRecord,
  layout: ArchitectureLayout,
  host: HostState,
  timing: FlightTiming,
  words: { exists: string; refused: string },
): Flight[] {
  const flights: Flight[] = [];
  const clientOut: [number, number] = [layout.client.x + layout.client.w, layout.requestY];
  const daemonIn: [number, number] = [layout.daemon.x, layout.requestY];
  const daemonOut: [number, number] = [layout.daemon.x, layout.responseY];
  const clientIn: [number, number] = [layout.client.x + layout.client.w, layout.responseY];
  const mid = (a: [number, number], b: [number, number]): [number, number] => [(a[0] + b[0]) / 2, a[1]];
  const inset = (p: [number, number], dx: number): [number, number] => [p[0] + dx, p[1]];
  let t = 0;
  if (record.action === undefined && !record.daemonRunning && record.exchanges.length === 0 && record.exitCode !== 0) {
    // Nobody answers: the request stops at the API, where the socket is closed.
    flights.push({
      label: words.refused,
      kind: 'refused',
      from: inset(clientOut, 40),
      to: mid(clientOut, [layout.api.x + layout.api.w / 2, layout.requestY]),
      delay: 0,
      duration: timing.hop,
      linger: 900,
    });
    return flights;
  }
  const registry = activeRegistryOf(record);
  const regBox = layout.registries.find((b) => b.id === registry);
  for (const x of record.exchanges) {
    const label = `${x.method} ${x.path}`;
    flights.push({
      label,
      kind: 'request',
      from: inset(clientOut, 60),
      to: inset(daemonIn, -60),
      delay: t,
      duration: timing.hop,
    });
    t += timing.hop;
    if (x.method === 'POST' && x.path === '/images/create' && x.status === 200 && regBox)
      t = planPull(flights, record, host, layout, regBox, t, timing, words);
    if (x.method === 'POST' && /^\/images\/.+\/push$/.test(x.path) && x.status === 200 && regBox)
      t = planPush(flights, record, layout, regBox, t, timing);
    flights.push({
      label: String(x.status),
      kind: x.status >= 400 ? 'error' : 'ok',
      from: inset(daemonOut, -30),
      to: inset(clientIn, 30),
      delay: t,
      duration: timing.hop,
    });
    t += timing.hop * 0.6;
  }
  return flights;
}

function planPull(
  flights: Flight[],
  record: CommandRecord,
  host: HostState,
  layout: ArchitectureLayout,
  regBox: ArchBox,
  t0: number,
  timing: FlightTiming,
  words: { exists: string },
): number {
  const images = layout.parts.images;
  const target = daemonDock(layout, host.name);
  const other = layout.others.find((b) => b.id === host.name);
  // Another host stands right of the registries: its layers leave the registry's right side.
  const start: [number, number] = [other ? regBox.x + regBox.w + 10 : regBox.x - 10, regBox.y + regBox.h / 2];
  const progress = record.events.filter((e) => e.type === 'image.layer.progress');
  const pulled = record.events.find((e) => e.type === 'image.pulled');
  const image = pulled && pulled.type === 'image.pulled' ? host.images[pulled.imageId] : undefined;
  // A layer is new in this command when the record has its `layer.stored` event; the others were there.
  const stored = new Set(record.events.flatMap((e) => (e.type === 'layer.stored' ? [e.chainId] : [])));
  const existing = (image?.layers ?? []).filter((l) => !stored.has(l));
  // "Already exists" marks sit along the bottom of the Images box, clear of its list.
  existing.forEach((chain, i) => {
    const id = short(host.layers[chain]?.blobDigest ?? chain);
    const at: [number, number] = other
      ? [other.x + other.w / 2, other.y + other.h - 14 - i * 22]
      : [images.x + images.w / 2, images.y + images.h - 16 - i * 24];
    flights.push({
      label: `${id} ${words.exists}`,
      kind: 'exists',
      from: at,
      to: at,
      delay: t0,
      duration: timing.hop,
      linger: timing.pull + 900,
    });
  });
  if (progress.length === 0) return t0;
  const first = Math.min(...progress.map((e) => (e.type === 'image.layer.progress' ? e.at : 0)));
  const last = Math.max(...progress.map((e) => (e.type === 'image.layer.progress' ? e.at : 0)));
  const span = Math.max(1, last - first);
  const byLayer = new Map<string, { start: number; end: number }>();
  for (const e of progress) {
    if (e.type !== 'image.layer.progress') continue;
    const r = byLayer.get(e.layerId) ?? { start: e.at, end: e.at };
    r.start = Math.min(r.start, e.at);
    if (e.status === 'Download complete' || e.status === 'Pull complete') r.end = Math.max(r.end, e.at);
    byLayer.set(e.layerId, r);
  }
  // The terminal plays the same progress from the command's start: the transfers are squeezed into
  // what is left of it after the requests, so both finish together.
  const window = Math.max(timing.hop * 2, timing.pull - t0);
  let k = 0;
  for (const [id, r] of byLayer) {
    const delay = t0 + ((r.start - first) / span) * window;
    const duration = Math.max(timing.hop * 0.6, ((Math.max(r.end, r.start + 1) - r.start) / span) * window);
    const lane = (k++ % 5) * 16 - 32;
    flights.push({
      label: id,
      kind: 'layer',
      from: [start[0], start[1] + lane],
      to: [target[0], target[1] + lane + 20],
      delay,
      duration,
      linger: 150,
    });
  }
  return t0 + window;
}
