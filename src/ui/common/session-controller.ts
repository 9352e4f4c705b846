/**
 * A controller that re-renders a view when what it selects of the session changes, after the next
 * paint, so the terminal's output always reaches the screen first; and hands commands to the view
 * to animate.
 */

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { afterNextPaint } from './after-next-paint';
import type { CommandRecord } from '../../model/client';
import type { SessionEvents } from './view-port';

/** What a view follows and hears. */
export interface SessionControllerOptions<S extends SessionEvents> {
  /**
   * What the view draws from the session: it re-renders only when this changes (compared with
   * `===`, element by element for an array). Without it, every change re-renders.
   */
  select?: (session: S) => unknown;
  /** A command began (its record is complete: the model has run it; playback shows it). */
  onCommandStart?: (record: CommandRecord) => void;
  /** A command finished. */
  onCommand?: (record: CommandRecord) => void;
}

/** Whether two selections are the same (arrays element by element). */
export function sameSelection(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
  return a.every((x, i) => x === b[i]);
}

/** Subscribes a view to a session. */
export class SessionController<S extends SessionEvents = SessionEvents> implements ReactiveController {
  private session: S | undefined;
  private scheduled = false;
  private selected: unknown;
  private readonly onChange = () => this.changed();
  private readonly onStart = (e: Event) => this.options.onCommandStart?.((e as CustomEvent<CommandRecord>).detail);
  private readonly onDone = (e: Event) => this.options.onCommand?.((e as CustomEvent<CommandRecord>).detail);

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: SessionControllerOptions<S> = {},
  ) {
    host.addController(this);
  }

  /** Follows `session` (the view's property), leaving the previous one. */
  follow(session: S | undefined): void {
    if (session === this.session) return;
    this.unlisten();
    this.session = session;
    this.selected = session && this.options.select?.(session);
    this.listen();
  }

  hostConnected(): void {
    this.listen();
  }

  hostDisconnected(): void {
    this.unlisten();
  }

  private changed(): void {
    const select = this.options.select;
    if (select && this.session) {
      const next = select(this.session);
      if (sameSelection(next, this.selected)) return;
      this.selected = next;
    }
    this.schedule();
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
