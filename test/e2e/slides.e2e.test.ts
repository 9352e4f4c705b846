/**
 * Slides export in a real browser: after `docker run -d --name web nginx`, the architecture and
 * layers views export as SVG (a file that parses, with the container's name as text, no reference
 * out of the file) and as PNG (twice the view's size, not blank: the page decodes it and counts
 * pixels that are not the background); a pull's animation, played again from its record, exports
 * as an animated SVG whose frames switch on time; the next command can be recorded; the menu is
 * reached and left by keyboard, in English and Indonesian. The exported SVGs are opened in
 * Chromium and photographed: /work/briefs/s7/shots/i14-slides/ (or test-results/e2e/slides-*.png).
 */

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Download, Page } from 'playwright-core';
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
import { focusedName, openFresh, openView, run } from './page-helpers';

const SHOTS = existsSync('/work/briefs/s7') ? '/work/briefs/s7/shots/i14-slides' : join(ROOT, 'test-results/e2e');
const available = hasChromium();
reportNeed(chromiumNeed());

/** What the page says of an SVG file: parse errors, size, texts, frames. */
interface SvgFacts {
  error: string;
  root: string;
  width: number;
  height: number;
  title: string;
  texts: string[];
  allText: string;
  foreignObjects: number;
  externalRefs: number;
  frames: { start: number; ms: number; keyTimes: string; values: string; dur: string }[];
  durationMs: number;
}

describe.skipIf(!available)('slides export in chromium', () => {
  let preview: Preview;
  let outDir: string;
  let chrome: Chromium;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    outDir = buildDist();
    preview = await startPreview(outDir);
    chrome = await launchChromium();
  }, 180_000);

  beforeEach(async () => {
    errors.length = 0;
    browser = await chrome.fresh({ width: 1280, height: 800 });
    page = browser.page;
    page.on('pageerror', (e) => errors.push(String(e)));
  });

  afterEach(async () => {
    await browser.close();
    expect(errors).toEqual([]);
  });

  afterAll(async () => {
    await chrome?.close();
    preview?.stop();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  /** Opens the export list and chooses `action`, returning the download. */
  const exportAs = async (action: string, timeout = 10_000): Promise<Download> => {
    await page.getByTestId('export-toggle').click();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout }),
      page.locator(`sim-export-menu button[data-export="${action}"]`).click(),
    ]);
    return download;
  };

  /** Parses an SVG file in the page (DOMParser, as XML) and reads what the tests check. */
  const svgFacts = (text: string): Promise<SvgFacts> =>
    page.evaluate((t) => {
      const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
      const error = doc.querySelector('parsererror')?.textContent ?? '';
      const root = doc.documentElement;
      const refs = [...doc.querySelectorAll('*')].filter((el) =>
        [...el.attributes].some(
          (a) => /url\((?!["']?#)/.test(a.value) || (/href$/.test(a.name) && !a.value.startsWith('#')),
        ),
      );
      return {
        error,
        root: root.localName,
        width: Number(root.getAttribute('width')),
        height: Number(root.getAttribute('height')),
        title: root.querySelector(':scope > title')?.textContent ?? '',
        texts: [...doc.querySelectorAll('text')].map((x) => x.textContent ?? ''),
        allText: root.textContent ?? '',
        foreignObjects: doc.getElementsByTagNameNS('http://www.w3.org/2000/svg', 'foreignObject').length,
        externalRefs: refs.length,
        frames: [...doc.querySelectorAll(':scope > g.frame')].map((g) => {
          const a = g.querySelector(':scope > animate');
          return {
            start: Number(g.getAttribute('data-start-ms')),
            ms: Number(g.getAttribute('data-ms')),
            keyTimes: a?.getAttribute('keyTimes') ?? '',
            values: a?.getAttribute('values') ?? '',
            dur: a?.getAttribute('dur') ?? '',
          };
        }),
        durationMs: Number(root.getAttribute('data-duration-ms')),
      };
    }, text);

  /** A PNG's size from its IHDR, and how many of its pixels differ from its top-left one (decoded by the page). */
  const pngFacts = async (bytes: Buffer) => {
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    const size = { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
    const inked = await page.evaluate(async (b64) => {
      const blob = await (await fetch(`data:image/png;base64,${b64}`)).blob();
      const bitmap = await createImageBitmap(blob);
      const canvas = document.createElement('canvas');
      canvas.width = bitmap.width;
      canvas.height = bitmap.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      let n = 0;
      for (let i = 0; i < data.length; i += 4) {
        const d = Math.abs(data[i] - data[0]) + Math.abs(data[i + 1] - data[1]) + Math.abs(data[i + 2] - data[2]);
        if (d > 30) n++;
      }
      return n;
    }, bytes.toString('base64'));
    return { ...size, inked };
  };

  /** Opens an exported SVG on its own in a fresh page and photographs it. */
  const photograph = async (text: string, name: string) => {
    const tab = await browser.context.newPage();
    await tab.setContent(`<!doctype html><body style="margin:0;background:#888">${text}</body>`);
    await tab.waitForTimeout(300);
    await tab
      .locator('svg')
      .first()
      .screenshot({ path: join(SHOTS, name) });
    await tab.close();
  };

  for (const view of [
    { tab: 'Architecture', id: 'architecture', html: false },
    { tab: 'Images & layers', id: 'layers', html: false },
    // A view made of HTML: drawn in a <foreignObject>, never a blank file.
    { tab: 'API log', id: 'api', html: true },
  ]) {
    it(`exports the ${view.id} view as SVG and PNG`, async () => {
      await openFresh(page, `${preview.url}?view=${view.id}`);
      await run(page, 'docker run -d --name web nginx');
      await openView(page, view.tab);
      await page.waitForFunction(() => !!customElements.get('sim-export-menu'));
      // The messages of the command have landed (a still picture shows what is on screen).
      await page.waitForTimeout(2500);

      const svgDownload = await exportAs('svg');
      expect(svgDownload.suggestedFilename()).toMatch(new RegExp(`^pelabuhan-${view.id}-\\d{8}-\\d{4}\\.svg$`));
      const svg = readFileSync((await svgDownload.path())!, 'utf8');
      const facts = await svgFacts(svg);
      expect(facts.error).toBe('');
      expect(facts.root).toBe('svg');
      expect(facts.title).toContain('Pelabuhan');
      expect(facts.externalRefs).toBe(0);
      expect(facts.foreignObjects).toBe(view.html ? 1 : 0);
      // Custom properties are resolved: the file needs none of the page's style sheets.
      expect(svg).not.toContain('var(--');
      expect(svg).not.toContain('<style');
      const texts = view.html ? facts.allText : facts.texts.join(' ');
      expect(texts).toContain(view.html ? '/containers/create' : 'web');
      expect(texts).toContain(view.html ? 'docker run -d --name web nginx' : 'nginx');
      await expect.poll(() => page.getByTestId('export-status').textContent()).toContain('Saved pelabuhan-');
      await photograph(svg, `${view.id}-exported.png`);
      await page.screenshot({ path: join(SHOTS, `${view.id}-page.png`) });

      const pngDownload = await exportAs('png');
      expect(pngDownload.suggestedFilename()).toMatch(/\.png$/);
      const png = await pngFacts(readFileSync((await pngDownload.path())!));
      expect(png.width).toBe(facts.width * 2);
      expect(png.height).toBe(facts.height * 2);
      // Not blank: boxes, lines and text cover a good part of the picture.
      expect(png.inked).toBeGreaterThan(png.width * png.height * 0.01);
    }, 90_000);
  }

  it('exports every other view as an SVG that is not blank', async () => {
    await openFresh(page, `${preview.url}?view=lifecycle`);
    await page.waitForFunction(() => !!customElements.get('sim-export-menu'));
    await run(page, 'docker run -d --name web nginx');
    for (const view of [
      { tab: 'Container lifecycle', id: 'lifecycle', text: 'running' },
      { tab: 'Volumes & networks', id: 'resources', text: 'web' },
      { tab: 'VMs vs containers', id: 'compare', text: '' },
      { tab: 'Build', id: 'build', text: '' },
      { tab: 'Files', id: 'files', text: '' },
    ]) {
      await openView(page, view.tab);
      await page.waitForTimeout(1500);
      const download = await exportAs('svg');
      expect(download.suggestedFilename()).toContain(`pelabuhan-${view.id}-`);
      const svg = readFileSync((await download.path())!, 'utf8');
      const facts = await svgFacts(svg);
      expect(facts.error, view.id).toBe('');
      expect(facts.externalRefs, view.id).toBe(0);
      expect(facts.allText.trim().length, view.id).toBeGreaterThan(10);
      if (view.text) expect(facts.allText, view.id).toContain(view.text);
      await photograph(svg, `${view.id}-exported.png`);
      const pngDownload = await exportAs('png');
      const png = await pngFacts(readFileSync((await pngDownload.path())!));
      expect(png.inked, view.id).toBeGreaterThan(png.width * png.height * 0.005);
    }
  }, 150_000);

  it('exports a pull, played again from its record, as an animated SVG', async () => {
    await openFresh(page, `${preview.url}?view=architecture`);
    await page.waitForFunction(() => !!customElements.get('sim-export-menu'));
    await run(page, 'docker pull alpine');
    const download = await exportAs('replay', 30_000);
    expect(download.suggestedFilename()).toBe('pelabuhan-architecture-docker-pull-alpine.animated.svg');
    const svg = readFileSync((await download.path())!, 'utf8');
    const facts = await svgFacts(svg);
    expect(facts.error).toBe('');
    expect(facts.title).toContain('docker pull alpine');
    console.log(`animated pull: ${facts.frames.length} frames, ${svg.length} characters, ${facts.durationMs} ms`);
    expect(facts.externalRefs).toBe(0);
    // Layers and API calls fly: many different pictures, each on for its time, on one loop.
    expect(facts.frames.length).toBeGreaterThan(5);
    let at = 0;
    for (const [i, f] of facts.frames.entries()) {
      expect(f.start).toBe(at);
      expect(f.dur).toBe(`${facts.durationMs / 1000}s`);
      expect(f.values).toBe(
        i === 0 ? 'inline;none' : i === facts.frames.length - 1 ? 'none;inline' : 'none;inline;none',
      );
      at += f.ms;
    }
    expect(at).toBe(facts.durationMs);
    await expect.poll(() => page.getByTestId('export-status').textContent()).toMatch(/frames/);
    // A frame in the middle, alone: what a slide shows at that moment.
    const middle = svg.replace(/display="none"/g, 'display="x"').replace(/<animate [^>]*\/>/g, '');
    const mid = Math.floor(facts.frames.length / 2);
    const oneFrame = middle.replace(
      /<g class="frame" data-frame="(\d+)"([^>]*) display="(inline|x)">/g,
      (_, n, rest) => `<g class="frame" data-frame="${n}"${rest} display="${Number(n) === mid ? 'inline' : 'none'}">`,
    );
    await photograph(oneFrame, 'architecture-pull-frame.png');
    // It plays: Chromium shows other pictures as the loop goes on (SMIL switches the frames).
    const tab = await browser.context.newPage();
    await tab.setContent(`<!doctype html><body style="margin:0">${svg}</body>`);
    const shots: Buffer[] = [];
    for (let i = 0; i < 4; i++) {
      shots.push(await tab.locator('svg').first().screenshot());
      await tab.waitForTimeout(Math.round(facts.durationMs / 5));
    }
    await tab.close();
    expect(new Set(shots.map((b) => b.toString('base64'))).size).toBeGreaterThan(1);
  }, 90_000);

  it('exports a pull as a WebM video', async () => {
    await openFresh(page, `${preview.url}?view=architecture`);
    await page.waitForFunction(() => !!customElements.get('sim-export-menu'));
    await run(page, 'docker pull alpine');
    const download = await exportAs('replay-webm', 40_000);
    expect(download.suggestedFilename()).toBe('pelabuhan-architecture-docker-pull-alpine.webm');
    const bytes = readFileSync((await download.path())!);
    // EBML's magic number, then a video the page can open at the view's size.
    expect(bytes.subarray(0, 4).toString('hex')).toBe('1a45dfa3');
    const size = await page.evaluate(async (b64) => {
      const video = document.createElement('video');
      video.muted = true;
      video.src = `data:video/webm;base64,${b64}`;
      await new Promise((done, fail) => {
        video.onloadedmetadata = done;
        video.onerror = () => fail(new Error('the video does not load'));
      });
      return { width: video.videoWidth, height: video.videoHeight };
    }, bytes.toString('base64'));
    expect(size.width).toBeGreaterThan(500);
    expect(size.height).toBeGreaterThan(200);
  }, 90_000);

  it('records the next command on the layers view', async () => {
    await openFresh(page, `${preview.url}?view=layers`);
    await page.waitForFunction(() => !!customElements.get('sim-export-menu'));
    await page.getByTestId('export-toggle').click();
    await page.locator('sim-export-menu button[data-export="record"]').click();
    await expect.poll(() => page.getByTestId('export-status').textContent()).toContain('run a command');
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      run(page, 'docker pull alpine'),
    ]);
    expect(download.suggestedFilename()).toBe('pelabuhan-layers-docker-pull-alpine.animated.svg');
    const facts = await svgFacts(readFileSync((await download.path())!, 'utf8'));
    expect(facts.error).toBe('');
    expect(facts.frames.length).toBeGreaterThanOrEqual(2);
    // The first frame is before the pull (no layers), the last after it (alpine's layer drawn).
    expect(facts.texts.join(' ')).toContain('alpine');
    const last = facts.frames.length - 1;
    const lastFrame = readFileSync((await download.path())!, 'utf8')
      .replace(/<animate [^>]*\/>/g, '')
      .replace(
        /(<g class="frame" data-frame="(\d+)"[^>]*) display="(inline|none)">/g,
        (_, head, n) => `${head} display="${Number(n) === last ? 'inline' : 'none'}">`,
      );
    await photograph(lastFrame, 'layers-recorded-last-frame.png');
  }, 90_000);

  it('is reached by keyboard and speaks English and Indonesian', async () => {
    await openFresh(page, `${preview.url}?view=architecture`);
    await page.waitForFunction(() => !!customElements.get('sim-export-menu'));
    await page.getByRole('tab', { name: 'Architecture' }).focus();
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe('Export');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('export-toggle').getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe('Picture as SVG');
    await page.screenshot({ path: join(SHOTS, 'menu-en.png') });
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('export-toggle').getAttribute('aria-expanded')).toBe('false');
    expect(await focusedName(page)).toBe('Export');
    // Enter on an item saves the file.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/\.svg$/);

    await openFresh(page, `${preview.url}?view=architecture&lang=id`);
    await page.waitForFunction(() => !!customElements.get('sim-export-menu'));
    await page.getByTestId('export-toggle').click();
    await expect(page.getByTestId('export-toggle').textContent()).resolves.toContain('Ekspor');
    const labels = await page.locator('sim-export-menu button[data-export]').allTextContents();
    expect(labels.map((l) => l.trim())).toEqual([
      'Gambar sebagai SVG',
      'Gambar sebagai PNG (ukuran 2×)',
      'Perintah terakhir, beranimasi (SVG)',
      'Perintah terakhir sebagai video (WebM)',
      'Rekam perintah berikutnya (SVG beranimasi)',
    ]);
    await page.screenshot({ path: join(SHOTS, 'menu-id.png') });
    const [idDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('sim-export-menu button[data-export="svg"]').click(),
    ]);
    expect(idDownload.suggestedFilename()).toMatch(/\.svg$/);
    await expect.poll(() => page.getByTestId('export-status').textContent()).toContain('tersimpan');
  }, 90_000);
});
