/**
 * `npm run bench:page`: the page's budgets, measured in headless chromium against the built dist/
 * (these are measurements, not timed tests). Prints medians and the machine.
 *
 *  - initial JavaScript (gzip -9 of every script fetched before the page is ready for a command)
 *  - navigation to ready-for-a-command
 *  - Enter to output for a non-pull command with 200 containers (Event Timing duration, and the
 *    synchronous work from keydown to the output in the DOM)
 *  - the longest task while 100 containers animate (daemon stop and start on the layers view)
 */

import { cpus, totalmem, release } from 'node:os';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { createWorld, serializeWorld } from '../../src/model/world/world';
import { route } from '../../src/model/api/route';
import { buildDist, CHROMIUM, launch, startPreview } from './harness';

const RUNS = Number(process.env.RUNS ?? 7);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** A saved session whose world has `n` running containers of alpine (made through the Engine API). */
function sessionWith(n: number): string {
  const world = createWorld({ seed: 1 });
  route(world, { method: 'POST', path: '/v1.50/images/create?fromImage=nginx&tag=alpine' });
  for (let i = 0; i < n; i++) {
    const created = route(world, {
      method: 'POST',
      path: `/v1.50/containers/create?name=c${i}`,
      body: { Image: 'nginx:alpine' },
    });
    route(world, { method: 'POST', path: `/v1.50/containers/${(created.json as { Id: string }).Id}/start` });
  }
  return JSON.stringify({
    format: 1,
    world: serializeWorld(world),
    history: [],
    transcript: [],
    apiLog: [],
    nextId: 1,
  });
}

async function main(): Promise<void> {
  const outDir = buildDist();
  const preview = await startPreview(outDir);
  const results: Record<string, string> = {};
  try {
    // 1. Initial JavaScript and time to ready (fresh profile each run: a cold cache).
    const ready: number[] = [];
    let initialJs = 0;
    let scripts: string[] = [];
    for (let i = 0; i < RUNS; i++) {
      const b = await launch(1280, 720);
      await b.page.goto(preview.url);
      await b.page.waitForSelector('html[data-ready]');
      // The scripts that had arrived when the page became ready (Resource Timing, not a race).
      const timing = await b.page.evaluate(() => {
        const readyAt = performance.getEntriesByName('pelabuhan:ready')[0]?.startTime ?? NaN;
        const scripts = performance
          .getEntriesByType('resource')
          .filter((e) => e.name.endsWith('.js') && (e as PerformanceResourceTiming).responseEnd <= readyAt)
          .map((e) => new URL(e.name).pathname);
        return { readyAt, scripts };
      });
      ready.push(timing.readyAt);
      if (i === 0) {
        scripts = [...new Set(timing.scripts)];
        initialJs = scripts.reduce(
          (sum, p) => sum + gzipSync(readFileSync(join(outDir, p.replace(/^\//, ''))), { level: 9 }).length,
          0,
        );
      }
      await b.close();
    }
    results['initial JavaScript (gzip -9, fetched before ready)'] =
      `${(initialJs / 1024).toFixed(1)} KiB in ${scripts.length} files (budget 100 KiB)`;
    results['navigation → ready for a command (median, cold)'] =
      `${median(ready).toFixed(0)} ms (budget 500 ms; runs: ${ready.map((r) => r.toFixed(0)).join(', ')})`;

    // 2. Enter to output with 200 containers.
    const b = await launch(1280, 720);
    const saved = sessionWith(200);
    await b.page.goto(preview.url);
    await b.page.evaluate((s) => localStorage.setItem('pelabuhan.session', s), saved);
    await b.page.goto(`${preview.url}?view=layers`);
    await b.page.waitForSelector('html[data-ready]');
    await b.page.waitForTimeout(500);
    const sync: number[] = [];
    const eventDurations: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const line = i % 2 ? 'docker ps -a' : 'docker images';
      const m = await b.page.evaluate(async (text) => {
        const app = document.querySelector('sim-app')!;
        const term = app.shadowRoot!.querySelector('sim-terminal')!;
        const input = term.shadowRoot!.querySelector('input')!;
        input.value = text;
        const seen: number[] = [];
        const po = new PerformanceObserver((list) => {
          for (const e of list.getEntries()) if (e.name === 'keydown') seen.push(e.duration);
        });
        po.observe({ type: 'event', durationThreshold: 16, buffered: false } as PerformanceObserverInit);
        const before = term.shadowRoot!.querySelectorAll('.block').length;
        const t0 = performance.now();
        input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
        await (app as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        await (term as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        const t1 = performance.now();
        const after = term.shadowRoot!.querySelectorAll('.block').length;
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        const t2 = performance.now();
        await new Promise((r) => setTimeout(r, 300));
        po.disconnect();
        return { sync: t1 - t0, frame: t2 - t0, printed: after > before, event: seen };
      }, line);
      if (!m.printed) throw new Error(`${line}: no output block appeared`);
      sync.push(m.sync);
      eventDurations.push(m.frame);
    }
    results['Enter → output in DOM, 200 containers (median sync work)'] =
      `${median(sync).toFixed(1)} ms (budget 16 ms; runs: ${sync.map((x) => x.toFixed(1)).join(', ')})`;
    results['Enter → next frame painted (median)'] = `${median(eventDurations).toFixed(1)} ms`;

    // 3. Long tasks while 100 containers animate.
    const c = await launch(1280, 720);
    await c.page.goto(preview.url);
    await c.page.evaluate((s) => localStorage.setItem('pelabuhan.session', s), sessionWith(100));
    const longest: number[] = [];
    for (const view of ['layers', 'architecture', 'lifecycle', 'resources']) {
      await c.page.goto(`${preview.url}?view=${view}`);
      await c.page.waitForSelector('html[data-ready]');
      await c.page.waitForTimeout(600);
      const tasks = await c.page.evaluate(async () => {
        const durations: number[] = [];
        const po = new PerformanceObserver((list) => list.getEntries().forEach((e) => durations.push(e.duration)));
        po.observe({ type: 'longtask' });
        const app = document.querySelector('sim-app')!;
        const toggle = app.shadowRoot!.querySelector<HTMLButtonElement>('[role="switch"]')!;
        toggle.click();
        await new Promise((r) => setTimeout(r, 1500));
        toggle.click();
        await new Promise((r) => setTimeout(r, 1500));
        po.disconnect();
        return durations;
      });
      longest.push(Math.max(0, ...tasks));
      results[`longest task animating 100 containers: ${view}`] =
        `${Math.max(0, ...tasks).toFixed(0)} ms (${tasks.length} tasks over 50 ms; budget 50 ms)`;
    }
    await c.close();
    await b.close();
  } finally {
    preview.stop();
    rmSync(outDir, { recursive: true, force: true });
  }
  const version = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).trim();
  console.log(
    `machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Linux ` +
      `${release()}, node ${process.version}, ${version}`,
  );
  for (const [k, v] of Object.entries(results)) console.log(`${k}: ${v}`);
}

void main();
