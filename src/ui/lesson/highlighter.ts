/**
 * Lesson highlights on the diagram views, without the views knowing about lessons: the elements a
 * step names are found by the test hooks the views already draw (`data-image-id`,
 * `data-container-name`, `data-volume`, `data-network`, `data-registry`, `data-users`, `data-vm`,
 * `data-side`, and the architecture boxes' classes), marked with `data-lesson-highlight`, and a
 * style sheet adopted into each shadow root draws the mark. D3 redraws are followed with a
 * MutationObserver, so a mark survives the view's next render.
 */

import type { HostState } from '../../model';
import { imageNamed } from '../../model/client';

/** The attribute a highlighted element carries. */
export const HIGHLIGHT_ATTR = 'data-lesson-highlight';

const SHEET =
  `
  [${HIGHLIGHT_ATTR}] { filter: drop-shadow(0 0 3px #d97706) drop-shadow(0 0 6px rgba(217, 119, 6, 0.8)); }
 ` +
  ` [${HIGHLIGHT_ATTR}] > rect, [${HIGHLIGHT_ATTR}] > .frame, rect[${HIGHLIGHT_ATTR}] { stroke: #b45309 ` +
  `!important; stroke-width: 3px !important; }
  :not(svg *)[${HIGHLIGHT_ATTR}] { outline: 3px solid #b45309; ` +
  `outline-offset: 2px; filter: none; }
`;

let sheet: CSSStyleSheet | undefined;

function highlightSheet(): CSSStyleSheet | undefined {
  if (sheet || typeof CSSStyleSheet === 'undefined') return sheet;
  try {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(SHEET);
  } catch {
    sheet = undefined;
  }
  return sheet;
}

const esc = (v: string): string =>
  typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(v) : v.replace(/["\\]/g, '\\$&');

/** The CSS selectors of a highlight target (`image:nginx:alpine`, `daemon`, ...) in a host's world. */
export function targetSelectors(target: string, host: HostState): string[] {
  const colon = target.indexOf(':');
  const kind = colon < 0 ? target : target.slice(0, colon);
  const name = colon < 0 ? '' : target.slice(colon + 1);
  switch (kind) {
    case 'image': {
      const image = imageNamed(host, name);
      return image ? [`[data-image-id="${esc(image.id)}"]`] : [];
    }
    case 'layer':
      return name === 'shared'
        ? ['[data-users]:not([data-users="0"]):not([data-users="1"])']
        : [`[data-layer-id="${esc(name)}"]`];
    case 'container':
      return [`[data-container-name="${esc(name)}"]`, `[data-stack-container="${esc(name)}"]`];
    case 'volume':
      return [`[data-volume="${esc(name)}"]`];
    case 'network':
      return [`[data-network="${esc(name)}"]`];
    case 'registry':
      return [`[data-registry="${esc(name)}"]`];
    case 'daemon':
    case 'client':
    case 'api':
      return [`g.box.${kind}`];
    case 'vm':
      return ['[data-vm]', '[data-stack-vm]'];
    case 'compare': {
      const side = name.startsWith('vm') ? 'vm' : 'container';
      return side === 'vm'
        ? ['[data-vm]', '[data-stack-vm]', '[data-side="vm"]']
        : ['[data-side="container"]', '[data-stack-container]'];
    }
    default:
      return [];
  }
}

/** Every shadow root under (and including) an element's. */
function shadowRoots(el: Element): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const walk = (root: ShadowRoot) => {
    roots.push(root);
    for (const child of root.querySelectorAll('*')) if (child.shadowRoot) walk(child.shadowRoot);
  };
  if (el.shadowRoot) walk(el.shadowRoot);
  return roots;
}

/** Keeps the highlights of one view element. */
export class Highlighter {
  private selectors: string[] = [];
  private view: Element | undefined;
  private observer: MutationObserver | undefined;
  private scheduled = false;

  /** Highlights `selectors` in `view` (undefined: none), now and after each redraw. */
  apply(view: Element | undefined, selectors: string[]): void {
    if (view !== this.view) {
      this.observer?.disconnect();
      this.clear();
      this.view = view;
      this.observer = undefined;
    }
    this.selectors = selectors;
    this.mark();
  }

  /** Removes every mark and stops following the view. */
  dispose(): void {
    this.observer?.disconnect();
    this.selectors = [];
    this.clear();
    this.view = undefined;
  }

  private clear(): void {
    if (!this.view) return;
    for (const root of shadowRoots(this.view))
      for (const el of root.querySelectorAll(`[${HIGHLIGHT_ATTR}]`)) el.removeAttribute(HIGHLIGHT_ATTR);
  }

  private mark(): void {
    const view = this.view;
    if (!view) return;
    this.observer?.disconnect();
    const roots = shadowRoots(view);
    const wanted = new Set<Element>();
    for (const root of roots) {
      const s = highlightSheet();
      if (s && !root.adoptedStyleSheets.includes(s)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, s];
      for (const selector of this.selectors) {
        try {
          for (const el of root.querySelectorAll(selector)) wanted.add(el);
        } catch {
          // A name that makes no valid selector highlights nothing.
        }
      }
    }
    for (const root of roots)
      for (const el of root.querySelectorAll(`[${HIGHLIGHT_ATTR}]`))
        if (!wanted.has(el)) el.removeAttribute(HIGHLIGHT_ATTR);
    for (const el of wanted) el.setAttribute(HIGHLIGHT_ATTR, '');
    if (typeof MutationObserver === 'undefined') return;
    this.observer ??= new MutationObserver(() => this.schedule());
    for (const root of roots) this.observer.observe(root, { childList: true, subtree: true });
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    requestAnimationFrame(() => {
      this.scheduled = false;
      this.mark();
    });
  }
}
