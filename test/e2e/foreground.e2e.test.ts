/**
 * A command that keeps the terminal, in chromium: an interactive container shell (`docker run -it`),
 * `docker logs -f` following a container live until Ctrl+C, and a prune prompt waiting for `y`.
 * Screenshots are saved to test-results/e2e/ (foreground-*.png).
 */

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  buildDist,
  hasChromium,
  launchChromium,
  ROOT,
  startPreview,
  type Browser,
  type Chromium,
  type Preview,
} from './harness';
import { chromiumNeed, reportNeed } from '../machine-needs';
import { openFresh, run, terminal, terminalText } from './page-helpers';

const ARTIFACTS = join(ROOT, 'test-results/e2e');
const available = hasChromium();
reportNeed(chromiumNeed());

/** Types a line and presses Enter, without waiting for the command to end (a job keeps the terminal). */
async function type(page: Page, line: string): Promise<void> {
  const input = terminal(page);
  await input.click();
  await input.fill(line);
  await input.press('Enter');
}

/** The prompt the input row shows while a job reads what is typed. */
const jobPrompt = (page: Page) => page.locator('sim-terminal [data-testid="job-prompt"]');

describe.skipIf(!available)('a job in the foreground of the page terminal', () => {
  let preview: Preview;
  let outDir: string;
  let chrome: Chromium;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    outDir = buildDist();
    preview = await startPreview(outDir);
    chrome = await launchChromium();
  }, 180_000);

  beforeEach(async () => {
    errors.length = 0;
    browser = await chrome.fresh({ width: 1280, height: 720 });
    page = browser.page;
    page.on('pageerror', (e) => errors.push(String(e)));
    await openFresh(page, preview.url);
  });

  afterEach(async () => {
    await browser?.close();
    expect(errors, 'errors in the page').toEqual([]);
  });

  afterAll(async () => {
    await chrome?.close();
    preview?.stop();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  it('docker run -it ubuntu bash: type echo hi, see hi and the prompt, exit, back to the host prompt', async () => {
    await run(page, 'docker pull -q ubuntu');
    await type(page, 'docker run -it --name box ubuntu bash');
    await expect.poll(() => jobPrompt(page).textContent(), { timeout: 20_000 }).toMatch(/^root@[0-9a-f]{12}:\/# $/);
    await type(page, 'echo hi');
    await expect.poll(() => terminalText(page), { timeout: 10_000 }).toMatch(/:\/# echo hi\nhi\s*$/);
    await expect(jobPrompt(page).textContent()).resolves.toMatch(/^root@[0-9a-f]{12}:\/# $/);
    await page.screenshot({ path: join(ARTIFACTS, 'foreground-run-it.png') });
    await type(page, 'exit');
    await page.waitForSelector('sim-terminal[data-busy="false"]', { timeout: 10_000 });
    expect(await jobPrompt(page).count()).toBe(0);
    await run(page, 'docker ps -a --format "{{.Names}} {{.State}}"');
    expect(await terminalText(page)).toContain('box exited');
  }, 90_000);

  it('docker logs -f shows new lines live, then Ctrl+C ends it', async () => {
    await run(page, 'docker pull -q alpine');
    await run(page, 'docker run -d --name talk alpine sh -c "echo one; sleep 2; echo two; sleep 30; echo never"');
    await type(page, 'docker logs -f talk');
    await expect.poll(() => terminalText(page), { timeout: 10_000 }).toMatch(/logs -f talk\none\n?$/);
    expect(await page.locator('sim-terminal').getAttribute('data-busy')).toBe('true');
    await expect.poll(() => terminalText(page), { timeout: 10_000 }).toMatch(/one\ntwo/);
    await page.screenshot({ path: join(ARTIFACTS, 'foreground-logs-f.png') });
    await terminal(page).press('Control+c');
    await page.waitForSelector('sim-terminal[data-busy="false"]', { timeout: 10_000 });
    expect(await terminalText(page)).toMatch(/two\n\^C/);
    expect(await terminalText(page)).not.toMatch(/^never$/m);
  }, 90_000);

  it('docker container prune waits for y typed in the page, then prunes', async () => {
    await run(page, 'docker pull -q alpine');
    await run(page, 'docker create --name old alpine');
    await type(page, 'docker container prune');
    await expect
      .poll(() => jobPrompt(page).textContent(), { timeout: 10_000 })
      .toBe('Are you sure you want to continue? [y/N] ');
    await page.screenshot({ path: join(ARTIFACTS, 'foreground-prune-prompt.png') });
    await type(page, 'y');
    await page.waitForSelector('sim-terminal[data-busy="false"]', { timeout: 10_000 });
    const text = await terminalText(page);
    expect(text).toContain('[y/N] y\nDeleted Containers:');
    expect(text).toContain('Total reclaimed space:');
    await page.screenshot({ path: join(ARTIFACTS, 'foreground-prune-done.png') });
  }, 90_000);
  it('docker exec -it web bash: commands inside the running container until exit, in both languages', async () => {
    for (const lang of ['en', 'id']) {
      await openFresh(page, `${preview.url}?view=lifecycle&lang=${lang}`);
      await run(page, 'docker pull -q nginx');
      await run(page, `docker run -d --name web-${lang} -e GREETING=halo nginx`);
      await type(page, `docker exec -it web-${lang} bash`);
      await expect.poll(() => jobPrompt(page).textContent(), { timeout: 20_000 }).toMatch(/^root@[0-9a-f]{12}:\/# $/);
      await type(page, 'cd /usr/share/nginx/html');
      await expect
        .poll(() => jobPrompt(page).textContent(), { timeout: 10_000 })
        .toMatch(/^root@[0-9a-f]{12}:\/usr\/share\/nginx\/html# $/);
      await type(page, 'echo "$GREETING from $(hostname)" > hello.txt; cat hello.txt');
      await expect.poll(() => terminalText(page), { timeout: 10_000 }).toMatch(/\nhalo from [0-9a-f]{12}(\n|$)/);
      await page.screenshot({ path: join(ARTIFACTS, `exec-interactive-${lang}.png`) });
      await type(page, 'exit 3');
      await page.waitForSelector('sim-terminal[data-busy="false"]', { timeout: 10_000 });
      await run(page, `echo $?; docker exec web-${lang} cat /usr/share/nginx/html/hello.txt`);
      expect(await terminalText(page)).toMatch(/\n3\nhalo from [0-9a-f]{12}(\n|$)/);
    }
  }, 120_000);

  it('docker stats follows live until Ctrl+C, and shows a container killed for its memory', async () => {
    for (const lang of ['en', 'id']) {
      await openFresh(page, `${preview.url}?view=lifecycle&lang=${lang}`);
      await run(page, 'docker pull -q nginx');
      await run(page, 'docker pull -q mongo');
      await run(page, `docker run -d --name web-${lang} -m 100m --cpus 0.5 nginx`);
      await run(page, `docker run -d --name small-${lang} -m 20m mongo`);
      await type(page, 'docker stats -a');
      await expect.poll(() => terminalText(page), { timeout: 20_000 }).toMatch(/MEM USAGE \/ LIMIT/);
      expect(await page.locator('sim-terminal').getAttribute('data-busy')).toBe('true');
      await expect
        .poll(() => terminalText(page), { timeout: 20_000 })
        .toMatch(new RegExp(`small-${lang}\\s+0\\.00%\\s+0B / 0B`));
      // The table is redrawn as virtual time follows real time: nginx's memory grows past its first reading.
      await expect
        .poll(() => terminalText(page), { timeout: 20_000 })
        .toMatch(new RegExp(`web-${lang}\\s+\\S+%\\s+(?!512KiB)[\\d.]+MiB / 100MiB`));
      await page.screenshot({ path: join(ARTIFACTS, `stats-live-${lang}.png`) });
      await terminal(page).press('Control+c');
      await page.waitForSelector('sim-terminal[data-busy="false"]', { timeout: 10_000 });
      await run(page, `docker inspect -f "{{.State.OOMKilled}} {{.State.ExitCode}}" small-${lang}`);
      expect(await terminalText(page)).toMatch(/\ntrue 137(\n|$)/);
    }
  }, 150_000);
});
