/**
 * Pure layout of the container statechart, read from the xstate machine definition: every state
 * node becomes a box (compound states contain their children), every transition an edge labelled
 * with its events. Known states get hand-placed slots so the chart reads left to right like a
 * container's life; a state the machine gains later still appears, in a spare slot.
 */

import type { AnyStateMachine } from 'xstate';

/** A state box. */
export interface StateBox {
  /** The node's id in the machine (`container.running.paused`). */
  id: string;
  key: string;
  /** The status word moby reports for a container in this state. */
  status: string;
  compound: boolean;
  final: boolean;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** An edge: every event that takes `source` to `target`. */
export interface TransitionEdge {
  id: string;
  source: string;
  target: string;
  events: string[];
  path: string;
  labelX: number;
  labelY: number;
  /** The curve's control points (the path is drawn from them). */
  curve: [[number, number], [number, number], [number, number], [number, number]];
}

/** The chart, in pixels. */
export interface LifecycleLayout {
  width: number;
  height: number;
  states: StateBox[];
  edges: TransitionEdge[];
}

interface NodeLike {
  id: string;
  key: string;
  type: string;
  states: Record<string, NodeLike>;
  parent?: NodeLike;
  transitions: Map<string, Array<{ target?: readonly NodeLike[] }>>;
}

/** Pixels above the states kept for arcs over them. */
const TOP_BAND = 36;

// Slots as fractions of the drawing area: [x, y, w, h] (centre x/y).
const SLOTS: Record<string, [number, number, number, number]> = {
  'container.created': [0.08, 0.42, 0.12, 0.14],
  'container.running': [0.35, 0.38, 0.25, 0.46],
  'container.running.active': [0.35, 0.27, 0.17, 0.11],
  'container.running.paused': [0.35, 0.53, 0.17, 0.11],
  'container.restarting': [0.57, 0.78, 0.15, 0.11],
  'container.exited': [0.665, 0.36, 0.12, 0.14],
  'container.dead': [0.28, 0.9, 0.14, 0.11],
  'container.removing': [0.905, 0.42, 0.13, 0.14],
  'container.removed': [0.905, 0.86, 0.13, 0.12],
};

/** The status word of a state node: `running.paused` is `paused`, other states are their key. */
export function statusOfNode(id: string): string {
  const parts = id.split('.');
  if (parts[1] === 'running') return parts[2] === 'paused' ? 'paused' : 'running';
  return parts[1] ?? parts[0];
}

/** The state node a container with `status` is in. */
export function nodeOfStatus(status: string): string {
  if (status === 'running') return 'container.running.active';
  if (status === 'paused') return 'container.running.paused';
  return `container.${status}`;
}

function allNodes(root: NodeLike): NodeLike[] {
  const out: NodeLike[] = [];
  const walk = (n: NodeLike) => {
    for (const child of Object.values(n.states)) {
      out.push(child);
      walk(child);
    }
  };
  walk(root);
  return out;
}

/** Where a line from the centre of `b` towards (tx, ty) leaves the box. */
function borderPoint(b: StateBox, tx: number, ty: number): [number, number] {
  const cx = b.x + b.w / 2;
  const cy = b.y + b.h / 2;
  const dx = tx - cx;
  const dy = ty - cy;
  if (dx === 0 && dy === 0) return [cx, cy];
  const scale = Math.min(Math.abs(b.w / 2 / (dx || 1e-9)), Math.abs(b.h / 2 / (dy || 1e-9)));
  return [cx + dx * scale, cy + dy * scale];
}

/** Lays the machine out in a `width` × `height` area. */
export function layoutLifecycle(machine: AnyStateMachine, width: number, height: number): LifecycleLayout {
  const root = machine.root as unknown as NodeLike;
  const nodes = allNodes(root);
  let spare = 0;
  // A band above the states is kept free for arcs that pass over them.
  const area = height - TOP_BAND;
  const states: StateBox[] = nodes.map((n) => {
    const slot = SLOTS[n.id] ?? [0.1 + 0.2 * (spare++ % 5), 0.62, 0.13, 0.1];
    const w = slot[2] * width;
    const h = Math.max(34, slot[3] * area);
    return {
      id: n.id,
      key: n.key,
      status: statusOfNode(n.id),
      compound: Object.keys(n.states).length > 0,
      final: n.type === 'final',
      x: slot[0] * width - w / 2,
      y: TOP_BAND + slot[1] * area - h / 2,
      w,
      h,
    };
  });
  const byId = new Map(states.map((s) => [s.id, s]));
  const grouped = new Map<string, TransitionEdge>();
  for (const n of nodes) {
    for (const [event, list] of n.transitions) {
      for (const t of list) {
        for (const target of t.target ?? []) {
          const id = `${n.id}->${target.id}`;
          const edge = grouped.get(id) ?? {
            id,
            source: n.id,
            target: target.id,
            events: [],
            path: '',
            labelX: 0,
            labelY: 0,
            curve: [
              [0, 0],
              [0, 0],
              [0, 0],
              [0, 0],
            ],
          };
          const short = event.replace(/^container\./, '');
          if (!edge.events.includes(short)) edge.events.push(short);
          grouped.set(id, edge);
        }
      }
    }
  }
  const edges = [...grouped.values()];
  for (const e of edges) routeEdge(e, byId, height);
  placeLabels(edges, states);
  return { width, height, states, edges };
}

type Point = [number, number];
type Cubic = [Point, Point, Point, Point];

/** A point on a cubic Bézier curve. */
function at(c: Cubic, t: number): Point {
  const u = 1 - t;
  const k = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
  return [
    k[0] * c[0][0] + k[1] * c[1][0] + k[2] * c[2][0] + k[3] * c[3][0],
    k[0] * c[0][1] + k[1] * c[1][1] + k[2] * c[2][1] + k[3] * c[3][1],
  ];
}

const cubicPath = (c: Cubic) =>
  `M${c[0][0]},${c[0][1]} C${c[1][0]},${c[1][1]} ${c[2][0]},${c[2][1]} ${c[3][0]},${c[3][1]}`;

/** Whether two state ids are the same node or one contains the other. */
function related(a: string, b: string): boolean {
  return a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);
}

/** Whether a curve passes through a box (sampled; the ends are skipped). */
function crosses(b: StateBox, c: Cubic): boolean {
  for (let i = 2; i <= 38; i++) {
    const [x, y] = at(c, i / 40);
    if (x > b.x - 5 && x < b.x + b.w + 5 && y > b.y - 5 && y < b.y + b.h + 5) return true;
  }
  return false;
}

/** The candidate routes of an edge, in order of preference. */
function routes(s: StateBox, t: StateBox, side: number, height: number): Cubic[] {
  const sc: Point = [s.x + s.w / 2, s.y + s.h / 2];
  const tc: Point = [t.x + t.w / 2, t.y + t.h / 2];
  const p0 = borderPoint(s, tc[0], tc[1]);
  const p3 = borderPoint(t, sc[0], sc[1]);
  const dx = p3[0] - p0[0];
  const dy = p3[1] - p0[1];
  const len = Math.hypot(dx, dy) || 1;
  const out: Cubic[] = [];
  // Gentle bends first: a quadratic curve bent `bend` pixels sideways, written as a cubic.
  for (const bend of [30, 60, 95].flatMap((b) => [b * side, -b * side])) {
    const q: Point = [(p0[0] + p3[0]) / 2 + (-dy / len) * bend, (p0[1] + p3[1]) / 2 + (dx / len) * bend];
    out.push([
      p0,
      [p0[0] + (2 / 3) * (q[0] - p0[0]), p0[1] + (2 / 3) * (q[1] - p0[1])],
      [p3[0] + (2 / 3) * (q[0] - p3[0]), p3[1] + (2 / 3) * (q[1] - p3[1])],
      p3,
    ]);
  }
  // Then arcs that leave over the top (or under the bottom) of both boxes and come back down.
  const a: Point = [sc[0] + Math.sign(dx || 1) * s.w * 0.25, s.y];
  const b: Point = [tc[0] - Math.sign(dx || 1) * t.w * 0.25, t.y];
  for (const lift of [40, 70, 100, 130, 160, 200]) {
    const y = Math.max(-TOP_BAND / 2, Math.min(s.y, t.y) - lift);
    out.push([a, [a[0], y], [b[0], y], b]);
  }
  const a2: Point = [a[0], s.y + s.h];
  const b2: Point = [b[0], t.y + t.h];
  for (const drop of [40, 70, 100]) {
    const y = Math.min(height - 6, Math.max(s.y + s.h, t.y + t.h) + drop);
    out.push([a2, [a2[0], y], [b2[0], y], b2]);
  }
  return out;
}

function routeEdge(e: TransitionEdge, byId: Map<string, StateBox>, height: number): void {
  const s = byId.get(e.source)!;
  const t = byId.get(e.target)!;
  if (s.id === t.id) {
    // A self-loop (restart re-enters running): an arc over the top of the box.
    const x = s.x + s.w * 0.8;
    const y = s.y;
    e.curve = [
      [x - 14, y],
      [x - 14, y - 34],
      [x + 22, y - 34],
      [x + 22, y],
    ];
    e.path = cubicPath(e.curve);
    return;
  }
  // Edges in both directions between the same pair bend apart; an edge that would cross another
  // box takes the first route that clears every box it does not start or end in.
  // The sideways normal turns with the edge's direction, so one sign bends a pair to opposite sides.
  const side = 1;
  const obstacles = [...byId.values()].filter((b) => !related(b.id, s.id) && !related(b.id, t.id));
  const candidates = routes(s, t, side, height);
  e.curve = candidates.find((c) => !obstacles.some((b) => crosses(b, c))) ?? candidates[0];
  e.path = cubicPath(e.curve);
}

/** Moves edge labels along their curves so they do not sit on each other or on a state's name. */
function placeLabels(edges: TransitionEdge[], states: StateBox[]): void {
  // A compound state (running) is only an obstacle where its name is written; labels may sit inside it.
  const taken: Array<[number, number, number, number]> = states.map((b) =>
    b.compound ? [b.x, b.y, b.w, 22] : [b.x, b.y, b.w, b.h],
  );
  const overlaps = (r: [number, number, number, number]) =>
    taken.some(([x, y, w, h]) => r[0] < x + w && r[0] + r[2] > x && r[1] < y + h && r[1] + r[3] > y);
  for (const e of edges) {
    const width = e.events.join(', ').length * 6.2 + 6;
    let best = at(e.curve, 0.5);
    search: for (const [dx, dy] of [
      [0, 0],
      [0, -13],
      [0, 13],
      [0, -16],
      [0, 16],
      [-(width / 2 + 6), 0],
      [width / 2 + 6, 0],
      [-(width + 12), 0],
      [width + 12, 0],
    ]) {
      for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78]) {
        const [cx, cy] = at(e.curve, t);
        const [x, y] = [cx + dx, cy + dy];
        if (!overlaps([x - width / 2, y - 11, width, 14])) {
          best = [x, y];
          break search;
        }
      }
    }
    e.labelX = best[0];
    e.labelY = best[1] + 4;
    taken.push([best[0] - width / 2, best[1] - 11, width, 14]);
  }
}
