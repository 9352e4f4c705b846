/**
 * A copy of what the page shows, styled without the page: the flattened tree (through shadow
 * roots and slots) cloned with each element's computed styles written on it (`style-rules.ts`),
 * so the copy looks the same in a file of its own. Text stays text; scripts, style sheets, event
 * handlers and references out of the file are left behind; form fields keep what they show.
 */

import { HTML_PROPS, SVG_PROPS, inlineStyle, type StyleReader } from './style-rules';

/** The SVG namespace. */
export const SVG_NS = 'http://www.w3.org/2000/svg';
/** The XHTML namespace (HTML inside a `<foreignObject>`). */
export const XHTML_NS = 'http://www.w3.org/1999/xhtml';

const FORM_TAGS = new Set(['select', 'textarea', 'input', 'canvas', 'button']);
const SKIPPED = new Set(['style', 'script', 'link', 'template', 'iframe', 'object', 'embed', 'audio', 'video']);

/** The reader of an element's computed style. */
export function readerOf(el: Element): StyleReader {
  const cs = getComputedStyle(el);
  return (name) => cs.getPropertyValue(name);
}

/** The children a reader sees: the shadow root's (slots replaced by what is assigned to them), or the light DOM's. */
function shownChildren(el: Element): Node[] {
  const nodes = [...(el.shadowRoot ?? el).childNodes];
  return nodes.flatMap((n) =>
    n instanceof HTMLSlotElement ? n.assignedNodes({ flatten: true }).flatMap((a) => [a]) : [n],
  );
}

/** Whether an attribute may go into the file (no handlers, no references out of it). */
function keptAttribute(el: Element, name: string, value: string): boolean {
  if (name.startsWith('on') || name === 'style' || name === 'class' || name === 'tabindex') return false;
  if (name === 'href' || name === 'xlink:href' || name === 'src')
    return value.startsWith('#') || value.startsWith('data:');
  return !(el.namespaceURI !== SVG_NS && name === 'contenteditable');
}

/** An empty copy of an HTML element (custom elements and form fields become plain boxes showing the same). */
function htmlShell(el: Element): Element {
  const tag = el.localName;
  // Form controls and buttons would bring the browser's own look back: they become plain boxes.
  const plain = tag.includes('-') || FORM_TAGS.has(tag);
  const copy = document.createElementNS(XHTML_NS, plain ? 'div' : tag);
  for (const { name, value } of [...el.attributes]) {
    if (keptAttribute(el, name, value) && !(plain && name === 'type')) copy.setAttribute(name, value);
  }
  if (el instanceof HTMLSelectElement) copy.textContent = el.selectedOptions[0]?.textContent ?? '';
  else if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) copy.textContent = el.value;
  else if (el instanceof HTMLCanvasElement) {
    const img = document.createElementNS(XHTML_NS, 'img');
    img.setAttribute('src', el.toDataURL());
    img.setAttribute('width', String(el.width));
    copy.append(img);
  }
  return copy;
}

/**
 * An empty copy of an SVG element with its attributes; a presentation attribute that names a custom
 * property (`fill="var(--state-running)"`, as D3 sets them) gets the value the browser resolved.
 */
function svgShell(el: Element, own: StyleReader): Element {
  const copy = document.createElementNS(SVG_NS, el.localName);
  for (const { name, value } of [...el.attributes]) {
    if (!keptAttribute(el, name, value)) continue;
    const resolved = value.includes('var(') ? own(name).trim() : value;
    if (resolved && !resolved.includes('var(')) copy.setAttribute(name, resolved);
  }
  return copy;
}

/**
 * The styled copy of `el` and everything shown inside it; undefined for what is not shown
 * (`display: none`, scripts, style sheets). `parent` is the computed style of the element the copy
 * will sit in (none for the top of a file: then every inherited value that is not the initial one is written).
 */
export function styledClone(el: Element, parent?: StyleReader): Element | undefined {
  if (SKIPPED.has(el.localName)) return undefined;
  const own = readerOf(el);
  const svg = el.namespaceURI === SVG_NS;
  const inDefs = svg && el.closest('defs') !== null;
  if (!inDefs && own('display') === 'none') return undefined;
  const copy = svg ? svgShell(el, own) : htmlShell(el);
  const style = svg ? inlineStyle(SVG_PROPS, own, parent) : inlineStyle(HTML_PROPS, own, parent, true);
  if (style) copy.setAttribute('style', style);
  const formField =
    el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement;
  if (formField || el instanceof HTMLCanvasElement) return copy;
  for (const child of shownChildren(el)) {
    if (child.nodeType === Node.TEXT_NODE) copy.append(child.textContent ?? '');
    else if (child instanceof Element) {
      const c = styledClone(child, own);
      if (c) copy.append(c);
    }
  }
  return copy;
}
