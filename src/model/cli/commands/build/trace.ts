// What buildkit's progressui keeps of a build's SolveStatus updates (util/progress/progressui/display.go
// `trace` and `vertex`, as buildx v0.24.0 vendors it): every step by digest, its intervals, statuses,
// log lines stamped with the seconds since the step started, and warnings. The plain and tty printers
// read it. Times are the trace's virtual milliseconds.
import type { BuildVertex, BuildVertexStatus, BuildVertexWarning, SolveStatus } from '../../../api/build-trace';
import { goFixed } from './units';

/** A time interval of a step (stop absent while it runs). */
export interface Interval {
  start: number;
  stop?: number;
}

/** One step as the display knows it. */
export interface TraceVertex {
  digest: string;
  vertex: BuildVertex;
  /** The `#N` the plain printer gave it (0 until printed). */
  index: number;
  intervals: Map<number, Interval>;
  merged: Interval[];
  /** Statuses in the order they started, and the ones changed since the last print. */
  statuses: BuildVertexStatus[];
  byId: Map<string, BuildVertexStatus>;
  statusUpdates: Set<string>;
  /** Log lines not yet printed (`0.215 hi`); the last may be partial. */
  logs: string[];
  logsPartial: boolean;
  logsOffset: number;
  /** The last ten whole lines, for the error block (printErrorLogs). */
  logsBuffer: string[];
  /** Every line, as the tty display keeps them. */
  allLogs: string[];
  warnings: BuildVertexWarning[];
  warningIdx: number;
}

/** The whole build as the display knows it. */
export interface Trace {
  byDigest: Map<string, TraceVertex>;
  /** Steps in the order they started. */
  vertexes: TraceVertex[];
  /** Steps changed since the last print, in the order they changed. */
  updates: Set<string>;
  startTime?: number;
  /** Every warning, in order (printed at the end: `1 warning found`). */
  warnings: BuildVertexWarning[];
}

/** A trace with nothing yet. */
export function newTrace(): Trace {
  return { byDigest: new Map(), vertexes: [], updates: new Set(), warnings: [] };
}

/** mergeIntervals: overlapping intervals become one; one that never stops swallows the rest. */
export function mergeIntervals(intervals: readonly Interval[]): Interval[] {
  const sorted = [...intervals].sort((a, b) => a.start - b.start);
  if (sorted.length === 0) return [];
  const merged: Interval[] = [];
  let cur = sorted[0];
  for (let i = 1; i < sorted.length; i++) {
    const next = sorted[i];
    if (cur.stop === undefined) {
      merged.push(cur);
      return merged;
    }
    if (cur.stop < next.start) {
      merged.push(cur);
      cur = next;
      continue;
    }
    if (next.stop === undefined) {
      merged.push({ start: cur.start });
      return merged;
    }
    if (cur.stop >= next.stop) continue;
    cur = { start: cur.start, stop: next.stop };
  }
  merged.push(cur);
  return merged;
}

/** The step's latest interval, if it started. */
export function mostRecentInterval(v: TraceVertex): Interval | undefined {
  return v.merged[v.merged.length - 1];
}

/** Whether the step started. */
export function isStarted(v: TraceVertex): boolean {
  return v.merged.length > 0;
}

/** Whether the step's latest interval ended. */
export function isCompleted(v: TraceVertex): boolean {
  const ival = mostRecentInterval(v);
  return ival !== undefined && ival.stop !== undefined;
}

/** The seconds of a set of intervals, a running one counted up to `now`. */
export function intervalsSeconds(intervals: readonly Interval[], now: number): number {
  return intervals.reduce((sum, i) => sum + ((i.stop ?? now) - i.start) / 1000, 0);
}

function newVertex(v: BuildVertex): TraceVertex {
  return {
    digest: v.digest,
    vertex: v,
    index: 0,
    intervals: new Map(),
    merged: [],
    statuses: [],
    byId: new Map(),
    statusUpdates: new Set(),
    logs: [],
    logsPartial: false,
    logsOffset: 0,
    logsBuffer: [],
    allLogs: [],
    warnings: [],
    warningIdx: 0,
  };
}

/** Whether a vertex update changes what is shown (triggerVertexEvent). */
function changed(old: BuildVertex | undefined, v: BuildVertex): boolean {
  if (!old) return true;
  return (
    v.name !== old.name ||
    v.started !== old.started ||
    (v.completed !== undefined && v.completed !== old.completed) ||
    Boolean(v.cached) !== Boolean(old.cached) ||
    v.error !== old.error
  );
}

/** A log line's stamp: seconds since the step started, 3 decimals under 10 s, 2 under 100, else 1. */
function logStamp(ms: number): string {
  const sec = ms / 1000;
  const prec = sec < 10 ? 3 : sec < 100 ? 2 : 1;
  return goFixed(sec, prec);
}

/** trace.update: folds one SolveStatus into the trace. */
export function updateTrace(t: Trace, s: SolveStatus): void {
  for (const v of s.vertexes ?? []) {
    t.startTime ??= v.started;
    let tv = t.byDigest.get(v.digest);
    const prev = tv;
    if (!tv) {
      tv = newVertex(v);
      t.byDigest.set(v.digest, tv);
    }
    if (v.started !== undefined && changed(prev?.vertex, v)) t.updates.add(v.digest);
    if (v.started !== undefined && (!prev || !isStarted(prev))) t.vertexes.push(tv);
    if (!prev || !isStarted(prev) || v.started !== undefined) tv.vertex = v;
    if (v.started !== undefined) {
      tv.intervals.set(v.started, { start: v.started, stop: v.completed });
      tv.merged = mergeIntervals([...tv.intervals.values()]);
    }
  }
  for (const st of s.statuses ?? []) {
    const tv = t.byDigest.get(st.vertex);
    if (!tv) continue;
    const prev = tv.byId.get(st.id);
    if (st.started !== undefined && (!prev || prev.started === undefined)) tv.statuses.push(st);
    else if (prev) tv.statuses = tv.statuses.map((x) => (x === prev ? st : x));
    tv.byId.set(st.id, st);
    tv.statusUpdates.add(st.id);
    t.updates.add(tv.digest);
  }
  for (const w of s.warnings ?? []) {
    const tv = t.byDigest.get(w.vertex);
    if (!tv) continue;
    tv.warnings.push(w);
    t.warnings.push(w);
  }
  for (const l of s.logs ?? []) {
    const tv = t.byDigest.get(l.vertex);
    if (!tv || l.data === '') continue;
    const parts = l.data.split('\n');
    const complete = parts[parts.length - 1] === '';
    if (complete) parts.pop();
    parts.forEach((dt, i) => {
      if (tv.logsPartial && tv.logs.length !== 0 && i === 0) {
        tv.logs[tv.logs.length - 1] += dt;
        tv.allLogs[tv.allLogs.length - 1] += dt;
      } else {
        const ival = mostRecentInterval(tv);
        const line = `${logStamp(ival ? l.timestamp - ival.start : 0)} ${dt}`;
        tv.logs.push(line);
        tv.allLogs.push(line);
      }
    });
    tv.logsPartial = !complete;
    t.updates.add(tv.digest);
  }
}

/** printErrorLogs: each failed step's name and its last lines between `------` rules. */
export function errorLogs(t: Trace, tty: boolean): string {
  let out = '';
  for (const v of t.vertexes) {
    const error = v.vertex.error;
    if (!error || error.endsWith('context canceled')) continue;
    out += `------\n > ${v.vertex.name}:\n`;
    // The tty display keeps every line; the plain printer its last ten.
    for (const l of tty ? v.allLogs : v.logsBuffer) out += `${l}\n`;
    out += '------\n';
  }
  return out;
}
