/**
 * `<sim-code-scanner>`: reads completion codes' QR codes with the camera, where the browser has
 * `BarcodeDetector` (never required: pasting always works). Each new code is sent up as a
 * `code-scanned` event (detail: the text); the camera stops when the scanner closes.
 */

import { LitElement, css, html } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { baseStyles } from '../theme/shared-styles';

interface Detector {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}
type DetectorClass = new (options: { formats: string[] }) => Detector;

/** The platform's BarcodeDetector, if it has one. */
export function barcodeDetector(): DetectorClass | undefined {
  return (globalThis as { BarcodeDetector?: DetectorClass }).BarcodeDetector;
}

/** The camera scanner. */
@customElement('sim-code-scanner')
@localized()
export class SimCodeScanner extends LitElement {
  static styles = [
    baseStyles,
    css`video { width: 18rem; max-width: 100%; display: block; margin: 0.5rem 0; }
    .bad { color: var(--danger); }`,
  ];

  @state() private running = false;
  @state() private failed = false;
  @query('video') private video?: HTMLVideoElement;
  private stream?: MediaStream;
  private timer?: ReturnType<typeof setInterval>;
  private seen = new Set<string>();

  render() {
    if (!barcodeDetector()) return html``;
    return html`<button class="btn" data-testid="scan" @click=${this.running ? this.stop : this.start}>
        ${
          this.running
            ? msg('Stop the camera', { id: 'teacher.scanStop' })
            : msg('Scan QR codes with the camera', { id: 'teacher.scan' })
        }
      </button>
      ${
        this.failed
          ? html`<p class="bad" role="alert">${msg('The camera could not be opened: paste the codes instead.', {
              id: 'teacher.scanFailed',
            })}</p>`
          : ''
      }
      ${
        this.running
          ? html`<video muted playsinline aria-label=${msg('Camera', { id: 'teacher.camera' })}></video>`
          : ''
      }`;
  }

  disconnectedCallback(): void {
    this.stop();
    super.disconnectedCallback();
  }

  private async start(): Promise<void> {
    const Detector = barcodeDetector();
    if (!Detector) return;
    try {
      this.stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
    } catch {
      this.failed = true;
      return;
    }
    this.failed = false;
    this.running = true;
    await this.updateComplete;
    const video = this.video!;
    video.srcObject = this.stream;
    await video.play().catch(() => undefined);
    const detector = new Detector({ formats: ['qr_code'] });
    this.timer = setInterval(() => {
      void detector
        .detect(video)
        .then((found) => {
          for (const { rawValue } of found) {
            if (this.seen.has(rawValue)) continue;
            this.seen.add(rawValue);
            this.dispatchEvent(new CustomEvent('code-scanned', { detail: rawValue, bubbles: true, composed: true }));
          }
        })
        .catch(() => undefined);
    }, 400);
  }

  private stop(): void {
    clearInterval(this.timer);
    this.stream?.getTracks().forEach((t) => t.stop());
    this.stream = undefined;
    this.running = false;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sim-code-scanner': SimCodeScanner;
  }
}
