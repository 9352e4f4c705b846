/**
 * The comparison's Gantt timeline as pure data: one row per VM and per container, each phase a bar
 * on a time axis shared by both sides, and what every row shows at a given instant of the race.
 */

import type { ComparisonRun } from '../../../model/vm/comparison';
import type { InstanceTimeline } from '../../../model/vm/timeline';
import type { Phase } from '../../../model/vm/phases';

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
  /** The daemon's state of the container after the race (`running`). */
  engineState?: string;
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
  rows: GanttRow[];
  /** The y of each side's heading. */
  headings: { vm: number; container: number };
  /** Pixels of a time. */
  x: (ms: number) => number;
}

/** Rows this tall; the labels column this wide. */
export const ROW_HEIGHT = 18;
const LABEL_WIDTH = 74;
const HEADING = 22;

/** Lays out both races of a run on one time axis `width` pixels wide. */
export function layoutGantt(run: ComparisonRun, width: number): GanttLayout {
  const endMs = Math.max(run.vm.timeline.endMs, run.container.timeline.endMs, 1);
  const left = LABEL_WIDTH;
  const right = width - 16;
  const x = (ms: number) => left + (Math.min(ms, endMs) / endMs) * (right - left);
  const top = 8;
  const rows: GanttRow[] = [];
  let y = top + HEADING;
  const vmHeading = top;
  const add = (kind: 'vm' | 'container', i: InstanceTimeline) => {
    rows.push({
      key: `${kind}:${i.name}`,
      kind,
      index: i.index,
      name: i.name,
      y,
      readyMs: i.readyMs,
      engineState: i.engineState,
      bars: i.phases.map((p) => ({ key: p.phase, phase: p.phase, startMs: p.startMs, endMs: p.endMs, x0: x(p.startMs), x1: x(p.endMs) })),
    });
    y += ROW_HEIGHT;
  };
  for (const i of run.vm.timeline.instances) add('vm', i);
  const containerHeading = y + 6;
  y = containerHeading + HEADING;
  for (const i of run.container.timeline.instances) add('container', i);
  return { width, height: y + 30, rowHeight: ROW_HEIGHT, left, right, top, endMs, rows, headings: { vm: vmHeading, container: containerHeading }, x };
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
