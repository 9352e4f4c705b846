/** D3 render functions of the architecture view: the boxes, and the messages that fly between them. */

import { fitText, stateColor, type AnySelection } from '../d3-helpers';
import { fitInto } from '../fit-into';
import { DAEMON_PARTS, type ArchBox, type ArchitectureLayout, type DaemonPart } from './architecture-layout';

/** One line inside a daemon part. */
export interface PartItem {
  label: string;
  state?: string;
}

/** What the boxes show, with the words already in the reader's language. */
export interface ArchModel {
  daemonRunning: boolean;
  parts: Record<DaemonPart, { title: string; items: PartItem[]; count: number }>;
  registries: Array<{ host: string; label: string }>;
  activeRegistry: string | undefined;
  words: {
    client: string;
    clientSub: string;
    api: string;
    apiSub: string;
    daemon: string;
    running: string;
    stopped: string;
    registries: string;
    more: (n: number) => string;
  };
}

interface RegistryDatum {
  b: ArchBox;
  r: { host: string; label: string };
}

function box(g: AnySelection, cls: string, b: ArchBox): AnySelection {
  let sel: AnySelection = g.select(`g.${cls}`);
  if (sel.empty()) {
    sel = g.append('g').attr('class', `box ${cls}`);
    sel.append('rect').attr('class', 'frame');
  }
  sel.attr('transform', `translate(${b.x},${b.y})`);
  sel.select('rect.frame').attr('width', b.w).attr('height', b.h).attr('rx', 8);
  return sel;
}

function lines(
  sel: AnySelection,
  cls: string,
  rows: Array<{ text: string; x: number; y: number; anchor?: string }>,
): void {
  sel
    .selectAll(`text.${cls}`)
    .data(rows)
    .join('text')
    .attr('class', cls)
    .attr('x', (d: { x: number }) => d.x)
    .attr('y', (d: { y: number }) => d.y)
    .attr('text-anchor', (d: { anchor?: string }) => d.anchor ?? 'start')
    .text((d: { text: string }) => d.text);
}

/** Draws the client, the API, the daemon with its parts, and the registries. */
export function renderBoxes(g: AnySelection, layout: ArchitectureLayout, model: ArchModel): void {
  const w = model.words;
  const client = box(g, 'client', layout.client);
  lines(client, 'title', [
    { text: w.client, x: layout.client.w / 2, y: 38, anchor: 'middle' },
    { text: w.clientSub, x: layout.client.w / 2, y: 58, anchor: 'middle' },
  ]);
  const api = box(g, 'api', layout.api);
  lines(api, 'title', [
    { text: w.api, x: layout.api.w / 2, y: 22, anchor: 'middle' },
    { text: w.apiSub, x: layout.api.w / 2, y: 40, anchor: 'middle' },
  ]);
  const daemon = box(g, 'daemon', layout.daemon).classed('stopped', !model.daemonRunning);
  const status = model.daemonRunning ? w.running : w.stopped;
  lines(daemon, 'status', [{ text: status, x: layout.daemon.w - 12, y: 24, anchor: 'end' }]);
  lines(daemon, 'title', [{ text: w.daemon, x: 12, y: 24 }]);
  // On a narrow page the title gives way to the status, which is the point of the box.
  const statusNode = daemon.select('text.status').node() as SVGTextElement | null;
  const statusPx = statusNode?.getComputedTextLength?.() || status.length * 7.2;
  const title = daemon.select('text.title').node() as SVGTextElement | null;
  if (title) fitInto(title, w.daemon, layout.daemon.w - 36 - statusPx, 7.4);
  for (const id of DAEMON_PARTS) renderPart(daemon, layout, id, model);
  const regs: AnySelection = g.select('g.registries').empty()
    ? g.append('g').attr('class', 'registries')
    : g.select('g.registries');
  const first = layout.registries[0];
  lines(regs, 'heading', first ? [{ text: w.registries, x: first.x, y: first.y - 8 }] : []);
  const join = regs
    .selectAll<SVGGElement, RegistryDatum>('g.registry')
    .data(
      layout.registries.map((b, i): RegistryDatum => ({ b, r: model.registries[i] })),
      (d: RegistryDatum) => d.b.id,
    )
    .join((enter: AnySelection) => {
      const e = enter.append('g').attr('class', 'box registry');
      e.append('rect').attr('class', 'frame').attr('rx', 6);
      e.append('text').attr('class', 'name');
      e.append('text').attr('class', 'host');
      return e;
    });
  join
    .attr('transform', (d: RegistryDatum) => `translate(${d.b.x},${d.b.y})`)
    .attr('data-registry', (d: RegistryDatum) => d.b.id)
    .classed('active', (d: RegistryDatum) => d.b.id === model.activeRegistry);
  join
    .select('rect')
    .attr('width', (d: RegistryDatum) => d.b.w)
    .attr('height', (d: RegistryDatum) => d.b.h);
  const twoLines = (d: RegistryDatum) => d.b.h >= 34;
  join
    .select('text.name')
    .attr('x', 8)
    .attr('y', (d: RegistryDatum) => (twoLines(d) ? d.b.h / 2 - 2 : d.b.h / 2 + 4))
    .text((d: RegistryDatum) => fitText(d.r.label, d.b.w - 14, 7.4));
  join
    .select('text.host')
    .attr('x', 8)
    .attr('y', (d: RegistryDatum) => d.b.h / 2 + 12)
    .text((d: RegistryDatum) => (twoLines(d) ? fitText(d.r.host, d.b.w - 14, 6.4) : ''));
}

function renderPart(daemon: AnySelection, layout: ArchitectureLayout, id: DaemonPart, model: ArchModel): void {
  const b = layout.parts[id];
  const rel = { ...b, x: b.x - layout.daemon.x, y: b.y - layout.daemon.y };
  const part = box(daemon, `part-${id}`, rel).attr('data-part', id);
  const info = model.parts[id];
  const count = ` (${info.count})`;
  lines(part, 'title', [{ text: info.title, x: 10, y: 20 }]);
  // The count stays whole; a long word gives way on a narrow page.
  const title = part.select('text.title').node() as SVGTextElement | null;
  if (title) fitInto(title, info.title, b.w - 16, 6.8, count);
  const room = Math.max(0, Math.floor((b.h - 30) / 17));
  const shown = info.items.length > room ? info.items.slice(0, Math.max(0, room - 1)) : info.items;
  const rows = shown.map((it, i) => ({ ...it, y: 40 + i * 17 }));
  if (shown.length < info.items.length)
    rows.push({ label: model.words.more(info.items.length - shown.length), y: 40 + shown.length * 17 });
  const join = part
    .selectAll('g.item')
    .data(rows)
    .join((enter: AnySelection) => {
      const e = enter.append('g').attr('class', 'item');
      e.append('circle').attr('r', 4.5);
      e.append('text');
      return e;
    });
  join.attr('transform', (d: { y: number }) => `translate(12,${d.y})`);
  join
    .select('circle')
    .attr('cx', 4)
    .attr('cy', -4)
    .attr('display', (d: PartItem) => (d.state ? null : 'none'))
    .attr('fill', (d: PartItem) => stateColor(d.state ?? ''));
  join
    .select('text')
    .attr('x', (d: PartItem) => (d.state ? 14 : 0))
    .text((d: PartItem) => fitText(d.label, b.w - 34, 7));
}

/** A message that flies along a lane. */
export interface Flight {
  label: string;
  kind: 'request' | 'ok' | 'error' | 'layer' | 'exists' | 'refused';
  from: [number, number];
  to: [number, number];
  delay: number;
  duration: number;
  /** How long the chip stays at its destination before fading. */
  linger?: number;
}

/** Flies messages between boxes; earlier flights are interrupted and cleared first. */
export function renderFlights(g: AnySelection, flights: Flight[]): void {
  g.selectAll('g.flight').interrupt('fly').remove();
  for (const f of flights) {
    const chip: AnySelection = g
      .append('g')
      .attr('class', `flight ${f.kind}`)
      .attr('opacity', 0)
      .attr('transform', `translate(${f.from[0]},${f.from[1]})`);
    const width = Math.max(36, f.label.length * 6.9 + 14);
    chip
      .append('rect')
      .attr('x', -width / 2)
      .attr('y', -10)
      .attr('width', width)
      .attr('height', 20)
      .attr('rx', 10);
    chip.append('text').attr('text-anchor', 'middle').attr('y', 4).text(f.label);
    const t = chip
      .transition('fly')
      .delay(f.delay)
      .duration(Math.min(120, f.duration / 4))
      .attr('opacity', 1);
    t.transition()
      .duration(f.duration)
      .attr('transform', `translate(${f.to[0]},${f.to[1]})`)
      .transition()
      .delay(f.linger ?? 250)
      .duration(200)
      .attr('opacity', 0)
      .remove();
  }
}
