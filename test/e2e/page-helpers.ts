/** Steps the e2e tests share: typing commands, switching views, reading the terminal. */

import type { Page } from 'playwright-core';

/** The terminal's input, found the way a screen reader would. */
export function terminal(page: Page) {
  return page.getByRole('textbox', { name: 'Terminal' });
}

/** Types a line into the terminal, presses Enter and waits until the command has finished. */
export async function run(page: Page, line: string): Promise<void> {
  const input = terminal(page);
  await input.click();
  await input.fill(line);
  await input.press('Enter');
  await page.waitForSelector('sim-terminal[data-busy="false"]', { timeout: 20_000 });
}

/** The terminal's whole text (transcript and prompt). */
export async function terminalText(page: Page): Promise<string> {
  return page.locator('sim-terminal [role="log"]').innerText();
}

/** Opens a view by its tab. */
export async function openView(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('tab', { name }).click();
}

/**
 * Opens the page fresh (empty storage) at `url`, waiting until it is ready for a command and its
 * header controls (loaded just after ready) are there. The page saves its session on pagehide, so
 * storage is cleared again after that save, before the next load.
 */
export async function openFresh(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.evaluate(() => {
    localStorage.clear();
    addEventListener('pagehide', () => localStorage.clear());
  });
  await page.goto(url);
  await page.waitForSelector('html[data-ready]');
  await page.waitForFunction(
    () => !!customElements.get('sim-scenario-drop') && !!customElements.get('sim-scenario-errors'),
  );
}

/** The element that has the keyboard focus, looking through shadow roots. */
async function focusedInfo(page: Page): Promise<{ role: string; name: string }> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el) return { role: '', name: '' };
    const tag = el.tagName.toLowerCase();
    const implicit: Record<string, string> = { button: 'button', select: 'combobox', input: 'textbox', a: 'link' };
    const role = el.getAttribute('role') ?? implicit[tag] ?? tag;
    const name =
      el.getAttribute('aria-label') ?? (tag === 'select' ? '' : (el.textContent ?? '').replace(/\s+/g, ' ').trim());
    return { role, name };
  });
}

/** The role of the focused element (explicit or implicit). */
export async function focusedRole(page: Page): Promise<string> {
  return (await focusedInfo(page)).role;
}

/** The accessible name of the focused element, roughly (aria-label or text). */
export async function focusedName(page: Page): Promise<string> {
  return (await focusedInfo(page)).name;
}
