/**
 * The challenge open in the page (issue 14), for `<sim-app>`: `?challenge=<id>`, the lessons menu's
 * `challenge-open` event, or a dropped challenge file. The challenge code is its own lazy chunk
 * (`challenge/challenge-runtime.ts`), loaded only when one opens; the URL keeps `?challenge=` while
 * it is open.
 */

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msg } from '@lit/localize';
import { currentLang } from '../i18n/locale';
import type { Session } from '../session/session';
import { loadDeferred } from './deferred';
import type { Scenario } from '../../model';
import type { ChallengeController } from '../challenge/challenge-controller';
import type { ViewId } from '../common/prefs';

/** The lazily loaded challenge chunk. */
type ChallengeRuntime = typeof import('../challenge/challenge-runtime');
let loading: Promise<ChallengeRuntime> | undefined;
function challengeRuntime(): Promise<ChallengeRuntime> {
  loading ??= Promise.all([import('../challenge/challenge-runtime'), loadDeferred()]).then(([m]) => m);
  return loading;
}

/** What the controller needs of the page. */
export interface PageChallengeHost extends ReactiveControllerHost, EventTarget {
  readonly session: Session;
  /** Closes the open lesson, if any (a challenge takes its place). */
  closeLesson(): void;
  /** The open lesson, if any. */
  readonly lesson: object | undefined;
  focusTerminal(): void;
  /** Opens a view (a challenge opens on its own view). */
  chooseView(view: ViewId, focus: boolean): void;
}

/** The page's open challenge, if any, and a `?challenge=` that names none. */
export class PageChallengeController implements ReactiveController {
  challenge: ChallengeController | undefined;
  /** A `?challenge=` or menu id that names no challenge, said plainly. */
  unknown: string | undefined;
  private readonly onOpen = (e: Event) => void this.openById((e as CustomEvent<{ id: string }>).detail.id, true);
  private readonly onChange = () => this.host.requestUpdate();

  constructor(private readonly host: PageChallengeHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('challenge-open', this.onOpen);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('challenge-open', this.onOpen);
  }

  /** Opens the URL's `?challenge=`; false when the URL names none. */
  openInitial(): boolean {
    const id = new URLSearchParams(location.search).get('challenge');
    if (id === null) return false;
    void this.openById(id, false);
    return true;
  }

  /** Opens a built-in challenge (asking first when it would replace the reader's own work). */
  async openById(id: string, ask: boolean): Promise<void> {
    const rt = await challengeRuntime();
    const scenario = rt.challengeById(id);
    if (!scenario) {
      this.unknown = id;
      this.host.requestUpdate();
      return;
    }
    const own = !this.challenge && !this.host.lesson && this.host.session.transcript.length > 0;
    const question = msg(
      'Open this challenge? It replaces the images, containers, volumes and networks of this session.',
      {
        id: 'challenge.confirmOpen',
      },
    );
    if (ask && own && !confirm(question)) return;
    await this.openScenario(scenario);
    this.host.focusTerminal();
  }

  /** Opens a challenge scenario (a built-in one or a file): its start is replayed into the session. */
  async openScenario(scenario: Scenario): Promise<void> {
    const rt = await challengeRuntime();
    this.close(false);
    this.host.closeLesson();
    this.unknown = undefined;
    const c = new rt.ChallengeController(scenario, this.host.session, { locale: currentLang });
    rt.recordChallengeProgress(c);
    c.addEventListener('change', this.onChange);
    this.challenge = c;
    this.host.chooseView(scenario.view, false);
    this.syncUrl(rt.challengeById(scenario.id) === scenario ? scenario.id : undefined);
    this.host.requestUpdate();
  }

  /** Closes the challenge; the world stays as it is. */
  close(focus = true): void {
    const c = this.challenge;
    if (!c) return;
    c.removeEventListener('change', this.onChange);
    c.dispose();
    this.challenge = undefined;
    this.syncUrl(undefined);
    this.host.requestUpdate();
    if (focus) void this.host.updateComplete.then(() => this.host.focusTerminal());
  }

  /** Dismisses the unknown-challenge notice. */
  dismissUnknown(): void {
    this.unknown = undefined;
    this.host.requestUpdate();
  }

  /** `?challenge=<id>` while a built-in challenge is open (a file's cannot be linked). */
  private syncUrl(id: string | undefined): void {
    const params = new URLSearchParams(location.search);
    if (id) params.set('challenge', id);
    else params.delete('challenge');
    const query = params.toString();
    const search = query ? `?${query}` : '';
    if (search !== location.search)
      history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  }
}
