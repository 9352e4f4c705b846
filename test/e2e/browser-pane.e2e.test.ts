/**
 * Port forwarding you can see, in Chromium: after `docker run -d -p 8080:80 nginx` the volumes and
 * networks view offers localhost:8080; the browser pane shows nginx's welcome page in a sandboxed
 * frame (no request leaves the page's origin), an unpublished port shows Chromium's refused page,
 * and nginx logs the visit. Screenshots in English and Indonesian go to test-results/e2e/.
 */

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
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

const ARTIFACTS = join(ROOT, 'test-results/e2e');
reportNeed(chromiumNeed());

describe.skipIf(!hasChromium())('the browser pane in chromium', () => {
  let preview: Preview;
  let chrome: Chromium;
  let browser: Browser;
  let page: Page;
  const foreign: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    preview = await startPreview(buildDist());
    chrome = await launchChromium();
  }, 120_000);

  beforeEach(async () => {
    foreign.length = 0;
    errors.length = 0;
    browser = await chrome.fresh({ width: 1280, height: 800 });
    page = browser.page;
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (!['data:', 'blob:', 'about:'].includes(url.protocol) && url.origin !== new URL(preview.url).origin)
        foreign.push(r.url());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(`${m.text()} (${m.location().url})`));
  });

  afterEach(async () => {
    await browser?.close();
    expect(foreign, 'requests to another origin').toEqual([]);
    expect(errors, 'errors in the page').toEqual([]);
  });

  afterAll(async () => {
    await chrome?.close();
    preview?.stop();
  });

  /** The pane's frame document's text once it has loaded. */
  async function frameText(): Promise<string> {
    const frame = page.frameLocator('sim-browser-pane iframe[data-testid="browser-frame"]');
    await frame.locator('h1').waitFor({ timeout: 10_000 });
    return frame.locator('body').innerText();
  }

  it('opens nginx from its published port, refuses an unpublished one, and nginx logs the visit', async () => {
    await openFresh(page, `${preview.url}/?view=resources`);
    await run(page, 'docker run -d --name web -p 8080:80 nginx');
    const port = page.locator('sim-published-ports button[data-host-port="8080"]');
    await port.waitFor();
    // Keyboard: the port's button takes focus and Enter opens it.
    await port.focus();
    await page.keyboard.press('Enter');
    expect(await frameText()).toContain('Welcome to nginx!');
    const pane = page.locator('sim-browser-pane [data-testid="browser-pane"]');
    expect(await pane.getAttribute('data-status')).toBe('200');
    expect(await page.locator('sim-browser-pane [role="status"]').innerText()).toBe(
      'http://localhost:8080/ answered 200 OK',
    );
    // The frame can run nothing and load nothing.
    const frame = page.locator('sim-browser-pane iframe');
    expect(await frame.getAttribute('sandbox')).toBe('');
    expect(await frame.evaluate((f) => (f as HTMLIFrameElement).srcdoc)).toContain(
      `content="default-src 'none'; style-src 'unsafe-inline'"`,
    );
    await page.screenshot({ path: join(ARTIFACTS, 'browser-pane-nginx-en.png') });

    const address = page.getByRole('textbox', { name: 'Address' });
    await address.fill('http://localhost:8081');
    await address.press('Enter');
    const refused = page.locator('sim-browser-pane [data-testid="browser-error"]');
    await refused.waitFor();
    expect(await refused.getAttribute('data-error')).toBe('ERR_CONNECTION_REFUSED');
    expect(await refused.innerText()).toContain('This site can’t be reached');
    expect(await refused.innerText()).toContain('localhost refused to connect.');
    await page.screenshot({ path: join(ARTIFACTS, 'browser-pane-refused-en.png') });
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    await run(page, 'docker logs web');
    expect(await terminalText(page)).toContain('"GET / HTTP/1.1" 200 615 "-" "Mozilla/5.0');
  }, 60_000);

  it('speaks Indonesian, and a page a user wrote is shown as the container serves it, inert', async () => {
    await openFresh(page, `${preview.url}/?view=resources&lang=id`);
    const html = '<h1>Halo</h1><img src=http://example.com/x.png>';
    await run(page, `docker run --rm -v /srv/site:/out alpine sh -c "echo '${html}' > /out/index.html"`);
    await run(page, 'docker run -d --name site -p 8080:80 -v /srv/site:/usr/share/nginx/html nginx');
    await page.locator('sim-published-ports button[data-host-port="8080"]').click();
    expect(await frameText()).toContain('Halo');
    await page.screenshot({ path: join(ARTIFACTS, 'browser-pane-user-page-id.png') });
    const address = page.getByRole('textbox', { name: 'Alamat' });
    await address.fill('localhost:9090');
    await page.getByRole('button', { name: 'Buka', exact: true }).click();
    const refused = page.locator('sim-browser-pane [data-testid="browser-error"]');
    await refused.waitFor();
    expect(await refused.innerText()).toContain('Situs ini tidak dapat dijangkau');
    expect(await refused.innerText()).toContain('localhost menolak untuk terhubung.');
    await page.screenshot({ path: join(ARTIFACTS, 'browser-pane-refused-id.png') });
  }, 60_000);
});
