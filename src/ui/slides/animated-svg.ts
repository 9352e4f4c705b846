/**
 * Frames of a view (each a standalone SVG, as `svg-document.ts` writes them) combined into one
 * animated SVG: each frame is a group shown for its time by a discrete SMIL `<animate>` of
 * `display`, on a loop, so it plays in browsers and in slide tools that show SVG. A viewer without
 * SMIL shows the first frame. Pure (string work only).
 */

/** One captured picture and how long it stays, in ms. */
export interface Frame {
  svg: string;
  ms: number;
}

/** What the animated file says about itself. */
export interface AnimationInfo {
  title: string;
  /** Played on a loop (default) or once, stopping on the last frame. */
  loop?: boolean;
}

/** Runs of the same picture become one frame that lasts as long as the run (most of a capture is still). */
export function mergeSameFrames(frames: readonly Frame[]): Frame[] {
  const out: Frame[] = [];
  for (const f of frames) {
    const last = out[out.length - 1];
    if (last && last.svg === f.svg) last.ms += f.ms;
    else out.push({ svg: f.svg, ms: f.ms });
  }
  return out;
}

/** The number value of an attribute of the root `<svg>` of `doc` (0 when missing). */
export function rootNumber(doc: string, name: string): number {
  const root = /<svg\b[^>]*>/.exec(doc)?.[0] ?? '';
  const m = new RegExp(`\\s${name}="([0-9.]+)"`).exec(root);
  return m ? Number(m[1]) : 0;
}

/** What is inside the root `<svg>` of `doc`, without its own `<title>`. */
export function innerOf(doc: string): string {
  const open = /<svg\b[^>]*>/.exec(doc);
  if (!open) return '';
  const start = open.index + open[0].length;
  const end = doc.lastIndexOf('</svg>');
  return doc.slice(start, end < start ? doc.length : end).replace(/^\s*<title>[\s\S]*?<\/title>/, '');
}

/** Every id of a frame prefixed (`arrow` → `f3-arrow`), with the references to it, so frames never share one. */
export function prefixIds(content: string, prefix: string): string {
  return content
    .replace(/\sid="([^"]+)"/g, (_, id: string) => ` id="${prefix}${id}"`)
    .replace(/url\((&quot;|["']?)#([^"'&)]+)\1\)/g, (_, q: string, id: string) => `url(${q}#${prefix}${id}${q})`)
    .replace(/\shref="#([^"]+)"/g, (_, id: string) => ` href="#${prefix}${id}"`);
}

/** Escapes text for XML content and attributes. */
export function xmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const fraction = (ms: number, total: number) => String(Math.round((ms / total) * 1e6) / 1e6);

/** The `<animate>` that shows a frame from `start` for `ms` of a `total` loop (none for a lone frame). */
function frameAnimation(start: number, ms: number, total: number, loop: boolean): string {
  if (start === 0 && ms >= total) return '';
  const times = ['0'];
  const values = [start === 0 ? 'inline' : 'none'];
  if (start > 0) {
    times.push(fraction(start, total));
    values.push('inline');
  }
  if (start + ms < total) {
    times.push(fraction(start + ms, total));
    values.push('none');
  }
  const repeat = loop ? ' repeatCount="indefinite"' : ' fill="freeze"';
  return (
    `<animate attributeName="display" calcMode="discrete" begin="0s" dur="${total / 1000}s"${repeat}` +
    ` keyTimes="${times.join(';')}" values="${values.join(';')}"/>`
  );
}

/** The animated SVG of `frames` (runs of the same picture merged), as big as the largest frame. */
export function combineFrames(frames: readonly Frame[], info: AnimationInfo): string {
  const merged = mergeSameFrames(frames.filter((f) => f.ms > 0));
  const width = Math.max(1, ...merged.map((f) => rootNumber(f.svg, 'width')));
  const height = Math.max(1, ...merged.map((f) => rootNumber(f.svg, 'height')));
  const total = merged.reduce((sum, f) => sum + f.ms, 0);
  const loop = info.loop ?? true;
  let start = 0;
  const groups = merged.map((f, i) => {
    const group =
      `<g class="frame" data-frame="${i}" data-start-ms="${start}" data-ms="${f.ms}"` +
      ` display="${i === 0 ? 'inline' : 'none'}">` +
      frameAnimation(start, f.ms, total, loop) +
      prefixIds(innerOf(f.svg), `f${i}-`) +
      '</g>';
    start += f.ms;
    return group;
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"` +
    ` viewBox="0 0 ${width} ${height}" data-frames="${merged.length}" data-duration-ms="${total}">` +
    `<title>${xmlText(info.title)}</title>${groups.join('')}</svg>\n`
  );
}
