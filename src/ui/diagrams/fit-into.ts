/** Cutting SVG text to a width measured in the browser's own font, shared by the diagrams. */

import { fitText } from './d3-helpers';

/** Per node: the text and width last fitted, and what came out (measuring is the costly part). */
const fitted = new WeakMap<SVGTextElement, { key: string; result: string }>();

/**
 * Sets `text` (then `suffix`, which is never cut) cut with an ellipsis to `maxPx`, measured in the browser's own font
 * (fonts differ
 * between machines); an estimate where nothing is laid out. Measures only when the text changes.
 */
export function fitInto(node: SVGTextElement, text: string, maxPx: number, estimateCharPx: number, suffix = ''): void {
  const key = `${maxPx}|${text}|${suffix}`;
  const last = fitted.get(node);
  if (last?.key === key) {
    // Someone else may have set the text since (a re-render): put the fitted text back.
    if (node.textContent !== last.result) node.textContent = last.result;
    return;
  }
  node.textContent = text + suffix;
  const measure = typeof node.getComputedTextLength === 'function' ? () => node.getComputedTextLength() : () => 0;
  if (measure() === 0) {
    // Not laid out (a hidden tab): estimate now, measure on a later render.
    node.textContent = fitText(text, maxPx - suffix.length * estimateCharPx, estimateCharPx) + suffix;
    return;
  }
  if (measure() <= maxPx) {
    fitted.set(node, { key, result: text + suffix });
    return;
  }
  let lo = 0;
  let hi = text.length;
  // The longest prefix that fits with its ellipsis.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    node.textContent = `${text.slice(0, mid).trimEnd()}…${suffix}`;
    if (measure() <= maxPx) lo = mid;
    else hi = mid - 1;
  }
  node.textContent = lo === 0 ? suffix.trim() : `${text.slice(0, lo).trimEnd()}…${suffix}`;
  fitted.set(node, { key, result: node.textContent });
}
