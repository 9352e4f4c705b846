/**
 * The comparison's Gantt timeline as pure data: one row per VM and per container, each phase a bar
 * on a time axis shared by both sides, and what every row shows at a given instant of the race.
 * The axis is linear (durations compare honestly) or logarithmic (the containers' sub-second phases
 * get room beside a VM's many-second boot).
 */

import type { ComparisonRun, InstanceTimeline, CapacityFailure, Phase } from '../../../model/comparison';

/** How time maps to pixels. */
export type GanttAxis = 'linear' | 'log';

/** One bar: a phase of one instance, in race ms and in pixels. */
export interface GanttBar {
  key: string;
  phase: Phase;
  startMs: number;
  endMs: number;
  x0: number;
  x1: number;
}

/** One row: a VM or a container. */
export interface GanttRow {
  key: string;
  kind: 'vm' | 'container';
  /** 1-based start order (the VM row's `data-vm`). */
  index: number;
  name: string;
  y: number;
  bars: GanttBar[];
  readyMs: number | null;
  /** Why it never started (null when it did). */
  failure: CapacityFailure | null;
  /** The daemon's state of the container after the race (`running`). */
  engineState?: string;
  /** Whether the row's name is drawn (with many rows, only every fifth is). */
  labelled: boolean;
}

/** One tick of the time axis. */
export interface GanttTick {
  ms: number;
  x: number;
}

/** The whole chart: rows, the axis and where each side's block starts. */
export interface GanttLayout {
  width: number;
  height: number;
  rowHeight: number;
  left: number;
  right: number;
  top: number;
  endMs: number;
  axis: GanttAxis;
  rows: GanttRow[];
  ticks: GanttTick[];
  /** The y of the time axis line. */
  axisY: number;
  /** The y of each side's heading. */
  headings: { vm: number; container: number };
  /** Pixels of a time. */
  x: (ms: number) => number;
}

/** Rows this tall when few; `COMPACT_ROW_HEIGHT` when a side has more than `COMPACT_FROM` rows. */
export const ROW_HEIGHT = 18;
export const COMPACT_ROW_HEIGHT = 11;
const COMPACT_FROM = 15;
const LABEL_WIDTH = 74;
const HEADING = 22;
/** The log axis is log(1 + ms / LOG_KNEE_MS): linear below ~10 ms, logarithmic above, and 0 stays 0. */
export const LOG_KNEE_MS = 10;

/** Options of the layout: the axis. */
export interface GanttOptions {
  axis?: GanttAxis;
}

/** A time's position from 0 to 1 along an axis ending at `endMs`. */
export function axisFraction(axis: GanttAxis, ms: number, endMs: number): number {
  const t = Math.max(0, Math.min(ms, endMs));
  if (axis === 'linear') return t / endMs;
  return Math.log1p(t / LOG_KNEE_MS) / Math.log1p(endMs / LOG_KNEE_MS);
}

/** Tick times: about one per 110 px on a linear axis (1-2-5 steps), powers of ten on a log axis. */
export function axisTicks(axis: GanttAxis, endMs: number, px: number): number[] {
  if (axis === 'log') {
    const ticks = [0];
    for (let t = LOG_KNEE_MS; t <= endMs; t *= 10) ticks.push(t);
    return ticks;
  }
  const count = Math.max(2, Math.floor(px / 110));
  const raw = endMs / count;
  const pow = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * pow).find((s) => s >= raw) ?? 10 * pow;
  const ticks: number[] = [];
  for (let t = 0; t <= endMs + 1e-9; t += step) ticks.push(t);
  return ticks;
}

/** Lays out both races of a run on one time axis `width` pixels wide. */
export function layoutGantt(run: ComparisonRun, width: number, options: GanttOptions = {}): GanttLayout {
  const axis = options.axis ?? 'linear';
  const endMs = Math.max(run.vm.timeline.endMs, run.container.timeline.endMs, 1);
  const left = LABEL_WIDTH;
  const right = width - 16;
  const x = (ms: number) => left + axisFraction(axis, ms, endMs) * (right - left);
  const perSide = Math.max(run.vm.timeline.instances.length, run.container.timeline.instances.length);
  const rowHeight = perSide > COMPACT_FROM ? COMPACT_ROW_HEIGHT : ROW_HEIGHT;
  const top = 8;
  const rows: GanttRow[] = [];
  let y = top + HEADING;
  const vmHeading = top;
  const add = (kind: 'vm' | 'container', i: InstanceTimeline, count: number) => {
    rows.push({
      key: `${kind}:${i.name}`,
      kind,
      index: i.index,
      name: i.name,
      y,
      readyMs: i.readyMs,
      failure: i.failure,
      engineState: i.engineState,
      labelled: rowHeight === ROW_HEIGHT || i.index === 1 || i.index % 5 === 0 || i.index === count,
      bars: i.phases.map((p) => ({
        key: p.phase,
        phase: p.phase,
        startMs: p.startMs,
        endMs: p.endMs,
        x0: x(p.startMs),
        x1: x(p.endMs),
      })),
    });
    y += rowHeight;
  };
  for (const i of run.vm.timeline.instances) add('vm', i, run.vm.timeline.instances.length);
  const containerHeading = y + 6;
  y = containerHeading + HEADING;
  for (const i of run.container.timeline.instances) add('container', i, run.container.timeline.instances.length);
  const axisY = y + 6;
  const ticks = axisTicks(axis, endMs, right - left).map((ms) => ({ ms, x: x(ms) }));
  return {
    width,
    height: axisY + 34,
    rowHeight,
    left,
    right,
    top,
    endMs,
    axis,
    rows,
    ticks,
    axisY,
    headings: { vm: vmHeading, container: containerHeading },
    x,
  };
}

/** The phase a row is in at `ms`: `waiting` before its first, `ready` after its last, `failed` if it never started. */
export function phaseAt(row: GanttRow, ms: number): string {
  if (row.readyMs === null) return 'failed';
  if (ms >= row.readyMs) return 'ready';
  const bar = row.bars.find((b) => ms >= b.startMs && ms < b.endMs);
  return bar ? bar.phase : 'waiting';
}

/** A container row's `data-state` at `ms`: `created` while it starts, then the daemon's state. */
export function containerStateAt(row: GanttRow, ms: number): string {
  if (row.readyMs === null) return 'failed';
  return ms >= row.readyMs ? (row.engineState ?? 'running') : 'created';
}

/** The fill colour of each phase (CSS values; the legend uses the same). */
export const PHASE_COLOURS: Record<Phase, string> = {
  'cloud-api': '#8e9aa6',
  scheduling: '#a88bc7',
  vmm: '#7e6bb0',
  firmware: '#c2703d',
  bootloader: '#d9a441',
  kernel: '#3f7fbf',
  initramfs: '#5aa6c8',
  userspace: '#4f9d69',
  app: '#1f6f4a',
  create: '#a88bc7',
  namespaces: '#3f7fbf',
  rootfs: '#d9a441',
  network: '#5aa6c8',
  exec: '#c2703d',
};
