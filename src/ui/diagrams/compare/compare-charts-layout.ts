/**
 * The comparison's two charts as pure data: one VM's boot phases stacked beside one container's
 * start phases on a shared time axis (linear, or logarithmic so the container's sub-second start is
 * more than a sliver), and each side's RAM and disk over the race as step lines under the host's
 * capacity (linear, or logarithmic so a container's megabytes show beside a VM's gigabytes).
 */

import { line, curveStepAfter, scaleLinear, scaleLog, scaleSymlog } from 'd3';
import {
  type ComparisonRun,
  type RaceResult,
  type Phase,
  VM_PROFILES,
  CONTAINER_PHASE_PARAMS,
} from '../../../model/comparison';
import { axisTicks, LOG_KNEE_MS, type GanttAxis } from './compare-layout';
import { levelAt, seriesOf, type MeterResource } from './compare-meters-layout';

/** A linear or a logarithmic axis. */
export type ChartAxis = GanttAxis;

/** One phase of the one-instance bar. */
export interface PhaseSegment {
  phase: Phase;
  startMs: number;
  endMs: number;
  x0: number;
  x1: number;
  /** The parameters its duration is computed from. */
  cite: string[];
}

/** One side's bar: one instance alone on the host. */
export interface PhaseBarRow {
  side: 'vm' | 'container';
  y: number;
  totalMs: number;
  segments: PhaseSegment[];
  cite: string[];
}

/** A tick of an axis: its value and where it is drawn. */
export interface ChartTick {
  value: number;
  at: number;
}

/** The stacked bar chart of one VM beside one container. */
export interface PhaseBarsLayout {
  width: number;
  axis: ChartAxis;
  height: number;
  left: number;
  right: number;
  barHeight: number;
  rows: PhaseBarRow[];
  ticks: ChartTick[];
  axisY: number;
}

const BAR_HEIGHT = 22;
const ROW_GAP = 20;
const MARGIN = { left: 8, right: 64, top: 18 };

/**
 * The parameters a phase's duration comes from: its own, and its share of I/O
 * (docs/reference/vm-container-model.md §3.1).
 */
export function phaseCite(run: ComparisonRun, side: 'vm' | 'container', phase: Phase, param: string): string[] {
  if (phase === 'app') return [run.app.startParam, 'io_app'];
  if (side === 'container') return [CONTAINER_PHASE_PARAMS.find((p) => p.phase === phase)?.param ?? param];
  const spec = VM_PROFILES[run.profile.id].phases.find((p) => p.phase === phase);
  return spec ? [spec.param, ...(spec.io ? [spec.io] : [])] : [param];
}

/** The time scale of the bars: linear, or the Gantt's log(1 + ms / knee), on which 0 stays 0. */
function timeScale(axis: ChartAxis, endMs: number, left: number, right: number) {
  return axis === 'log'
    ? scaleSymlog().constant(LOG_KNEE_MS).domain([0, endMs]).range([left, right]).clamp(true)
    : scaleLinear().domain([0, endMs]).range([left, right]).clamp(true);
}

/** Lays out one VM's phases over one container's, `width` pixels wide, on a `axis` time axis. */
export function layoutPhaseBars(run: ComparisonRun, width: number, axis: ChartAxis): PhaseBarsLayout {
  const endMs = Math.max(run.vm.singleMs, run.container.singleMs, 1);
  const left = MARGIN.left;
  const right = Math.max(left + 40, width - MARGIN.right);
  const x = timeScale(axis, endMs, left, right);
  const rows: PhaseBarRow[] = (['vm', 'container'] as const).map((side, i) => {
    const race: RaceResult = run[side];
    const segments = race.singlePhases.map((p) => ({
      phase: p.phase,
      startMs: p.startMs,
      endMs: p.endMs,
      x0: x(p.startMs),
      x1: x(p.endMs),
      cite: phaseCite(run, side, p.phase, p.param),
    }));
    return {
      side,
      y: MARGIN.top + i * (BAR_HEIGHT + ROW_GAP),
      totalMs: race.singleMs,
      segments,
      cite: [...new Set(segments.flatMap((s) => s.cite))],
    };
  });
  const axisY = MARGIN.top + 2 * BAR_HEIGHT + ROW_GAP + 8;
  const ticks = axisTicks(axis, endMs, right - left).map((value) => ({ value, at: x(value) }));
  return { width, axis, height: axisY + 20, left, right, barHeight: BAR_HEIGHT, rows, ticks, axisY };
}

/** One side's line in a resource panel. */
export interface ResourceLine {
  side: 'vm' | 'container';
  /** The SVG path of the step line. */
  d: string;
  endValue: number;
}

/** One small multiple: a resource's use over the race, both sides, under the host's capacity. */
export interface ResourcePanel {
  resource: MeterResource;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The plot area inside the panel (panel coordinates). */
  plot: { left: number; right: number; top: number; bottom: number };
  capacity: number;
  capacityY: number;
  lines: ResourceLine[];
  xTicks: ChartTick[];
  yTicks: ChartTick[];
  /** The hand's x at a race time. */
  timeX: (ms: number) => number;
}

/** Both panels, side by side when there is room, else one above the other. */
export interface ResourceChartLayout {
  width: number;
  height: number;
  endMs: number;
  axis: ChartAxis;
  panels: ResourcePanel[];
}

const GIB = 1024 ** 3;
const PANEL_HEIGHT = 170;
const PANEL_GAP = 16;
const PLOT = { left: 58, right: 10, top: 14, bottom: 24 };
/** Below this width the two panels stack. */
export const STACK_BELOW_PX = 560;

/** A series as points to draw: its steps, held until the end of the race. */
export function stepPoints(race: RaceResult, resource: MeterResource, endMs: number): Array<[number, number]> {
  const points = seriesOf(race, resource)
    .points.filter((p) => p.atMs <= endMs)
    .map((p): [number, number] => [p.atMs, p.value]);
  const last = points[points.length - 1];
  if (last && last[0] < endMs) points.push([endMs, last[1]]);
  return points;
}

/** The lowest power of `base` at or below `v` (v > 0). */
function floorPow(v: number, base: number): number {
  return base ** Math.floor(Math.log(v) / Math.log(base) + 1e-9);
}

/**
 * Value ticks: RAM in binary steps (GiB on a linear axis, powers of two on a log one), disk in
 * decimal ones, as the meters and docker write them; at most five.
 */
export function valueTicks(resource: MeterResource, axis: ChartAxis, domain: [number, number]): number[] {
  let ticks: number[];
  if (axis === 'linear') {
    const unit = resource === 'ram' ? GIB : 1;
    ticks = scaleLinear()
      .domain([domain[0] / unit, domain[1] / unit])
      .ticks(4)
      .map((t) => t * unit);
  } else {
    const base = resource === 'ram' ? 2 : 10;
    ticks = [];
    for (let t = floorPow(domain[0], base); t <= domain[1] * (1 + 1e-9); t *= base)
      if (t >= domain[0] * (1 - 1e-9)) ticks.push(t);
  }
  while (ticks.length > 5) ticks = ticks.filter((_, i) => i % 2 === 0);
  return ticks;
}

/** Lays out the RAM and disk panels of a run, `width` pixels wide, values on a `axis` scale. */
export function layoutResourceChart(run: ComparisonRun, width: number, axis: ChartAxis): ResourceChartLayout {
  const endMs = Math.max(run.vm.timeline.endMs, run.container.timeline.endMs, 1);
  const stacked = width < STACK_BELOW_PX;
  const panelWidth = stacked ? width : (width - PANEL_GAP) / 2;
  const resources: MeterResource[] = ['ram', 'disk'];
  const panels = resources.map((resource, i): ResourcePanel => {
    const plot = { left: PLOT.left, right: panelWidth - PLOT.right, top: PLOT.top, bottom: PANEL_HEIGHT - PLOT.bottom };
    const capacity = seriesOf(run.vm, resource).capacity;
    const sides = (['vm', 'container'] as const).map((side) => ({
      side,
      points: stepPoints(run[side], resource, endMs),
    }));
    const values = sides.flatMap((s) => s.points.map((p) => p[1]));
    const max = Math.max(capacity, ...values);
    const positive = values.filter((v) => v > 0);
    // A log axis starts at the power below the smallest level drawn, so every line stays inside it.
    const low = floorPow(Math.min(...(positive.length ? positive : [capacity / 1000])), resource === 'ram' ? 2 : 10);
    const domain: [number, number] = axis === 'log' ? [low, max * 1.3] : [0, max * 1.08];
    const y = (axis === 'log' ? scaleLog() : scaleLinear()).domain(domain).range([plot.bottom, plot.top]).clamp(true);
    const x = scaleLinear().domain([0, endMs]).range([plot.left, plot.right]).clamp(true);
    const path = line<[number, number]>()
      .x((p) => x(p[0]))
      .y((p) => y(Math.max(p[1], domain[0])))
      .curve(curveStepAfter);
    return {
      resource,
      x: stacked ? 0 : i * (panelWidth + PANEL_GAP),
      y: stacked ? i * (PANEL_HEIGHT + PANEL_GAP) : 0,
      width: panelWidth,
      height: PANEL_HEIGHT,
      plot,
      capacity,
      capacityY: y(capacity),
      lines: sides.map((s) => ({
        side: s.side,
        d: path(s.points) ?? '',
        endValue: levelAt(seriesOf(run[s.side], resource), endMs),
      })),
      xTicks: x
        .ticks(Math.max(3, Math.floor((plot.right - plot.left) / 100)))
        .map((value) => ({ value, at: x(value) })),
      yTicks: valueTicks(resource, axis, domain).map((value) => ({ value, at: y(value) })),
      timeX: (ms) => x(ms),
    };
  });
  const height = stacked ? 2 * PANEL_HEIGHT + PANEL_GAP : PANEL_HEIGHT;
  return { width, height, endMs, axis, panels };
}
