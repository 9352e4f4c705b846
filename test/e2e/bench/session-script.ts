/**
 * The page bench's scripted session (issue 15): load; pull; run; `ps -a`, `images` and `inspect`
 * with 1,000 containers; every view; the comparison race with 50 + 50; a lesson step. Each phase
 * keeps the long tasks the page saw (a `longtask` observer installed before any script runs) and
 * the Enter-to-output times of its commands.
 */

import type { Page } from 'playwright-core';
import { createWorld, serializeWorld } from '../../../src/model/world/world';
import { route } from '../../../src/model/api/route';
import { VIEWS } from '../../../src/ui/common/prefs';

/** A saved session whose world has `n` running containers of nginx:alpine (made through the Engine API). */
export function sessionWith(n: number): string {
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

/** Installed before the page's scripts: every long task of every document, kept on `window`. */
export const LONG_TASK_OBSERVER = `
  window.__longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push(Math.round(e.duration));
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
`;

/** What one phase of the session saw. */
export interface Phase {
  name: string;
  /** Long tasks (ms) of the documents the phase used. */
  longTasks: number[];
  /** Enter → output in the DOM (synchronous work) and → the next frame, per command line. */
  commands: { line: string; syncMs: number; frameMs: number }[];
}

/** The long tasks the current document has seen (read before leaving it). */
async function longTasksOf(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as { __longTasks?: number[] }).__longTasks ?? []);
}

/** Waits until the terminal is idle. */
async function idle(page: Page): Promise<void> {
  await page.waitForSelector('sim-terminal[data-busy="false"]', { timeout: 60_000 });
}

/**
 * Types `line` and presses Enter inside the page, timing the synchronous work until the output
 * block is in the DOM and until the next frame (a `requestAnimationFrame` then a task).
 */
export async function timedLine(page: Page, line: string): Promise<{ syncMs: number; frameMs: number }> {
  const m = await page.evaluate(async (text) => {
    const app = document.querySelector('sim-app')!;
    const term = app.shadowRoot!.querySelector('sim-terminal')!;
    const input = term.shadowRoot!.querySelector('input')!;
    input.value = text;
    const before = term.shadowRoot!.querySelectorAll('.block').length;
    const t0 = performance.now();
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await (app as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    await (term as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const t1 = performance.now();
    const printed = term.shadowRoot!.querySelectorAll('.block').length > before;
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return { syncMs: t1 - t0, frameMs: performance.now() - t0, printed };
  }, line);
  if (!m.printed) throw new Error(`${line}: no output block appeared`);
  await idle(page);
  return { syncMs: m.syncMs, frameMs: m.frameMs };
}

/** Types a line through the keyboard and waits for the command to finish. */
async function typed(page: Page, line: string): Promise<void> {
  const input = page.getByRole('textbox', { name: 'Terminal' });
  await input.fill(line);
  await input.press('Enter');
  await page.waitForTimeout(50);
  await idle(page);
}

/** Runs the whole scripted session on a fresh page at `url`; `runs` repeats of each timed line. */
export async function scriptedSession(page: Page, url: string, runs: number): Promise<Phase[]> {
  await page.addInitScript(LONG_TASK_OBSERVER);
  const phases: Phase[] = [];
  const phase = async (name: string, work: () => Promise<Phase['commands']>) => {
    const commands = await work();
    phases.push({ name, longTasks: await longTasksOf(page), commands });
  };
  await phase('load, pull, run', async () => {
    await page.goto(`${url}?lang=en`);
    await page.waitForSelector('html[data-ready]');
    await typed(page, 'docker pull nginx:alpine');
    await typed(page, 'docker run -d --name web -p 8080:80 nginx:alpine');
    return [];
  });
  await phase('restore 1,000 containers; ps -a, images, inspect', async () => {
    await page.evaluate((s) => {
      localStorage.setItem('pelabuhan.session', s);
      // The page saves itself on pagehide: keep the 1,000 containers the bench just wrote.
      addEventListener('pagehide', () => localStorage.setItem('pelabuhan.session', s));
    }, sessionWith(1000));
    await page.goto(`${url}?view=layers&lang=en`);
    await page.waitForSelector('html[data-ready]');
    await page.waitForTimeout(500);
    const commands: Phase['commands'] = [];
    for (let i = 0; i < runs; i++) {
      for (const line of ['docker ps -a', 'docker images', 'docker inspect c500']) {
        commands.push({ line, ...(await timedLine(page, line)) });
      }
    }
    return commands;
  });
  await phase('every view with 1,000 containers', async () => {
    for (const view of VIEWS) {
      await page.locator(`#tab-${view}`).click();
      await page.waitForTimeout(400);
    }
    return [];
  });
  await phase('comparison race 50 + 50', async () => {
    await page.evaluate(() => {
      localStorage.clear();
      addEventListener('pagehide', () => localStorage.clear());
    });
    await page.goto(`${url}?view=compare&n=50&speed=2&lang=en`);
    await page.waitForSelector('sim-compare-controls [data-action="play"]');
    await page.locator('sim-compare-controls [data-action="play"]').click();
    await page.waitForSelector('sim-compare-view[data-done]', { timeout: 120_000 });
    return [];
  });
  await phase('a lesson step (images, step 3)', async () => {
    await page.goto(`${url}?lesson=images&step=3&lang=en`);
    const player = page.locator('[data-testid="lesson-player"]');
    await player.waitFor({ timeout: 30_000 });
    await player.getByRole('button', { name: 'Run', exact: true }).click();
    await player.getByRole('button', { name: 'Reveal', exact: true }).click();
    await idle(page);
    return [];
  });
  return phases;
}
