/** D3 drawing of the two architecture stacks: base blocks, instance columns and texts by keyed joins. */

import { animate, select, type AnySelection } from '../d3-helpers';
import { fitInto } from '../fit-into';
import type { StackColumn, StackRect, StacksLayout, StackText, TextSpec } from './compare-stacks-types';

/** The page's words for a text spec (the element supplies them in the reader's language). */
export type StackWords = (spec: TextSpec) => string;

// Roughly how wide a character is in each text class, to cut texts before they overflow a block.
function charPx(cls: string): number {
  if (cls.includes('heading')) return 8.4;
  if (cls.includes('number') || cls.includes('mono')) return 7.3;
  if (cls.includes('title')) return 7.4;
  return 6.7;
}

function blockClass(r: StackRect): string {
  return `block ${r.role}${r.state ? ` ${r.state}` : ''}`;
}

function joinRects(g: AnySelection, rects: StackRect[]): void {
  g.selectAll<SVGRectElement, StackRect>('rect.block')
    .data(rects, (r: StackRect) => r.key)
    .join((enter: AnySelection) => enter.insert('rect', 'rect.progress'))
    .attr('class', blockClass)
    .attr('x', (r: StackRect) => r.x)
    .attr('y', (r: StackRect) => r.y)
    .attr('width', (r: StackRect) => Math.max(0, r.w))
    .attr('height', (r: StackRect) => r.h)
    .attr('rx', (r: StackRect) => (r.h > 8 ? 4 : 1.5));
  // A starting guest OS fills from the bottom as its boot progresses.
  const strips = rects.filter((r) => r.progress !== undefined);
  g.selectAll<SVGRectElement, StackRect>('rect.progress')
    .data(strips, (r: StackRect) => r.key)
    .join('rect')
    .attr('class', 'progress')
    .attr('x', (r: StackRect) => r.x + 1)
    .attr('width', (r: StackRect) => Math.max(0, r.w - 2))
    .attr('y', (r: StackRect) => r.y + r.h - 1 - (r.h - 2) * (r.progress ?? 0))
    .attr('height', (r: StackRect) => (r.h - 2) * (r.progress ?? 0));
}

function joinTexts(g: AnySelection, texts: StackText[], words: StackWords): void {
  g.selectAll<SVGTextElement, StackText>('text')
    .data(texts, (t: StackText) => t.key)
    .join('text')
    .attr('class', (t: StackText) => `${t.cls}${t.cite ? ' cited' : ''}`)
    .attr('x', (t: StackText) => t.x)
    .attr('y', (t: StackText) => t.y)
    .attr('text-anchor', (t: StackText) => t.anchor)
    .attr('data-cite', (t: StackText) => (t.cite ? t.cite.join(' ') : null))
    .attr('data-cite-title', (t: StackText) => (t.cite && t.about ? `${words(t.about)}: ${words(t.spec)}` : null))
    .attr('tabindex', (t: StackText) => (t.cite && t.focusable !== false ? 0 : null))
    .each(function (t: StackText) {
      fitInto(this, words(t.spec), t.maxPx, charPx(t.cls));
    });
}

/** Draws (or updates) both stacks; columns that have just powered on fade in over `appearMs`. */
export function renderStacks(root: AnySelection, layout: StacksLayout, words: StackWords, appearMs: number): void {
  joinRects(root.select('g.base'), layout.base);
  const cols = root
    .select('g.cols')
    .selectAll<SVGGElement, StackColumn>('g.col')
    .data(layout.columns, (c: StackColumn) => c.key)
    .join((enter: AnySelection) => {
      const g = enter.append('g').attr('opacity', appearMs > 0 ? 0 : 1);
      g.append('title');
      g.append('g').attr('class', 'shapes');
      g.append('g').attr('class', 'words');
      animate(g, 'appear', appearMs, (s) => s.attr('opacity', 1));
      return g;
    })
    .attr('class', (c: StackColumn) => `col ${c.side} ${c.state}${c.compact ? ' compact' : ''}`)
    .attr('transform', (c: StackColumn) => `translate(${c.x},${c.y})`)
    .attr('data-stack-vm', (c: StackColumn) => (c.side === 'vm' ? String(c.index) : null))
    .attr('data-phase', (c: StackColumn) => (c.side === 'vm' ? c.phase : null))
    .attr('data-stack-container', (c: StackColumn) => (c.side === 'container' ? c.name : null))
    .attr('data-stack-state', (c: StackColumn) => (c.side === 'container' ? (c.engineState ?? c.state) : null));
  cols.select('title').text((c: StackColumn) => `${c.name}: ${words(c.status)}`);
  cols.each(function (c: StackColumn) {
    const g = select(this);
    joinRects(g.select('g.shapes'), c.rects);
    joinTexts(g.select('g.words'), c.texts, words);
  });
  joinTexts(root.select('g.texts'), layout.texts, words);
}
