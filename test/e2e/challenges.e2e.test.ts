/**
 * Challenges in chromium (issue 14): `?challenge=talk-by-name` opens the panel where the lesson player
 * sits; a plausible mistake (the client started off the network) gets the hint for that state; the
 * learner fixes it, answers the question from what docker printed, and the challenge finishes with its
 * score, recorded in the learner's progress. A fail check shows its banner and Restart clears it; the
 * lessons menu lists the challenges; a broken challenge file shows its errors while the page works on.
 * axe in both languages. Screenshots: test-results/e2e/challenge-*.png.
 */

import { beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { hasChromium, ROOT, type Preview } from './harness';
import { chromiumNeed, reportNeed } from '../machine-needs';
import { pageSuite } from './page-suite';
import { openFresh, run, terminalText } from './page-helpers';

const ARTIFACTS = join(ROOT, 'test-results/e2e');
const available = hasChromium();
reportNeed(chromiumNeed());

const panel = (page: Page) => page.locator('[data-testid="challenge-panel"]');
const panelText = (page: Page): Promise<string> =>
  panel(page).evaluate((el) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '));

async function axe(page: Page): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Opens a challenge by URL (fresh storage) and waits for its panel. */
async function openChallenge(page: Page, url: string, id: string, lang: string): Promise<void> {
  await openFresh(page, `${url}?challenge=${id}&lang=${lang}`);
  await panel(page).waitFor({ timeout: 30_000 });
  await expect.poll(() => panel(page).getAttribute('data-challenge')).toBe(id);
}

/** The talk-by-name mistake: the network made, the client run without it. */
async function makeTheMistake(page: Page): Promise<void> {
  await run(page, 'docker network create shop');
  await run(page, 'docker run -d --name client alpine sleep 3600');
  await panel(page)
    .getByRole('button', { name: /^(Hint|Petunjuk)$/ })
    .click();
}

describe.skipIf(!available)('challenges in chromium', () => {
  const suite = pageSuite({ width: 1280, height: 860 }, ARTIFACTS);
  let preview: Preview;
  let page: Page;
  beforeEach(() => {
    ({ preview, page } = suite);
  });

  it('a state hint after a mistake, then solved, the question answered, finished and recorded', async () => {
    await openChallenge(page, preview.url, 'talk-by-name', 'en');
    expect(await panel(page).getAttribute('data-state')).toBe('working');
    expect(await panelText(page)).toContain('Two containers talking by name');
    // The start ran: api is there, on the default bridge.
    await run(page, 'docker ps --format "{{.Names}}"');
    expect(await terminalText(page)).toContain('api');

    await makeTheMistake(page);
    const hint = panel(page).getByTestId('challenge-hint');
    await expect.poll(() => hint.innerText()).toContain('Container client is not on shop');
    // The challenge opened on its view; the timer (real time) runs.
    expect(await page.getByRole('tab', { selected: true }).innerText()).toBe('Volumes & networks');
    await expect.poll(() => panel(page).getByRole('timer').innerText(), { timeout: 5000 }).not.toBe('0:00');
    await page.screenshot({ path: join(ARTIFACTS, 'challenge-hint-en.png') });
    await axe(page);

    // A wrong answer first: the feedback says so.
    const answer = panel(page).getByLabel('What is the IP address of api on the network shop?');
    await answer.fill('10.0.0.1');
    await panel(page).getByRole('button', { name: 'Check' }).click();
    await expect.poll(() => panel(page).locator('.feedback').getAttribute('data-correct')).toBe('false');

    await run(page, 'docker network connect shop client');
    await run(page, 'docker network connect shop api');
    await expect.poll(() => panel(page).getByTestId('challenge-goals').getAttribute('data-goal-met')).toBe('true');
    expect(await panel(page).getAttribute('data-state')).toBe('working');

    await run(page, 'docker exec client ping -c 1 api');
    const ip = /PING api \((\d+\.\d+\.\d+\.\d+)\)/.exec(await terminalText(page))?.[1];
    expect(ip).toMatch(/^172\./);
    await answer.fill(` ${ip} `);
    await answer.press('Enter');
    await expect.poll(() => panel(page).getAttribute('data-state')).toBe('finished');
    expect(await panel(page).getByTestId('challenge-score').innerText()).toBe('18 / 20');
    expect(await panel(page).getByTestId('challenge-announce').innerText()).toContain('18 of 20');
    const progress = await page.evaluate(() => JSON.parse(localStorage.getItem('pelabuhan.progress') ?? 'null'));
    expect(progress.entries).toEqual([
      expect.objectContaining({ kind: 'challenge', id: 'talk-by-name', score: 18, maxScore: 20 }),
    ]);
    await page.screenshot({ path: join(ARTIFACTS, 'challenge-finished-en.png') });
    expect(new URL(page.url()).searchParams.get('challenge')).toBe('talk-by-name');
  });

  it('in Indonesian: the state hint names the container, axe clean', async () => {
    await openChallenge(page, preview.url, 'talk-by-name', 'id');
    expect(await panelText(page)).toContain('Dua container saling memanggil dengan nama');
    await makeTheMistake(page);
    await expect
      .poll(() => panel(page).getByTestId('challenge-hint').innerText())
      .toContain('Container client tidak ada di shop');
    await page.screenshot({ path: join(ARTIFACTS, 'challenge-hint-id.png') });
    await axe(page);
  });

  it('a fail check shows its banner; Restart brings the start back', async () => {
    await openChallenge(page, preview.url, 'remove-image-in-use', 'en');
    await run(page, 'docker rm hello');
    await run(page, 'docker rmi alpine');
    await expect.poll(() => panel(page).getAttribute('data-state')).toBe('broken');
    const banner = panel(page).getByTestId('challenge-broken');
    expect(await banner.innerText()).toContain('The alpine image had to stay');
    await page.screenshot({ path: join(ARTIFACTS, 'challenge-broken-en.png') });
    await banner.getByRole('button', { name: 'Restart' }).click();
    await expect.poll(() => panel(page).getAttribute('data-state')).toBe('working');
    await run(page, 'docker images --format "{{.Repository}}"');
    expect(await terminalText(page)).toContain('alpine');
  });

  it('the lessons menu lists the challenges; one opens from there and closes again', async () => {
    await openFresh(page, `${preview.url}?lang=en`);
    await page
      .locator('sim-app')
      .getByRole('button', { name: /^Lessons/ })
      .click();
    const item = page.locator('sim-lesson-picker button[data-challenge="prune"]');
    await item.waitFor();
    expect(await page.locator('sim-lesson-picker button[data-challenge]').count()).toBe(10);
    await item.click();
    await expect.poll(() => panel(page).getAttribute('data-challenge')).toBe('prune');
    await panel(page).getByRole('button', { name: 'Close the challenge' }).click();
    expect(await panel(page).count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('challenge')).toBeNull();
  });

  it('a broken challenge file shows its errors at their line; the page works on', async () => {
    await openFresh(page, `${preview.url}?lang=en`);
    const broken = [
      'schema: pelabuhan-scenario/1',
      'kind: challenge',
      'id: mine',
      'order: 1',
      'title: { en: Mine, id: Punyaku }',
      'summary: { en: Mine, id: Punyaku }',
      'view: resources',
      'challenge:',
      '  task: { en: Do it, id: Kerjakan }',
      '  goals: [{ noImage: nginx }]',
      '  hints: [{ text: { en: "used by {container}", id: "dipakai {container}" } }]',
      '  solution: [docker rmi nginx]',
      '',
    ].join('\n');
    await page
      .locator('sim-scenario-drop input[type=file]')
      .setInputFiles({ name: 'mine.yaml', mimeType: 'text/yaml', buffer: Buffer.from(broken) });
    const errorsPanel = page.locator('sim-scenario-errors [role="alert"]');
    await errorsPanel.waitFor();
    const text = await errorsPanel.innerText();
    expect(text).toContain('mine.yaml');
    expect(text).toContain("placeholder {container} is not given by this hint's condition");
    expect(text).toMatch(/line 11, column \d+/);
    await page.screenshot({ path: join(ARTIFACTS, 'challenge-file-errors-en.png') });
    await run(page, 'docker ps');
    expect(await terminalText(page)).toContain('CONTAINER ID');
    expect(await panel(page).count()).toBe(0);
  });
});
