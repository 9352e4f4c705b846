/** D3 render functions of the lifecycle view: the statechart, the selected container, transitions. */

import { animate, stateColor, type AnySelection } from '../d3-helpers';
import type { LifecycleLayout, StateBox, TransitionEdge } from './lifecycle-layout';
import { nodeOfStatus } from './lifecycle-layout';

/** How many containers are in each state node, and which node the selected container is in. */
export interface LifecycleMarks {
  counts: Map<string, number>;
  selectedNode: string | undefined;
  selectedName: string | undefined;
  selectedState: string | undefined;
  /** The selected container was OOM-killed: its token carries a badge. */
  selectedOomKilled?: boolean;
}

/** The badge's words (localised by the view). */
export interface OomBadgeText {
  label: string;
  title: string;
}

/** Draws the state boxes, highlighting the selected container's state. */
export function renderStates(g: AnySelection, layout: LifecycleLayout, marks: LifecycleMarks, ms: number): void {
  const ordered = [...layout.states].sort((a, b) => Number(b.compound) - Number(a.compound));
  const join = g
    .selectAll<SVGGElement, StateBox>('g.state')
    .data(ordered, (d: StateBox) => d.id)
    .join((enter) => {
      const e = enter.append('g').attr('class', 'state');
      e.append('rect').attr('class', 'box');
      e.append('rect').attr('class', 'final-ring');
      e.append('text').attr('class', 'name');
      e.append('text').attr('class', 'count');
      return e;
    });
  join
    .attr('data-state-node', (d) => d.id)
    .classed('compound', (d) => d.compound)
    .classed('final', (d) => d.final)
    .classed(
      'current',
      (d) => d.id === marks.selectedNode || (d.compound && !!marks.selectedNode?.startsWith(`${d.id}.`)),
    );
  join.attr('transform', (d) => `translate(${d.x},${d.y})`);
  join
    .select('rect.box')
    .attr('width', (d) => d.w)
    .attr('height', (d) => d.h)
    .attr('rx', (d) => (d.compound ? 12 : 18));
  join
    .select('rect.final-ring')
    .attr('x', 4)
    .attr('y', 4)
    .attr('width', (d) => Math.max(0, d.w - 8))
    .attr('height', (d) => Math.max(0, d.h - 8))
    .attr('rx', 14)
    .attr('display', (d) => (d.final ? null : 'none'));
  join
    .select('text.name')
    .attr('x', (d) => (d.compound ? 12 : d.w / 2))
    .attr('y', (d) => (d.compound ? 18 : d.h / 2 + 5))
    .attr('text-anchor', (d) => (d.compound ? 'start' : 'middle'))
    .text((d) => d.key);
  join
    .select('text.count')
    .attr('x', (d) => d.w - 8)
    .attr('y', (d) => (d.compound ? 18 : 14))
    .text((d) => {
      const n = d.compound ? 0 : (marks.counts.get(d.id) ?? 0);
      return n > 0 ? `×${n}` : '';
    });
  const current = join.filter('.current').select('rect.box');
  animate(current, 'glow', ms, (s) => s.attr('stroke-width', 4));
  join.filter(':not(.current)').select('rect.box').attr('stroke-width', 1.5);
}

/** Draws the transitions with their event names. */
export function renderEdges(g: AnySelection, layout: LifecycleLayout, selectedNode: string | undefined): void {
  const join = g
    .selectAll<SVGGElement, TransitionEdge>('g.edge')
    .data(layout.edges, (d: TransitionEdge) => d.id)
    .join((enter) => {
      const e = enter.append('g').attr('class', 'edge');
      e.append('path').attr('marker-end', 'url(#arrow)');
      e.append('text');
      return e;
    });
  join.attr('data-edge', (d) => d.id);
  // The ways out of the selected container's state stand out: they are what it can do next.
  join.classed('next', (d) => !!selectedNode && (selectedNode === d.source || selectedNode.startsWith(`${d.source}.`)));
  join.select('path').attr('d', (d) => d.path);
  join
    .select('text')
    .attr('x', (d) => d.labelX)
    .attr('y', (d) => d.labelY)
    .text((d) => d.events.join(', '));
}

/** Draws the selected container as a token inside its state box. */
export function renderToken(
  g: AnySelection,
  layout: LifecycleLayout,
  marks: LifecycleMarks,
  oomText: OomBadgeText,
): void {
  const box = layout.states.find((s) => s.id === marks.selectedNode);
  const data =
    box && marks.selectedName
      ? [{ box, name: marks.selectedName, state: marks.selectedState ?? '', oom: marks.selectedOomKilled === true }]
      : [];
  const join = g
    .selectAll<SVGGElement, (typeof data)[number]>('g.token')
    .data(data, () => 'token')
    .join((enter) => {
      const e = enter.append('g').attr('class', 'token');
      e.append('circle').attr('r', 6);
      const badge = e.append('g').attr('class', 'oom-badge').attr('transform', 'translate(-6,14)');
      badge.append('title');
      badge.append('rect').attr('height', 18).attr('rx', 4);
      badge.append('text').attr('x', 6).attr('y', 13);
      return e;
    });
  join
    .attr('data-container-name', (d) => d.name)
    .attr('data-state', (d) => d.state)
    .attr('data-oom-killed', (d) => (d.oom ? 'true' : null));
  const badge = join.select('g.oom-badge').attr('display', (d) => (d.oom ? null : 'none'));
  badge.select('title').text(oomText.title);
  badge.select('text').text(oomText.label);
  badge.select('rect').attr('width', oomText.label.length * 7.2 + 12);
  join.attr('transform', (d) => `translate(${d.box.x + 14},${d.box.y + d.box.h - 12})`);
  join.select('circle').attr('fill', (d) => stateColor(d.state));
}

/** Animates one transition: the edge lights up and a dot travels along it. */
export function animateTransition(g: AnySelection, edges: AnySelection, edgeId: string, ms: number): void {
  if (ms <= 0) return;
  const edge = edges.selectAll<SVGGElement, TransitionEdge>('g.edge').filter((d: TransitionEdge) => d.id === edgeId);
  const path = edge.select<SVGPathElement>('path').node();
  if (!path) return;
  edge.classed('firing', true);
  const length = path.getTotalLength();
  const dot = g.append('circle').attr('class', 'traveller').attr('r', 7);
  dot
    .transition('travel')
    .duration(ms)
    .attrTween('transform', () => (t: number) => {
      const p = path.getPointAtLength(t * length);
      return `translate(${p.x},${p.y})`;
    })
    .on('end interrupt', () => {
      dot.remove();
      edge.classed('firing', false);
    });
}

/** The edge a container took for a state change, if the chart has one. */
export function edgeFor(layout: LifecycleLayout, from: string, to: string, event: string): string | undefined {
  const fromNode = nodeOfStatus(from);
  const toNode = nodeOfStatus(to);
  const within = (node: string, id: string) => node === id || node.startsWith(`${id}.`);
  const short = event.replace(/^container\./, '');
  const candidates = layout.edges.filter((e) => within(fromNode, e.source) && within(toNode, e.target));
  return (candidates.find((e) => e.events.includes(short)) ?? candidates[0])?.id;
}
