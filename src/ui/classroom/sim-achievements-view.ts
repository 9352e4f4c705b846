/**
 * `<sim-achievements-view data-testid="achievements-view" data-signature>` (`?achievements=<token>`):
 * someone's achievements, read-only: their name and list, and what can be said of the signature —
 * checked with a class of this browser's teacher page, signed by a class this browser does not have,
 * not matching that class (altered), or unsigned. A token that cannot be read is said plainly.
 */

import { LitElement, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { baseStyles } from '../theme/shared-styles';
import { achievementsSignedBy, readAchievementsToken } from './achievements';
import { classroomStorage, readClasses } from './classroom-store';
import { classroomStyles, formatTime, renderClassroomBar } from './classroom-chrome';
import { renderSharedList } from './achievements-list';

/** What the view can say of a token's signature. */
export type SignatureState = 'unsigned' | 'checked' | 'unchecked' | 'altered';

/** The read-only achievements view. */
@customElement('sim-achievements-view')
@localized()
export class SimAchievementsView extends LitElement {
  static styles = [baseStyles, classroomStyles];

  /** The token of the link. */
  @property() token = '';

  render() {
    const shared = readAchievementsToken(this.token);
    const bar = renderClassroomBar('achievements', () => this.requestUpdate());
    if (!shared)
      return html`${bar}<main data-testid="achievements-view" data-signature="none">
        <h1>${msg('Achievements', { id: 'classroom.achievements' })}</h1>
        <p class="notice" role="alert">${msg(
          'This achievements link is broken or incomplete, so there is nothing to show.',
          { id: 'classroom.badAchLink' },
        )}</p></main>`;
    const cls = shared.signed
      ? readClasses(classroomStorage()).classes.find((c) => c.id === shared.classId)
      : undefined;
    const signature: SignatureState = !shared.signed
      ? 'unsigned'
      : !cls
        ? 'unchecked'
        : achievementsSignedBy(this.token, cls.key)
          ? 'checked'
          : 'altered';
    const className = shared.className ?? '';
    const said = {
      unsigned: msg('Unsigned: this learner was not in a class, so anyone could have made this link.', {
        id: 'classroom.sig.unsigned',
      }),
      checked: msg(str`Checked: signed with the link of your class ${className}.`, { id: 'classroom.sig.checked' }),
      unchecked: msg(
        str`Signed with the link of the class ${className}; only that class’s teacher page can check it.`,
        {
          id: 'classroom.sig.unchecked',
        },
      ),
      altered: msg(str`Altered: the signature does not match your class ${className}.`, {
        id: 'classroom.sig.altered',
      }),
    }[signature];
    return html`${bar}<main data-testid="achievements-view" data-signature=${signature}>
      <h1>${msg(str`Achievements of ${shared.name}`, { id: 'classroom.achOf' })}</h1>
      <p class=${signature === 'altered' ? 'bad' : signature === 'checked' ? 'ok' : 'muted'}>${said}</p>
      <p class="muted">${msg(str`Shared on ${formatTime(shared.sharedAt)}.`, { id: 'classroom.sharedOn' })}</p>
      ${renderSharedList(shared.ids)}
    </main>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sim-achievements-view': SimAchievementsView;
  }
}
