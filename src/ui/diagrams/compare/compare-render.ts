/** D3 drawing of the comparison Gantt: rows and bars by keyed joins, grown to the race clock. */

import type { AnySelection } from '../d3-helpers';
import { containerStateAt, phaseAt, PHASE_COLOURS, type GanttBar, type GanttLayout, type GanttRow } from './compare-layout';

/** Draws (or updates) every row and bar as they stand at `clockMs` of the race. */
export function renderGantt(root: AnySelection, layout: GanttLayout, clockMs: number): void {
  const rows = root
    .selectAll<SVGGElement, GanttRow>('g.row')
    .data(layout.rows, (r: GanttRow) => r.key)
    .join((enter) => {
      const g = enter.append('g').attr('class', (r) => `row ${r.kind}`);
      g.append('text').attr('class', 'label').attr('x', layout.left - 6).attr('dy', '0.35em');
      return g;
    })
    .attr('transform', (r) => `translate(0,${r.y})`)
    .attr('data-vm', (r) => (r.kind === 'vm' ? String(r.index) : null))
    .attr('data-phase', (r) => (r.kind === 'vm' ? phaseAt(r, clockMs) : null))
    .attr('data-container-name', (r) => (r.kind === 'container' ? r.name : null))
    .attr('data-state', (r) => (r.kind === 'container' ? containerStateAt(r, clockMs) : null));
  rows.select('text.label').attr('y', layout.rowHeight / 2).text((r) => r.name);
  rows
    .selectAll<SVGRectElement, GanttBar>('rect.bar')
    .data((r) => r.bars, (b: GanttBar) => b.key)
    .join('rect')
    .attr('class', 'bar')
    .attr('data-bar-phase', (b) => b.phase)
    .attr('y', 2)
    .attr('height', layout.rowHeight - 4)
    .attr('x', (b) => b.x0)
    .attr('fill', (b) => PHASE_COLOURS[b.phase])
    .attr('width', (b) => (clockMs <= b.startMs ? 0 : Math.max(0.5, layout.x(Math.min(clockMs, b.endMs)) - b.x0)));
}

/** Draws the clock's hand across every row at `clockMs`. */
export function renderClock(root: AnySelection, layout: GanttLayout, clockMs: number): void {
  const x = layout.x(clockMs);
  root
    .selectAll('line.hand')
    .data([clockMs])
    .join('line')
    .attr('class', 'hand')
    .attr('x1', x)
    .attr('x2', x)
    .attr('y1', layout.top)
    .attr('y2', layout.height - 24);
}
