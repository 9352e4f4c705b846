/**
 * What the classroom pages share: their styles and the bar on top of each (the pages' names as
 * links, and the language). The language is applied in place: every component is `@localized()`.
 */

import { css, html } from 'lit';
import { msg } from '@lit/localize';
import { applyLang, currentLang, LANGS, type Lang } from '../i18n/locale';
import { loadPrefs, savePrefs } from '../common/prefs';
import { classroomStorage } from './classroom-store';

/** The classroom pages' styles (beside `baseStyles`). */
export const classroomStyles = css`
  *, *::before, *::after { box-sizing: border-box; }
  :host { display: block; max-width: 72rem; margin: 0 auto; padding: 0 1rem 3rem; }
  nav.bar { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: center; padding: 0.6rem 0;
    border-bottom: 1px solid var(--border); margin-bottom: 1rem; }
  nav.bar .brand { font-weight: 700; color: var(--accent-strong); margin-right: auto; }
  nav.bar a { color: var(--accent-strong); }
  nav.bar a[aria-current='page'] { font-weight: 700; color: var(--text); text-decoration: none; }
  label.field { display: inline-flex; align-items: center; gap: 0.4rem; color: var(--text-muted); }
  select, input, textarea { font: inherit; color: var(--text); background: var(--surface);
    border: 1px solid var(--border-strong); border-radius: var(--radius); padding: 0.25rem 0.45rem; min-height: 2rem; }
  h1 { font-size: 1.5rem; margin: 0.5rem 0 1rem; }
  h2 { font-size: 1.15rem; margin: 1.5rem 0 0.6rem; }
  section.card > h2:first-child { margin-top: 0.2rem; }
  section.card { background: var(--surface); border: 1px solid var(--border); border-radius: var(--radius);
    padding: 0.8rem 1rem; margin-bottom: 1rem; }
  .notice { background: var(--warn-bg); color: var(--warn-text); border-radius: var(--radius); padding: 0.6rem 0.9rem;
    margin-bottom: 1rem; }
  .muted { color: var(--text-muted); }
  .ok { color: var(--ok); }
  .bad { color: var(--danger); }
  code.code { font-family: var(--font-mono); font-size: 0.85rem; overflow-wrap: anywhere; word-break: break-all;
    background: var(--surface-2); padding: 0.15rem 0.35rem; border-radius: 4px; }
  table { border-collapse: collapse; width: 100%; }
  th, td { text-align: left; padding: 0.35rem 0.5rem; border-bottom: 1px solid var(--border); vertical-align: top; }
  th { font-size: 0.9rem; color: var(--text-muted); }
  .row { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; }
  svg.qr { width: 14rem; height: 14rem; display: block; margin-top: 0.5rem; }
`;

/** Which classroom page is shown. */
export type ClassroomPage = 'progress' | 'teacher' | 'achievements';

/** The bar on top: the simulator, progress and teacher pages as links, and the language. */
export function renderClassroomBar(page: ClassroomPage, onLang: () => void) {
  const current = (p: ClassroomPage) => (p === page ? 'page' : undefined);
  const changeLang = async (e: Event) => {
    const lang = (e.target as HTMLSelectElement).value as Lang;
    const storage = classroomStorage();
    savePrefs(storage, { ...loadPrefs(storage, ''), lang });
    await applyLang(lang);
    onLang();
  };
  return html`<nav class="bar" aria-label=${msg('Pelabuhan pages', { id: 'classroom.nav' })}>
    <span class="brand">Pelabuhan</span>
    <a href="./">${msg('Simulator', { id: 'classroom.nav.sim' })}</a>
    <a href="./?mode=progress" aria-current=${current('progress') ?? 'false'}>${msg('My progress', {
      id: 'classroom.nav.progress',
    })}</a>
    <a href="./?mode=teacher" aria-current=${current('teacher') ?? 'false'}>${msg('Teacher', {
      id: 'classroom.nav.teacher',
    })}</a>
    <label class="field">${msg('Language', { id: 'app.language' })}
      <select @change=${changeLang}>
        ${LANGS.map(
          (l) =>
            html`<option value=${l} lang=${l} ?selected=${l === currentLang()}>${
              l === 'en' ? 'English' : 'Bahasa Indonesia'
            }</option>`,
        )}
      </select>
    </label>
  </nav>`;
}

/** A time as the reader's locale writes it (date and hour). */
export function formatTime(ms: number): string {
  return new Date(ms).toLocaleString(currentLang() === 'id' ? 'id-ID' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
}
