/**
 * The classroom in chromium: a teacher makes a class on the teacher's page; a learner opens its
 * link, gives a name, completes a short lesson by typing its lines, copies the code from the
 * progress page (clipboard); the teacher's page accepts it, refuses an altered one with its reason,
 * and exports a CSV with that row (the download read back). A three-learner run (a name with a
 * comma and quotes, a duplicate code, a forged one) writes docs/transcripts/class-three-learners.csv.
 * Broken `?class=` and `?achievements=` links show a notice. axe on both pages in both languages.
 * Screenshots: test-results/e2e/classroom-*.png.
 */

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { buildDist, hasChromium, launchChromium, ROOT, startPreview, type Chromium, type Preview } from './harness';
import { chromiumNeed, reportNeed } from '../machine-needs';
import { run } from './page-helpers';
import { lessonById } from '../../src/lessons/index';

const ARTIFACTS = join(ROOT, 'test-results/e2e');
const available = hasChromium();
reportNeed(chromiumNeed());

/** The short lesson the learners complete (5 steps, goals met by typing its lines). */
const LESSON = lessonById('inspect')!;

describe.skipIf(!available)('the classroom in chromium', () => {
  let preview: Preview;
  let outDir: string;
  let chrome: Chromium;
  const closers: (() => Promise<void>)[] = [];
  const errors: string[] = [];
  const foreign: string[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    outDir = buildDist();
    preview = await startPreview(outDir);
    chrome = await launchChromium();
  }, 180_000);

  afterEach(async () => {
    while (closers.length) await closers.pop()!();
    expect(errors, 'errors in the page').toEqual([]);
    expect(foreign, 'requests to another origin').toEqual([]);
    errors.length = 0;
    foreign.length = 0;
  });

  afterAll(async () => {
    await chrome?.close();
    preview?.stop();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  /** A fresh browser (its own storage) with the clipboard allowed, animations off, in `lang`. */
  const person = async (lang: 'en' | 'id' = 'en'): Promise<Page> => {
    const b = await chrome.fresh({ width: 1280, height: 900, reducedMotion: 'reduce' });
    closers.push(b.close);
    await b.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: preview.url.slice(0, -1) });
    const p = b.page;
    p.on('pageerror', (e) => errors.push(String(e)));
    p.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    p.on('request', (r) => {
      const url = new URL(r.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== new URL(preview.url).origin)
        foreign.push(r.url());
    });
    await p.goto(preview.url + '?mode=progress');
    await p.evaluate(
      (l) => localStorage.setItem('pelabuhan.prefs', JSON.stringify({ lang: l, view: 'architecture', speed: 0 })),
      lang,
    );
    return p;
  };

  const axe = async (p: Page, label: string) => {
    const result = await new AxeBuilder({ page: p }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(
      result.violations.map((v) => `${label} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  };

  /** The teacher makes a class named `name` and reads its learners' link. */
  const makeClass = async (teacher: Page, name: string): Promise<string> => {
    await teacher.goto(preview.url + '?mode=teacher');
    await teacher.waitForSelector('html[data-ready]');
    await teacher.locator('[data-testid=class-name]').fill(name);
    await teacher.locator('[data-testid=class-name]').press('Enter');
    return teacher.locator('[data-testid=class-link]').innerText();
  };

  /** A learner opens the class link and gives their name. */
  const joinClass = async (learner: Page, link: string, name: string) => {
    await learner.goto(link);
    await learner.waitForSelector('[data-testid=join-class]');
    await learner.locator('[data-testid=learner-name]').fill(name);
    await learner.locator('[data-testid=join-class] button[type=submit]').click();
    await learner.waitForSelector('[data-testid=my-class]');
    expect(new URL(learner.url()).search).toBe('?mode=progress');
  };

  /** Opens the lesson at `from` (1-based) and types each step's lines until the last step's goal is met. */
  const completeLesson = async (learner: Page, from = 1) => {
    await learner.goto(`${preview.url}?lesson=${LESSON.id}&step=${from}`);
    const player = learner.locator('[data-testid="lesson-player"]');
    await player.waitFor({ timeout: 30_000 });
    for (let step = from; step <= LESSON.steps.length; step++) {
      await expect.poll(() => player.getAttribute('data-step'), { timeout: 20_000 }).toBe(String(step));
      for (const line of LESSON.steps[step - 1].commands) await run(learner, line);
      const met = player.locator('[data-goal-met]');
      await expect.poll(() => met.getAttribute('data-goal-met'), { timeout: 20_000 }).toBe('true');
      if (step < LESSON.steps.length) await player.getByRole('button', { name: /^(Next|Berikutnya)$/ }).click();
    }
    await expect
      .poll(() => learner.evaluate(() => localStorage.getItem('pelabuhan.progress') ?? ''))
      .toContain(`"id":"${LESSON.id}"`);
  };

  /** The learner's code for the lesson, copied with the progress page's Copy button (read from the clipboard). */
  const copyCode = async (learner: Page): Promise<string> => {
    await learner.goto(preview.url + '?mode=progress');
    const row = learner.locator(`tr[data-kind=lesson][data-id=${LESSON.id}]`);
    await row.locator('[data-testid=copy]').click();
    await expect.poll(() => row.locator('sim-copy-button [role=status]').innerText()).not.toBe('');
    const copied = await learner.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await row.locator('[data-testid=code]').innerText());
    return copied;
  };

  /** Pastes `text` into the teacher's page and checks it. */
  const paste = async (teacher: Page, text: string) => {
    await teacher.locator('[data-testid=codes-input]').fill(text);
    await teacher.locator('[data-testid=verify]').click();
    await teacher.waitForSelector('[data-testid=verdicts]');
  };

  /** Exports the class table and reads the downloaded CSV. */
  const exportCsv = async (teacher: Page): Promise<string> => {
    const [download] = await Promise.all([
      teacher.waitForEvent('download'),
      teacher.locator('[data-testid=export-csv]').click(),
    ]);
    return readFileSync((await download.path())!, 'utf8');
  };

  it('a learner completes a lesson, copies its code; the teacher verifies it and exports the CSV', async () => {
    const teacher = await person();
    const link = await makeClass(teacher, 'XI RPL 2');
    expect(link).toMatch(/\?class=1\.[\w-]{22}\.[\w-]+$/);
    const learner = await person();
    await joinClass(learner, link, 'Siti Aminah');
    // Opened again, the link asks nothing: it says who they are in that class.
    await learner.goto(link);
    await learner.waitForSelector('[data-testid=my-class]');
    expect(await learner.locator('main [role=status].notice').innerText()).toBe(
      'You are in the class XI RPL 2 as Siti Aminah.',
    );
    expect(await learner.locator('[data-testid=join-class]').count()).toBe(0);
    await completeLesson(learner);
    const code = await copyCode(learner);
    expect(code).toMatch(/^PB1\.[\w-]+$/);
    // The QR of the code, on demand; then the progress page in both languages with axe.
    const row = learner.locator(`tr[data-kind=lesson][data-id=${LESSON.id}]`);
    await row.locator('[data-testid=show-qr]').click();
    await row.locator('[data-testid=qr]').waitFor();
    expect(await row.locator('tr [data-done]').count()).toBe(0);
    expect(await row.getAttribute('data-done')).toBe('true');
    await axe(learner, 'progress en');
    await row.scrollIntoViewIfNeeded();
    await learner.screenshot({ path: join(ARTIFACTS, 'classroom-progress-en.png'), fullPage: true });

    // An altered code (its last MAC letter changed) is refused, the real one accepted.
    const altered = code.slice(0, -1) + (code.endsWith('A') ? 'B' : 'A');
    await paste(teacher, `${code}\n${altered}`);
    expect(await teacher.locator('[data-verdict=accepted]').count()).toBe(1);
    expect(await teacher.locator('[data-verdict=refused]').getAttribute('data-problem')).toBe('mac');
    expect(await teacher.locator('[data-verdict=refused]').innerText()).toContain('Altered or forged');
    const table = teacher.locator('[data-testid=class-table] tbody tr');
    expect(await table.count()).toBe(1);
    expect(await table.first().innerText()).toContain('Siti Aminah');
    const csv = await exportCsv(teacher);
    const lines = csv
      .replace(/^\ufeff/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('learner,kind,scenario,title,score,max_score,finished_at,scenario_hash');
    expect(lines[1]).toMatch(new RegExp(`^Siti Aminah,lesson,inspect,Inspect,5,5,\\d{4}-\\d\\d-\\d\\dT`));
    await axe(teacher, 'teacher en');
    await teacher.screenshot({ path: join(ARTIFACTS, 'classroom-teacher-en.png'), fullPage: true });
  }, 240_000);

  it('three learners: codes pasted at once (a duplicate, another class), the CSV kept as a transcript', async () => {
    const teacher = await person();
    const link = await makeClass(teacher, 'XI RPL 2 (sore)');
    const learners: [string, number][] = [
      ['Budi Santoso', 1],
      ['Dewi "Uci", Ayu', 5],
      ['=Rina+1', 4],
    ];
    const codes: string[] = [];
    const pages: Page[] = [];
    for (const [name, from] of learners) {
      const learner = await person(name.startsWith('Dewi') ? 'id' : 'en');
      await joinClass(learner, link, name);
      await completeLesson(learner, from);
      codes.push(await copyCode(learner));
      pages.push(learner);
    }
    // Budi's code signed for another class (he opened that class's link too): not this class.
    const otherLink = await makeClass(teacher, 'XII TKJ 1');
    await teacher.locator('[data-testid=class-select]').selectOption({ label: 'XI RPL 2 (sore)' });
    await joinClass(pages[0], otherLink, 'Budi Santoso');
    const foreignCode = await copyCode(pages[0]);

    await paste(teacher, [codes[0], `${codes[1]}  ${codes[2]}`, codes[0], foreignCode].join('\n'));
    expect(await teacher.locator('[data-testid=verify-summary]').innerText()).toBe('4 accepted, 1 refused.');
    expect(await teacher.locator('[data-verdict=accepted][data-merge=kept]').count()).toBe(1);
    expect(await teacher.locator('[data-verdict=refused]').getAttribute('data-problem')).toBe('class');
    expect(await teacher.locator('[data-testid=class-table] tbody tr').count()).toBe(3);
    const csv = await exportCsv(teacher);
    writeFileSync(join(ROOT, 'docs/transcripts/class-three-learners.csv'), csv);
    const rows = csv
      .replace(/^\ufeff/, '')
      .trimEnd()
      .split('\r\n');
    expect(rows.map((r) => r.replace(/,\d{4}-[^,]+,[0-9a-f]{16}$/, ''))).toEqual([
      'learner,kind,scenario,title,score,max_score,finished_at,scenario_hash',
      "'=Rina+1,lesson,inspect,Inspect,2,5",
      'Budi Santoso,lesson,inspect,Inspect,5,5',
      '"Dewi ""Uci"", Ayu",lesson,inspect,Inspect,1,5',
    ]);

    // The teacher's table in Indonesian, switched on the page itself.
    await teacher.locator('nav.bar select').selectOption('id');
    await expect.poll(() => teacher.locator('[data-testid=export-csv]').innerText()).toBe('Ekspor CSV');
    await axe(teacher, 'teacher id');
    await teacher.screenshot({ path: join(ARTIFACTS, 'classroom-teacher-id.png'), fullPage: true });

    // Dewi's progress page in Indonesian, with the QR of her code.
    const dewi = pages[1];
    const row = dewi.locator(`tr[data-kind=lesson][data-id=${LESSON.id}]`);
    await row.locator('[data-testid=show-qr]').click();
    await row.locator('[data-testid=qr]').waitFor();
    expect(await row.innerText()).toContain('Selesai: 1 dari 5');
    await axe(dewi, 'progress id');
    await dewi.screenshot({ path: join(ARTIFACTS, 'classroom-progress-id.png'), fullPage: true });

    // Her achievements link: checked on the teacher's page (which has the class), unchecked elsewhere.
    const shared = await dewi.locator('[data-testid=share-achievements]').getAttribute('href');
    await teacher.goto(shared!);
    await expect
      .poll(() => teacher.locator('[data-testid=achievements-view]').getAttribute('data-signature'))
      .toBe('checked');
    expect(await teacher.locator('[data-achievement]').count()).toBe(1);
    const stranger = await person();
    await stranger.goto(shared!);
    await expect
      .poll(() => stranger.locator('[data-testid=achievements-view]').getAttribute('data-signature'))
      .toBe('unchecked');
    await axe(stranger, 'achievements');
  }, 300_000);

  it('broken class and achievements links say so plainly, and the page keeps working', async () => {
    const p = await person();
    await p.goto(preview.url + '?class=1.broken');
    await p.waitForSelector('[data-testid=class-notice]');
    expect(await p.locator('[data-testid=no-class]').count()).toBe(1);
    expect(await p.locator('tr[data-kind=lesson]').count()).toBeGreaterThan(10);
    await p.goto(preview.url + '?achievements=A1.%%%');
    await expect.poll(() => p.locator('[data-testid=achievements-view]').getAttribute('data-signature')).toBe('none');
    expect(await p.locator('[role=alert]').innerText()).toContain('broken or incomplete');
    // Without a class, the achievements link is unsigned and says so.
    await p.goto(preview.url + '?mode=progress');
    const unsigned = await p.locator('[data-testid=share-achievements]').getAttribute('href');
    await p.goto(unsigned!);
    await expect
      .poll(() => p.locator('[data-testid=achievements-view]').getAttribute('data-signature'))
      .toBe('unsigned');
    // The simulator's header links to the progress page.
    await p.goto(preview.url);
    await p.waitForSelector('html[data-ready]');
    await p.getByRole('link', { name: 'My progress' }).click();
    await p.waitForSelector('[data-testid=progress-page]');
  }, 120_000);
});
