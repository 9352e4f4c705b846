/**
 * One cold load of the built page (a fresh chromium profile): first contentful paint, ready for a
 * command, and a reader who types at once: `docker version` pressed the moment the page is ready,
 * with the JavaScript fetched until its output is shown (gzip -9 of each file, as built).
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch } from '../harness';
import { LONG_TASK_OBSERVER } from './session-script';

/** What one cold load measured. */
export interface ColdLoad {
  fcpMs: number;
  readyMs: number;
  /** Navigation → the first command's output in the DOM. */
  firstCommandMs: number;
  /** Scripts fetched before the first command's output (path → gzip -9 bytes). */
  scripts: Record<string, number>;
  longTasks: number[];
}

/** Loads `url` cold and runs `docker version` as soon as the page is ready. */
export async function coldLoad(url: string, outDir: string): Promise<ColdLoad> {
  const b = await launch(1280, 720);
  try {
    await b.page.addInitScript(LONG_TASK_OBSERVER);
    await b.page.goto(`${url}?lang=en`);
    await b.page.waitForSelector('html[data-ready]');
    await b.page.evaluate(() => {
      const term = document.querySelector('sim-app')!.shadowRoot!.querySelector('sim-terminal')!;
      const input = term.shadowRoot!.querySelector('input')!;
      input.value = 'docker version';
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    });
    // The output is in once the terminal shows the client's version block (checked every frame).
    await b.page.waitForFunction(
      () => {
        const term = document.querySelector('sim-app')!.shadowRoot!.querySelector('sim-terminal')!;
        const done = (term.shadowRoot!.textContent ?? '').includes('Client:');
        if (done) (window as unknown as { __printedAt: number }).__printedAt = performance.now();
        return done;
      },
      undefined,
      { polling: 'raf', timeout: 30_000 },
    );
    const m = await b.page.evaluate(() => {
      const at = (window as unknown as { __printedAt: number }).__printedAt;
      const scripts = performance
        .getEntriesByType('resource')
        .filter((e) => e.name.endsWith('.js') && (e as PerformanceResourceTiming).responseEnd <= at)
        .map((e) => new URL(e.name).pathname);
      return {
        fcpMs: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
        readyMs: performance.getEntriesByName('pelabuhan:ready')[0]?.startTime ?? NaN,
        firstCommandMs: at,
        scripts: [...new Set(scripts)],
        longTasks: (window as unknown as { __longTasks?: number[] }).__longTasks ?? [],
      };
    });
    const scripts: Record<string, number> = {};
    for (const p of m.scripts) {
      scripts[p] = gzipSync(readFileSync(join(outDir, p.replace(/^\//, ''))), { level: 9 }).length;
    }
    return { ...m, scripts };
  } finally {
    await b.close();
  }
}
