/**
 * The built page from any static host: served from a subfolder by a plain file server, it loads,
 * asks nothing of any other origin, and still opens with the network gone after the first visit.
 */

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  buildDist,
  hasChromium,
  launchChromium,
  serveSubfolder,
  type Browser,
  type Chromium,
  type Preview,
} from './harness';
import { chromiumNeed, reportNeed } from '../machine-needs';
import { run, terminalText } from './page-helpers';
import { firstCommandJs } from './first-command-js';

/** Issue 15: the page's JavaScript before it is ready for a command (gzip -9). */
const INITIAL_BUDGET_KIB = 90;
/**
 * The JavaScript before the first command completes (gzip -9). Issue 15 asks for 90 KiB; the docker
 * client, engine and catalog the first line waits for are 252 KiB today, so this is a ratchet at
 * today's size: lower it as the client is split. (Raised once, 250 → 253, when issue 13's shell
 * state hand-over and issue 14's challenge goals and page hooks merged: 2.9 KiB.)
 */
const FIRST_COMMAND_BUDGET_KIB = 253;

const available = hasChromium();
reportNeed(chromiumNeed());

describe.skipIf(!available)('dist/ on a static host', () => {
  let server: Preview;
  let chrome: Chromium;
  let browser: Browser;
  let outDir: string;

  beforeAll(async () => {
    outDir = buildDist();
    server = await serveSubfolder('/kelas/pelabuhan/', outDir);
    chrome = await launchChromium();
  }, 120_000);

  // Each test its own page in a fresh context (no service worker or storage from the test before).
  beforeEach(async () => {
    browser = await chrome.fresh({ width: 1024, height: 640 });
  });

  afterEach(async () => {
    await browser?.close();
  });

  afterAll(async () => {
    await chrome?.close();
    server?.stop();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  // What the page loads before it is ready (its entry and the modules it preloads): a type-only
  // import written `import { type X }` once pulled the whole client in (46 to 149 KiB).
  it('loads at most 90 KiB of JavaScript (gzip -9) before it is ready: the client and catalog come after', () => {
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/(?:src|href)="([^"]+\.js)"/g)].map((m) => m[1].replace(/^(\.\/|\/)/, ''));
    expect(scripts.length).toBeGreaterThan(0);
    const bytes = scripts.reduce((sum, p) => sum + gzipSync(readFileSync(join(outDir, p)), { level: 9 }).length, 0);
    expect(bytes / 1024).toBeLessThanOrEqual(INITIAL_BUDGET_KIB);
    expect(scripts.some((p) => /\/(client|registries|tabwriter|deferred-modules)-/.test(p))).toBe(false);
    // The manifest's count of the same set agrees with the page's own preload list.
    expect(Object.keys(firstCommandJs(outDir).initial.files).sort()).toEqual([...scripts].sort());
  });

  // What a reader who types at once waits for: the initial chunks and the deferred chunk the session
  // awaits before its first line, with everything they import statically (whatever other chunks exist).
  it(`runs the first command on ≤ ${FIRST_COMMAND_BUDGET_KIB} KiB of JS (gzip -9), nothing else served`, async () => {
    const { firstCommand } = firstCommandJs(outDir);
    expect(firstCommand.kib).toBeLessThanOrEqual(FIRST_COMMAND_BUDGET_KIB);
    // The count is whole: with every other script refused, the first command still runs.
    const allowed = new Set(Object.keys(firstCommand.files).map((f) => f.replace(/^.*\//, '')));
    const refused: string[] = [];
    const { page } = browser;
    await page.route('**/*.js', (route) => {
      const file = new URL(route.request().url()).pathname.replace(/^.*\//, '');
      if (allowed.has(file) || file === 'sw.js') return route.continue();
      refused.push(file);
      return route.abort();
    });
    await page.goto(`${server.url}?lang=en`);
    await page.waitForSelector('html[data-ready]');
    await run(page, 'docker version');
    expect(await terminalText(page)).toContain('Client:');
    expect(await terminalText(page)).not.toContain('could not be loaded');
  });

  it('works from a subfolder with only same-origin requests', async () => {
    const { page } = browser;
    const foreign: string[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.protocol.startsWith('http') && url.origin !== new URL(server.url).origin) foreign.push(r.url());
    });
    await page.goto(server.url);
    await page.waitForSelector('html[data-ready]');
    await run(page, 'docker version');
    expect(await terminalText(page)).toContain('Client:');
    expect(foreign).toEqual([]);
  });

  it('opens offline after the first visit (service worker)', async () => {
    const { page, context } = browser;
    await page.goto(server.url);
    await page.waitForSelector('html[data-ready]');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // The first load is not yet controlled; a reload is, and fills nothing new.
    await page.reload();
    await page.waitForSelector('html[data-ready]');
    await context.setOffline(true);
    try {
      await page.goto(`${server.url}?view=layers`);
      await page.waitForSelector('html[data-ready]', { timeout: 10_000 });
      expect(await page.getByRole('tab', { name: 'Images & layers' }).getAttribute('aria-selected')).toBe('true');
    } finally {
      await context.setOffline(false);
    }
  });

  it('turns animation off for readers who ask for reduced motion, until they choose a speed', async () => {
    const reduced = await chrome.fresh({ width: 1024, height: 640, reducedMotion: 'reduce' });
    try {
      await reduced.page.goto(`${server.url}?lang=en`);
      await reduced.page.waitForSelector('html[data-ready]');
      const speed = reduced.page.getByLabel('Animation');
      expect(await speed.inputValue()).toBe('0');
      await speed.selectOption('1');
      await reduced.page.reload();
      await reduced.page.waitForSelector('html[data-ready]');
      expect(await reduced.page.getByLabel('Animation').inputValue()).toBe('1');
    } finally {
      await reduced.close();
    }
  });
});
