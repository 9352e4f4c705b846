/**
 * Authoring in a real browser: a broken scenario file (chosen, dropped, or `?src=` from the same
 * origin) shows its line/column/path errors and the page keeps working; `?src=` never asks another
 * origin; a valid file opens in the player; a sandbox share link replays the same `docker ps -a` in
 * a fresh browser; the session exports as a scenario file that parses again and as a handout whose
 * text is escaped. axe with the errors panel open. Screenshots: test-results/e2e/authoring-*.png.
 */

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
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
import { openFresh, run, terminalText } from './page-helpers';
import { parseScenario } from '../../src/model/lesson/scenario-parse';
import { formatScenario } from '../../src/model/lesson/scenario-format';
import { formatError } from '../../src/ui/authoring/error-snippet';
import type { Scenario } from '../../src/model/lesson/scenario';

const ARTIFACTS = join(ROOT, 'test-results/e2e');
const available = hasChromium();
reportNeed(chromiumNeed());

/** A scenario file with four mistakes, each at a known place. */
const BROKEN = `schema: pelabuhan-scenario/1
id: Broken Lesson
order: 1
title: { en: Broken, id: Rusak }
summary: { en: A file with mistakes, id: Berkas dengan kesalahan }
view: layerz
steps:
  - id: one
    title: { en: One, id: Satu }
    before: { en: Before, id: Sebelum }
    comands: [docker ps]
    after: { en: After, id: Sesudah }
    goals:
      - { containers: { image: nginx, count: two } }
`;

/** A JSON file with a syntax error (a missing comma). */
const BROKEN_JSON = '{\n  "schema": "pelabuhan-scenario/1",\n  "id": "x"\n  "order": 1\n}\n';

/** A small valid scenario, as a file would hold it. */
const VALID: Scenario = {
  schema: 'pelabuhan-scenario/1',
  id: 'from-file',
  order: 50,
  title: { en: 'A lesson from a file', id: 'Pelajaran dari berkas' },
  summary: { en: 'Loaded with ?src=.', id: 'Dimuat dengan ?src=.' },
  view: 'architecture',
  steps: [
    {
      id: 'pull',
      title: { en: 'Pull', id: 'Tarik' },
      before: { en: 'Pull alpine.', id: 'Tarik alpine.' },
      commands: ['docker pull alpine'],
      after: { en: 'Done.', id: 'Selesai.' },
      goals: [{ image: 'alpine' }],
    },
    {
      id: 'run',
      title: { en: 'Run', id: 'Jalankan' },
      before: { en: 'Run it.', id: 'Jalankan.' },
      commands: ['docker run --name a alpine echo hi'],
      after: { en: 'Ran.', id: 'Sudah.' },
    },
  ],
};

describe.skipIf(!available)('authoring in chromium', () => {
  let preview: Preview;
  let outDir: string;
  let chrome: Chromium;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  const requests: string[] = [];

  const panel = (p: Page = page) => p.locator('sim-scenario-errors [role="alert"]');

  const axe = async (label: string) => {
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(
      result.violations.map((v) => `${label} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  };

  /** The output of the last `line` in the terminal (its text up to the next prompt). */
  const lastOutput = async (p: Page, line: string) => {
    const text = await terminalText(p);
    const at = text.lastIndexOf(line);
    return text
      .slice(at + line.length)
      .split(/\n\$ |\n.*\$\s*$/)[0]
      .trim();
  };

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    outDir = buildDist();
    preview = await startPreview(outDir);
    chrome = await launchChromium();
  }, 180_000);

  // Each test its own page in a fresh context: nothing carries over from the one before.
  beforeEach(async () => {
    errors.length = 0;
    requests.length = 0;
    browser = await chrome.fresh({ width: 1280, height: 800 });
    page = browser.page;
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on(
      'console',
      (m) =>
        m.type() === 'error' &&
        !/404|Failed to load resource/.test(m.text()) &&
        errors.push(`${m.text()} (${m.location().url})`),
    );
    browser.context.on('request', (r) => requests.push(r.url()));
    // The same origin serves the fixtures (the repo has no public/ folder): missing.json is a 404.
    await browser.context.route(/\/fixtures\//, async (route) => {
      const url = new URL(route.request().url());
      if (url.pathname.endsWith('/broken.yaml'))
        return route.fulfill({ status: 200, contentType: 'text/yaml', body: BROKEN });
      if (url.pathname.endsWith('/valid.json'))
        return route.fulfill({ status: 200, contentType: 'application/json', body: formatScenario(VALID) });
      return route.fulfill({ status: 404, body: 'not found' });
    });
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

  it(
    'a broken file chosen with "Open scenario file…": every error with line, column, path and caret; the ' +
      'terminal still runs',
    async () => {
      await openFresh(page, `${preview.url}?lang=en`);
      const expected = parseScenario(BROKEN, 'broken.yaml');
      if (expected.ok) throw new Error('broken.yaml parsed, but it is meant to be broken');
      expect(expected.errors.map((e) => e.path)).toEqual(
        expect.arrayContaining(['id', 'view', 'steps[0].comands', 'steps[0].goals[0].containers.count']),
      );

      await page
        .locator('sim-scenario-drop input[type=file]')
        .setInputFiles({ name: 'broken.yaml', mimeType: 'text/yaml', buffer: Buffer.from(BROKEN) });
      await panel().waitFor();
      const text = await panel().innerText();
      expect(text).toContain('broken.yaml');
      for (const e of expected.errors) expect(text).toContain(formatError(e));
      // The offending line, with a caret under the column, as text.
      const pre = await page.locator('sim-scenario-errors pre').first().innerText();
      const first = expected.errors[0];
      expect(pre).toBe(
        `${first.line} │ ${BROKEN.split('\n')[first.line - 1]}\n` +
          `${' '.repeat(String(first.line).length)} │ ${' '.repeat(first.column - 1)}^`,
      );
      await page.screenshot({ path: join(ARTIFACTS, 'authoring-errors-en.png') });
      await axe('errors panel (en)');

      // The page keeps working behind the panel.
      await run(page, 'docker ps');
      expect(await terminalText(page)).toContain('CONTAINER ID');
      expect(await panel().count()).toBe(1);

      // In Indonesian, the framing is translated; the file's own lines stay as they are.
      await page
        .locator('sim-app')
        .getByRole('combobox', { name: /Language|Bahasa/ })
        .selectOption('id');
      await expect.poll(() => panel().innerText()).toContain('baris');
      const id = await panel().innerText();
      expect(id).toContain('Berkas skenario tidak bisa dibuka');
      expect(id).toContain(`baris ${first.line}, kolom ${first.column}`);
      await page.screenshot({ path: join(ARTIFACTS, 'authoring-errors-id.png') });
      await axe('errors panel (id)');
      await page
        .locator('sim-app')
        .getByRole('combobox', { name: /Language|Bahasa/ })
        .selectOption('en');

      // Dismissed by keyboard.
      await page.locator('sim-scenario-errors').getByRole('button', { name: 'Dismiss' }).focus();
      await page.keyboard.press('Enter');
      expect(await panel().count()).toBe(0);
    },
  );

  it('a file dropped anywhere on the page: the overlay, then the JSON syntax error at its line', async () => {
    await openFresh(page, `${preview.url}?lang=en`);
    await page.evaluate((json) => {
      const dt = new DataTransfer();
      dt.items.add(new File([json], 'broken.json', { type: 'application/json' }));
      const target = document.querySelector('sim-app')!;
      target.dispatchEvent(
        new DragEvent('dragenter', { dataTransfer: dt, bubbles: true, composed: true, cancelable: true }),
      );
      target.dispatchEvent(
        new DragEvent('dragover', { dataTransfer: dt, bubbles: true, composed: true, cancelable: true }),
      );
    }, BROKEN_JSON);
    await page.getByTestId('scenario-drop-overlay').waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'authoring-drop-overlay.png') });
    await page.evaluate((json) => {
      const dt = new DataTransfer();
      dt.items.add(new File([json], 'broken.json', { type: 'application/json' }));
      document
        .querySelector('sim-app')!
        .dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, composed: true, cancelable: true }));
    }, BROKEN_JSON);
    await panel().waitFor();
    expect(await page.getByTestId('scenario-drop-overlay').count()).toBe(0);
    const expected = parseScenario(BROKEN_JSON, 'broken.json');
    if (expected.ok) throw new Error('broken.json parsed, but it is meant to be broken');
    const text = await panel().innerText();
    expect(text).toContain('broken.json');
    expect(text).toContain(`line ${expected.errors[0].line}, column ${expected.errors[0].column}`);
    await run(page, 'docker ps');
    expect(await terminalText(page)).toContain('CONTAINER ID');

    // More than 1 MB: refused before it is read.
    await page
      .locator('sim-scenario-drop input[type=file]')
      .setInputFiles({ name: 'huge.yaml', mimeType: 'text/yaml', buffer: Buffer.alloc(1024 * 1024 + 10, 'a') });
    await expect.poll(() => panel().innerText()).toContain('a scenario file may be at most 1.0 MB');
    expect(await panel().innerText()).toContain('huge.yaml');
  });

  it(
    '?src= on the same origin: a broken file shows its ' + 'errors, a 404 says so, another origin is never asked',
    async () => {
      await openFresh(page, `${preview.url}?src=fixtures/broken.yaml&lang=en`);
      await panel().waitFor();
      expect(await panel().innerText()).toContain('line 2, column 5 — id:');
      await run(page, 'docker ps');
      expect(await terminalText(page)).toContain('CONTAINER ID');

      await openFresh(page, `${preview.url}?src=fixtures/missing.json&lang=en`);
      await panel().waitFor();
      expect(await panel().innerText()).toContain('404');

      requests.length = 0;
      await openFresh(page, `${preview.url}?src=${encodeURIComponent('https://example.com/evil.json')}&lang=en`);
      await panel().waitFor();
      expect(await panel().innerText()).toContain('https://example.com is another site');
      expect(requests.filter((u) => !u.startsWith(preview.url))).toEqual([]);
    },
  );

  it('?src= of a valid file opens it in the player', async () => {
    await openFresh(page, `${preview.url}?src=fixtures/valid.json&lang=en`);
    const player = page.getByTestId('lesson-player');
    await player.waitFor({ timeout: 20_000 });
    expect(await player.getAttribute('data-lesson')).toBe('from-file');
    expect(await panel().count()).toBe(0);
  });

  it('a sandbox share link replays the same docker ps -a in a fresh browser', async () => {
    await openFresh(page, `${preview.url}?lesson=sandbox&lang=en`);
    await page.getByTestId('lesson-player').waitFor({ timeout: 20_000 });
    await run(page, 'docker run -d --name web nginx');
    await run(page, 'docker create --name db redis');
    await run(page, 'docker ps -a');
    const original = await lastOutput(page, 'docker ps -a');
    expect(original).toContain('web');
    expect(original).toContain('db');

    // Clipboard allowed: the link is on it.
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(preview.url).origin,
    });
    await page.locator('sim-share-link').getByRole('button', { name: 'Copy share link' }).click();
    await expect.poll(() => page.locator('sim-share-link [role="status"]').innerText()).toContain('Link copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(await page.locator('sim-share-link').getAttribute('data-share-url')).toBe(copied);
    expect(await page.locator('sim-share-link input[readonly]').count()).toBe(0);

    // Clipboard refused: the link shows in a read-only field.
    await page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
      });
    });
    await page.locator('sim-share-link').getByRole('button', { name: 'Copy share link' }).click();
    const field = page.locator('sim-share-link input[readonly]');
    await field.waitFor();
    const url = await field.inputValue();
    expect(await page.locator('sim-share-link [role="status"]').innerText()).toContain('did not allow copying');
    // The field has the focus and its text selected, ready for Ctrl+C.
    expect(await field.evaluate((el: HTMLInputElement) => el.selectionEnd! - el.selectionStart!)).toBe(url.length);
    await page.screenshot({ path: join(ARTIFACTS, 'authoring-share-fallback.png') });
    expect(url).toBe(copied);
    expect(new URL(url).searchParams.get('lesson')).toBe('sandbox');
    expect(new URL(url).searchParams.get('log')).toMatch(/^[A-Za-z0-9_-]+$/);

    const other = await chrome.fresh({ width: 1280, height: 800 });
    try {
      await other.page.goto(url);
      await other.page.waitForSelector('html[data-ready]');
      await other.page.getByTestId('lesson-player').waitFor({ timeout: 20_000 });
      await run(other.page, 'docker ps -a');
      expect(await lastOutput(other.page, 'docker ps -a')).toBe(original);
    } finally {
      await other.close();
    }

    // A damaged log: the sandbox starts empty and the panel says why.
    await openFresh(page, `${preview.url}?lesson=sandbox&lang=en&log=%25%25not-base64`);
    await panel().waitFor();
    expect(await panel().innerText()).toContain('damaged');
    await run(page, 'docker ps -a');
    expect(await lastOutput(page, 'docker ps -a')).not.toContain('nginx');
  });

  it('exports the session as a scenario file that parses again, and as an escaped handout', async () => {
    await openFresh(page, `${preview.url}?lesson=sandbox&lang=en`);
    await page.getByTestId('lesson-player').waitFor({ timeout: 20_000 });
    const nasty = 'docker run --name tricky alpine echo "<script>alert(1)</script> & done"';
    await run(page, 'docker run -d --name web nginx');
    await run(page, nasty);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('sim-session-export').getByRole('button', { name: 'Export scenario' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('sandbox-session.scenario.json');
    const file = readFileSync((await download.path())!, 'utf8');
    const parsed = parseScenario(file, download.suggestedFilename());
    if (!parsed.ok) throw new Error(`the exported scenario does not parse: ${JSON.stringify(parsed.errors)}`);
    expect(parsed.scenario.steps.flatMap((s) => s.commands)).toEqual(['docker run -d --name web nginx', nasty]);

    const [tab] = await Promise.all([
      browser.context.waitForEvent('page'),
      page.locator('sim-session-export').getByRole('button', { name: 'Printable handout' }).click(),
    ]);
    await tab.waitForLoadState();
    expect(tab.url()).toMatch(/^blob:/);
    expect(await tab.locator('script, img, iframe, link').count()).toBe(0);
    expect(await tab.locator('h1').innerText()).toBe('Sandbox');
    const pres = await tab.locator('pre').allInnerTexts();
    expect(pres.some((t) => t.startsWith(`$ ${nasty}`) && t.includes('<script>alert(1)</script> & done'))).toBe(true);
    await tab.screenshot({ path: join(ARTIFACTS, 'authoring-handout.png'), fullPage: true });
    const handoutAxe = await new AxeBuilder({ page: tab })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(handoutAxe.violations.map((v) => v.id)).toEqual([]);
    await tab.emulateMedia({ media: 'print' });
    expect(await tab.locator('.hint').isVisible()).toBe(false);
    await tab.screenshot({ path: join(ARTIFACTS, 'authoring-handout-print.png'), fullPage: true });
    await tab.close();
  });
});
