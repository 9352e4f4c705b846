/**
 * The page in a real browser: Debian's headless chromium, driven by playwright-core, against the
 * built `dist/` served by `vite preview`. Screenshots of every view in both languages are saved to
 * test-results/e2e/ as artifacts.
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
import { focusedName, focusedRole, openFresh, openView, run, terminal, terminalText } from './page-helpers';

const ARTIFACTS = join(ROOT, 'test-results/e2e');
const available = hasChromium();
reportNeed(chromiumNeed());

describe.skipIf(!available)('the page in chromium', () => {
  let preview: Preview;
  let outDir: string;
  let chrome: Chromium;
  let browser: Browser;
  let page: Page;
  const foreign: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    outDir = buildDist();
    preview = await startPreview(outDir);
    chrome = await launchChromium();
  }, 120_000);

  // Each test its own page in a fresh context, which first makes the world it needs (`given`).
  beforeEach(async () => {
    foreign.length = 0;
    errors.length = 0;
    browser = await chrome.fresh({ width: 1280, height: 720 });
    page = browser.page;
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== new URL(preview.url).origin)
        foreign.push(r.url());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
    page.on('console', (m) => m.type() === 'error' && errors.push(`${m.text()} (${m.location().url})`));
    await openFresh(page, preview.url);
  });

  afterEach(async () => {
    await browser?.close();
    expect(foreign, 'requests to another origin').toEqual([]);
    expect(errors, 'errors in the page').toEqual([]);
  });

  afterAll(async () => {
    await chrome?.close();
    preview?.stop();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  /** Runs the commands a test starts from, in the terminal, each to its end. */
  const given = async (...lines: string[]) => {
    for (const line of lines) await run(page, line);
  };

  it(
    'pulls alpine then nginx:alpine: one shared ' + '81e66d712b90 layer used by 2 images, and "Already ' + 'exists"',
    async () => {
      await run(page, 'docker pull alpine');
      await run(page, 'docker pull nginx:alpine');
      expect(await terminalText(page)).toContain('81e66d712b90: Already exists');
      await openView(page, 'Images & layers');
      const layer = page.locator('[data-layer-id="81e66d712b90"]');
      await expect.poll(() => layer.count()).toBe(1);
      expect(await layer.getAttribute('data-users')).toBe('2');
      expect(await page.locator('[data-image-id]').count()).toBe(2);
    },
  );

  it('cancels a pull on Ctrl+C: the progress stops, ^C, exit 130, and docker images has no nginx', async () => {
    await given('docker pull nginx:alpine');
    const input = terminal(page);
    await input.click();
    await input.fill('docker pull nginx');
    await input.press('Enter');
    await expect.poll(() => terminalText(page), { timeout: 10_000 }).toMatch(/: Downloading/);
    await input.press('Control+C');
    await page.waitForSelector('sim-terminal[data-busy="false"]');
    const text = await terminalText(page);
    expect(text).toMatch(
      /\$ docker pull nginx\nUsing default tag: latest\nlatest: Pulling from library\/nginx\n[\s\S]*\^C/,
    );
    expect(text).not.toContain('docker.io/library/nginx:latest');
    await run(page, 'echo $?');
    expect(await terminalText(page)).toMatch(/\$ echo \$\?\n130(\n|$)/);
    await run(page, 'docker images --format "{{.Repository}}:{{.Tag}}"');
    const listed = (await terminalText(page)).split('$ docker images --format').at(-1)!;
    expect(listed).toContain('nginx:alpine');
    expect(listed).not.toMatch(/^nginx:latest$/m);
  });

  it('runs two containers from one image, each a writable layer on it', async () => {
    await openView(page, 'Images & layers');
    await run(page, 'docker run -d --name web nginx:alpine');
    await run(page, 'docker run -d --name web2 nginx:alpine');
    await expect.poll(() => page.locator('[data-container-name="web"][data-state="running"]').count()).toBe(1);
    await expect.poll(() => page.locator('[data-container-name="web2"][data-state="running"]').count()).toBe(1);
  });

  it('refuses the name web for a second container and explains why', async () => {
    await given('docker run -d --name web nginx:alpine');
    await run(page, 'docker run -d --name web nginx:alpine');
    expect(await terminalText(page)).toContain('The container name "/web" is already in use by container');
    // The explanation comes with its own chunk after the output is shown: under load that takes over poll's 1 s.
    await expect.poll(() => page.locator('.explain').innerText(), { timeout: 5000 }).toContain('already has it');
  });

  it('refuses rmi of an image in use and lights up the container that holds it', async () => {
    await given('docker run -d --name web nginx:alpine', 'docker run -d --name web2 nginx:alpine');
    await openView(page, 'Images & layers');
    await run(page, 'docker rmi nginx:alpine');
    expect(await terminalText(page)).toContain(
      'conflict: unable to remove repository reference "nginx:alpine" (must force)',
    );
    await expect.poll(() => page.locator('g.container.blocked').count()).toBe(1);
    const note = page.getByRole('note');
    await expect.poll(() => note.innerText()).toMatch(/Container web2? uses nginx:alpine/);
    await openView(page, 'API log');
    const entry = page.locator('[data-api-method="DELETE"][data-api-path="/images/nginx:alpine"]');
    expect(await entry.first().getAttribute('data-api-status')).toBe('409');
    expect(
      await page.locator('[data-api-method="POST"][data-api-path="/containers/create"][data-api-status="201"]').count(),
    ).toBe(2);
  });

  it('shows the client error while the daemon is stopped, and works again after it starts', async () => {
    await given('docker run -d --name web2 nginx:alpine');
    await openView(page, 'Architecture');
    const daemon = page.getByRole('switch', { name: /Docker daemon/ });
    await daemon.click();
    expect(await daemon.getAttribute('aria-checked')).toBe('false');
    await run(page, 'docker ps');
    expect(await terminalText(page)).toContain(
      'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?',
    );
    await daemon.click();
    expect(await daemon.getAttribute('aria-checked')).toBe('true');
    await run(page, 'docker ps -a');
    expect(await terminalText(page)).toMatch(/web2\s*$/m);
  });

  it(
    'behaves like a terminal: Tab completion, Ctrl+C on a foreground container, paste of several lines, Ctrl+L, ' +
      'text never HTML',
    async () => {
      await given('docker run -d --name web nginx:alpine', 'docker run -d --name web2 nginx:alpine');
      const input = terminal(page);
      await input.fill('docker ima');
      await input.press('Tab');
      expect(await input.inputValue()).toBe('docker image');
      await input.fill('docker pull ngin');
      await input.press('Tab');
      expect(await input.inputValue()).toMatch(/^docker pull nginx/);
      await input.fill('docker rm web');
      await input.press('Tab');
      await expect.poll(() => page.locator('sim-terminal .candidates').innerText()).toContain('web2');
      // A server in the foreground keeps the terminal until Ctrl+C, which docker forwards to it.
      await input.fill('docker run --name fg nginx:alpine');
      await input.press('Enter');
      await expect.poll(() => page.locator('sim-terminal').getAttribute('data-busy')).toBe('true');
      await input.press('Control+C');
      await page.waitForSelector('sim-terminal[data-busy="false"]');
      expect(await terminalText(page)).toMatch(/start worker process \d+\n\^C\s*$/);
      await openView(page, 'Images & layers');
      await expect.poll(() => page.locator('[data-container-name="fg"]').getAttribute('data-state')).toBe('exited');
      // Pasting several lines runs them in order.
      await input.focus();
      await page.evaluate(() => {
        const el = document
          .querySelector('sim-app')!
          .shadowRoot!.querySelector('sim-terminal')!
          .shadowRoot!.querySelector('input')!;
        const data = new DataTransfer();
        data.setData('text/plain', 'docker rm fg\necho "<b>bold</b>"\n');
        el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      });
      await page.waitForSelector('sim-terminal[data-busy="false"]');
      const text = await terminalText(page);
      expect(text).toMatch(/\$ docker rm fg\nfg\n\$ echo "<b>bold<\/b>"\n<b>bold<\/b>/);
      expect(await page.locator('sim-terminal b').count()).toBe(0);
      await input.press('Control+L');
      expect((await terminalText(page)).trim()).toBe('');
    },
  );

  it('keeps every word of the architecture view inside its box, wide and narrow, in both languages', async () => {
    await given('docker run -d --name web nginx:alpine');
    for (const lang of ['en', 'id'])
      for (const width of [1280, 560]) {
        await page.setViewportSize({ width, height: 720 });
        await page.goto(`${preview.url}?view=architecture&lang=${lang}`);
        await page.waitForSelector('html[data-ready]');
        await page.waitForTimeout(300);
        // Measured in the browser's own font: every text of a box within the box's frame.
        const outside = await page.locator('sim-architecture-view').evaluate((view) => {
          const problems: string[] = [];
          for (const g of view.shadowRoot!.querySelectorAll('svg g.box')) {
            const frame = g.querySelector(':scope > rect.frame')!.getBoundingClientRect();
            for (const t of g.querySelectorAll(':scope > text, :scope > g.item > text')) {
              const r = t.getBoundingClientRect();
              if (!t.textContent || r.width === 0) continue;
              const out = r.left < frame.left || r.right > frame.right || r.top < frame.top || r.bottom > frame.bottom;
              if (out) problems.push(`${g.getAttribute('class')}: "${t.textContent}"`);
            }
          }
          return problems;
        });
        expect(outside, `${lang}, ${width} px wide`).toEqual([]);
      }
  });

  it('switches to Bahasa Indonesia and back, reflected in <html lang>', async () => {
    await page.getByLabel('Language').selectOption('id');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('id');
    await expect.poll(() => page.getByRole('tab', { name: 'Arsitektur' }).count()).toBe(1);
    expect(await page.getByRole('tab', { name: 'Image dan lapisan' }).count()).toBe(1);
    await page.getByLabel('Bahasa').selectOption('en');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.getByRole('tab', { name: 'Architecture' }).count()).toBe(1);
  });

  it('finds the same world, history and view after a reload', async () => {
    await given('docker pull nginx:alpine');
    await run(page, 'docker ps -a');
    await openView(page, 'Images & layers');
    // nginx:alpine's layers, once the view has drawn them: the list the reload must give back.
    await expect.poll(() => page.locator('[data-layer-id]').count()).toBeGreaterThan(0);
    const before = await page
      .locator('[data-layer-id]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-layer-id')).sort());
    await page.reload();
    await page.waitForSelector('html[data-ready]');
    expect(await page.getByRole('tab', { name: 'Images & layers' }).getAttribute('aria-selected')).toBe('true');
    await expect
      .poll(() =>
        page.locator('[data-layer-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-layer-id')).sort()),
      )
      .toEqual(before);
    await terminal(page).press('ArrowUp');
    expect(await terminal(page).inputValue()).toBe('docker ps -a');
    // The explanation of the last command comes back too.
    await expect.poll(() => page.locator('.explain').innerText()).toContain('only asked the daemon for information');
    await terminal(page).fill('');
  });

  it('opens a view and a language from the URL', async () => {
    await page.goto(`${preview.url}?view=lifecycle&lang=id`);
    await page.waitForSelector('html[data-ready]');
    expect(await page.getByRole('tab', { name: 'Siklus hidup kontainer' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('id');
    await page.goto(`${preview.url}?view=layers&lang=en`);
    await page.waitForSelector('html[data-ready]');
  });

  it('is usable by keyboard alone: every control reachable, tabs by arrow keys, the terminal by typing', async () => {
    await given('docker pull nginx:alpine');
    await page.goto(`${preview.url}?view=architecture&lang=en`);
    await page.waitForSelector('html[data-ready]');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    // From the top of the page, Tab reaches the header controls, then the selected tab.
    const seen: string[] = [];
    for (let i = 0; i < 12 && (await focusedRole(page)) !== 'tab'; i++) {
      await page.keyboard.press('Tab');
      seen.push(`${await focusedRole(page)}:${await focusedName(page)}`);
    }
    // The host switcher comes first: the world has two hosts (docker-host, server-2).
    expect(seen.slice(0, 6)).toEqual([
      'button:docker-host',
      'button:server-2',
      'switch:Docker daemon: running',
      'combobox:',
      'combobox:',
      'button:New session',
    ]);
    expect(await focusedName(page)).toBe('Architecture');
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('tab', { name: 'API log' }).getAttribute('aria-selected')).toBe('true');
    expect(await focusedName(page)).toBe('API log');
    await page.keyboard.press('End');
    expect(await page.getByRole('tab', { name: 'Build' }).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Home');
    expect(await page.getByRole('tab', { name: 'Architecture' }).getAttribute('aria-selected')).toBe('true');
    // Tab goes on through the view to the terminal, where typing runs a command.
    for (let i = 0; i < 40 && (await focusedRole(page)) !== 'textbox'; i++) await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe('Terminal');
    await page.keyboard.type('docker images');
    await page.keyboard.press('Enter');
    await page.waitForSelector('sim-terminal[data-busy="false"]');
    expect(await terminalText(page)).toMatch(/nginx\s+alpine/);
    await page.keyboard.press('ArrowUp');
    expect(await terminal(page).inputValue()).toBe('docker images');
    await page.keyboard.press('Control+U');
    expect(await terminal(page).inputValue()).toBe('');
    // Escape, then Tab, leaves the terminal (Tab alone would complete).
    await page.keyboard.press('Escape');
    await page.keyboard.press('Shift+Tab');
    expect(await focusedRole(page)).not.toBe('textbox');
  });

  it('has no axe violations in any view, in English and in Indonesian (screenshots saved)', async () => {
    // Views with something in them: an image and a running container.
    await given('docker run -d --name web nginx:alpine');
    const views = {
      architecture: 'Architecture',
      api: 'API log',
      layers: 'Images & layers',
      lifecycle: 'Container lifecycle',
      resources: 'Volumes & networks',
    };
    for (const lang of ['en', 'id']) {
      for (const view of Object.keys(views)) {
        await page.goto(`${preview.url}?view=${view}&lang=${lang}`);
        await page.waitForSelector('html[data-ready]');
        await page.waitForTimeout(300);
        await page.screenshot({ path: join(ARTIFACTS, `${view}-${lang}.png`) });
        const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        const summary = result.violations.map(
          (v) => `${view}/${lang} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        );
        expect(summary).toEqual([]);
      }
    }
  }, 120_000);

  it('recovers from a corrupt or outdated saved session with a message and a fresh start', async () => {
    // The page saves the session when it is left, so the damage is done as the next page starts.
    await browser.context.addInitScript(() => {
      const damage = sessionStorage.getItem('e2e-damage');
      if (damage !== null) localStorage.setItem('pelabuhan.session', damage);
      sessionStorage.removeItem('e2e-damage');
    });
    const corrupt = async (value: string) => {
      await page.evaluate((v) => sessionStorage.setItem('e2e-damage', v), value);
      await page.goto(`${preview.url}?lang=en`);
      await page.waitForSelector('html[data-ready]');
    };
    await corrupt('{"format":1,"world":"{not json');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('damaged');
    await run(page, 'docker images');
    expect(await terminalText(page)).toContain('REPOSITORY');
    expect(await terminalText(page)).not.toContain('nginx');
    await corrupt(JSON.stringify({ format: 0, world: '{}' }));
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('older version');
    await page.getByRole('button', { name: 'Dismiss' }).click();
    expect(await page.getByRole('alert').count()).toBe(0);
  });
});
