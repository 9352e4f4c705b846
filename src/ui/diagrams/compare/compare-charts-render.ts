/** D3 drawing of the comparison's charts: the one-instance phase bars and the resource panels. */

import { fitText, select, type AnySelection } from '../d3-helpers';
import { formatDisk, formatMs, formatRam } from '../../../model/comparison';
import { PHASE_COLOURS } from './compare-layout';
import type {
  ChartTick,
  PhaseBarRow,
  PhaseBarsLayout,
  PhaseSegment,
  ResourceChartLayout,
  ResourceLine,
  ResourcePanel,
} from './compare-charts-layout';

/** The words the bars need, in the page's language. */
export interface PhaseBarWords {
  rowLabel: (row: PhaseBarRow) => string;
  phaseLabel: (segment: PhaseSegment) => string;
}

/** Draws (or updates) both bars, their phase segments (focusable, citing their parameters) and the time axis. */
export function renderPhaseBars(root: AnySelection, layout: PhaseBarsLayout, words: PhaseBarWords): void {
  const rows = root
    .selectAll<SVGGElement, PhaseBarRow>('g.bar-row')
    .data(layout.rows, (r: PhaseBarRow) => r.side)
    .join((enter) => {
      const g = enter.append('g').attr('class', (r) => `bar-row ${r.side}`);
      g.append('text').attr('class', 'row-label').attr('dy', '-0.35em');
      // Segments before the total, so Tab walks the phases and then reaches their sum.
      g.append('g').attr('class', 'segments');
      g.append('text').attr('class', 'total').attr('dy', '0.35em').attr('tabindex', 0);
      return g;
    })
    .attr('transform', (r) => `translate(0,${r.y})`)
    .attr('data-side', (r) => r.side);
  rows
    .select('text.row-label')
    .attr('x', layout.left)
    .attr('y', 0)
    .text((r) => words.rowLabel(r));
  rows
    .select('text.total')
    .attr('x', (r) => (r.segments.length ? r.segments[r.segments.length - 1].x1 : layout.left) + 6)
    .attr('y', layout.barHeight / 2)
    .attr('data-cite', (r) => r.cite.join(' '))
    .attr('data-cite-title', (r) => `${words.rowLabel(r)}: ${formatMs(r.totalMs)}`)
    .text((r) => formatMs(r.totalMs));
  const segments = rows
    .select('g.segments')
    .selectAll<SVGGElement, PhaseSegment>('g.segment')
    .data(
      (r) => r.segments,
      (s: PhaseSegment) => s.phase,
    )
    .join((enter) => {
      const g = enter.append('g').attr('class', 'segment').attr('tabindex', 0).attr('role', 'img');
      g.append('rect');
      g.append('text').attr('dy', '0.35em');
      return g;
    })
    .attr('data-phase', (s) => s.phase)
    .attr('data-cite', (s) => s.cite.join(' '))
    .attr('data-cite-title', (s) => `${words.phaseLabel(s)}: ${formatMs(s.endMs - s.startMs)}`)
    .attr('aria-label', (s) => `${words.phaseLabel(s)}: ${formatMs(s.endMs - s.startMs)}`);
  segments
    .select('rect')
    .attr('x', (s) => s.x0)
    .attr('y', 0)
    .attr('width', (s) => Math.max(1, s.x1 - s.x0))
    .attr('height', layout.barHeight)
    .attr('fill', (s) => PHASE_COLOURS[s.phase]);
  segments
    .select('text')
    .attr('x', (s) => (s.x0 + s.x1) / 2)
    .attr('y', layout.barHeight / 2)
    .text((s) => {
      // A label cut to a letter or two says nothing; the tip on focus names the phase instead.
      const text = fitText(words.phaseLabel(s), s.x1 - s.x0 - 4, 6);
      return text.endsWith('…') && text.length < 5 ? '' : text;
    });
  renderTimeAxis(root, layout.ticks, layout.left, layout.right, layout.axisY);
}

function renderTimeAxis(root: AnySelection, ticks: ChartTick[], left: number, right: number, y: number): void {
  const axis = root.selectAll('g.time-axis').data([0]).join('g').attr('class', 'time-axis');
  axis
    .selectAll('line.axis')
    .data([0])
    .join('line')
    .attr('class', 'axis')
    .attr('x1', left)
    .attr('x2', right)
    .attr('y1', y)
    .attr('y2', y);
  const last = ticks.length - 1;
  axis
    .selectAll('text.tick')
    .data(ticks, (t) => String((t as ChartTick).value))
    .join('text')
    .attr('class', 'tick')
    .attr('x', (t) => t.at)
    .attr('y', y + 13)
    .attr('text-anchor', (_t, i) => (i === 0 ? 'start' : i === last && ticks[last].at > right - 20 ? 'end' : 'middle'))
    .text((t) => formatMs(t.value));
}

let clipIds = 0;

const formatValue = (panel: ResourcePanel, v: number) => (panel.resource === 'ram' ? formatRam(v) : formatDisk(v));

/** The words the panels need, in the page's language. */
export interface ResourceWords {
  title: (panel: ResourcePanel) => string;
  capacity: (panel: ResourcePanel) => string;
}

/** Draws (or updates) both resource panels: axes, capacity, the two step lines, and the clock's hand at `clockMs`. */
export function renderResourceChart(
  root: AnySelection,
  layout: ResourceChartLayout,
  clockMs: number,
  words: ResourceWords,
): void {
  const panels = root
    .selectAll<SVGGElement, ResourcePanel>('g.panel')
    .data(layout.panels, (p: ResourcePanel) => p.resource)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'panel');
      g.append('text').attr('class', 'panel-title');
      g.append('g').attr('class', 'y-axis');
      g.append('g').attr('class', 'x-axis');
      g.append('line').attr('class', 'capacity');
      g.append('text').attr('class', 'capacity-label');
      g.append('clipPath').append('rect');
      g.append('g').attr('class', 'lines future');
      g.append('g').attr('class', 'lines past');
      g.append('line').attr('class', 'hand');
      // Ids are per shadow root in practice, but a page may hold two charts: number them.
      g.each(function (this: SVGGElement, p: ResourcePanel) {
        const id = `past-${p.resource}-${++clipIds}`;
        select(this).select('clipPath').attr('id', id);
        select(this).select('g.lines.past').attr('clip-path', `url(#${id})`);
      });
      return g;
    })
    .attr('transform', (p) => `translate(${p.x},${p.y})`)
    .attr('data-resource', (p) => p.resource);
  panels
    .select('text.panel-title')
    .attr('x', (p) => p.plot.left)
    .attr('y', 10)
    .text((p) => words.title(p));
  panels.each(function (this: SVGGElement, p: ResourcePanel) {
    const g = select(this);
    const yAxis = g.select('g.y-axis');
    yAxis
      .selectAll('line.grid')
      .data(p.yTicks, (t) => String((t as ChartTick).value))
      .join('line')
      .attr('class', 'grid')
      .attr('x1', p.plot.left)
      .attr('x2', p.plot.right)
      .attr('y1', (t) => t.at)
      .attr('y2', (t) => t.at);
    yAxis
      .selectAll('text.tick')
      .data(p.yTicks, (t) => String((t as ChartTick).value))
      .join('text')
      .attr('class', 'tick')
      .attr('x', p.plot.left - 4)
      .attr('y', (t) => t.at)
      .attr('dy', '0.35em')
      .attr('text-anchor', 'end')
      .text((t) => formatValue(p, t.value));
    renderTimeAxis(g.select('g.x-axis'), p.xTicks, p.plot.left, p.plot.right, p.plot.bottom);
  });
  panels
    .select('line.capacity')
    .attr('x1', (p) => p.plot.left)
    .attr('x2', (p) => p.plot.right)
    .attr('y1', (p) => p.capacityY)
    .attr('y2', (p) => p.capacityY);
  panels
    .select('text.capacity-label')
    .attr('x', (p) => p.plot.right)
    .attr('y', (p) => p.capacityY - 3)
    .attr('text-anchor', 'end')
    .text((p) => words.capacity(p));
  // The race so far in full colour, the rest of it faint: the lines are known, the clock is not there yet.
  panels
    .select('clipPath rect')
    .attr('x', (p) => p.plot.left - 2)
    .attr('y', 0)
    .attr('width', (p) => Math.max(0, p.timeX(clockMs) - p.plot.left + 2))
    .attr('height', (p) => p.height);
  for (const layer of ['past', 'future']) {
    panels
      .select(`g.lines.${layer}`)
      .selectAll<SVGPathElement, ResourceLine>('path.line')
      .data(
        (p) => p.lines,
        (l: ResourceLine) => l.side,
      )
      .join('path')
      .attr('class', (l) => `line ${l.side}`)
      .attr('d', (l) => l.d);
  }
  panels
    .select('line.hand')
    .attr('x1', (p) => p.timeX(clockMs))
    .attr('x2', (p) => p.timeX(clockMs))
    .attr('y1', (p) => p.plot.top)
    .attr('y2', (p) => p.plot.bottom);
}
