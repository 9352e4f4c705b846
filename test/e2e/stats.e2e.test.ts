/**
 * Limits, docker stats and the OOM kill in the page (headless chromium against the built dist/):
 * a mongo container limited to 20 MiB is OOM-killed, the terminal says Exited (137), and the
 * lifecycle and volumes-and-networks views draw its OOMKilled badge, in English and Indonesian.
 * Screenshots go to test-results/e2e/. Live `docker stats` in the page waits for the shell's jobs.
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildDist, hasChromium, launchChromium, ROOT, startPreview, type Chromium, type Preview } from './harness';
import { chromiumNeed, reportNeed } from '../machine-needs';
import { openFresh, run, terminalText } from './page-helpers';

const ARTIFACTS = join(ROOT, 'test-results/e2e');
const available = hasChromium();
reportNeed(chromiumNeed());

describe.skipIf(!available)('limits, stats and OOM in the page', () => {
  let preview: Preview;
  let outDir: string;
  let chrome: Chromium;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    outDir = buildDist();
    preview = await startPreview(outDir);
    chrome = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await chrome?.close();
    preview?.stop();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  it('an OOM-killed container shows Exited (137) and an OOMKilled badge in both views and languages', async () => {
    const { page, close } = await chrome.fresh({ width: 1280, height: 800 });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    try {
      await openFresh(page, `${preview.url}?view=lifecycle&lang=en`);
      for (const line of [
        'docker pull -q nginx',
        'docker pull -q mongo',
        'docker run -d --name web -m 100m --cpus 0.5 nginx',
        'docker run -d --name small -m 20m mongo',
        'sleep 5',
        'docker stats --no-stream web',
        'docker ps -a --format "{{.Names}} {{.Status}}"',
      ])
        await run(page, line);
      const text = await terminalText(page);
      expect(text).toMatch(/web\s+0\.00%\s+\d+(\.\d+)?MiB \/ 100MiB/);
      expect(text).toMatch(/small Exited \(137\)/);
      for (const lang of ['en', 'id']) {
        await page.goto(`${preview.url}?view=lifecycle&lang=${lang}`);
        await page.waitForSelector('html[data-ready]');
        await page.locator('sim-lifecycle-view select').selectOption({ label: 'small (exited)' });
        await page.waitForSelector('sim-lifecycle-view g.token[data-oom-killed="true"]');
        await page.screenshot({ path: join(ARTIFACTS, `oom-lifecycle-${lang}.png`) });
        await page.goto(`${preview.url}?view=resources&lang=${lang}`);
        await page.waitForSelector('html[data-ready]');
        await page.waitForSelector('sim-resources-view g.node[data-container-name="small"][data-oom-killed="true"]');
        expect(
          await page.locator('sim-resources-view g.node[data-container-name="web"]').getAttribute('data-oom-killed'),
        ).toBeNull();
        await page.screenshot({ path: join(ARTIFACTS, `oom-resources-${lang}.png`) });
      }
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 120_000);
});
