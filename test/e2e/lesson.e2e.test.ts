/**
 * The lesson player in chromium: a lesson opened by URL at step 3 in Bahasa Indonesia, stepping
 * with the keyboard, going back to the earlier world, running a step until its goal is met,
 * undo, the session restored on reload, and axe. Screenshots: test-results/e2e/lesson-*.png.
 */

import { beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { hasChromium, ROOT, type Preview } from './harness';
import { pageSuite } from './page-suite';
import { chromiumNeed, reportNeed } from '../machine-needs';
import { focusedName, run, terminalText } from './page-helpers';
import { LESSONS } from '../../src/lessons/index';

const ARTIFACTS = join(ROOT, 'test-results/e2e');
const available = hasChromium();
reportNeed(chromiumNeed());

/** The goal status of the player (`data-goal-met`). */
function goalMet(page: Page): Promise<string | null> {
  return page.locator('[data-testid="lesson-player"] [data-goal-met]').getAttribute('data-goal-met');
}

/** The player's text (it lives in its shadow root). */
function playerText(page: Page): Promise<string> {
  return page
    .locator('[data-testid="lesson-player"]')
    .evaluate((el) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '));
}

/** A button of the player by its name. */
function playerButton(page: Page, name: string | RegExp) {
  return page.locator('[data-testid="lesson-player"]').getByRole('button', { name, exact: typeof name === 'string' });
}

/** The images the layers view draws, by their titles. */
async function imagesShown(page: Page): Promise<number> {
  return page.locator('[data-image-id]').count();
}

/** Opens `lesson` at `step` in `lang` and waits until the player shows that step. */
async function openLesson(page: Page, url: string, lesson: string, step: number, lang: string): Promise<void> {
  await page.goto(`${url}?lesson=${lesson}&step=${step}&lang=${lang}`);
  const player = page.locator('[data-testid="lesson-player"]');
  await player.waitFor({ timeout: 30_000 });
  await expect.poll(() => player.getAttribute('data-step')).toBe(String(step));
}

describe.skipIf(!available)('the lesson player in chromium', () => {
  const suite = pageSuite({ width: 1280, height: 800 }, ARTIFACTS);
  let preview: Preview;
  let page: Page;
  beforeEach(() => {
    ({ preview, page } = suite);
  });

  it('opens ?lesson=images&step=3&lang=id at step 3, in Indonesian, with the world of steps 1–2', async () => {
    await page.goto(`${preview.url}?lesson=images&step=3&lang=id`);
    const player = page.locator('[data-testid="lesson-player"]');
    await player.waitFor({ timeout: 30_000 });
    await expect.poll(() => player.getAttribute('data-step')).toBe('3');
    expect(await player.getAttribute('data-lesson')).toBe('images');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('id');
    await expect.poll(() => playerText(page)).toContain('Langkah 3 dari 7');
    expect(await playerText(page)).toContain('Image yang dibangun di atas alpine');
    // The layers view (the lesson's view) shows alpine only: the world after steps 1 and 2.
    await expect.poll(() => page.getByRole('tab', { selected: true }).innerText()).toBe('Image dan lapisan');
    await expect.poll(() => imagesShown(page)).toBe(1);
    expect(await goalMet(page)).toBe('false');
    await page.screenshot({ path: join(ARTIFACTS, 'lesson-step3-id.png') });
  });

  /** Runs step 3 of `images` (in Indonesian): Run, the prediction, Reveal, until its goal is met. */
  const runImagesStep3 = async () => {
    await openLesson(page, preview.url, 'images', 3, 'id');
    await playerButton(page, 'Jalankan').click();
    await expect.poll(() => page.locator('[data-testid="lesson-player"] .predict').count()).toBe(1);
    await playerButton(page, 'Tampilkan').click();
    await expect.poll(() => goalMet(page), { timeout: 20_000 }).toBe('true');
    await page.waitForSelector('sim-terminal[data-busy="false"]');
  };

  it('runs the step: predict, reveal, and the goal is met', async () => {
    await openLesson(page, preview.url, 'images', 3, 'id');
    await playerButton(page, 'Jalankan').click();
    await expect.poll(() => page.locator('[data-testid="lesson-player"] .predict').count()).toBe(1);
    await page.screenshot({ path: join(ARTIFACTS, 'lesson-predict-id.png') });
    await playerButton(page, 'Tampilkan').click();
    await expect.poll(() => goalMet(page), { timeout: 20_000 }).toBe('true');
    await page.waitForSelector('sim-terminal[data-busy="false"]');
    expect(await terminalText(page)).toContain('81e66d712b90: Already exists');
    await expect.poll(() => imagesShown(page)).toBe(2);
    // The step's highlight: nginx:alpine's column in the layers view.
    await expect.poll(() => page.locator('[data-image-id][data-lesson-highlight]').count()).toBe(1);
    await page.screenshot({ path: join(ARTIFACTS, 'lesson-goal-met-id.png') });
  });

  it('steps with the keyboard, and going back finds the earlier world', async () => {
    await runImagesStep3();
    const player = page.locator('[data-testid="lesson-player"]');
    await page.getByRole('textbox', { name: 'Terminal' }).focus();
    await page.keyboard.press('Alt+ArrowRight');
    await expect.poll(() => player.getAttribute('data-step')).toBe('4');
    expect(page.url()).toContain('step=4');
    await expect.poll(() => imagesShown(page)).toBe(2);
    await page.keyboard.press('Alt+ArrowLeft');
    await page.keyboard.press('Alt+ArrowLeft');
    await expect.poll(() => player.getAttribute('data-step')).toBe('2');
    expect(page.url()).toContain('lesson=images&step=2');
    // Step 2 begins before alpine is pulled: no image at all.
    await expect.poll(() => imagesShown(page)).toBe(0);
    expect(await goalMet(page)).toBe('false');
    // The terminal shows the history of the step: step 1's `docker image ls`, not the pulls.
    const text = await terminalText(page);
    expect(text).toContain('docker image ls');
    expect(text).not.toContain('nginx:alpine');
    // The learner's own command meets the goal; undo takes it back.
    await run(page, 'docker pull alpine');
    await expect.poll(() => goalMet(page)).toBe('true');
    // The goal met does not take the keyboard away from the terminal.
    expect(await focusedName(page)).toBe('Terminal');
    await playerButton(page, 'Urungkan').click();
    await expect.poll(() => goalMet(page)).toBe('false');
    await expect.poll(() => imagesShown(page)).toBe(0);
    await playerButton(page, 'Ulangi').click();
    await expect.poll(() => goalMet(page)).toBe('true');
    await page.screenshot({ path: join(ARTIFACTS, 'lesson-back-step2-id.png') });
  });

  it('restores the lesson position on reload', async () => {
    await openLesson(page, preview.url, 'images', 2, 'id');
    await run(page, 'docker pull alpine');
    await expect.poll(() => goalMet(page)).toBe('true');
    await page.waitForTimeout(600);
    await page.goto(preview.url);
    const player = page.locator('[data-testid="lesson-player"]');
    await player.waitFor({ timeout: 30_000 });
    await expect.poll(() => player.getAttribute('data-step')).toBe('2');
    await expect.poll(() => goalMet(page)).toBe('true');
  });

  it('lists the lessons in the header menu and opens one', async () => {
    await openLesson(page, preview.url, 'images', 2, 'id');
    await page.getByRole('button', { name: /Pelajaran/ }).click();
    const items = page.locator('sim-lesson-picker button[data-lesson]');
    // Every built-in lesson, the sandbox included.
    await expect.poll(() => items.count()).toBe(LESSONS.length);
    await page.screenshot({ path: join(ARTIFACTS, 'lesson-picker-id.png') });
    await page.locator('sim-lesson-picker button[data-lesson="architecture"]').click();
    const player = page.locator('[data-testid="lesson-player"]');
    await expect.poll(() => player.getAttribute('data-lesson')).toBe('architecture');
    expect(await player.getAttribute('data-step')).toBe('1');
  });

  it('has no axe violations with the player open, and looks right 720 wide', async () => {
    await openLesson(page, preview.url, 'architecture', 1, 'id');
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.setViewportSize({ width: 720, height: 900 });
    await page.screenshot({ path: join(ARTIFACTS, 'lesson-720-id.png'), fullPage: true });
  });

  it('starts afresh, with a notice, from a damaged save; an unknown lesson opens nothing and says so', async () => {
    const other = page;
    await other.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem(
          'pelabuhan.session',
          '{"format":1,"world":"{broken","lesson":{"lesson":"images","step":2}}',
        );
      }
    });
    await other.goto(`${preview.url}?lesson=no-such-lesson&lang=en`);
    await other.waitForSelector('html[data-ready]');
    // Two notices: the damaged save, and the lesson the URL names that does not exist.
    await expect.poll(() => other.locator('sim-app .notice').count()).toBe(2);
    expect(await other.locator('sim-app .notice').allInnerTexts()).toEqual([
      expect.stringContaining('damaged'),
      expect.stringContaining('There is no lesson called "no-such-lesson"'),
    ]);
    expect(await other.locator('[data-testid="lesson-player"]').count()).toBe(0);
    await run(other, 'docker pull alpine');
    expect(await terminalText(other)).toContain('Downloaded newer image for alpine:latest');
  });
});
