/**
 * D3 render of the world's other hosts in the architecture view: one box per host right of the
 * registries (keyed by host name, so a command changes only the text that changed), each with
 * its daemon's state, its images and containers, and a lane from the registries to it.
 */

import { fitText, type AnySelection } from '../d3-helpers';
import type { ArchBox, ArchitectureLayout } from './architecture-layout';
import type { OtherHostModel } from './architecture-model';

/** The words of an other host's box, in the reader's language. */
export interface OtherHostWords {
  running: string;
  stopped: string;
  images: (n: number) => string;
  containers: (n: number) => string;
}

interface OtherDatum {
  b: ArchBox;
  h: OtherHostModel;
  lane: { x1: number; x2: number; y: number };
}

/** Draws the other hosts' boxes and their lanes from the registries (none for a world of one host). */
export function renderOtherHosts(
  g: AnySelection,
  layout: ArchitectureLayout,
  hosts: readonly OtherHostModel[],
  words: OtherHostWords,
): void {
  const regRight = layout.registries.length
    ? Math.max(...layout.registries.map((r) => r.x + r.w))
    : layout.daemon.x + layout.daemon.w;
  const data = layout.others.flatMap((b): OtherDatum[] => {
    const h = hosts.find((x) => x.name === b.id);
    return h ? [{ b, h, lane: { x1: regRight + 4, x2: b.x - 4, y: b.y + Math.min(b.h / 2, 34) } }] : [];
  });
  const join = g
    .selectAll<SVGGElement, OtherDatum>('g.other-host')
    .data(data, (d: OtherDatum) => d.b.id)
    .join((enter: AnySelection) => {
      const e = enter.append('g').attr('class', 'other-host');
      e.append('path').attr('class', 'lane');
      const box = e.append('g').attr('class', 'box other');
      box.append('rect').attr('class', 'frame').attr('rx', 8);
      box.append('text').attr('class', 'name');
      box.append('text').attr('class', 'status');
      box.append('text').attr('class', 'count images');
      box.append('text').attr('class', 'count containers');
      return e;
    });
  join.attr('data-host', (d: OtherDatum) => d.b.id);
  join
    .select('path.lane')
    .attr('d', (d: OtherDatum) => `M${d.lane.x1},${d.lane.y} L${d.lane.x2},${d.lane.y}`)
    .attr('display', (d: OtherDatum) => (d.lane.x2 > d.lane.x1 + 8 ? null : 'none'));
  const box = join.select('g.box');
  box
    .attr('transform', (d: OtherDatum) => `translate(${d.b.x},${d.b.y})`)
    .classed('stopped', (d: OtherDatum) => !d.h.daemonRunning);
  box
    .select('rect.frame')
    .attr('width', (d: OtherDatum) => d.b.w)
    .attr('height', (d: OtherDatum) => d.b.h);
  const roomy = (d: OtherDatum) => d.b.h >= 84;
  box
    .select('text.name')
    .attr('x', 10)
    .attr('y', 20)
    .text((d: OtherDatum) => fitText(d.h.name, d.b.w - 20, 7.6));
  box
    .select('text.status')
    .attr('x', 10)
    .attr('y', 38)
    .text((d: OtherDatum) => fitText(`dockerd: ${d.h.daemonRunning ? words.running : words.stopped}`, d.b.w - 20, 6.8));
  box
    .select('text.images')
    .attr('x', 10)
    .attr('y', 56)
    .text((d: OtherDatum) => (roomy(d) ? fitText(words.images(d.h.images), d.b.w - 20, 6.8) : ''));
  box
    .select('text.containers')
    .attr('x', 10)
    .attr('y', 74)
    .text((d: OtherDatum) => (roomy(d) ? fitText(words.containers(d.h.containers), d.b.w - 20, 6.8) : ''));
}

/** Where layers leave or reach a host's daemon: its Images part for the host shown, its box for another. */
export function daemonDock(layout: ArchitectureLayout, host: string | undefined): [number, number] {
  const other = host === undefined ? undefined : layout.others.find((b) => b.id === host);
  if (other) return [other.x + 14, other.y + other.h / 2];
  const images = layout.parts.images;
  return [images.x + images.w - 50, images.y + images.h / 2];
}
