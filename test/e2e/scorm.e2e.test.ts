/**
 * The SCORM package in chromium: `npm run export:scorm` for one short lesson, unpacked and served
 * as an LMS would; a parent page offers `window.API` (a stub recording every call, as an LMS's
 * player frame does) and loads the SCO's launch URL from the manifest in an iframe. The learner
 * types each step's solution; the stub must see LMSInitialize, the score, `completed`, LMSCommit and,
 * when the SCO goes away, LMSFinish. Without an LMS the page works and says so.
 * Screenshots: test-results/e2e/scorm-*.png.
 */

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import {
  hasChromium,
  launchChromium,
  ROOT,
  serveSubfolder,
  type Browser,
  type Chromium,
  type Preview,
} from './harness';
import { chromiumNeed, reportNeed } from '../machine-needs';
import { readZip } from '../../tools/scorm/zip';
import { lessonById } from '../../src/lessons/index';

const SHOTS = join(ROOT, 'test-results/e2e');
const LESSON = 'inspect';
const available = hasChromium();
reportNeed(chromiumNeed());

/**
 * The LMS's player page: `window.API` records each call (name and arguments) in `window.scormCalls`;
 * with `refuse` it answers LMSInitialize "false" with error 101.
 */
const PARENT = (launch: string, refuse = false) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>LMS stub</title></head>
<body style="margin:0">
<script>
  window.scormCalls = [];
  const values = {};
  const record = (name, result) => (...args) => { window.scormCalls.push([name, ...args]); return result(...args); };
  window.API = {
    LMSInitialize: record('LMSInitialize', () => '${refuse ? 'false' : 'true'}'),
    LMSFinish: record('LMSFinish', () => 'true'),
    LMSCommit: record('LMSCommit', () => 'true'),
    LMSGetValue: record('LMSGetValue', (k) => values[k] ?? ''),
    LMSSetValue: record('LMSSetValue', (k, v) => { values[k] = v; return 'true'; }),
    LMSGetLastError: () => '${refuse ? '101' : '0'}',
    LMSGetErrorString: (code) => (code === '101' ? 'General exception' : ''),
    LMSGetDiagnostic: () => '',
  };
</script>
<iframe title="SCO" src="${launch}" style="width:100vw;height:100vh;border:0"></iframe>
</body></html>`;

/** The SCO's frame once its page is ready. */
async function scoFrame(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => f.url().includes('lms=scorm')), { timeout: 20_000 }).toBe(true);
  const frame = page.frames().find((f) => f.url().includes('lms=scorm'))!;
  await frame.waitForSelector('html[data-ready]', { timeout: 30_000 });
  return frame;
}

/** Types a line into the SCO's terminal and waits until it has finished. */
async function typeLine(frame: Frame, line: string): Promise<void> {
  const input = frame.getByRole('textbox', { name: 'Terminal' });
  await input.fill(line);
  await input.press('Enter');
  await frame.waitForSelector('sim-terminal[data-busy="false"]', { timeout: 20_000 });
}

describe.skipIf(!available)('the SCORM 1.2 package in an LMS frame', () => {
  let work: string;
  let site: string;
  let launch: string;
  let server: Preview;
  let chrome: Chromium;
  let browser: Browser;
  const errors: string[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    work = mkdtempSync(join(tmpdir(), 'pelabuhan-scorm-e2e-'));
    const zipFile = join(work, 'package.zip');
    const tsx = join(ROOT, 'node_modules/.bin/tsx');
    const args = ['tools/export-scorm.ts', '--lessons', LESSON, '--out', zipFile];
    const result = spawnSync(tsx, args, { cwd: ROOT, encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    // Unpacked as an LMS does, beside a player page of our own.
    site = join(work, 'site');
    for (const entry of readZip(new Uint8Array(readFileSync(zipFile)))) {
      mkdirSync(dirname(join(site, entry.name)), { recursive: true });
      writeFileSync(join(site, entry.name), entry.data);
    }
    const manifest = readFileSync(join(site, 'imsmanifest.xml'), 'utf8');
    const href = manifest.match(/identifier="sco-inspect"[^>]*adlcp:scormtype="sco" href="([^"]+)"/)?.[1];
    launch = href!.replaceAll('&amp;', '&');
    writeFileSync(join(site, 'lms-player.html'), PARENT(launch));
    writeFileSync(join(site, 'lms-refusing.html'), PARENT(launch, true));
    server = await serveSubfolder('/moodle/mod/scorm/', site);
    chrome = await launchChromium();
  }, 180_000);

  beforeEach(async () => {
    errors.length = 0;
    browser = await chrome.fresh({ width: 1280, height: 800 });
    // Animations off before the page's scripts read the prefs (every frame of this origin).
    await browser.context.addInitScript(() => {
      localStorage.setItem('pelabuhan.prefs', JSON.stringify({ lang: 'en', speed: 0, speedChosen: true }));
    });
    browser.page.on('pageerror', (e) => errors.push(`pageerror: ${String(e)}`));
  });

  afterEach(async () => {
    await browser?.close();
  });

  afterAll(async () => {
    await chrome?.close();
    server?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('the launch URL is the lesson with lms=scorm, and the adapter is not in the first chunk', () => {
    expect(launch).toBe(`index.html?lesson=${LESSON}&lms=scorm`);
    const html = readFileSync(join(site, 'index.html'), 'utf8');
    const entry = html.match(/<script[^>]+src="\.?\/?([^"]+\.js)"/)?.[1];
    expect(entry).toBeTruthy();
    expect(readFileSync(join(site, entry!), 'utf8')).not.toContain('LMSInitialize');
  });

  it('a learner completes the lesson: the LMS hears start, score, completed, commit, finish', async () => {
    const { page } = browser;
    await page.goto(`${server.url}lms-player.html`);
    const frame = await scoFrame(page);
    await frame.waitForSelector('html[data-lms="connected"]', { timeout: 20_000 });
    const calls = () => page.evaluate(() => (window as unknown as { scormCalls: string[][] }).scormCalls);
    await expect.poll(calls).toContainEqual(['LMSSetValue', 'cmi.core.lesson_status', 'incomplete']);
    expect((await calls())[0]).toEqual(['LMSInitialize', '']);

    const lesson = lessonById(LESSON)!;
    const player = frame.locator('[data-testid="lesson-player"]');
    for (let i = 0; i < lesson.steps.length; i++) {
      const step = lesson.steps[i];
      await expect.poll(() => player.getAttribute('data-step')).toBe(String(i + 1));
      for (const line of step.solution ?? step.commands) await typeLine(frame, line);
      const met = () => player.locator('[data-goal-met]').getAttribute('data-goal-met');
      await expect.poll(met, { message: `goal of step ${i + 1}`, timeout: 20_000 }).toBe('true');
      if (i < lesson.steps.length - 1) await player.locator('#next').click();
    }

    await expect.poll(calls, { timeout: 10_000 }).toContainEqual(['LMSSetValue', 'cmi.core.score.raw', '100']);
    const after = await calls();
    const at = (call: string[]) => after.findIndex((c) => JSON.stringify(c) === JSON.stringify(call));
    const raw = at(['LMSSetValue', 'cmi.core.score.raw', '100']);
    const completed = at(['LMSSetValue', 'cmi.core.lesson_status', 'completed']);
    expect(at(['LMSSetValue', 'cmi.core.score.min', '0'])).toBeGreaterThan(0);
    expect(at(['LMSSetValue', 'cmi.core.score.max', '100'])).toBeGreaterThan(0);
    expect(completed).toBeGreaterThan(raw);
    expect(after.slice(completed).some((c) => c[0] === 'LMSCommit')).toBe(true);
    expect(after.some((c) => c[0] === 'LMSFinish')).toBe(false);
    await page.screenshot({ path: join(SHOTS, 'scorm-lms-completed.png') });

    // The LMS closes the SCO (its frame navigates away): pagehide finishes the session.
    await page.evaluate(() => (document.querySelector('iframe')!.src = 'about:blank'));
    await expect.poll(calls).toContainEqual(['LMSFinish', '']);
    expect(errors).toEqual([]);
  });

  for (const lang of ['en', 'id'] as const) {
    it(`an LMS that refuses: the lesson still works and the notice gives the error (${lang})`, async () => {
      const { page } = browser;
      await page.goto(`${server.url}lms-refusing.html`);
      const frame = await scoFrame(page);
      await frame.waitForSelector('html[data-lms="refused"]', { timeout: 20_000 });
      if (lang === 'id') await frame.getByLabel('Language').selectOption('id');
      const notice = frame.locator('[data-testid="lms-notice"]');
      const words = lang === 'en' ? 'did not record your progress' : 'tidak mencatat progresmu';
      await expect.poll(() => notice.textContent()).toContain(words);
      expect(await notice.textContent()).toContain('(error 101: General exception)');
      await page.screenshot({ path: join(SHOTS, `scorm-lms-refused-${lang}.png`) });
      await typeLine(frame, 'docker ps');
      const calls = await page.evaluate(() => (window as unknown as { scormCalls: string[][] }).scormCalls);
      expect(calls).toEqual([['LMSInitialize', '']]);
      expect(errors).toEqual([]);
    });

    it(`without an LMS the page works and says so (${lang})`, async () => {
      const { page } = browser;
      await page.goto(`${server.url}${launch}&lang=${lang}`);
      await page.waitForSelector('html[data-ready]');
      await page.waitForSelector('html[data-lms="none"]', { timeout: 20_000 });
      const notice = page.locator('[data-testid="lms-notice"]');
      await expect.poll(() => notice.textContent()).toContain(lang === 'en' ? 'No LMS answered' : 'Tidak ada LMS');
      await page.screenshot({ path: join(SHOTS, `scorm-no-lms-${lang}.png`) });
      const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await typeLine(page.mainFrame(), 'docker ps');
      expect(await page.locator('[data-testid="lesson-player"]').getAttribute('data-lesson')).toBe(LESSON);
      await notice.getByRole('button').click();
      await expect.poll(() => notice.isVisible()).toBe(false);
      expect(errors).toEqual([]);
    });
  }
});
