/**
 * Quizzes in a real browser (issue 14): the lessons menu lists them; a quiz taken with the keyboard,
 * some answers right and some wrong (a predict answer partly right), each with its feedback and the
 * real output beside the learner's lines; the total, kept in the progress store and shown again
 * after a reload; the same in Bahasa Indonesia; a broken quiz file shows its errors with line and
 * column and the page keeps working; a quiz file opened in the simulator opens the quiz page.
 * axe-core on each. Screenshots (1280×900) go to test-results/e2e/quiz-*.png.
 */

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
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
import { openFresh } from './page-helpers';
import { chromiumNeed, reportNeed } from '../machine-needs';
import { formatScenario, parseScenario } from '../../src/model/lesson/scenario-parse';
import { quizById } from '../../src/quizzes/index';

const ARTIFACTS = join(ROOT, 'test-results/e2e');
const available = hasChromium();
reportNeed(chromiumNeed());

const QUIZ = 'containers-and-lifecycle';
/** A quiz file with a mistake on line 9 (a type that does not exist). */
const BROKEN = `schema: pelabuhan-scenario/1
kind: quiz
id: broken
order: 1
title: { en: Broken, id: Rusak }
summary: { en: A broken quiz, id: Kuis rusak }
view: architecture
quiz:
  questions: [{ id: a, type: choose, prompt: { en: A, id: A }, explanation: { en: B, id: B } }]
`;

describe.skipIf(!available)('quizzes in chromium', () => {
  let preview: Preview;
  let outDir: string;
  let chrome: Chromium;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  const axe = async (label: string) => {
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(
      result.violations.map((v) => `${label} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  };

  const question = (i: number): Locator => page.locator('sim-quiz-question').nth(i);
  const feedback = (i: number): Locator => question(i).getByTestId('quiz-feedback');

  /** Checks question i with the keyboard: Enter in a text field, else Tab to the button and Enter. */
  const checkWithKeyboard = async (i: number, fromTextArea = false) => {
    if (fromTextArea) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await feedback(i).waitFor({ timeout: 30_000 });
  };

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    outDir = buildDist();
    preview = await startPreview(outDir);
    chrome = await launchChromium();
  }, 180_000);

  beforeEach(async () => {
    errors.length = 0;
    browser = await chrome.fresh({ width: 1280, height: 900 });
    page = browser.page;
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on(
      'console',
      (m) => m.type() === 'error' && !/404|Failed to load resource/.test(m.text()) && errors.push(m.text()),
    );
    await browser.context.route(/\/fixtures\//, (route) =>
      new URL(route.request().url()).pathname.endsWith('/broken-quiz.yaml')
        ? route.fulfill({ status: 200, contentType: 'text/yaml', body: BROKEN })
        : route.fulfill({ status: 404, body: 'not found' }),
    );
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

  it('a quiz from the lessons menu, some answers right and some wrong; the score is kept on reload', async () => {
    await openFresh(page, `${preview.url}?lang=en`);
    await page.locator('#lessons-button').click();
    const item = page.locator(`sim-lesson-picker button[data-quiz="${QUIZ}"]`);
    await item.waitFor();
    expect(await page.locator('sim-lesson-picker button[data-quiz]').count()).toBeGreaterThanOrEqual(5);
    await item.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, 'quiz-menu-en.png') });
    await item.click();
    await page.waitForURL(/\?quiz=containers-and-lifecycle&lang=en/);
    await page.waitForSelector(`sim-quiz-page[data-quiz="${QUIZ}"]`);
    await expect.poll(() => question(0).locator('legend').textContent()).toContain('Question 1 of 6');

    // 1. predict, partly right: the conflict line with another ID, then a line that is not there.
    await question(0).locator('textarea').focus();
    await page.keyboard.type(
      'docker: Error response from daemon: Conflict. The container name "/web" is already in use by container ' +
        '"abc". You have to remove (or rename) that container to be able to reuse that name.\nweb',
    );
    await checkWithKeyboard(0, true);
    expect(await feedback(0).getAttribute('data-verdict')).toBe('partly');
    expect(await feedback(0).getAttribute('data-score')).toBe('0.5');
    expect(await feedback(0).locator('.verdict').textContent()).toContain('1 of 2 lines match');
    const realLines = feedback(0).getByTestId('quiz-real').locator('li');
    expect(
      await realLines.evaluateAll((lis) => lis.map((li) => [li.textContent?.trim(), li.getAttribute('data-matched')])),
    ).toEqual([
      [expect.stringMatching(/^✓matches: docker: Error response from daemon: Conflict\./), 'true'],
      ["✗differs: Run 'docker run --help' for more information", 'false'],
    ]);
    // The keyboard went on to the feedback.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SIM-QUIZ-PAGE');

    // 2. predict, right: exactly what the daemon answers.
    await question(1).locator('textarea').focus();
    await page.keyboard.type(
      'Error response from daemon: cannot remove container "web": container is running: stop the container ' +
        'before removing or force remove',
    );
    await checkWithKeyboard(1, true);
    expect(await feedback(1).getAttribute('data-verdict')).toBe('right');

    // 3. single choice, right, with the keyboard: the first radio is the right one.
    await question(2).locator('input[data-option="0"]').focus();
    await page.keyboard.press('Space');
    await checkWithKeyboard(2, true);
    expect(await feedback(2).getAttribute('data-verdict')).toBe('right');
    expect(await feedback(2).getByTestId('quiz-real').textContent()).toContain('web Exited (0)');

    // 4. multiple choice, wrong: only one of the four states.
    await question(3).locator('input[data-option="0"]').check();
    await question(3).getByRole('button', { name: 'Check answer' }).click();
    await feedback(3).waitFor();
    expect(await feedback(3).getAttribute('data-verdict')).toBe('wrong');
    expect(await question(3).locator('.tag').count()).toBe(4);

    // 5. short answer, right, leniently: other case and spacing, Enter in the field.
    await question(4).locator('input[type=text]').focus();
    await page.keyboard.type('Docker RM  web');
    await checkWithKeyboard(4);
    expect(await feedback(4).getAttribute('data-verdict')).toBe('right');

    // 6. single choice, wrong.
    await question(5).locator('input[data-option="1"]').check();
    await question(5).getByRole('button', { name: 'Check answer' }).click();
    await feedback(5).waitFor();
    expect(await feedback(5).getAttribute('data-verdict')).toBe('wrong');
    expect(await feedback(5).textContent()).toContain('must force');

    const total = page.getByTestId('quiz-total');
    await total.waitFor();
    expect([await total.getAttribute('data-score'), await total.getAttribute('data-max')]).toEqual(['3.5', '6']);
    expect(await total.textContent()).toContain('Your score: 3.5 of 6.');
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('pelabuhan.progress') ?? 'null'));
    expect(stored.entries).toEqual([expect.objectContaining({ kind: 'quiz', id: QUIZ, score: 3.5, maxScore: 6 })]);
    await axe('quiz answered (en)');
    await feedback(0).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, 'quiz-en.png'), fullPage: false });
    await page.screenshot({ path: join(ARTIFACTS, 'quiz-en-full.png'), fullPage: true });

    await page.reload();
    await page.waitForSelector(`sim-quiz-page[data-quiz="${QUIZ}"]`);
    expect(await page.getByTestId('quiz-best').textContent()).toContain('Your best score so far: 3.5 of 6.');
    await axe('quiz fresh (en)');
  }, 120_000);

  it('in Bahasa Indonesia: the questions, the feedback and the score', async () => {
    await openFresh(page, `${preview.url}?lang=id`);
    await page.locator('#lessons-button').click();
    const item = page.locator('sim-lesson-picker button[data-quiz="volumes-and-networks"]');
    expect(await item.textContent()).toContain('Kuis: volume dan network');
    await item.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, 'quiz-menu-id.png') });
    await item.click();
    await page.waitForSelector('sim-quiz-page[data-quiz="volumes-and-networks"]');
    const quiz = quizById('volumes-and-networks')!;
    await expect.poll(() => question(0).locator('legend').textContent()).toContain(quiz.quiz!.questions[0].prompt.id);
    expect(await page.locator('h1').textContent()).toBe(quiz.title.id);
    await question(0).locator('textarea').fill('hello');
    await question(0).getByRole('button', { name: 'Periksa jawaban' }).click();
    await feedback(0).waitFor({ timeout: 30_000 });
    expect(await feedback(0).locator('.verdict').textContent()).toContain('Benar: semua baris cocok.');
    await question(1).locator('textarea').fill("ping: bad address 'web'");
    await question(1).getByRole('button', { name: 'Periksa jawaban' }).click();
    await feedback(1).waitFor();
    expect(await feedback(1).locator('.verdict').textContent()).toContain('0 dari 1 baris cocok');
    expect(await feedback(1).textContent()).toContain('Yang benar-benar ditampilkan');
    await question(3).locator('input[data-option="0"]').check();
    await question(3).getByRole('button', { name: 'Periksa jawaban' }).click();
    await feedback(3).waitFor();
    expect(await feedback(3).textContent()).toContain(quiz.quiz!.questions[3].explanation.id);
    await axe('quiz answered (id)');
    await question(0).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, 'quiz-id.png') });
    await page.screenshot({ path: join(ARTIFACTS, 'quiz-id-full.png'), fullPage: true });
  }, 90_000);

  it('a broken quiz file shows its errors with line and column, and the page keeps working', async () => {
    const parsed = parseScenario(BROKEN);
    if (parsed.ok) throw new Error('meant to be broken');
    await page.goto(`${preview.url}?quiz=src:fixtures/broken-quiz.yaml&lang=en`);
    const panel = page.locator('sim-scenario-errors [role="alert"]');
    await panel.waitFor();
    const text = (await panel.textContent()) ?? '';
    expect(text).toContain(`line ${parsed.errors[0].line}, column ${parsed.errors[0].column}`);
    expect(text).toContain("got 'choose'");
    await axe('broken quiz (en)');
    await page.screenshot({ path: join(ARTIFACTS, 'quiz-broken-en.png') });
    // The page still works: another quiz from its list.
    await page.getByRole('link', { name: 'Quiz: images and layers' }).click();
    await page.waitForSelector('sim-quiz-page[data-quiz="images-and-layers"]');
    expect(await page.locator('sim-quiz-question').count()).toBe(6);
  }, 60_000);

  it('a quiz file chosen in the simulator opens in the quiz page', async () => {
    await openFresh(page, `${preview.url}?lang=en`);
    const text = formatScenario(quizById('images-and-layers')!).replace('"id": "images-and-layers"', '"id": "mine"');
    await page
      .locator('sim-scenario-drop input[type=file]')
      .setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await page.waitForURL(/\?quiz=local%3A[0-9a-f]{16}&lang=en/);
    await page.waitForSelector('sim-quiz-page[data-quiz="mine"]');
    expect(await page.locator('sim-quiz-question').count()).toBe(6);
  }, 60_000);
});
