/**
 * The achievements as the progress page shows them (all of them, earned or not, and the link that
 * shares the earned ones) and as a shared link shows them (only those it names).
 */

import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { ProgressEntry } from './progress-store';
import { ACHIEVEMENTS, achievementsToken, earnedAchievements } from './achievements';
import type { LearnerClass } from './classroom-store';
import { achievementText } from './classroom-text';
import './copy-button';

/** The link that shows `token` read-only, on this page's address. */
export function achievementsUrl(token: string): string {
  return `${location.origin}${location.pathname}?achievements=${token}`;
}

/** The progress page's achievements section. */
export function renderAchievements(
  entries: readonly ProgressEntry[],
  courseLessons: readonly string[],
  myClass: LearnerClass | undefined,
  now: number = Date.now(),
): TemplateResult {
  const earned = new Set(earnedAchievements({ entries, courseLessons }));
  const name = myClass?.learner || msg('A learner', { id: 'classroom.someone' });
  const url = achievementsUrl(achievementsToken(name, [...earned], now, myClass?.learner ? myClass : undefined));
  return html`<section class="card" data-section="achievements">
    <h2>${msg('Achievements', { id: 'classroom.achievements' })}</h2>
    <ul class="achievements">
      ${ACHIEVEMENTS.map(({ id }) => {
        const t = achievementText(id);
        const got = earned.has(id);
        return html`<li data-achievement=${id} data-earned=${got ? 'true' : 'false'}>
          <strong>${t.name}</strong> — ${t.description}
          <span class=${got ? 'ok' : 'muted'}>(${
            got ? msg('earned', { id: 'classroom.earned' }) : msg('not yet', { id: 'classroom.notYetLower' })
          })</span>
        </li>`;
      })}
    </ul>
    <p>${
      myClass?.learner
        ? msg('Share them with this link (signed with your class link, so your teacher can check it):', {
            id: 'classroom.shareSigned',
          })
        : msg('Share them with this link (unsigned: you are not in a class, so nobody can check it):', {
            id: 'classroom.shareUnsigned',
          })
    }</p>
    <p class="row"><a href=${url} data-testid="share-achievements"
      >${msg('Link to my achievements', { id: 'classroom.shareLink' })}</a>
      <sim-copy-button .text=${url} label=${msg('Copy the link to my achievements', { id: 'classroom.copyShare' })}>
      </sim-copy-button></p>
  </section>`;
}

/** The achievements a shared link names. */
export function renderSharedList(ids: readonly string[]): TemplateResult {
  if (ids.length === 0) return html`<p class="muted">${msg('No achievements yet.', { id: 'classroom.noAch' })}</p>`;
  return html`<ul class="achievements">
    ${ids.map((id) => {
      const t = achievementText(id);
      return html`<li data-achievement=${id}><strong>${t.name}</strong> — ${t.description}</li>`;
    })}
  </ul>`;
}
