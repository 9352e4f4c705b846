/**
 * Every built-in lesson (except the sandbox) walked in chromium the way a student would: open it
 * by URL, on each step press Run (and Reveal when the step asks for a prediction), wait until the
 * goal is met, go on with Next. This proves the lessons work in the page, not only in the model
 * replay (test/lesson/lessons.test.ts). One lesson is walked again in Bahasa Indonesia with the
 * keyboard (Alt+Right). Animations are off (saved prefs), so pulls finish at once.
 * Screenshots of each lesson's last step: test-results/e2e/walk-<id>.png.
 */

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { LESSONS } from '../../src/lessons/index';
import type { Scenario } from '../../src/model/lesson/scenario';
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
import { openFresh, terminalText } from './page-helpers';

const ARTIFACTS = join(ROOT, 'test-results/e2e');
const available = hasChromium();
reportNeed(chromiumNeed());

const COURSE = LESSONS.filter((l) => l.id !== 'sandbox');
const PLAYER = '[data-testid="lesson-player"]';

/** The player's text (it lives in its shadow root), on one line. */
function playerText(page: Page): Promise<string> {
  return page.locator(PLAYER).evaluate((el) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim());
}

/** The goal status of the player (`data-goal-met`). */
function goalMet(page: Page): Promise<string | null> {
  return page.locator(`${PLAYER} [data-goal-met]`).getAttribute('data-goal-met');
}

/** What the page shows now, for a failure message: the player and the end of the terminal. */
async function shown(page: Page): Promise<string> {
  const player = await playerText(page).catch((e: unknown) => `(no player: ${String(e)})`);
  const term = await terminalText(page).catch((e: unknown) => `(no terminal: ${String(e)})`);
  return `player: ${player.slice(0, 1500)}\n--- terminal (last lines):\n${term.split('\n').slice(-25).join('\n')}`;
}

/**
 * Walks `lesson` from step 1 to its last step in the open page. Next is the player's button, or
 * Alt+Right when `keys` is set. Leaves the page on the last step with its goal met.
 */
async function walk(page: Page, lesson: Scenario, keys: boolean): Promise<void> {
  const player = page.locator(PLAYER);
  const n = lesson.steps.length;
  for (let i = 0; i < n; i++) {
    const step = lesson.steps[i];
    const where = `${lesson.id} step ${i + 1}/${n} (${step.id})`;
    try {
      await expect.poll(() => player.getAttribute('data-step'), { message: 'data-step' }).toBe(String(i + 1));
      if (step.commands.length > 0) {
        await player.locator('#run').click();
        if (step.predict) {
          // The prediction comes first; the commands run on Reveal.
          await player.locator('.predict').waitFor({ timeout: 5_000 });
          await player.locator('#reveal').click();
        }
        // Every command of the step has finished (the "after" narration is shown, the terminal is idle).
        await player.locator('.after').waitFor({ timeout: 30_000 });
        await page.waitForSelector('sim-terminal[data-busy="false"]', { timeout: 30_000 });
      }
      await expect.poll(() => goalMet(page), { message: 'data-goal-met', timeout: 20_000 }).toBe('true');
      // No message placeholder left unfilled in the step's words (a translation's stray {1}, a ${…}).
      expect((await playerText(page)).match(/\{\d+\}|\$\{[^}]*\}/g), 'unfilled placeholders in the player').toBeNull();
      if (i < n - 1) {
        if (keys) await page.keyboard.press('Alt+ArrowRight');
        else await player.locator('#next').click();
        await expect
          .poll(() => player.getAttribute('data-step'), { message: 'data-step after Next' })
          .toBe(String(i + 2));
      }
    } catch (e) {
      throw new Error(`${where} failed: ${e instanceof Error ? e.message : String(e)}\n${await shown(page)}`, {
        cause: e,
      });
    }
  }
}

describe.skipIf(!available)('every built-in lesson walked in chromium', () => {
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

  // Each lesson walked in its own page in a fresh context.
  beforeEach(async () => {
    errors.length = 0;
    browser = await chrome.fresh({ width: 1280, height: 800 });
    page = browser.page;
    // Animations off before the page's scripts read the prefs, on every load (openFresh clears storage).
    await browser.context.addInitScript(() => {
      localStorage.setItem(
        'pelabuhan.prefs',
        JSON.stringify({ lang: 'en', view: 'architecture', speed: 0, speedChosen: true }),
      );
    });
    page.on('pageerror', (e) => errors.push(`pageerror: ${String(e)}`));
    page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
  });

  afterEach(async () => {
    await browser?.close();
  });

  afterAll(async () => {
    await chrome?.close();
    preview?.stop();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  it.each(COURSE.map((l) => [l.id, l] as const))('walks %s to its last step', async (id, lesson) => {
    await openFresh(page, `${preview.url}?lesson=${id}&lang=en`);
    const player = page.locator(PLAYER);
    await player.waitFor({ timeout: 30_000 });
    expect(await player.getAttribute('data-lesson')).toBe(id);
    await walk(page, lesson, false);
    await expect.poll(() => playerText(page)).toContain(`Step ${lesson.steps.length} of ${lesson.steps.length}`);
    expect(await player.locator('#next').isDisabled()).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, `walk-${id}.png`) });
    expect(errors, `${id}: errors in the page`).toEqual([]);
  });

  it('walks containers in Bahasa Indonesia with Alt+Right', async () => {
    const lesson = COURSE.find((l) => l.id === 'containers');
    if (!lesson) throw new Error('the course has no containers lesson');
    await openFresh(page, `${preview.url}?lesson=containers&lang=id`);
    const player = page.locator(PLAYER);
    await player.waitFor({ timeout: 30_000 });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('id');
    await expect.poll(() => playerText(page)).toContain(`Langkah 1 dari ${lesson.steps.length}`);
    await walk(page, lesson, true);
    await expect.poll(() => playerText(page)).toContain(`Langkah ${lesson.steps.length} dari ${lesson.steps.length}`);
    await page.screenshot({ path: join(ARTIFACTS, 'walk-containers-id.png') });
    expect(errors, 'containers (id): errors in the page').toEqual([]);
  });
});
