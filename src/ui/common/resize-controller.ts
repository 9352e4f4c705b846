/** A controller that keeps a component informed of its own content size (for pixel layouts). */

import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Observes the size of an element of the host and asks the host to update when it changes. */
export class SizeController implements ReactiveController {
  width = 0;
  height = 0;
  private observer: ResizeObserver | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly target: () => Element | null = () => host,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.contentRect;
      if (!box) return;
      const w = Math.round(box.width);
      const h = Math.round(box.height);
      if (w === this.width && h === this.height) return;
      this.width = w;
      this.height = h;
      this.host.requestUpdate();
    });
    // The target may only exist after the first render.
    queueMicrotask(() => this.observe());
  }

  hostUpdated(): void {
    this.observe();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observed = null;
  }

  private observed: Element | null = null;

  private observe(): void {
    const el = this.target();
    if (!el || el === this.observed || !this.observer) return;
    if (this.observed) this.observer.unobserve(this.observed);
    this.observer.observe(el);
    this.observed = el;
  }
}
