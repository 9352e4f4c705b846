/**
 * A controller that re-renders a view when the session changes, after the next paint, so the
 * terminal's output always reaches the screen first; and hands commands to the view to animate.
 */

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { afterNextPaint } from './after-next-paint';
import type { CommandRecord } from './session-types';

/** Subscribes a view to a session. */
export class SessionController implements ReactiveController {
  private session: EventTarget | undefined;
  private scheduled = false;
  private readonly onChange = () => this.schedule();
  private readonly onStart = (e: Event) => this.onCommandStart?.((e as CustomEvent<CommandRecord>).detail);
  private readonly onDone = (e: Event) => this.onCommand?.((e as CustomEvent<CommandRecord>).detail);

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onCommandStart?: (record: CommandRecord) => void,
    private readonly onCommand?: (record: CommandRecord) => void,
  ) {
    host.addController(this);
  }

  /** Follows `session` (the view's property), leaving the previous one. */
  follow(session: EventTarget | undefined): void {
    if (session === this.session) return;
    this.unlisten();
    this.session = session;
    this.listen();
  }

  hostConnected(): void {
    this.listen();
  }

  hostDisconnected(): void {
    this.unlisten();
  }

  private listen(): void {
    this.session?.addEventListener('change', this.onChange);
    this.session?.addEventListener('command-start', this.onStart);
    this.session?.addEventListener('command', this.onDone);
  }

  private unlisten(): void {
    this.session?.removeEventListener('change', this.onChange);
    this.session?.removeEventListener('command-start', this.onStart);
    this.session?.removeEventListener('command', this.onDone);
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    afterNextPaint(() => {
      this.scheduled = false;
      this.host.requestUpdate();
    });
  }
}
