/**
 * Which computed styles an exported picture keeps, and how: a standalone SVG has no page style
 * sheet, so the values the page's CSS gave (custom properties already resolved by the browser)
 * are written on each element. Only what differs from what the element would get anyway is
 * written (its parent's value for inherited properties, the initial value for the others), so
 * files stay small. Pure.
 */

/** A CSS property an export writes, whether it inherits, and its initial value as computed. */
export interface StyleProp {
  name: string;
  inherited: boolean;
  initial: string;
}

const p = (name: string, inherited: boolean, initial: string): StyleProp => ({ name, inherited, initial });

/** Properties shared by SVG and HTML content (text and visibility). */
const TEXT_PROPS: StyleProp[] = [
  p('font-family', true, ''),
  p('font-size', true, '16px'),
  p('font-weight', true, '400'),
  p('font-style', true, 'normal'),
  p('letter-spacing', true, 'normal'),
  p('visibility', true, 'visible'),
  p('opacity', false, '1'),
];

/** What an element inside an `<svg>` needs to look the same. */
export const SVG_PROPS: StyleProp[] = [
  ...TEXT_PROPS,
  p('fill', true, 'rgb(0, 0, 0)'),
  p('fill-opacity', true, '1'),
  p('stroke', true, 'none'),
  p('stroke-width', true, '1px'),
  p('stroke-dasharray', true, 'none'),
  p('stroke-opacity', true, '1'),
  p('stroke-linecap', true, 'butt'),
  p('stroke-linejoin', true, 'miter'),
  p('text-anchor', true, 'start'),
  p('dominant-baseline', false, 'auto'),
  p('paint-order', true, 'normal'),
  p('marker-start', true, 'none'),
  p('marker-end', true, 'none'),
  p('display', false, 'inline'),
];

/** What an HTML element inside a `<foreignObject>` needs to be laid out and painted the same. */
export const HTML_PROPS: StyleProp[] = [
  ...TEXT_PROPS,
  p('color', true, 'rgb(0, 0, 0)'),
  p('line-height', true, 'normal'),
  p('text-align', true, 'start'),
  p('white-space', true, 'normal'),
  p('overflow-wrap', true, 'normal'),
  p('display', false, 'inline'),
  p('box-sizing', false, 'content-box'),
  p('width', false, 'auto'),
  p('height', false, 'auto'),
  p('min-width', false, 'auto'),
  p('max-width', false, 'none'),
  p('padding', false, '0px'),
  p('margin', false, '0px'),
  // Side by side: the browser gives no \`border\` shorthand when the sides differ.
  p('border-top', false, '0px none rgb(0, 0, 0)'),
  p('border-right', false, '0px none rgb(0, 0, 0)'),
  p('border-bottom', false, '0px none rgb(0, 0, 0)'),
  p('border-left', false, '0px none rgb(0, 0, 0)'),
  p('border-radius', false, '0px'),
  p('background-color', false, 'rgba(0, 0, 0, 0)'),
  p('overflow', false, 'visible'),
  p('flex', false, '0 1 auto'),
  p('flex-direction', false, 'row'),
  p('flex-wrap', false, 'nowrap'),
  p('align-items', false, 'normal'),
  p('justify-content', false, 'normal'),
  p('gap', false, 'normal'),
  p('grid-template-columns', false, 'none'),
  p('list-style-type', true, 'disc'),
  p('vertical-align', false, 'baseline'),
];

/** Reads a computed property of one element (`getPropertyValue` of its computed style). */
export type StyleReader = (name: string) => string;

/**
 * A `url(...)` kept only when it points inside the file: `url("#arrow")` (also when the browser
 * made it absolute, `url("http://page/#arrow")`) stays `url(#arrow)`; any other is dropped.
 */
export function localRef(value: string): string | undefined {
  const urls = [...value.matchAll(/url\(\s*["']?([^"')]*)["']?\s*\)/g)];
  if (urls.length === 0) return value;
  let out = value;
  for (const [whole, target] of urls) {
    const hash = target.indexOf('#');
    if (hash < 0) return undefined;
    // Unquoted: the attribute then needs no escaped quotes, and frame ids are easy to rename.
    out = out.replace(whole, `url(${target.slice(hash)})`);
  }
  return out;
}

/**
 * The `style` attribute that makes an element look as it did: each property of `props` whose
 * value differs from what it would get without it (`parent`'s value when inherited and there is a
 * parent, else the initial value), or every property when `everything` (HTML: the browser's own
 * style sheet would otherwise give a copied `<ul>` its padding back). External references are
 * dropped. Returns "" when nothing.
 */
export function inlineStyle(
  props: readonly StyleProp[],
  own: StyleReader,
  parent?: StyleReader,
  everything = false,
): string {
  const out: string[] = [];
  for (const prop of props) {
    const value = own(prop.name).trim();
    if (value === '') continue;
    const base = prop.inherited && parent ? parent(prop.name).trim() : prop.initial;
    if (value === base && !everything) continue;
    const safe = localRef(value);
    if (safe === undefined) continue;
    out.push(`${prop.name}:${safe.replace(/;/g, ',')}`);
  }
  return out.join(';');
}
