/**
 * `npm run bench:page`: the page's budgets of issue 15, measured in headless chromium against the
 * built dist/ served with gzip on loopback (measurements, not timed tests). Prints medians with the
 * machine and its load average beside them, and keeps everything as JSON
 * (`BENCH_JSON=path`, else `bench-results/page-<time>.json`) for comparing before and after.
 *
 *  - cold loads (fresh profile each): first contentful paint, ready for a command, and the
 *    JavaScript a reader who types at once waits for (`docker version` pressed at ready; the vite
 *    manifest's count and what the browser fetched)
 *  - the scripted session (session-script.ts) under a chromium trace: every task over 50 ms, the
 *    longest one broken down into its events and sampled functions (named through source maps)
 *  - Enter → output (synchronous work, next frame) for `ps -a`, `images`, `inspect` at 1,000 containers
 */

import { cpus, loadavg, release, totalmem } from 'node:os';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { buildDist, CHROMIUM, launch, ROOT, startPreview } from './harness';
import { coldLoad, type ColdLoad } from './bench/cold-load';
import { scriptedSession, type Phase } from './bench/session-script';
import { startTrace, type LongTask } from './bench/trace';
import { sourcePlaces } from './bench/source-places';
import { firstCommandJs } from './first-command-js';

const RUNS = Number(process.env.RUNS ?? 5);

function median(xs: number[]): number {
  const s = [...xs].filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const ms = (x: number) => `${x.toFixed(0)} ms`;
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

async function main(): Promise<void> {
  const outDir = buildDist(undefined, ['--sourcemap', 'hidden']);
  const preview = await startPreview(outDir);
  const loadBefore = load();
  const rows: [string, string, string][] = [];
  let cold: ColdLoad[] = [];
  let phases: Phase[] = [];
  let longTasks: LongTask[] = [];
  try {
    for (let i = 0; i < RUNS; i++) cold.push(await coldLoad(preview.url, outDir));
    const js = firstCommandJs(outDir);
    const fetched = cold[0].scripts;
    const fetchedKib = Object.values(fetched).reduce((a, b) => a + b, 0) / 1024;
    rows.push(['JS before ready (manifest, gzip -9)', `${js.initial.kib} KiB`, '≤ 90 KiB']);
    rows.push(['JS before the first command completes (manifest)', `${js.firstCommand.kib} KiB`, '≤ 90 KiB']);
    rows.push([
      'JS fetched before `docker version` printed (browser)',
      `${fetchedKib.toFixed(1)} KiB in ${Object.keys(fetched).length} files`,
      '≤ 90 KiB',
    ]);
    rows.push(['first contentful paint (cold)', ms(median(cold.map((c) => c.fcpMs))), '≤ 200 ms']);
    rows.push(['navigation → ready for a command (cold)', ms(median(cold.map((c) => c.readyMs))), '≤ 300 ms']);
    rows.push(['navigation → first command printed (cold)', ms(median(cold.map((c) => c.firstCommandMs))), '']);
    rows.push([
      'longest task while loading (cold)',
      ms(median(cold.map((c) => Math.max(0, ...c.longTasks)))),
      '≤ 50 ms',
    ]);

    const b = await launch(1280, 720);
    try {
      const trace = await startTrace(b.page, sourcePlaces(outDir));
      phases = await scriptedSession(b.page, preview.url, RUNS);
      longTasks = await trace.stop(50);
    } finally {
      await b.close();
    }
    for (const p of phases) {
      rows.push([
        `long tasks: ${p.name}`,
        `${p.longTasks.filter((t) => t > 50).length}, longest ${ms(Math.max(0, ...p.longTasks))}`,
        '0',
      ]);
    }
    for (const line of ['docker ps -a', 'docker images', 'docker inspect c500']) {
      const runs = phases.flatMap((p) => p.commands.filter((c) => c.line === line));
      rows.push([
        `Enter → output in DOM, 1,000 containers: ${line}`,
        `${median(runs.map((r) => r.syncMs)).toFixed(1)} ms`,
        '≤ 16 ms',
      ]);
      rows.push([
        `Enter → next frame, 1,000 containers: ${line}`,
        `${median(runs.map((r) => r.frameMs)).toFixed(1)} ms`,
        '',
      ]);
    }
    rows.push([
      'tasks over 50 ms in the whole session (trace)',
      `${longTasks.length}, ${longTasks.reduce((a, t) => a + t.ms, 0).toFixed(0)} ms in all`,
      '0',
    ]);
  } finally {
    preview.stop();
    rmSync(outDir, { recursive: true, force: true });
  }
  const version = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).trim();
  const machine =
    `${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Linux ${release()}, ` +
    `node ${process.version}, ${version}`;
  console.log(`machine: ${machine}`);
  console.log(`load average (1, 5, 15 min): before ${loadBefore}, after ${load()}; ${RUNS} runs, medians`);
  const width = Math.max(...rows.map((r) => r[0].length));
  for (const [k, v, budget] of rows) console.log(`${k.padEnd(width)}  ${v.padStart(12)}  ${budget}`);
  const longest = longTasks[0];
  if (longest) {
    console.log(`\nlongest task: ${longest.ms} ms at ${longest.atMs} ms of the trace`);
    for (const e of longest.events) console.log(`  event ${String(e.ms).padStart(7)} ms  ${e.what}`);
    for (const f of longest.functions) console.log(`  self  ${String(f.ms).padStart(7)} ms  ${f.what}`);
  }
  const path = process.env.BENCH_JSON ?? join(ROOT, 'bench-results', `page-${new Date().toISOString()}.json`);
  mkdirSync(dirname(path), { recursive: true });
  const json = { machine, load: { before: loadBefore, after: load() }, runs: RUNS, rows, cold, phases, longTasks };
  writeFileSync(path, `${JSON.stringify(json, null, 2)}\n`);
  console.log(`\nJSON: ${path}`);
}

void main();
