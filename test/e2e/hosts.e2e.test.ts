/**
 * Two hosts and a build in the page (headless chromium against the built dist/): write a
 * Dockerfile, build, edit a copied file and build again (the build view shows the RUN CACHED and
 * the COPY and below invalidated), push to Docker Hub (the architecture view flies only the layers
 * the registry lacked), switch host with the header's switcher (the terminal shows the context
 * commands, a screen reader hears the new host), pull on server-2 and run. Screenshots in English
 * and Indonesian go to /work/briefs/s6/shots/ (or SHOTS_DIR) when that folder exists.
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { buildDist, hasChromium, launchChromium, ROOT, startPreview, type Chromium, type Preview } from './harness';
import { openFresh, openView, run, terminal, terminalText } from './page-helpers';

const SHOTS = process.env.SHOTS_DIR ?? '/work/briefs/s6/shots';
const ARTIFACTS = existsSync(SHOTS) ? SHOTS : join(ROOT, 'test-results/e2e');
const available = hasChromium();

const DOCKERFILE = [
  'echo "FROM alpine" > Dockerfile',
  'echo "RUN echo hi > /f" >> Dockerfile',
  'echo "COPY a.txt /a.txt" >> Dockerfile',
  'echo "WORKDIR /srv" >> Dockerfile',
  'echo "CMD cat /f" >> Dockerfile',
  'echo one > a.txt',
];

/** Waits until a layer chip of the architecture view is in flight (visible, on its way). */
async function layerInFlight(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const root = document.querySelector('sim-app')?.shadowRoot?.querySelector('sim-architecture-view')?.shadowRoot;
      return [...(root?.querySelectorAll('g.flight.layer') ?? [])].some((g) => Number(g.getAttribute('opacity')) > 0.9);
    },
    undefined,
    { timeout: 20_000, polling: 50 },
  );
}

/** The steps of the build view: [index, cached, why]. */
async function buildSteps(page: Page): Promise<string[][]> {
  return page
    .locator('sim-build-view li.step')
    .evaluateAll((items) =>
      items.map((li) => [
        li.getAttribute('data-step') ?? '',
        li.getAttribute('data-cached') ?? '',
        li.getAttribute('data-because') ?? '',
      ]),
    );
}

describe.skipIf(!available)('two hosts and a build in the page', () => {
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

  it('build, rebuild after an edit, push, switch host, pull and run, in both languages', async () => {
    const { page, close } = await chrome.fresh({ width: 1366, height: 860 });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    try {
      await openFresh(page, `${preview.url}?view=build&lang=en`);
      for (const line of [...DOCKERFILE, 'docker build -t app .', 'echo two > a.txt', 'docker build -t app .'])
        await run(page, line);
      await page.waitForSelector('sim-build-view li.step');
      expect(await buildSteps(page)).toEqual([
        ['2/4', 'true', ''],
        ['3/4', 'false', 'inputs'],
        ['4/4', 'false', 'parent'],
      ]);
      expect(await page.locator('sim-build-view li.step.invalidated').count()).toBe(2);
      await page.waitForFunction(() =>
        document
          .querySelector('sim-app')
          ?.shadowRoot?.querySelector('section.explain')
          ?.textContent?.includes('1 step(s) came from the build cache and 2 ran'),
      );
      expect(
        await page.locator('sim-build-view [data-testid=build-cache] tr[data-use=unused]').count(),
      ).toBeGreaterThan(0);
      await page.screenshot({ path: join(ARTIFACTS, 'build-cache-en.png') });
      // The cache records: the COPY's old record unused, the RUN's reused, the new ones made now.
      await page.locator('sim-build-view [data-testid=build-cache]').scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(ARTIFACTS, 'build-cache-records-en.png') });

      await run(page, 'docker run --rm app');
      expect(await terminalText(page)).toContain('hi');

      // The push, watched in the architecture view: only the layers Docker Hub lacked fly.
      await run(page, 'docker tag app student/app:1.0');
      await run(page, 'echo pelabuhan-hub | docker login -u student --password-stdin');
      await openView(page, 'Architecture');
      await page.waitForSelector('sim-architecture-view g.other-host[data-host="server-2"]');
      const input = terminal(page);
      await input.fill('docker push student/app:1.0');
      await input.press('Enter');
      await layerInFlight(page);
      await page.waitForTimeout(150);
      await page.screenshot({ path: join(ARTIFACTS, 'hosts-push-en.png') });
      const flying = await page.locator('sim-architecture-view g.flight.layer text').allTextContents();
      const marked = await page.locator('sim-architecture-view g.flight.exists text').allTextContents();
      expect(marked.some((t) => t.includes('Mounted from library/alpine'))).toBe(true);
      for (const t of marked) expect(flying).not.toContain(t.split(' ')[0]);
      await page.waitForSelector('sim-terminal[data-busy="false"]', { timeout: 20_000 });
      expect(await terminalText(page)).toMatch(/1\.0: digest: sha256:[0-9a-f]{64}/);
      await page.waitForFunction(() =>
        document
          .querySelector('sim-app')
          ?.shadowRoot?.querySelector('section.explain')
          ?.textContent?.includes('3 layer(s) were uploaded, and 1 the registry already had'),
      );

      // The switcher types the context commands; the page now shows server-2.
      const switcher = page.locator('[data-testid=host-switcher]');
      expect(await switcher.getAttribute('data-active')).toBe('docker-host');
      await switcher.locator('button[data-host="server-2"]').focus();
      await page.keyboard.press('Enter');
      await page.waitForSelector('[data-testid=host-switcher][data-active="server-2"]', { timeout: 20_000 });
      await page.waitForSelector('sim-terminal[data-busy="false"]');
      const text = await terminalText(page);
      expect(text).toContain('docker context create server-2 --docker host=ssh://student@server-2');
      expect(text).toContain('Current context is now "server-2"');
      // The switcher's own polite live region says where the terminal now talks to.
      await page.waitForFunction(() =>
        document
          .querySelector('sim-app')
          ?.shadowRoot?.querySelector('[data-testid="host-narration"]')
          ?.textContent?.includes('Terminal now talks to server-2.'),
      );
      await page.waitForSelector('sim-architecture-view g.other-host[data-host="docker-host"]');

      // The pull on server-2: its layers arrive from the registry; the image runs there.
      await input.fill('docker pull student/app:1.0');
      await input.press('Enter');
      await layerInFlight(page);
      await page.waitForTimeout(150);
      await page.screenshot({ path: join(ARTIFACTS, 'hosts-pull-en.png') });
      await page.waitForSelector('sim-terminal[data-busy="false"]', { timeout: 20_000 });
      await run(page, 'docker run --rm student/app:1.0');
      await run(page, 'docker images --format "{{.Repository}}:{{.Tag}}"');
      const after = await terminalText(page);
      expect(after.trimEnd().split('\n').slice(-3).join('\n')).toContain('student/app:1.0');

      // Indonesian: the same page, words switched in place.
      await page.getByLabel('Language').selectOption('id');
      await page.waitForSelector('html[lang="id"]');
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(ARTIFACTS, 'hosts-architecture-id.png') });
      await switcher.locator('button[data-host="docker-host"]').click();
      await page.waitForSelector('[data-testid=host-switcher][data-active="docker-host"]', { timeout: 20_000 });
      await page.getByRole('tab', { name: 'Build' }).click();
      await page.waitForSelector('sim-build-view li.step');
      expect(await page.locator('sim-build-view .summary').textContent()).toContain('Dari cache: 1. Dijalankan: 2.');
      await page.screenshot({ path: join(ARTIFACTS, 'build-cache-id.png') });
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 180_000);

  it('with reduced motion nothing travels: the registry and the host that pulled are marked', async () => {
    const { page, close } = await chrome.fresh({ width: 1280, height: 800 });
    try {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await openFresh(page, `${preview.url}?view=architecture&lang=en`);
      await run(page, 'DOCKER_HOST=ssh://student@server-2 docker pull alpine');
      await page.waitForSelector('sim-architecture-view g.other-host.active[data-host="server-2"]');
      expect(await page.locator('sim-architecture-view g.registry.active').getAttribute('data-registry')).toBe(
        'docker.io',
      );
      expect(await page.locator('sim-architecture-view g.flight').count()).toBe(0);
      expect(
        await page.locator('sim-architecture-view g.other-host[data-host="server-2"] text.images').textContent(),
      ).toBe('Images: 1');
      await page.screenshot({ path: join(ARTIFACTS, 'hosts-reduced-motion-en.png') });
    } finally {
      await close();
    }
  }, 60_000);
});
