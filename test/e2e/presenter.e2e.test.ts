/**
 * Teacher mode in a real browser: the presenter view of a lesson, an audience window opened from
 * its button that follows it live over BroadcastChannel (step, predict-then-reveal, blank screen,
 * language), clicker keys that stay out of text fields, and axe-core on both windows in both
 * languages; custom scenarios presented from a same-origin `?src=` file and from a file dropped in
 * the normal page (kept in localStorage), each followed by an audience window, and plain words when
 * such a file is missing. Screenshots (1280×720) go to test-results/e2e/presenter-*.png and audience-*.png.
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
import { formatScenario } from '../../src/model/lesson/scenario-format';
import type { Scenario } from '../../src/model/lesson/scenario';

const ARTIFACTS = join(ROOT, 'test-results/e2e');
const available = hasChromium();
reportNeed(chromiumNeed());

/** A teacher's own scenario, served for `?src=` and dropped on the page. */
const CUSTOM: Scenario = {
  schema: 'pelabuhan-scenario/1',
  id: 'my-class',
  order: 60,
  title: { en: 'My own class', id: 'Kelas saya sendiri' },
  summary: { en: 'A scenario the teacher wrote.', id: 'Skenario tulisan guru.' },
  view: 'architecture',
  steps: [
    {
      id: 'pull',
      title: { en: 'Pull', id: 'Tarik' },
      before: { en: 'First we pull alpine.', id: 'Pertama kita tarik alpine.' },
      commands: ['docker pull alpine'],
      after: { en: 'Pulled.', id: 'Sudah ditarik.' },
    },
    {
      id: 'run',
      title: { en: 'Run', id: 'Jalankan' },
      before: { en: 'Now run a container from it.', id: 'Sekarang jalankan kontainer darinya.' },
      commands: ['docker run --name hello alpine echo hello class'],
      after: { en: 'It printed and exited.', id: 'Ia mencetak lalu berhenti.' },
    },
    {
      id: 'list',
      title: { en: 'List', id: 'Daftar' },
      before: { en: 'List every container.', id: 'Daftar semua kontainer.' },
      commands: ['docker ps -a'],
      after: { en: 'There it is, exited.', id: 'Itu dia, sudah berhenti.' },
    },
  ],
};
const CUSTOM_TEXT = formatScenario(CUSTOM);

const PRESENTER = 'sim-presenter[data-testid="presenter"]';
const AUDIENCE = 'sim-audience[data-testid="audience"]';

describe.skipIf(!available)('teacher mode in chromium', () => {
  let preview: Preview;
  let outDir: string;
  let chrome: Chromium;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  const watch = (p: Page, who: string) => {
    p.on('pageerror', (e) => errors.push(`${who}: ${String(e)}`));
    p.on('console', (m) => m.type() === 'error' && errors.push(`${who}: ${m.text()} (${m.location().url})`));
  };

  const axe = async (p: Page, label: string) => {
    const result = await new AxeBuilder({ page: p }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(
      result.violations.map((v) => `${label} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  };

  /** Where a window is: its element's data-step / data-stage / data-blank. */
  const where = (p: Page, selector: string) =>
    p.$eval(selector, (el) => ({
      step: (el as HTMLElement).dataset.step,
      stage: (el as HTMLElement).dataset.stage,
      blank: (el as HTMLElement).dataset.blank,
    }));

  const waitFor = (p: Page, selector: string, attrs: Record<string, string>) =>
    p.waitForSelector(
      `${selector}${Object.entries(attrs)
        .map(([k, v]) => `[data-${k}="${v}"]`)
        .join('')}`,
      { timeout: 20_000 },
    );

  /** The text of a window's big transcript (through its shadow roots), or null when it is not shown. */
  const outputText = (p: Page, selector: string) =>
    p.$eval(selector, (el) => {
      const stage = el.shadowRoot?.querySelector('sim-present-stage');
      const out = stage?.shadowRoot?.querySelector('sim-big-transcript');
      return out ? (out.shadowRoot?.textContent ?? '') : null;
    });

  const predictShown = (p: Page, selector: string) =>
    p.$eval(
      selector,
      (el) =>
        el.shadowRoot
          ?.querySelector('sim-present-stage')
          ?.shadowRoot?.querySelector('[data-testid="present-predict"]') !== null,
    );

  /** Opens the presenter for `images` in `lang` (animations off, so output appears at once) and its audience window. */
  const openBoth = async (lang: 'en' | 'id'): Promise<Page> => {
    await page.goto(preview.url);
    await page.evaluate(
      (l) =>
        localStorage.setItem(
          'pelabuhan.prefs',
          JSON.stringify({ lang: l, view: 'layers', speed: 0, speedChosen: true }),
        ),
      lang,
    );
    await page.goto(`${preview.url}?lesson=images&mode=present&lang=${lang}`);
    await page.waitForSelector('html[data-ready]');
    await waitFor(page, PRESENTER, { step: '0', stage: 'before' });
    const [audience] = await Promise.all([
      browser.context.waitForEvent('page'),
      page.click('[data-testid="open-audience"]'),
    ]);
    watch(audience, `audience ${lang}`);
    await audience.setViewportSize({ width: 1280, height: 720 });
    await audience.waitForLoadState();
    await waitFor(audience, AUDIENCE, { step: '0', stage: 'before' });
    return audience;
  };

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    outDir = buildDist();
    preview = await startPreview(outDir);
    chrome = await launchChromium();
  }, 120_000);

  // Each test its own presenter page (and audience windows) in a fresh context.
  beforeEach(async () => {
    errors.length = 0;
    browser = await chrome.fresh({ width: 1280, height: 720 });
    page = browser.page;
    watch(page, 'presenter');
    // The same origin serves the teacher's file (the repo has no public/ folder); anything else there is a 404.
    await browser.context.route(/\/fixtures\//, async (route) => {
      const url = new URL(route.request().url());
      if (url.pathname.endsWith('/my-class.yaml'))
        return route.fulfill({ status: 200, contentType: 'text/yaml', body: CUSTOM_TEXT });
      return route.fulfill({ status: 404, body: 'not found' });
    });
  });

  afterEach(async () => {
    await browser?.close();
    expect(errors, 'errors in the presenter or audience windows').toEqual([]);
  });

  afterAll(async () => {
    await chrome?.close();
    preview?.stop();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  for (const lang of ['en', 'id'] as const) {
    it(
      `the audience window follows the presenter step by step, through predict-then-reveal and a blank screen (` +
        `${lang})`,
      async () => {
        const audience = await openBoth(lang);
        expect(await audience.evaluate(() => document.documentElement.lang)).toBe(lang);
        await page.screenshot({ path: join(ARTIFACTS, `presenter-${lang}.png`) });
        await audience.screenshot({ path: join(ARTIFACTS, `audience-${lang}.png`) });
        await axe(page, `presenter ${lang}`);
        await axe(audience, `audience ${lang}`);

        // Step 1 runs `docker image ls`, then Right moves both windows to step 2.
        await page.keyboard.press('ArrowRight');
        await waitFor(page, PRESENTER, { step: '0', stage: 'after' });
        await waitFor(audience, AUDIENCE, { step: '0', stage: 'after' });
        expect(await outputText(audience, AUDIENCE)).toContain('REPOSITORY');
        await page.keyboard.press('ArrowRight');
        await waitFor(audience, AUDIENCE, { step: '1', stage: 'before' });
        await page.keyboard.press('PageDown');
        await waitFor(audience, AUDIENCE, { step: '1', stage: 'after' });
        await page.keyboard.press('PageDown');
        await waitFor(audience, AUDIENCE, { step: '2', stage: 'before' });

        // Step 3 asks the class first: the question is shown, the output hidden, in both windows.
        await page.keyboard.press('ArrowRight');
        await waitFor(page, PRESENTER, { step: '2', stage: 'predict' });
        await waitFor(audience, AUDIENCE, { step: '2', stage: 'predict' });
        for (const [p, sel] of [
          [page, PRESENTER],
          [audience, AUDIENCE],
        ] as const) {
          expect(await predictShown(p, sel)).toBe(true);
          expect(await outputText(p, sel)).toBeNull();
        }
        await page.screenshot({ path: join(ARTIFACTS, `presenter-predict-${lang}.png`) });
        await audience.screenshot({ path: join(ARTIFACTS, `audience-predict-${lang}.png`) });
        await axe(audience, `audience predict ${lang}`);

        // Next reveals: the pull runs and its output appears in both.
        await page.keyboard.press('ArrowRight');
        await waitFor(page, PRESENTER, { step: '2', stage: 'after' });
        await waitFor(audience, AUDIENCE, { step: '2', stage: 'after' });
        for (const [p, sel] of [
          [page, PRESENTER],
          [audience, AUDIENCE],
        ] as const) {
          expect(await predictShown(p, sel)).toBe(false);
          expect(await outputText(p, sel)).toContain('Downloaded newer image for nginx:alpine');
        }
        await page.screenshot({ path: join(ARTIFACTS, `presenter-revealed-${lang}.png`) });
        await audience.screenshot({ path: join(ARTIFACTS, `audience-revealed-${lang}.png`) });
        await axe(page, `presenter revealed ${lang}`);

        // B blanks both; any key brings both back.
        await page.keyboard.press('b');
        await waitFor(page, PRESENTER, { blank: 'true' });
        await waitFor(audience, AUDIENCE, { blank: 'true' });
        await audience.screenshot({ path: join(ARTIFACTS, `audience-blank-${lang}.png`) });
        await page.keyboard.press('x');
        await waitFor(page, PRESENTER, { blank: 'false' });
        await waitFor(audience, AUDIENCE, { blank: 'false', step: '2' });

        // Back shows step 3's narration again (output hidden, world before the pull) in both.
        await page.keyboard.press('ArrowLeft');
        await waitFor(audience, AUDIENCE, { step: '2', stage: 'before' });
        expect(await outputText(audience, AUDIENCE)).not.toContain('Downloaded newer image for nginx:alpine');

        await audience.close();
      },
      90_000,
    );
  }

  it(
    'keeps clicker keys out of text fields, a typed command reaches the audience too, and a reload keeps the ' +
      'audience following',
    async () => {
      const audience = await openBoth('en');
      const input = page.locator('sim-presenter input[name="line"]');
      await input.focus();
      await page.keyboard.type('docker ps -a');
      for (const key of ['ArrowRight', 'PageDown', 'b', 'r', '3']) await page.keyboard.press(key);
      expect(await where(page, PRESENTER)).toEqual({ step: '0', stage: 'before', blank: 'false' });
      // The letters went into the field, as typed.
      expect(await input.inputValue()).toBe('docker ps -abr3');
      await input.fill('docker ps -a');
      await page.keyboard.press('Enter');
      await audience.waitForFunction(
        () => {
          const el = document.querySelector('sim-audience');
          const out = el?.shadowRoot
            ?.querySelector('sim-present-stage')
            ?.shadowRoot?.querySelector('sim-big-transcript');
          return out?.shadowRoot?.textContent?.includes('CONTAINER ID') ?? false;
        },
        undefined,
        { timeout: 20_000 },
      );
      // Digits jump (here to step 4) once focus is back on the page.
      await page.locator('sim-presenter [data-testid="present-next-button"]').focus();
      await page.keyboard.press('4');
      await waitFor(audience, AUDIENCE, { step: '3', stage: 'before' });
      // A reloaded presenter keeps its step and its channel: the open audience window keeps following.
      await page.reload();
      await waitFor(page, PRESENTER, { step: '3', stage: 'before' });
      await page.keyboard.press('r');
      await waitFor(audience, AUDIENCE, { step: '0', stage: 'before' });
      await audience.close();
    },
    60_000,
  );

  it('says so when an audience window has no channel, and lists lessons for a presenter without one', async () => {
    await page.goto(`${preview.url}?mode=audience`);
    await page.waitForSelector('html[data-ready]');
    expect(await page.$eval(AUDIENCE, (el) => el.shadowRoot?.textContent ?? '')).toContain('Open audience window');
    await page.goto(`${preview.url}?mode=present&lesson=nope`);
    await page.waitForSelector('html[data-ready]');
    expect(await page.locator('#app a[href*="lesson=images"]').count()).toBe(1);
    await axe(page, 'lesson list');
  }, 60_000);

  /** Opens the audience window from a presenter page and waits for it to show `lesson` at step 0. */
  const openAudienceFrom = async (presenter: Page, lesson: string): Promise<Page> => {
    const [audience] = await Promise.all([
      browser.context.waitForEvent('page'),
      presenter.click('[data-testid="open-audience"]'),
    ]);
    watch(audience, 'custom audience');
    await audience.setViewportSize({ width: 1280, height: 720 });
    await audience.waitForLoadState();
    await waitFor(audience, AUDIENCE, { lesson, step: '0', stage: 'before' });
    return audience;
  };

  it(
    'presents a custom scenario from ?src= on the same ' + 'origin, and the audience window loads and follows it',
    async () => {
      await page.goto(preview.url);
      await page.evaluate(() =>
        localStorage.setItem(
          'pelabuhan.prefs',
          JSON.stringify({ lang: 'en', view: 'layers', speed: 0, speedChosen: true }),
        ),
      );
      await page.goto(`${preview.url}?src=fixtures/my-class.yaml&mode=present&lang=en`);
      await page.waitForSelector('html[data-ready]');
      await waitFor(page, PRESENTER, { lesson: 'my-class', step: '0', stage: 'before' });
      expect(await page.title()).toContain('My own class');
      const audience = await openAudienceFrom(page, 'my-class');
      // The audience was told where the scenario is, not sent the scenario.
      expect(await audience.$eval(AUDIENCE, (el) => (el as HTMLElement).dataset.source)).toBe(
        'src=fixtures/my-class.yaml',
      );
      expect(await audience.evaluate(() => location.search)).not.toContain('src=');

      await page.keyboard.press('ArrowRight');
      await waitFor(audience, AUDIENCE, { step: '0', stage: 'after' });
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await waitFor(page, PRESENTER, { step: '1', stage: 'after' });
      await waitFor(audience, AUDIENCE, { step: '1', stage: 'after' });
      expect(await outputText(audience, AUDIENCE)).toContain('hello class');
      await page.screenshot({ path: join(ARTIFACTS, 'presenter-custom-en.png') });
      await audience.screenshot({ path: join(ARTIFACTS, 'audience-custom-en.png') });
      await axe(page, 'presenter custom');
      await axe(audience, 'audience custom');
      // A reload keeps the file, the step and the channel.
      await page.reload();
      await waitFor(page, PRESENTER, { lesson: 'my-class', step: '1' });
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await waitFor(audience, AUDIENCE, { step: '2', stage: 'before' });
      await audience.close();
    },
    60_000,
  );

  it(
    'says plainly, in both languages, when a ?src= file is missing or a kept file is gone, and still lists the ' +
      'lessons',
    async () => {
      const p = await browser.context.newPage();
      // Not watched: the 404 is the point of this test (the browser logs it).
      for (const [lang, missing] of [
        ['en', 'not stored in this browser'],
        ['id', 'tidak tersimpan di peramban ini'],
      ] as const) {
        await p.goto(`${preview.url}?src=fixtures/gone.yaml&mode=present&lang=${lang}`);
        await p.waitForSelector('html[data-ready]');
        await p.locator('sim-scenario-errors [role="alert"]').waitFor();
        expect(await p.locator('sim-scenario-errors [role="alert"]').innerText()).toContain('404');
        expect(await p.locator('#app a[href*="lesson=images"]').count()).toBe(1);
        if (lang === 'en') await p.screenshot({ path: join(ARTIFACTS, 'presenter-custom-missing-en.png') });
        await p.goto(`${preview.url}?scenario=local:0123456789abcdef&mode=present&lang=${lang}`);
        await p.waitForSelector('html[data-ready]');
        expect(await p.locator('[data-testid="present-missing"]').innerText()).toContain(missing);
        expect(await p.locator('#app a[href*="lesson=images"]').count()).toBe(1);
        const result = await new AxeBuilder({ page: p })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
          .analyze();
        expect(result.violations.map((v) => v.id)).toEqual([]);
      }
      await p.close();
    },
    60_000,
  );

  it(
    "presents a dropped scenario from the player's Present button (kept in localStorage), and its audience " +
      'window follows',
    async () => {
      await page.goto(preview.url);
      await page.evaluate(() => {
        localStorage.clear();
        localStorage.setItem(
          'pelabuhan.prefs',
          JSON.stringify({ lang: 'en', view: 'layers', speed: 0, speedChosen: true }),
        );
      });
      await page.goto(`${preview.url}?lang=en`);
      await page.waitForSelector('html[data-ready]');
      await page.waitForFunction(() => !!customElements.get('sim-scenario-drop'));
      await page.evaluate((text) => {
        const dt = new DataTransfer();
        dt.items.add(new File([text], 'my-class.yaml', { type: 'text/yaml' }));
        document
          .querySelector('sim-app')!
          .dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, composed: true, cancelable: true }));
      }, CUSTOM_TEXT);
      await page.waitForSelector('[data-testid="lesson-player"][data-lesson="my-class"]', { timeout: 20_000 });
      const present = page.locator('sim-present-button a');
      expect(await present.getAttribute('href')).toMatch(/scenario=local%3A[0-9a-f]{16}&mode=present/);
      // Keyboard: focus the link and press Enter, as a teacher without a mouse would.
      await present.focus();
      const [presenter] = await Promise.all([browser.context.waitForEvent('page'), page.keyboard.press('Enter')]);
      watch(presenter, 'dropped presenter');
      await presenter.setViewportSize({ width: 1280, height: 720 });
      await presenter.waitForLoadState();
      await waitFor(presenter, PRESENTER, { lesson: 'my-class', step: '0', stage: 'before' });
      const audience = await openAudienceFrom(presenter, 'my-class');
      expect(await audience.$eval(AUDIENCE, (el) => (el as HTMLElement).dataset.source)).toMatch(
        /^scenario=local:[0-9a-f]{16}$/,
      );
      await presenter.keyboard.press('3');
      await waitFor(audience, AUDIENCE, { step: '2', stage: 'before' });
      await presenter.keyboard.press('ArrowRight');
      await waitFor(audience, AUDIENCE, { step: '2', stage: 'after' });
      expect(await outputText(audience, AUDIENCE)).toContain('hello');
      await presenter.screenshot({ path: join(ARTIFACTS, 'presenter-dropped-en.png') });
      await audience.close();
      await presenter.close();
    },
    60_000,
  );

  it('says plainly, in both languages, when the browser has no BroadcastChannel', async () => {
    const bare = await browser.context.newPage();
    watch(bare, 'no BroadcastChannel');
    await bare.addInitScript(() => {
      delete (window as { BroadcastChannel?: unknown }).BroadcastChannel;
    });
    for (const [lang, audienceWords, presenterWords] of [
      ['en', 'cannot follow the presenter', 'cannot follow this one'],
      ['id', 'tidak bisa mengikuti presenter', 'tidak bisa mengikuti jendela ini'],
    ] as const) {
      await bare.goto(`${preview.url}?mode=audience&channel=abcd1234&lang=${lang}`);
      await bare.waitForSelector('html[data-ready]');
      expect(await bare.$eval(AUDIENCE, (el) => el.shadowRoot?.textContent ?? '')).toContain(audienceWords);
      await bare.goto(`${preview.url}?lesson=images&mode=present&lang=${lang}`);
      await bare.waitForSelector('html[data-ready]');
      expect(
        await bare.$eval(PRESENTER, (el) => el.shadowRoot?.querySelector('[role="alert"]')?.textContent ?? ''),
      ).toContain(presenterWords);
      expect(await bare.locator('[data-testid="open-audience"]').isDisabled()).toBe(true);
    }
    await bare.close();
  }, 60_000);
});
