/**
 * A view as one standalone SVG file: its diagrams (every top-level `<svg>` it shows, through
 * shadow roots, placed where they are on screen) or, for a view made of HTML (the API log, the
 * build's table, the files), the view itself inside a `<foreignObject>`. Width, height, viewBox,
 * xmlns and a `<title>` are set, the view's background is painted, nothing outside the file is
 * referenced.
 */

import { styledClone, SVG_NS, XHTML_NS } from './styled-clone';

/** Diagrams smaller than this (icons) are not a view's picture. */
const MIN_SIDE = 40;

/** The top-level `<svg>` elements shown in `root`'s flattened tree, in document order. */
export function diagramsIn(root: Element): SVGSVGElement[] {
  const found: SVGSVGElement[] = [];
  const walk = (el: Element) => {
    if (el instanceof SVGSVGElement) {
      const r = el.getBoundingClientRect();
      if (r.width >= MIN_SIDE && r.height >= MIN_SIDE) found.push(el);
      return;
    }
    for (const child of el.shadowRoot ? [...el.shadowRoot.children, ...el.children] : [...el.children]) walk(child);
  };
  walk(root);
  return found;
}

/** The colour behind `el`: the first opaque background up its ancestors (through shadow hosts), else white. */
export function backgroundOf(el: Element): string {
  for (let at: Element | null = el; at; ) {
    const bg = getComputedStyle(at).backgroundColor;
    if (bg && bg !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(bg)) return bg;
    at = at.parentElement ?? ((at.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
  }
  return '#ffffff';
}

/** What a picture of a view is: its file's text, its size, and whether it came from diagrams or HTML. */
export interface ViewPicture {
  svg: string;
  width: number;
  height: number;
  source: 'diagram' | 'html';
}

/** The root of a file: `<svg>` with its size, namespace and title, and a background. */
function fileRoot(width: number, height: number, title: string, background: string): Element {
  const root = document.createElementNS(SVG_NS, 'svg');
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  root.setAttribute('role', 'img');
  const t = document.createElementNS(SVG_NS, 'title');
  t.textContent = title;
  const bg = document.createElementNS(SVG_NS, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', background);
  root.append(t, bg);
  return root;
}

/** Serializes a file root (XMLSerializer writes the namespaces). */
function serialize(root: Element): string {
  return `${new XMLSerializer().serializeToString(root)}\n`;
}

/** The diagrams of a view, placed as on screen, in one file. */
function diagramsPicture(svgs: SVGSVGElement[], title: string): ViewPicture {
  const rects = svgs.map((s) => s.getBoundingClientRect());
  const left = Math.min(...rects.map((r) => r.left));
  const top = Math.min(...rects.map((r) => r.top));
  const width = Math.ceil(Math.max(...rects.map((r) => r.right)) - left);
  const height = Math.ceil(Math.max(...rects.map((r) => r.bottom)) - top);
  const root = fileRoot(width, height, title, backgroundOf(svgs[0]));
  svgs.forEach((s, i) => {
    const copy = styledClone(s);
    if (!copy) return;
    const r = rects[i];
    copy.setAttribute('x', String(Math.round(r.left - left)));
    copy.setAttribute('y', String(Math.round(r.top - top)));
    copy.setAttribute('width', String(Math.round(r.width)));
    copy.setAttribute('height', String(Math.round(r.height)));
    if (!s.hasAttribute('viewBox')) copy.setAttribute('viewBox', `0 0 ${Math.round(r.width)} ${Math.round(r.height)}`);
    root.append(copy);
  });
  return { svg: serialize(root), width, height, source: 'diagram' };
}

/** A view made of HTML, drawn inside a `<foreignObject>` at the size it has on screen. */
function htmlPicture(view: Element, title: string): ViewPicture {
  const r = view.getBoundingClientRect();
  const width = Math.max(1, Math.ceil(r.width));
  const height = Math.max(1, Math.ceil(r.height));
  const root = fileRoot(width, height, title, backgroundOf(view));
  const fo = document.createElementNS(SVG_NS, 'foreignObject');
  fo.setAttribute('width', String(width));
  fo.setAttribute('height', String(height));
  const body = document.createElementNS(XHTML_NS, 'div');
  body.setAttribute('style', `width:${width}px;height:${height}px;overflow:hidden`);
  const copy = styledClone(view);
  if (copy) body.append(copy);
  fo.append(body);
  root.append(fo);
  return { svg: serialize(root), width, height, source: 'html' };
}

/** The picture of `view` (a view's element) titled `title`. */
export function pictureOf(view: Element, title: string): ViewPicture {
  const svgs = diagramsIn(view);
  return svgs.length ? diagramsPicture(svgs, title) : htmlPicture(view, title);
}

/** The text a file's `<title>` gets for a view and, for an animation, its command. */
export function pictureTitle(viewLabel: string, line?: string): string {
  return ['Pelabuhan', viewLabel, line].filter(Boolean).join(' — ');
}
