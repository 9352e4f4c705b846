/**
 * The browser set-up most page e2e suites share: the page built once into a temporary folder and
 * served, one Chromium, and each test on a fresh page of its own that fails the test on an error in
 * the page or a request to another origin. Call it at the top of a `describe`.
 */

import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { mkdirSync, rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { buildDist, launchChromium, startPreview, type Browser, type Chromium, type Preview } from './harness';

/** What the tests of a suite use; read it inside tests and hooks, after the suite's hooks ran. */
export interface PageSuite {
  readonly preview: Preview;
  readonly page: Page;
}

/** Registers the hooks of a page suite whose pages are `viewport`, screenshots going to `artifacts`. */
export function pageSuite(viewport: { width: number; height: number }, artifacts: string): PageSuite {
  let preview: Preview | undefined;
  let outDir: string | undefined;
  let chrome: Chromium | undefined;
  let browser: Browser | undefined;
  const errors: string[] = [];
  const foreign: string[] = [];

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    outDir = buildDist();
    preview = await startPreview(outDir);
    chrome = await launchChromium();
  }, 180_000);

  beforeEach(async () => {
    errors.length = 0;
    foreign.length = 0;
    browser = await chrome!.fresh(viewport);
    const page = browser.page;
    const origin = new URL(preview!.url).origin;
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) foreign.push(r.url());
    });
  });

  afterEach(async () => {
    await browser?.close();
    expect(errors, 'errors in the page').toEqual([]);
    expect(foreign, 'requests to another origin').toEqual([]);
  });

  afterAll(async () => {
    await chrome?.close();
    preview?.stop();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  return {
    get preview() {
      return preview!;
    },
    get page() {
      return browser!.page;
    },
  };
}
