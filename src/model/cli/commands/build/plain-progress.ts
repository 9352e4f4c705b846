// buildkit's plain progress (progressui/printer.go textMux, as buildx v0.24.0 vendors it): `#N name`
// when a step becomes the one shown, its statuses, warnings and log lines prefixed `#N`, then
// `#N DONE 0.1s`, `#N CACHED` or `#N ERROR: …`; `#N ...` when another step interrupts it. Steps
// are numbered in the order they are first printed; `#0` is the builder's description.
import { formatBytes, goFixed } from './units';
import {
  intervalsSeconds,
  isCompleted,
  isStarted,
  mergeIntervals,
  mostRecentInterval,
  type Trace,
  type TraceVertex,
} from './trace';

const MIN_PROGRESS_DELTA = 0.05;
const MIN_TIME_DELTA_MS = 5000;
const LOGS_BUFFER_SIZE = 10;

/** The printer's state between updates. */
export interface TextMux {
  current: string;
  last: Map<string, { current: number; timestamp: number }>;
  notFirst: boolean;
  nextIndex: number;
  desc: string;
}

/** A printer that starts with `#0 <desc>`. */
export function newTextMux(desc: string): TextMux {
  return { current: '', last: new Map(), notFirst: false, nextIndex: 0, desc };
}

/** printVtx: what one step adds to the output now. */
function printVtx(p: TextMux, t: Trace, dgst: string): string {
  const v = t.byDigest.get(dgst);
  if (!v) return '';
  let out = '';
  if (v.index === 0) v.index = ++p.nextIndex;
  if (dgst !== p.current) {
    if (p.current !== '') {
      const old = t.byDigest.get(p.current)!;
      if (old.logsPartial) out += '\n';
      old.logsOffset = 0;
      out += `#${old.index} ...\n`;
    }
    if (p.notFirst) out += '\n';
    else {
      if (p.desc !== '') out += `#0 ${p.desc}\n\n`;
      p.notFirst = true;
    }
    out += `#${v.index} ${v.vertex.name}\n`;
  }
  let isOpenStatus = false;
  for (const s of v.statuses) {
    if (!v.statusUpdates.has(s.id)) continue;
    const cur = v.byId.get(s.id) ?? s;
    const last = p.last.get(cur.id);
    if (last && cur.completed === undefined) {
      const progressDelta = cur.total ? (cur.current - last.current) / cur.total : 0;
      if (progressDelta < MIN_PROGRESS_DELTA && cur.timestamp - last.timestamp < MIN_TIME_DELTA_MS) continue;
    }
    p.last.set(cur.id, { current: cur.current, timestamp: cur.timestamp });
    let bytes = '';
    if (cur.total) bytes = ` ${formatBytes(cur.current)} / ${formatBytes(cur.total)}`;
    else if (cur.current) bytes = ` ${formatBytes(cur.current)}`;
    let tm = '';
    const end = cur.completed ?? cur.timestamp;
    if (cur.started !== undefined) {
      const diff = (end - cur.started) / 1000;
      if (diff > 0.01) tm = ` ${goFixed(diff, 1)}s`;
    }
    if (cur.completed !== undefined) tm += ' done';
    else isOpenStatus = true;
    out += `#${v.index} ${cur.id}${bytes}${tm}\n`;
  }
  v.statusUpdates.clear();
  for (const w of v.warnings.slice(v.warningIdx)) {
    out += `#${v.index} WARN: ${w.short}\n`;
    v.warningIdx++;
  }
  v.logs.forEach((l, i) => {
    if (i === 0 && v.logsOffset !== 0) {
      l = l.slice(v.logsOffset);
      out += l;
    } else out += `#${v.index} ${l}`;
    if (i !== v.logs.length - 1 || !v.logsPartial) out += '\n';
    if (!v.logsPartial || i !== v.logs.length - 1) {
      v.logsBuffer.push(l);
      if (v.logsBuffer.length > LOGS_BUFFER_SIZE) v.logsBuffer.shift();
    }
  });
  if (v.logs.length > 0) {
    if (v.logsPartial) {
      v.logs = v.logs.slice(-1);
      v.logsOffset = v.logs[0].length;
    } else {
      v.logs = [];
      v.logsOffset = 0;
    }
  }
  p.current = dgst;
  if (isCompleted(v) && !isOpenStatus) {
    p.current = '';
    if (v.logsPartial) out += '\n';
    const error = v.vertex.error;
    if (error) out += error.endsWith('context canceled') ? `#${v.index} CANCELED\n` : `#${v.index} ERROR: ${error}\n`;
    else if (v.vertex.cached) out += `#${v.index} CACHED\n`;
    else {
      const ivals = mergeIntervals([...v.intervals.values()]);
      const tm = ivals.length > 0 ? ` ${goFixed(intervalsSeconds(ivals, 0), 1)}s` : '';
      out += `#${v.index} DONE${tm}\n`;
    }
  }
  t.updates.delete(dgst);
  return out;
}

/** textMux.print: the completed steps first (in the order they ended), then the one in progress. */
export function printText(p: TextMux, t: Trace): string {
  const completed: TraceVertex[] = [];
  const rest: TraceVertex[] = [];
  for (const dgst of t.updates) {
    const v = t.byDigest.get(dgst);
    if (!v) continue;
    (isCompleted(v) ? completed : rest).push(v);
  }
  let out = '';
  const current = p.current;
  if (completed.some((v) => v.digest === current)) out += printVtx(p, t, current);
  // A stable sort keeps steps that ended at the same moment in the order they changed.
  completed.sort((a, b) => (mostRecentInterval(a)!.stop ?? 0) - (mostRecentInterval(b)!.stop ?? 0));
  for (const v of completed) if (v.digest !== current) out += printVtx(p, t, v.digest);
  if (rest.length === 0) {
    if (current !== '') {
      const v = t.byDigest.get(current);
      if (v && isStarted(v) && !isCompleted(v)) return out;
    }
    // Make an open step the one shown.
    for (const v of t.byDigest.values()) {
      if (isStarted(v) && !isCompleted(v)) return out + printVtx(p, t, v.digest);
    }
    return out;
  }
  if (rest.some((v) => v.digest === current)) out += printVtx(p, t, current);
  // With nothing shown, the busiest step becomes the one shown; the model's steps run one at a time,
  // so the first that changed stands in for buildkit's speed ranking (which reads the wall clock).
  if (current === '' || completed.some((v) => v.digest === current)) {
    const next = rest.find((v) => v.digest !== current) ?? rest[0];
    if (next && t.updates.has(next.digest)) out += printVtx(p, t, next.digest);
  }
  return out;
}
