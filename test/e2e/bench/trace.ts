/**
 * Chromium's trace through CDP for the page bench: records the renderer's tasks and V8's CPU
 * samples during a scripted session, then names the long tasks (over 50 ms on the page's main
 * thread) and, for the longest, what ran inside it (the trace's own events and the functions the
 * samples caught, by self time). A measurement, never a test.
 */

import { writeFileSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';

/** What the trace records: tasks, script evaluation, V8 samples. */
const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
].join(',');

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: { name?: string; data?: Record<string, unknown> };
}

/** One part of a long task: a trace event or a sampled function, with its milliseconds. */
export interface TaskPart {
  what: string;
  ms: number;
}

/** A long task of the page's main thread. */
export interface LongTask {
  ms: number;
  /** Milliseconds after the trace began. */
  atMs: number;
  /** The trace's events directly inside the task (script evaluation, timers, layout), longest first. */
  events: TaskPart[];
  /** The sampled functions' self time inside the task, longest first. */
  functions: TaskPart[];
}

/** A running trace of one page. */
export interface Trace {
  /** Stops it and names the page's tasks over `thresholdMs`. */
  stop: (thresholdMs?: number) => Promise<LongTask[]>;
}

/** Starts tracing `page` (its renderer; the trace follows navigations). */
export async function startTrace(page: Page, namer: PlaceNamer = plainPlace): Promise<Trace> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReturnAsStream' });
  return {
    stop: async (thresholdMs = 50) => {
      const events = await endTrace(cdp);
      // Kept for a second look (BENCH_TRACE=path): chromium's trace viewer opens it too.
      if (process.env.BENCH_TRACE) writeFileSync(process.env.BENCH_TRACE, JSON.stringify({ traceEvents: events }));
      return longTasks(events, thresholdMs, namer);
    },
  };
}

async function endTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const complete = new Promise<string>((resolve) =>
    cdp.once('Tracing.tracingComplete', (e: { stream?: string }) => resolve(e.stream ?? '')),
  );
  await cdp.send('Tracing.end');
  const handle = await complete;
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle, size: 1 << 20 });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle });
  await cdp.detach();
  const parsed = JSON.parse(text) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
}

/** A place as V8 names it: function, file and line. */
export function plainPlace(frame: CallFrame): string {
  const file = (frame.url ?? '').replace(/^.*\//, '');
  return `${frame.functionName || '(anonymous)'} ${file}:${(frame.lineNumber ?? 0) + 1}`;
}

/** The renderer main threads (`pid:tid`). */
function mainThreads(events: TraceEvent[]): Set<string> {
  return new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
}

/** A trace event's short description (script URL file, function, timer). */
function describe(e: TraceEvent): string {
  const d = (e.args?.data ?? {}) as Record<string, unknown>;
  const url = typeof d.url === 'string' ? d.url.replace(/^.*\//, '') : '';
  const fn = typeof d.functionName === 'string' && d.functionName ? `${d.functionName} ` : '';
  const type = typeof d.type === 'string' ? ` ${d.type}` : '';
  return `${e.name}${type}${fn || url ? ` (${fn}${url})` : ''}`.trim();
}

interface Sample {
  thread: string;
  ts: number;
  node: CallFrame;
}

/** A sampled function's place (0-based line and column, as V8 gives them). */
export interface CallFrame {
  functionName: string;
  url?: string;
  lineNumber?: number;
  columnNumber?: number;
}

/** Names a sampled place in the source (through the build's source maps) or leaves it as it is. */
export type PlaceNamer = (frame: CallFrame) => string;

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
}

/** V8's samples from the trace's profile chunks, with their absolute times. */
function samples(events: TraceEvent[]): Sample[] {
  const out: Sample[] = [];
  const profiles = new Map<string, { time: number; nodes: Map<number, ProfileNode>; thread: string }>();
  for (const e of events) {
    const d = (e.args?.data ?? {}) as Record<string, unknown>;
    const key = `${e.pid}:${e.id}`;
    if (e.name === 'Profile') {
      profiles.set(key, { time: Number(d.startTime ?? e.ts), nodes: new Map(), thread: `${e.pid}:${e.tid}` });
    } else if (e.name === 'ProfileChunk') {
      const p = profiles.get(key);
      if (!p) continue;
      const cpu = (d.cpuProfile ?? {}) as { nodes?: ProfileNode[]; samples?: number[] };
      for (const n of cpu.nodes ?? []) p.nodes.set(n.id, n);
      const deltas = (d.timeDeltas ?? []) as number[];
      (cpu.samples ?? []).forEach((id, i) => {
        p.time += deltas[i] ?? 0;
        const node = p.nodes.get(id);
        if (node) out.push({ thread: p.thread, ts: p.time, node: node.callFrame });
      });
    }
  }
  return out;
}

function top(parts: Map<string, number>, n: number): TaskPart[] {
  return [...parts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([what, us]) => ({ what, ms: Math.round(us / 100) / 10 }));
}

/** The main thread's tasks over `thresholdMs`, longest first, the longest one broken down. */
function longTasks(events: TraceEvent[], thresholdMs: number, namer: PlaceNamer): LongTask[] {
  const mains = mainThreads(events);
  const onMain = (e: TraceEvent) => mains.has(`${e.pid}:${e.tid}`);
  const start = events.reduce((min, e) => (e.ts > 0 && e.ts < min ? e.ts : min), Infinity);
  const tasks = events
    .filter((e) => e.ph === 'X' && e.name === 'RunTask' && onMain(e) && (e.dur ?? 0) > thresholdMs * 1000)
    .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0));
  const sampled = samples(events);
  return tasks.map((task, index) => {
    const end = task.ts + (task.dur ?? 0);
    const inside = (e: { ts: number }) => e.ts >= task.ts && e.ts <= end;
    const parts = new Map<string, number>();
    const functions = new Map<string, number>();
    if (index === 0) {
      // Direct children only: events inside the task and not inside another event inside it.
      const children = events
        .filter((e) => e !== task && e.ph === 'X' && e.pid === task.pid && e.tid === task.tid && inside(e))
        .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
      let coveredTo = 0;
      for (const c of children) {
        if (c.ts < coveredTo) continue;
        coveredTo = c.ts + (c.dur ?? 0);
        parts.set(describe(c), (parts.get(describe(c)) ?? 0) + (c.dur ?? 0));
      }
      const thread = `${task.pid}:${task.tid}`;
      const mine = sampled.filter((s) => s.thread === thread && inside(s));
      mine.forEach((s, i) => {
        const next = mine[i + 1]?.ts ?? end;
        const key = namer(s.node);
        functions.set(key, (functions.get(key) ?? 0) + Math.min(next - s.ts, 1000));
      });
    }
    return {
      ms: Math.round((task.dur ?? 0) / 100) / 10,
      atMs: Math.round((task.ts - start) / 1000),
      events: top(parts, 8),
      functions: top(functions, 10),
    };
  });
}
