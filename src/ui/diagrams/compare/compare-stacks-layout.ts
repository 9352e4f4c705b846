/**
 * The two architecture stacks of the course's first lesson as pure data, at one instant of the
 * race: VMs (hardware, host OS for a type 2 hypervisor, the hypervisor, then per VM a guest OS,
 * bins/libs and the app) beside containers (hardware, host OS, engine, the image's layers once,
 * then per container a thin writable layer and the app). Texts are specs the render words.
 */

import type { ComparisonRun, InstanceTimeline, Phase } from '../../../model/comparison';
import type {
  BlockRole,
  HypervisorType,
  InstanceState,
  StackColumn,
  StackRect,
  StackSide,
  StacksLayout,
  StackText,
  TextSpec,
} from './compare-stacks-types';
import { CAPTION_H, fillContainer, fillVm } from './compare-stacks-columns';

// What `layoutStacks` takes and returns, for callers that need only the layout.
export type { HypervisorType, StacksLayout } from './compare-stacks-types';

const PANEL_GAP = 20;
const EDGE = 2;
const SIDE_BY_SIDE_MIN = 560;
const HEADING_H = 26;
const BASE_GAP = 3;
const COL_GAP = 6;
const ROW_GAP = 10;
const MIN_COL = 76;
const MAX_COL = 130;
const TILE_W = 16;
const TILE_GAP = 3;
const SUMMARY_LINE = 16;
/** Above compact tiles: the counts, then the size of each instance in RAM and on disk. */
const SUMMARY_LINES = 3;
const GIB = 1024 ** 3;
/** Full columns wrap into at most this many rows; beyond, instances become compact tiles. */
const MAX_FULL_ROWS = 2;

/**
 * The state of an instance at `ms`: it powers on as its first phase starts (as the Gantt and the
 * meters count it, so at the race's instant 0 too); one that never started has failed from 0.
 */
export function instanceStateAt(instance: InstanceTimeline, ms: number): { state: InstanceState; phase: string } {
  if (instance.readyMs === null) return { state: 'failed', phase: 'failed' };
  const first = instance.phases[0];
  if (!first || ms < first.startMs) return { state: 'waiting', phase: 'waiting' };
  if (ms >= instance.readyMs) return { state: 'ready', phase: 'ready' };
  const current =
    instance.phases.find((p) => ms >= p.startMs && ms < p.endMs) ?? instance.phases[instance.phases.length - 1];
  return { state: 'starting', phase: current.phase };
}

/** Height of a guest OS block: grows with the guest's RAM (log scale, so 128 MiB and 8 GiB both fit). */
export function guestHeight(ramBytes: number): number {
  return Math.round(Math.min(92, Math.max(62, 50 + 10 * Math.log2(1 + ramBytes / GIB))));
}

interface Panel {
  x: number;
  w: number;
}

interface Grid {
  compact: boolean;
  perRow: number;
  colW: number;
  colH: number;
  rows: number;
  /** Height of the instance area, summary lines included. */
  height: number;
}

function grid(count: number, inner: number, fullH: number, tileH: number): Grid {
  const n = Math.max(1, count);
  const fullPerRow = Math.max(1, Math.floor((inner + COL_GAP) / (MIN_COL + COL_GAP)));
  const fullRows = Math.ceil(n / fullPerRow);
  if (fullRows <= MAX_FULL_ROWS) {
    const perRow = Math.min(n, fullPerRow);
    const colW = Math.min(MAX_COL, (inner - (perRow - 1) * COL_GAP) / perRow);
    return { compact: false, perRow, colW, colH: fullH, rows: fullRows, height: fullRows * (fullH + ROW_GAP) };
  }
  const perRow = Math.max(1, Math.floor((inner + TILE_GAP) / (TILE_W + TILE_GAP)));
  const rows = Math.ceil(n / perRow);
  return {
    compact: true,
    perRow,
    colW: TILE_W,
    colH: tileH,
    rows,
    height: SUMMARY_LINES * SUMMARY_LINE + 6 + rows * (tileH + TILE_GAP) + ROW_GAP,
  };
}

/** Lays out both stacks `width` pixels wide as they stand at `clockMs` of the race. */
export function layoutStacks(
  run: ComparisonRun,
  clockMs: number,
  width: number,
  hypervisor: HypervisorType,
): StacksLayout {
  const sideBySide = width >= SIDE_BY_SIDE_MIN;
  // Strokes are centred on the edges: keep them inside the picture.
  const inner = width - 2 * EDGE;
  const panelW = sideBySide ? (inner - PANEL_GAP) / 2 : inner;
  const panels: Record<StackSide, Panel> = {
    vm: { x: EDGE, w: panelW },
    container: { x: EDGE + (sideBySide ? panelW + PANEL_GAP : 0), w: panelW },
  };
  // The host's numbers cite their own parameter when the run names it, else every host source.
  const hostCite = (id: string) => (run.hostSources.includes(id) ? [id] : run.hostSources);
  const vmRam = run.vm.ram.perInstanceBytes;
  const guestH = guestHeight(vmRam);

  // Base blocks, bottom-up: a type 1 hypervisor needs no host OS under it.
  const vmBase: BlockRole[] = hypervisor === 2 ? ['hardware', 'host-os', 'hypervisor'] : ['hardware', 'hypervisor'];
  const ctBase: BlockRole[] = ['hardware', 'host-os', 'engine', 'image'];
  const baseH: Record<string, number> = { hardware: 40, 'host-os': 30, hypervisor: 38, engine: 30, image: 40 };
  const stackH = (roles: BlockRole[]) => roles.reduce((s, r) => s + baseH[r] + BASE_GAP, 0);

  const vmFullH = CAPTION_H + 22 + 2 + 20 + 2 + guestH;
  const ctFullH = CAPTION_H * 3 + 24 + 2 + 6;
  const vmGrid = grid(run.vm.timeline.instances.length, panelW, vmFullH, 40);
  const ctGrid = grid(run.container.timeline.instances.length, panelW, ctFullH, 12);
  const vmArea = vmGrid.height + stackH(vmBase);
  const ctArea = ctGrid.height + stackH(ctBase);

  // Side by side, both hardware blocks sit on one line; stacked, the VMs come first.
  const vmTop = HEADING_H;
  const vmBottom = sideBySide ? HEADING_H + Math.max(vmArea, ctArea) : HEADING_H + vmArea;
  const ctTop = sideBySide ? HEADING_H : vmBottom + 16 + HEADING_H;
  const ctBottom = sideBySide ? vmBottom : ctTop + ctArea;
  const height = Math.ceil(ctBottom + 4);

  const base: StackRect[] = [];
  const texts: StackText[] = [];
  const columns: StackColumn[] = [];

  const placeBase = (side: StackSide, roles: BlockRole[], bottom: number) => {
    const p = panels[side];
    let y = bottom;
    for (const role of roles) {
      const h = baseH[role];
      y -= h + BASE_GAP;
      const key = `${side}:${role}`;
      base.push({ key, role, x: p.x, y, w: p.w, h });
      const left = p.x + 8;
      const right = p.x + p.w - 8;
      const half = p.w - 16;
      texts.push({
        key: `${key}:title`,
        x: left,
        y: y + 16,
        anchor: 'start',
        cls: `title ${role}`,
        spec: { kind: 'title', side, role, hypervisor },
        maxPx: role === 'hardware' ? half * 0.6 : half,
      });
      if (role === 'hardware') {
        // One host under both stacks: the keyboard stops at its numbers once, on the VM side.
        texts.push({
          key: `${key}:detail`,
          x: left,
          y: y + 32,
          anchor: 'start',
          cls: 'detail',
          spec: { kind: 'detail', side, role, hypervisor },
          maxPx: half * 0.55,
        });
        texts.push({
          key: `${key}:cores`,
          x: right,
          y: y + 16,
          anchor: 'end',
          cls: 'number',
          spec: { kind: 'cores', count: run.host.cores },
          maxPx: half * 0.4,
          cite: hostCite('host_cores'),
          about: { kind: 'host', resource: 'cores' },
          focusable: side === 'vm',
        });
        texts.push({
          key: `${key}:ram`,
          x: right,
          y: y + 32,
          anchor: 'end',
          cls: 'number',
          spec: { kind: 'ram', bytes: run.host.ramBytes, host: true },
          maxPx: half * 0.4,
          cite: hostCite('host_ram'),
          about: { kind: 'host', resource: 'ram' },
          focusable: side === 'vm',
        });
      } else if (role === 'hypervisor') {
        texts.push({
          key: `${key}:detail`,
          x: left,
          y: y + 31,
          anchor: 'start',
          cls: 'detail',
          spec: { kind: 'detail', side, role, hypervisor },
          maxPx: half,
        });
      } else if (role === 'image') {
        texts.push({
          key: `${key}:ref`,
          x: left,
          y: y + 32,
          anchor: 'start',
          cls: 'detail mono',
          spec: { kind: 'plain', text: run.image.reference },
          maxPx: half * 0.6,
        });
        texts.push({
          key: `${key}:size`,
          x: right,
          y: y + 32,
          anchor: 'end',
          cls: 'number',
          spec: { kind: 'disk', bytes: run.image.sizeBytes },
          maxPx: half * 0.4,
          cite: run.container.sources.disk,
          about: { kind: 'image-size' },
        });
      }
    }
    return y;
  };

  const placeSide = (side: StackSide, top: number, bottom: number) => {
    const p = panels[side];
    const race = side === 'vm' ? run.vm : run.container;
    const g = side === 'vm' ? vmGrid : ctGrid;
    texts.push({
      key: `${side}:heading`,
      x: p.x,
      y: top - 9,
      anchor: 'start',
      cls: 'heading',
      spec: { kind: 'heading', side },
      maxPx: p.w,
    });
    const baseTop = placeBase(side, side === 'vm' ? vmBase : ctBase, bottom);
    const areaTop = baseTop - g.height;
    const states = race.timeline.instances.map((i) => ({ i, ...instanceStateAt(i, clockMs) }));
    let tilesTop = areaTop;
    if (g.compact) {
      // Tiles carry no text: the counts and the per-instance sizes are said once, above them.
      const count = (s: InstanceState) => states.filter((x) => x.state === s).length;
      const line = (n: number) => areaTop + (n + 1) * SUMMARY_LINE - 3;
      texts.push({
        key: `${side}:counts`,
        x: p.x,
        y: line(0),
        anchor: 'start',
        cls: 'summary',
        spec: { kind: 'counts', side, ready: count('ready'), starting: count('starting'), failed: count('failed') },
        maxPx: p.w,
      });
      const sizes: Array<[resource: 'ram' | 'disk', spec: TextSpec, cite: readonly string[]]> = [
        ['ram', { kind: 'ram', bytes: race.ram.perInstanceBytes }, race.sources.ram],
        ['disk', { kind: 'disk', bytes: race.disk.perInstanceBytes }, race.sources.disk],
      ];
      sizes.forEach(([resource, spec, cite], n) => {
        const about: TextSpec = { kind: 'each', side, resource };
        texts.push({
          key: `${side}:each:${resource}`,
          x: p.x,
          y: line(n + 1),
          anchor: 'start',
          cls: 'summary',
          spec: about,
          maxPx: p.w * 0.68,
        });
        texts.push({
          key: `${side}:each:${resource}:value`,
          x: p.x + p.w,
          y: line(n + 1),
          anchor: 'end',
          cls: 'number',
          spec,
          maxPx: p.w * 0.3,
          cite,
          about,
        });
      });
      tilesTop = areaTop + SUMMARY_LINES * SUMMARY_LINE + 6;
    }
    for (const { i, state, phase } of states) {
      if (state === 'waiting') continue;
      const k = i.index - 1;
      const row = Math.floor(k / g.perRow);
      const col = k % g.perRow;
      const gap = g.compact ? TILE_GAP : COL_GAP;
      const x = p.x + col * (g.colW + gap);
      const y = tilesTop + row * (g.colH + (g.compact ? TILE_GAP : ROW_GAP));
      const from = i.phases[0]?.startMs ?? 0;
      const progress =
        state === 'starting' && i.readyMs !== null
          ? Math.min(1, Math.max(0, (clockMs - from) / Math.max(1, i.readyMs - from)))
          : undefined;
      const engineState =
        side === 'container' && state !== 'failed'
          ? state === 'ready'
            ? (i.engineState ?? 'running')
            : 'created'
          : undefined;
      const column: StackColumn = {
        key: `${side}:${i.name}`,
        side,
        index: i.index,
        name: i.name,
        state,
        phase,
        engineState,
        status: engineState
          ? { kind: 'plain', text: engineState }
          : { kind: 'status', side, state, phase: state === 'starting' ? (phase as Phase) : undefined },
        compact: g.compact,
        x,
        y,
        w: g.colW,
        h: g.colH,
        rects: [],
        texts: [],
      };
      if (side === 'vm') fillVm(column, i, state, phase, progress, guestH, run);
      else fillContainer(column, state, run);
      // Every column shows the same per-instance sizes: the keyboard stops at the first column's only.
      if (columns.some((c) => c.side === side)) for (const t of column.texts) if (t.cite) t.focusable = false;
      columns.push(column);
    }
  };

  placeSide('vm', vmTop, vmBottom);
  placeSide('container', ctTop, ctBottom);
  return {
    width,
    height,
    sideBySide,
    base,
    texts,
    columns,
    compact: { vm: vmGrid.compact, container: ctGrid.compact },
  };
}
