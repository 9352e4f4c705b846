/**
 * Pure planning of a push in the architecture view: the layers the registry lacked (`Pushed`) fly
 * from the daemon that pushed to the registry; those it had (`Layer already exists`) stay at the
 * daemon, marked; a cross-repository mount (`Mounted from library/alpine`) is marked at the
 * registry, since no bytes travelled. Read from the record's `image.layer.pushed` events.
 */

import type { CommandRecord } from '../../../model/client';
import type { ArchBox, ArchitectureLayout } from './architecture-layout';
import type { Flight } from './architecture-render';
import type { FlightTiming } from './architecture-flights';
import { daemonDock } from './architecture-hosts-render';

/** The host whose daemon the record's docker commands talked to, or undefined for the page's host. */
export function recordHost(record: CommandRecord): string | undefined {
  return record.host;
}

/** The registry a command pushed to (the reference domain its events name), if it pushed. */
export function pushedRegistry(record: CommandRecord): string | undefined {
  for (const e of record.events) if (e.type === 'image.layer.pushed' || e.type === 'image.pushed') return e.registry;
  return undefined;
}

/** One layer of a push as the diagram tells it. */
export interface PushedLayer {
  layerId: string;
  /** `sent`: its bytes travelled; `exists`: the registry had it; `mounted`: mounted from another repository. */
  fate: 'sent' | 'exists' | 'mounted';
  status: string;
  at: number;
}

/** The layers of a push, in the order the registry answered for them (the last word per layer wins). */
export function pushedLayers(record: CommandRecord): PushedLayer[] {
  const byId = new Map<string, PushedLayer>();
  for (const e of record.events) {
    if (e.type !== 'image.layer.pushed') continue;
    const fate = e.status === 'Pushed' ? 'sent' : e.status.startsWith('Mounted from') ? 'mounted' : 'exists';
    byId.set(e.layerId, { layerId: e.layerId, fate, status: e.status, at: e.at });
  }
  return [...byId.values()];
}

/** Adds the flights of a push that started at `t0`; returns when its transfers end. */
export function planPush(
  flights: Flight[],
  record: CommandRecord,
  layout: ArchitectureLayout,
  regBox: ArchBox,
  t0: number,
  timing: FlightTiming,
): number {
  const layers = pushedLayers(record);
  if (layers.length === 0) return t0;
  const other = layout.others.find((b) => b.id === recordHost(record));
  const from = daemonDock(layout, recordHost(record));
  // The registry stands right of the daemon shown and left of any other host.
  const to: [number, number] = [other ? regBox.x + regBox.w - 20 : regBox.x + 20, regBox.y + regBox.h / 2];
  const sent = layers.filter((l) => l.fate === 'sent');
  const first = Math.min(...layers.map((l) => l.at));
  const last = Math.max(...layers.map((l) => l.at));
  const span = Math.max(1, last - first);
  const window = Math.max(timing.hop * 2, timing.pull - t0);
  const images = layout.parts.images;
  layers
    .filter((l) => l.fate !== 'sent')
    .forEach((l, i) => {
      const at: [number, number] =
        l.fate === 'mounted'
          ? [regBox.x + regBox.w / 2, regBox.y + regBox.h + 12 + i * 22]
          : other
            ? [other.x + other.w / 2, other.y + other.h - 14 - i * 22]
            : [images.x + images.w / 2, images.y + images.h - 16 - i * 24];
      flights.push({
        // Docker's own words, as the terminal prints them beside the layer.
        label: `${l.layerId} ${l.status}`,
        kind: 'exists',
        from: at,
        to: at,
        delay: t0,
        duration: timing.hop,
        linger: window + 900,
      });
    });
  sent.forEach((l, k) => {
    // Each layer lands when the registry answered `Pushed` for it; it set off a share of the window before.
    const end = t0 + ((l.at - first) / span) * window;
    const duration = Math.max(timing.hop * 0.6, window / Math.max(2, sent.length));
    const lane = (k % 5) * 16 - 32;
    flights.push({
      label: l.layerId,
      kind: 'layer',
      from: [from[0], from[1] + lane],
      to: [to[0], to[1] + lane / 2],
      delay: Math.max(t0, end - duration),
      duration,
      linger: 150,
    });
  });
  return t0 + window;
}
