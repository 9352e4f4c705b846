/**
 * D3 drawing of the comparison Gantt: rows and bars by keyed joins, grown to the race clock.
 * `drawGantt` builds what changes with the layout or the language (names, hit areas, failures,
 * labels for screen readers); `tickGantt` runs every frame and only moves what the clock moves.
 */

import type { AnySelection } from '../d3-helpers';
import {
  containerStateAt,
  phaseAt,
  PHASE_COLOURS,
  type GanttBar,
  type GanttLayout,
  type GanttRow,
} from './compare-layout';

/** What a focusable part of the chart says: its accessible name, its sources and the tip's heading. */
export interface CellWords {
  label: string;
  cite: string;
  title: string;
}

/** The words of the chart in the page's language (the element supplies them). */
export interface GanttWords {
  bar: (row: GanttRow, bar: GanttBar) => CellWords;
  /** A failed row: the short text drawn in the row, and its cell's words. */
  failed: (row: GanttRow) => CellWords & { short: string };
}

/** A focusable cell of the chart: a phase bar, or the reason of a failed row. */
interface Cell {
  key: string;
  row: GanttRow;
  col: number;
  bar?: GanttBar;
}

/** The key of a row's `col`-th cell (the roving focus keeps one). */
export function cellKey(row: GanttRow, col: number): string {
  return `${row.key}|${col}`;
}

function cellsOf(row: GanttRow): Cell[] {
  if (row.failure || row.bars.length === 0) return [{ key: cellKey(row, 0), row, col: 0 }];
  return row.bars.map((bar, col) => ({ key: cellKey(row, col), row, col, bar }));
}

/** Draws the rows, their names, bars and focusable cells; `focusKey` is the one cell in the tab order. */
export function drawGantt(
  root: AnySelection,
  layout: GanttLayout,
  words: GanttWords | undefined,
  focusKey: string | undefined,
): void {
  const h = layout.rowHeight;
  const compact = h < 16;
  const rows = root
    .selectAll<SVGGElement, GanttRow>('g.row')
    .data(layout.rows, (r: GanttRow) => r.key)
    .join((enter) => {
      const g = enter.append('g').attr('class', (r) => `row ${r.kind}`);
      g.append('text').attr('class', 'label').attr('dy', '0.35em');
      g.append('g').attr('class', 'bars');
      g.append('g').attr('class', 'cells');
      return g;
    })
    .attr('transform', (r) => `translate(0,${r.y})`)
    .classed('compact', compact)
    .attr('data-vm', (r) => (r.kind === 'vm' ? String(r.index) : null))
    .attr('data-container-name', (r) => (r.kind === 'container' ? r.name : null));
  rows
    .select('text.label')
    .attr('x', layout.left - 6)
    .attr('y', h / 2)
    .text((r) => (r.labelled ? r.name : ''));
  rows
    .select('g.bars')
    .selectAll<SVGRectElement, GanttBar>('rect.bar')
    .data(
      (r) => r.bars,
      (b: GanttBar) => b.key,
    )
    .join('rect')
    .attr('class', 'bar')
    .attr('data-bar-phase', (b) => b.phase)
    .attr('y', compact ? 1 : 2)
    .attr('height', h - (compact ? 2 : 4))
    .attr('x', (b) => b.x0)
    .attr('fill', (b) => PHASE_COLOURS[b.phase]);
  // A failed row is a pale red band across the plot, so a run of failures reads as one block.
  rows
    .select('g.bars')
    .selectAll<SVGRectElement, GanttRow>('rect.fail-band')
    .data((r) => (r.readyMs === null ? [r] : []))
    .join('rect')
    .attr('class', 'fail-band')
    .attr('x', layout.left)
    .attr('y', compact ? 1 : 2)
    .attr('width', layout.right - layout.left)
    .attr('height', h - (compact ? 2 : 4));
  const first = layout.rows.length ? cellKey(layout.rows[0], 0) : '';
  const tabbable = focusKey && layout.rows.some((r) => cellsOf(r).some((c) => c.key === focusKey)) ? focusKey : first;
  rows
    .select('g.cells')
    .selectAll<SVGElement, Cell>('.cell')
    .data(
      (r) => cellsOf(r),
      (c: Cell) => c.key,
    )
    .join((enter) =>
      enter.append(
        (c) => document.createElementNS('http://www.w3.org/2000/svg', c.bar ? 'rect' : 'text') as SVGElement,
      ),
    )
    .each(function (this: SVGElement, c) {
      const el = this;
      const w: CellWords | undefined = c.bar ? words?.bar(c.row, c.bar) : words?.failed(c.row);
      const short = !c.bar && words ? words.failed(c.row).short : 'failed';
      el.setAttribute('class', c.bar ? 'cell hit' : 'cell failed');
      el.setAttribute('data-cell', c.key);
      el.setAttribute('role', 'img');
      el.setAttribute('tabindex', c.key === tabbable ? '0' : '-1');
      if (w) {
        el.setAttribute('aria-label', w.label);
        el.setAttribute('data-cite', w.cite);
        el.setAttribute('data-cite-title', w.title);
      }
      if (c.bar) {
        el.setAttribute('x', String(c.bar.x0));
        el.setAttribute('y', '0');
        // Sub-pixel phases still get a hit area a pointer can find.
        el.setAttribute('width', String(Math.max(3, c.bar.x1 - c.bar.x0)));
        el.setAttribute('height', String(h));
      } else {
        el.setAttribute('x', String(layout.left + 4));
        el.setAttribute('y', String(h / 2));
        el.setAttribute('dy', '0.35em');
        el.textContent = short;
      }
    });
}

/** Moves the clock's effects: each row's phase or state hook and how far each bar has grown at `clockMs`. */
export function tickGantt(root: AnySelection, layout: GanttLayout, clockMs: number): void {
  const rows = root.selectAll<SVGGElement, GanttRow>('g.row');
  rows
    .attr('data-phase', (r) => (r.kind === 'vm' ? phaseAt(r, clockMs) : null))
    .attr('data-state', (r) => (r.kind === 'container' ? containerStateAt(r, clockMs) : null));
  rows
    .selectAll<SVGRectElement, GanttBar>('rect.bar')
    .attr('width', (b) => (clockMs <= b.startMs ? 0 : Math.max(1, layout.x(Math.min(clockMs, b.endMs)) - b.x0)));
}

/** Draws (or updates) every row and bar as they stand at `clockMs` of the race. */
export function renderGantt(root: AnySelection, layout: GanttLayout, clockMs: number): void {
  drawGantt(root, layout, undefined, undefined);
  tickGantt(root, layout, clockMs);
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
    .attr('y2', layout.axisY);
}
