/**
 * The Files view in a real browser: open it, write a Dockerfile, save (the shell line that writes it
 * runs in the terminal), `cat Dockerfile` shows it, a parse error is marked at its line; keyboard
 * only (Ctrl+S); a compose.yaml's YAML and schema errors are marked at their line, in compose's words.
 * Screenshots in both languages, light and projector colours:
 * test-results/e2e/editor-*.png (and /work/briefs/s7/shots/i13-finish when that folder exists).
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { buildDist, hasChromium, launchChromium, ROOT, startPreview, type Chromium, type Preview } from './harness';
import { chromiumNeed, reportNeed } from '../machine-needs';
import { openFresh, run, terminalText } from './page-helpers';

const ARTIFACTS = join(ROOT, 'test-results/e2e');
const SHOTS = '/work/briefs/s7/shots/i13-finish';
const available = hasChromium();
reportNeed(chromiumNeed());

/** The projector theme's colours, set on the page's root element for a screenshot. */
const PROJECTOR = `sim-app { --bg:#fff; --surface:#fff; --surface-2:#f0f0f0; --border:#6b6b6b; --border-strong:#000;
  --text:#000; --text-muted:#2b2b2b; --accent:#004a52; --accent-strong:#002f34; --accent-soft:#dcf1f3;
  --focus:#1a3fd6; --danger:#9b1c12; --ok:#0d5322; --term-bg:#000; --term-fg:#fff; }`;

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
  if (existsSync(SHOTS)) await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

/** Types into the editor's textarea, replacing its text, with the keyboard. */
async function typeFile(page: Page, text: string): Promise<void> {
  const area = page.getByTestId('file-editor-text');
  await area.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

describe.skipIf(!available)('the file editor in the page', () => {
  let preview: Preview;
  let outDir: string;
  let chrome: Chromium;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    outDir = buildDist();
    preview = await startPreview(outDir);
    chrome = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await chrome?.close();
    preview?.stop();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  it('edits a Dockerfile, saves it for the shell, and marks a parse error at its line', async () => {
    const { page, close } = await chrome.fresh({ width: 1280, height: 860 });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    try {
      await openFresh(page, `${preview.url}?view=files&lang=en`);
      await run(page, 'mkdir -p site && echo "<h1>hi</h1>" > site/index.html');
      // Keyboard only: the form takes the focus when it opens.
      await page.getByTestId('file-new').focus();
      await page.keyboard.press('Enter');
      await page.keyboard.type('Dockerfile');
      await page.keyboard.press('Enter');
      await page.waitForSelector('sim-terminal[data-busy="false"]');
      await page.locator('[data-file-path="Dockerfile"][aria-current="true"]').waitFor();
      await typeFile(page, 'FROM nginx:alpine\n# the page\nCOPY site /usr/share/nginx/html\nEXPOSE 80\n');
      await expect.poll(() => page.getByText('No problems found.').count()).toBe(1);
      await page.keyboard.press('Control+S');
      await page.waitForSelector('sim-terminal[data-busy="false"]');
      await expect.poll(() => page.getByRole('status').filter({ hasText: 'Saved Dockerfile.' }).count()).toBe(1);
      await run(page, 'cat Dockerfile');
      const text = await terminalText(page);
      expect(text).toContain("cat > ~/Dockerfile <<'EOF'");
      expect(text).toMatch(
        /\$ cat Dockerfile\s+FROM nginx:alpine\s+# the page\s+COPY site \/usr\/share\/nginx\/html\s+EXPOSE 80/,
      );
      await shot(page, 'editor-en-light');

      await typeFile(page, 'FROM nginx:alpine\nCOPY site /usr/share/nginx/html\nRUNN echo hi\n');
      const problem = page.getByTestId('file-problem');
      await expect.poll(() => problem.count()).toBe(1);
      expect(await problem.getAttribute('data-line')).toBe('3');
      expect(await problem.innerText()).toContain('unknown instruction: RUNN');
      expect(await page.locator('sim-file-editor [data-line-error="true"]').innerText()).toBe('3');
      await shot(page, 'editor-en-error');
      const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

      // The saved file did not change: nothing is written until Save.
      await run(page, 'tail -n 1 Dockerfile');
      expect(await terminalText(page)).toMatch(/\$ tail -n 1 Dockerfile\s+EXPOSE 80/);
      // The session keeps the files: a reload shows the saved text, not the unsaved edit.
      await page.reload();
      await page.waitForSelector('html[data-ready]');
      await page.locator('[data-file-path="Dockerfile"][aria-current="true"]').waitFor();
      expect(await page.getByTestId('file-editor-text').inputValue()).toBe(
        'FROM nginx:alpine\n# the page\nCOPY site /usr/share/nginx/html\nEXPOSE 80\n',
      );
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 120_000);

  it.each(['en', 'id'] as const)(
    'marks a compose.yaml YAML error and schema error at their line (%s)',
    async (lang) => {
      const { page, close } = await chrome.fresh({ width: 1280, height: 860 });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      try {
        await openFresh(page, `${preview.url}?view=files&lang=${lang}`);
        for (const line of "cat > compose.yaml <<'EOF'\nservices:\n  web:\n    image: nginx\nEOF".split('\n'))
          await run(page, line);
        await page.locator('[data-file-path="compose.yaml"]').click();
        await page.locator('[data-file-path="compose.yaml"][aria-current="true"]').waitFor();
        const problem = page.getByTestId('file-problem');
        await expect.poll(() => problem.count()).toBe(0);

        await typeFile(page, 'services:\n  web:\n    image: nginx: latest\n    ports:\n      - "8080:80"\n');
        await expect.poll(() => problem.count()).toBe(1);
        expect(await problem.getAttribute('data-line')).toBe('3');
        expect(await problem.innerText()).toContain('yaml: line 3: mapping values are not allowed in this context');
        expect(await page.locator('sim-file-editor [data-line-error="true"]').innerText()).toBe('3');

        await typeFile(page, 'services:\n  web:\n    image: nginx\n    prots:\n      - "8080:80"\n');
        await expect.poll(() => problem.getAttribute('data-line')).toBe('4');
        expect(await problem.innerText()).toContain(
          'validating /home/user/compose.yaml: services.web Additional property prots is not allowed',
        );
        expect(await page.locator('sim-file-editor [data-line-error="true"]').innerText()).toBe('4');
        await shot(page, `editor-${lang}-compose-error`);
        // The problem button takes the caret to its line, keyboard first.
        await problem.focus();
        await page.keyboard.press('Enter');
        const caret = await page
          .getByTestId('file-editor-text')
          .evaluate((el: HTMLTextAreaElement) => el.value.slice(0, el.selectionStart).split('\n').length);
        expect(caret).toBe(4);
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    },
    120_000,
  );

  it('shows the files in Indonesian and in the projector colours', async () => {
    const { page, close } = await chrome.fresh({ width: 1280, height: 860 });
    try {
      await openFresh(page, `${preview.url}?view=files&lang=id`);
      // A here-document typed line by line: bash's `> ` prompt until its delimiter.
      for (const text of [
        "cat > compose.yaml <<'EOF'\nservices:\n  web:\n    image: nginx  # the server\n    ports: ['8080:80']\nEOF",
        'cat > Dockerfile <<\'EOF\'\nFROM alpine AS build\nRUN echo $HOME > /f \\\n  && cat /f\nCMD ["cat", "/f"]\nEOF',
      ])
        for (const line of text.split('\n')) await run(page, line);
      // bash waits for the delimiter without a word.
      expect(await terminalText(page)).not.toContain('here-document');
      await page.locator('[data-file-path="Dockerfile"][aria-current="true"]').waitFor();
      await expect.poll(() => page.getByText('Tidak ada masalah.').count()).toBe(1);
      await shot(page, 'editor-id-light');
      await page.addStyleTag({ content: PROJECTOR });
      await page.locator('[data-file-path="compose.yaml"]').click();
      await shot(page, 'editor-id-projector');
    } finally {
      await close();
    }
  }, 120_000);
});
