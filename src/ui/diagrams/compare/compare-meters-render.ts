/** D3 drawing of one resource meter: the shared part, the instances' segments and the capacity line. */

import type { AnySelection } from '../d3-helpers';
import { meterRects, type MeterRect, type MeterState } from './compare-meters-layout';

/** Draws (or updates) a meter `width` × `height` pixels as it stands in `state`. */
export function renderMeter(root: AnySelection, state: MeterState, width: number, height: number): void {
  const bar = height - 4;
  root
    .selectAll('rect.track')
    .data([0])
    .join('rect')
    .attr('class', 'track')
    .attr('x', 0.5)
    .attr('y', 2.5)
    .attr('width', Math.max(0, width - 1))
    .attr('height', bar - 1);
  root
    .selectAll<SVGRectElement, MeterRect>('rect.segment')
    .data(meterRects(state, width), (r: MeterRect) => r.key)
    .join('rect')
    .attr('class', (r) => `segment ${r.kind} ${state.side}`)
    .attr('x', (r) => r.x)
    .attr('y', 2)
    .attr('width', (r) => r.w)
    .attr('height', bar);
  // The host's capacity: a line across the bar's end, a little taller than the bar.
  const x = Math.min(width - 1, Math.max(1, state.capacityAt * width - 1));
  root
    .selectAll('line.capacity')
    .data([x])
    .join('line')
    .attr('class', 'capacity')
    .attr('x1', x)
    .attr('x2', x)
    .attr('y1', 0)
    .attr('y2', height);
}
