/**
 * The comparison view in a real browser: the race played on its clock (containers running while
 * every VM still boots), the results table against the `compare` report for the same settings,
 * RAM running out at N = 50, a number's source on keyboard focus, the controls by keyboard, and
 * axe-core in both languages. Screenshots mid-race and at the end go to test-results/e2e/.
 */

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
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
import { planComparison } from '../../src/model/vm/comparison';
import { formatRam } from '../../src/model/vm/format';
import { VM_PHASES } from '../../src/model/vm/phases';
import { runCompare } from '../../tools/compare';

const ARTIFACTS = join(ROOT, 'test-results/e2e');
const available = hasChromium();
reportNeed(chromiumNeed());

/** VM and container rows of the Gantt timeline (the stacks may carry the same hooks). */
const VM_ROWS = 'sim-compare-gantt [data-vm]';
const CONTAINER_ROWS = 'sim-compare-gantt [data-container-name]';

/** The `compare` report's table, row label → [VMs, containers]; the "per instance" rows named after their section. */
function reportTable(stdout: string): Record<string, [string, string]> {
  const rows: Record<string, [string, string]> = {};
  let section = '';
  for (const line of stdout.split('\n')) {
    const cells = line.trim().split(/\s{2,}/);
    if (cells.length < 3) continue;
    const label = line.startsWith('  ') ? `${section} ${cells[0]}` : cells[0];
    if (!line.startsWith('  ')) section = cells[0];
    rows[label] = [cells[1], cells[2]];
  }
  return rows;
}

describe.skipIf(!available)('the comparison view in chromium', () => {
  let preview: Preview;
  let outDir: string;
  let chrome: Chromium;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  /** Opens the view at `query` with the page's animation speed `speed` (0: the race's end at once). */
  const open = async (query: string, lang: string, speed: number) => {
    await page.goto(preview.url);
    await page.evaluate(
      ([l, s]) =>
        localStorage.setItem(
          'pelabuhan.prefs',
          JSON.stringify({ lang: l, view: 'compare', speed: s, speedChosen: true }),
        ),
      [lang, speed] as const,
    );
    await page.goto(`${preview.url}?view=compare&${query}&lang=${lang}`);
    await page.waitForSelector('html[data-ready]');
    await page.waitForSelector('sim-compare-view');
  };

  const axe = async (label: string) => {
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(
      result.violations.map((v) => `${label} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  };

  /** The focused element's attribute, looking through shadow roots. */
  const focusedAttr = (name: string) =>
    page.evaluate((n) => {
      let el: Element | null = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return el?.getAttribute(n) ?? null;
    }, name);

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    outDir = buildDist();
    preview = await startPreview(outDir);
    chrome = await launchChromium();
  }, 120_000);

  // Each test its own page in a fresh context: nothing carries over from the one before.
  beforeEach(async () => {
    errors.length = 0;
    browser = await chrome.fresh({ width: 1280, height: 800 });
    page = browser.page;
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(`${m.text()} (${m.location().url})`));
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

  it('starts 5 and 5: every container is running while every VM is still booting (screenshots mid-race)', async () => {
    for (const lang of ['en', 'id']) {
      await open('n=5&profile=ubuntu-server&image=nginx&speed=0.25', lang, 1);
      // Opened ready to run: the clock waits at 0 for "Start".
      expect(await page.locator('sim-compare-view').getAttribute('data-done')).toBeNull();
      await page.locator('sim-compare-controls [data-action="play"]').click();
      await expect.poll(() => page.locator('sim-compare-view').getAttribute('data-playing')).toBe('');
      await expect
        .poll(() => page.locator(`${CONTAINER_ROWS}[data-state="running"]`).count(), { timeout: 15_000 })
        .toBe(5);
      // The screen reader hears the moment once, from a polite live region.
      if (lang === 'en')
        await expect
          .poll(() => page.locator('sim-compare-view [aria-live="polite"]').first().textContent())
          .toContain('All 5 containers are running after');
      const phases = await page.locator(VM_ROWS).evaluateAll((rows) => rows.map((r) => r.getAttribute('data-phase')));
      expect(phases).toHaveLength(5);
      for (const phase of phases) expect(VM_PHASES as readonly (string | null)[]).toContain(phase);
      await page.screenshot({ path: join(ARTIFACTS, `compare-mid-${lang}.png`) });
      // Pause holds the clock; one step moves it to the next phase change.
      await page.locator('sim-compare-controls [data-action="play"]').click();
      await expect.poll(() => page.locator('sim-compare-view').getAttribute('data-playing')).toBeNull();
      const before = await page.locator(`${VM_ROWS}[data-vm="1"]`).getAttribute('data-phase');
      await page.locator('sim-compare-controls [data-action="step"]').click();
      await expect.poll(() => page.locator(`${VM_ROWS}[data-vm="1"]`).getAttribute('data-phase')).not.toBe(before);
    }
  }, 90_000);

  it(
    'at the end, the table shows what `npm run compare` ' + 'reports for the same settings (screenshots at the end)',
    async () => {
      const cases = [
        {
          query: 'n=5&profile=ubuntu-server&image=nginx',
          argv: ['--vms', '5', '--containers', '5', '--profile', 'ubuntu-server', '--image', 'nginx'],
        },
        {
          query: 'n=3&profile=windows-server&image=redis&cores=4&ram=32&storage=hdd',
          argv: [
            '--vms',
            '3',
            '--containers',
            '3',
            '--profile',
            'windows-server',
            '--image',
            'redis',
            '--cores',
            '4',
            '--ram',
            '32GiB',
            '--storage',
            'hdd',
          ],
        },
      ];
      for (const { query, argv } of cases) {
        const report = runCompare(argv);
        expect(report.code).toBe(0);
        const table = reportTable(report.stdout);
        const expected: Record<string, [string, string]> = {
          single: table['One alone ready in'],
          ready: table['All started ready after'],
          ram: table['RAM used (whole host)'],
          'ram-each': table['RAM used (whole host) per instance'],
          disk: table['Disk used'],
          'disk-each': table['Disk used per instance'],
          fit: table['Fit on this host'],
        };
        await open(query, 'en', 0);
        await page.waitForSelector('sim-compare-view[data-done]');
        for (const [key, [vm, container]] of Object.entries(expected)) {
          expect([
            key,
            (await page.locator(`tr[data-result="${key}"] td[data-side="vm"]`).textContent())?.trim(),
          ]).toEqual([key, vm]);
          expect([
            key,
            (await page.locator(`tr[data-result="${key}"] td[data-side="container"]`).textContent())?.trim(),
          ]).toEqual([key, container]);
        }
      }
      for (const lang of ['en', 'id']) {
        await open('n=5&profile=ubuntu-server&image=nginx', lang, 0);
        await page.waitForSelector('sim-compare-view[data-done]');
        expect(await page.locator(`${VM_ROWS}[data-phase="ready"]`).count()).toBe(5);
        expect(await page.locator(`${CONTAINER_ROWS}[data-state="running"]`).count()).toBe(5);
        await page.screenshot({ path: join(ARTIFACTS, `compare-end-${lang}.png`) });
        await axe(`compare/${lang}`);
      }
    },
    90_000,
  );

  it('with 50 of each, the VMs the host cannot hold fail, and the page says why with the numbers', async () => {
    const run = planComparison({ vms: 50, containers: 50, profile: 'ubuntu-server', image: 'nginx' });
    const failure = run.vm.firstFailure!;
    expect(failure).not.toBeNull();
    for (const lang of ['en', 'id']) {
      await open('n=50&profile=ubuntu-server&image=nginx', lang, 0);
      await page.waitForSelector('sim-compare-view[data-done]');
      expect(await page.locator(VM_ROWS).count()).toBe(50);
      expect(await page.locator(`${VM_ROWS}[data-phase="failed"]`).count()).toBe(run.vm.failed);
      expect(await page.locator(`${CONTAINER_ROWS}[data-state="running"]`).count()).toBe(50);
      const sentence = await page.locator('sim-compare-view [data-failure="vm"]').first().textContent();
      expect(sentence).toContain(formatRam(failure.neededBytes));
      expect(sentence).toContain(formatRam(failure.freeBytes));
      await page.screenshot({ path: join(ARTIFACTS, `compare-n50-${lang}.png`) });
      await axe(`compare-n50/${lang}`);
    }
  }, 60_000);

  it("shows a number's source on keyboard focus", async () => {
    const run = planComparison({ vms: 5, containers: 5, profile: 'ubuntu-server', image: 'nginx' });
    await open('n=5&profile=ubuntu-server&image=nginx', 'en', 0);
    await page.waitForSelector('sim-compare-view[data-done]');
    await page.locator('sim-compare-controls [data-action="play"]').focus();
    for (let i = 0; i < 40 && (await focusedAttr('data-cite')) === null; i++) await page.keyboard.press('Tab');
    const cited = await focusedAttr('data-cite');
    expect(cited).not.toBeNull();
    const id = cited!.split(' ')[0];
    const tip = page.locator('[role="tooltip"]:visible');
    await expect.poll(() => tip.count()).toBe(1);
    expect(await tip.textContent()).toContain(run.citations[id].source);
    // A total cites every phase: its tip stays inside the window (scrolling inside), and axe
    // finds nothing wrong with it open.
    await page.locator('sim-compare-results tr[data-result="ready"] td[data-side="vm"]').focus();
    const box = await page.locator('sim-compare-results [role="tooltip"]').boundingBox();
    const viewport = page.viewportSize()!;
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height);
    await axe('compare-tip/en');
  }, 30_000);

  it('works by keyboard: arrows on the N slider change the URL and the number of rows', async () => {
    await open('n=5&profile=ubuntu-server&image=nginx', 'en', 0);
    await page.waitForSelector('sim-compare-view[data-done]');
    await page.locator('sim-compare-controls [data-setting="n"]').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => new URL(page.url()).searchParams.get('n')).toBe('6');
    await expect.poll(() => page.locator(VM_ROWS).count()).toBe(6);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => new URL(page.url()).searchParams.get('n')).toBe('4');
    await expect.poll(() => page.locator(CONTAINER_ROWS).count()).toBe(4);
    const url = new URL(page.url());
    expect(url.searchParams.get('view')).toBe('compare');
    expect(url.searchParams.get('lang')).toBe('en');
    // A value from the address that cannot be used is named, with its valid range.
    await open('n=500&profile=ubuntu-server&image=nginx', 'en', 0);
    await expect.poll(() => page.locator('sim-compare-view [role="status"]').first().textContent()).toContain('n=500');
    expect(await page.locator(VM_ROWS).count()).toBe(50);
    await page.setViewportSize({ width: 720, height: 900 });
    await open('n=5&profile=ubuntu-server&image=nginx', 'en', 0);
    await page.waitForSelector('sim-compare-view[data-done]');
    await page.screenshot({ path: join(ARTIFACTS, 'compare-720-en.png') });
  }, 30_000);
});
