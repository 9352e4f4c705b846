/**
 * A QR code drawn as SVG: one path of unit squares with the standard's quiet zone of four modules,
 * dark on white whatever the page's theme (scanners want that contrast). Loaded only when a learner
 * asks for a code's QR.
 */

import { html, svg } from 'lit';
import { encodeQr, type QrCode } from './qr-code';
import { utf8 } from './base64url';

/** The quiet zone, in modules. */
const QUIET = 4;

/** The path of the dark modules, offset by the quiet zone. */
export function qrPath(q: QrCode): string {
  const parts: string[] = [];
  q.modules.forEach((row, y) => row.forEach((dark, x) => dark && parts.push(`M${x + QUIET} ${y + QUIET}h1v1h-1z`)));
  return parts.join('');
}

/** An `<svg role="img">` of `text`'s QR code, named by `label`. */
export function renderQr(text: string, label: string) {
  const q = encodeQr(utf8(text));
  const n = q.size + QUIET * 2;
  return html`<svg class="qr" data-testid="qr" viewBox="0 0 ${n} ${n}" role="img" aria-label=${label}
    shape-rendering="crispEdges" data-version=${q.version}>
    ${svg`<rect width=${n} height=${n} fill="#fff"></rect><path d=${qrPath(q)} fill="#000"></path>`}
  </svg>`;
}
