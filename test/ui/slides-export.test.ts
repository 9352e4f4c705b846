// @vitest-environment happy-dom
/**
 * The pure parts of the slides export: which computed styles a file keeps (`style-rules.ts`), the
 * animated SVG made of frames (`animated-svg.ts`: valid XML, N frames, each shown for its time on
 * one loop, ids kept apart), when a capture is still (`frame-capture.ts`), and file names.
 */

import { describe, expect, it } from 'vitest';
import { HTML_PROPS, SVG_PROPS, inlineStyle, localRef, type StyleProp } from '../../src/ui/slides/style-rules';
import {
  combineFrames,
  innerOf,
  mergeSameFrames,
  prefixIds,
  rootNumber,
  xmlText,
  type Frame,
} from '../../src/ui/slides/animated-svg';
import { exportFileName, slug, stamp } from '../../src/ui/slides/file-names';
import { isStill } from '../../src/ui/slides/frame-capture';

const reader = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('style rules', () => {
  const props: StyleProp[] = [
    { name: 'fill', inherited: true, initial: 'rgb(0, 0, 0)' },
    { name: 'stroke-width', inherited: true, initial: '1px' },
    { name: 'opacity', inherited: false, initial: '1' },
  ];

  it('writes only what differs from the parent (inherited) or the initial value (not inherited)', () => {
    const parent = reader({ fill: 'rgb(10, 102, 114)', 'stroke-width': '2px', opacity: '0.5' });
    const own = reader({ fill: 'rgb(10, 102, 114)', 'stroke-width': '1px', opacity: '0.5' });
    // fill is inherited from the parent; stroke-width 1px differs from the parent's 2px; opacity does not inherit.
    expect(inlineStyle(props, own, parent)).toBe('stroke-width:1px;opacity:0.5');
  });

  it('compares with the initial values at the top of a file (nothing to inherit from)', () => {
    const own = reader({ fill: 'rgb(0, 0, 0)', 'stroke-width': '2px', opacity: '1' });
    expect(inlineStyle(props, own)).toBe('stroke-width:2px');
    expect(inlineStyle(props, reader({}))).toBe('');
  });

  it('writes everything for HTML, where the browser would bring its own defaults back', () => {
    const own = reader({ fill: 'rgb(0, 0, 0)', 'stroke-width': '1px', opacity: '1' });
    expect(inlineStyle(props, own, own, true)).toBe('fill:rgb(0, 0, 0);stroke-width:1px;opacity:1');
  });

  it('keeps references inside the file and drops the others', () => {
    expect(localRef('url("#arch-arrow")')).toBe('url(#arch-arrow)');
    expect(localRef('url("http://127.0.0.1:4173/?view=x#arch-arrow")')).toBe('url(#arch-arrow)');
    expect(localRef('url(https://example.com/font.woff)')).toBeUndefined();
    expect(localRef('rgb(1, 2, 3)')).toBe('rgb(1, 2, 3)');
    const marker = { name: 'marker-end', inherited: true, initial: 'none' };
    expect(inlineStyle([marker], reader({ 'marker-end': 'url("http://x/a.svg#m")' }))).toBe('marker-end:url(#m)');
    expect(inlineStyle([marker], reader({ 'marker-end': 'url("http://x/a.svg")' }))).toBe('');
  });

  it('never lets a value end the declaration early', () => {
    const font = { name: 'font-family', inherited: true, initial: '' };
    expect(inlineStyle([font], reader({ 'font-family': 'a;b' }))).toBe('font-family:a,b');
  });

  it('covers paint and text for SVG, layout and colour for HTML', () => {
    const names = (ps: StyleProp[]) => ps.map((x) => x.name);
    expect(names(SVG_PROPS)).toEqual(
      expect.arrayContaining(['fill', 'stroke', 'font-family', 'font-size', 'marker-end']),
    );
    expect(names(HTML_PROPS)).toEqual(
      expect.arrayContaining(['color', 'background-color', 'display', 'padding', 'font-family']),
    );
  });
});

/** A standalone frame as `view-picture.ts` writes it. */
const frame = (label: string, ms: number, width = 200, height = 100): Frame => ({
  svg:
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<title>Pelabuhan — Architecture</title><defs><marker id="arrow"><path d="M0,0"/></marker></defs>` +
    `<path d="M0,0 L10,0" style="marker-end:url(#arrow)"/>` +
    `<text x="5" y="20">${xmlText(label)}</text></svg>\n`,
  ms,
});

const parse = (text: string) => {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  expect(doc.querySelector('parsererror')?.textContent ?? '').toBe('');
  return doc;
};

describe('animated SVG', () => {
  it('merges runs of the same picture', () => {
    const merged = mergeSameFrames([frame('a', 100), frame('a', 100), frame('b', 100), frame('a', 50)]);
    expect(merged.map((f) => f.ms)).toEqual([200, 100, 50]);
  });

  it('reads a frame: its size and what is inside, without its title', () => {
    const f = frame('x', 100, 320, 180).svg;
    expect(rootNumber(f, 'width')).toBe(320);
    expect(rootNumber(f, 'height')).toBe(180);
    expect(innerOf(f)).toMatch(/^<defs>/);
    expect(innerOf(f)).not.toContain('<title>');
  });

  it('renames ids and every reference to them', () => {
    const out = prefixIds('<marker id="arrow"/><path style="marker-end:url(#arrow)"/><use href="#arrow"/>', 'f2-');
    expect(out).toBe('<marker id="f2-arrow"/><path style="marker-end:url(#f2-arrow)"/><use href="#f2-arrow"/>');
    expect(prefixIds('<p style="marker-end:url(&quot;#a&quot;)"/>', 'f1-')).toBe(
      '<p style="marker-end:url(&quot;#f1-a&quot;)"/>',
    );
  });

  it('is valid XML with N frames, each shown for its time on one loop', () => {
    const text = combineFrames([frame('one', 300), frame('two', 200), frame('two', 100), frame('three & <4>', 400)], {
      title: 'Pelabuhan — Architecture — docker pull alpine',
    });
    const doc = parse(text);
    const root = doc.documentElement;
    expect(root.localName).toBe('svg');
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(root.getAttribute('viewBox')).toBe('0 0 200 100');
    expect(root.getAttribute('data-frames')).toBe('3');
    expect(root.getAttribute('data-duration-ms')).toBe('1000');
    expect(root.querySelector('title')?.textContent).toBe('Pelabuhan — Architecture — docker pull alpine');
    const groups = [...root.querySelectorAll('g.frame')];
    expect(groups.map((g) => [g.getAttribute('data-start-ms'), g.getAttribute('data-ms')])).toEqual([
      ['0', '300'],
      ['300', '300'],
      ['600', '400'],
    ]);
    expect(groups.map((g) => g.querySelector('text')?.textContent)).toEqual(['one', 'two', 'three & <4>']);
    // The first frame is the one shown without SMIL.
    expect(groups.map((g) => g.getAttribute('display'))).toEqual(['inline', 'none', 'none']);
    const anims = groups.map((g) => g.querySelector('animate')!);
    for (const a of anims) {
      expect(a.getAttribute('attributeName')).toBe('display');
      expect(a.getAttribute('calcMode')).toBe('discrete');
      expect(a.getAttribute('dur')).toBe('1s');
      expect(a.getAttribute('repeatCount')).toBe('indefinite');
    }
    expect(anims.map((a) => [a.getAttribute('keyTimes'), a.getAttribute('values')])).toEqual([
      ['0;0.3', 'inline;none'],
      ['0;0.3;0.6', 'none;inline;none'],
      ['0;0.6', 'none;inline'],
    ]);
    // Each frame's ids are its own.
    expect([...root.querySelectorAll('marker')].map((m) => m.getAttribute('id'))).toEqual([
      'f0-arrow',
      'f1-arrow',
      'f2-arrow',
    ]);
    expect(groups[2].querySelector('path[style]')?.getAttribute('style')).toBe('marker-end:url(#f2-arrow)');
  });

  it('is as big as its largest frame, and a lone frame is not animated', () => {
    const doc = parse(combineFrames([frame('a', 100, 300, 80), frame('b', 100, 200, 150)], { title: 't' }));
    expect([doc.documentElement.getAttribute('width'), doc.documentElement.getAttribute('height')]).toEqual([
      '300',
      '150',
    ]);
    const lone = parse(combineFrames([frame('a', 100), frame('a', 900)], { title: 't' }));
    expect(lone.querySelectorAll('g.frame')).toHaveLength(1);
    expect(lone.querySelectorAll('animate')).toHaveLength(0);
  });

  it('can play once, stopping on the last frame', () => {
    const doc = parse(combineFrames([frame('a', 100), frame('b', 100)], { title: 't', loop: false }));
    const a = doc.querySelector('animate')!;
    expect(a.getAttribute('fill')).toBe('freeze');
    expect(a.hasAttribute('repeatCount')).toBe(false);
  });
});

describe('capture', () => {
  it('is still once the last frames over the still time are the same picture', () => {
    const f = (s: string) => ({ svg: s, ms: 100 });
    expect(isStill([f('a'), f('b'), f('b')], 200, 100)).toBe(false);
    expect(isStill([f('a'), f('b'), f('b'), f('b')], 200, 100)).toBe(true);
    expect(isStill([f('b'), f('b')], 200, 100)).toBe(false);
  });
});

describe('file names', () => {
  const at = new Date(Date.UTC(2026, 11, 5, 8, 42, 30));

  it('names a picture by the view and the time (UTC)', () => {
    expect(stamp(at)).toBe('20261205-0842');
    expect(exportFileName('architecture', 'svg', at)).toBe('pelabuhan-architecture-20261205-0842.svg');
    expect(exportFileName('layers', 'png', at)).toBe('pelabuhan-layers-20261205-0842.png');
  });

  it('names an animation by its command, safe for any file system', () => {
    expect(exportFileName('architecture', 'animated-svg', at, 'docker pull alpine')).toBe(
      'pelabuhan-architecture-docker-pull-alpine.animated.svg',
    );
    expect(slug('docker run -d --name "web" ../../etc/passwd; rm -rf /')).toBe(
      'docker-run-d-name-web-etc-passwd-rm-rf',
    );
    expect(exportFileName('api', 'animated-svg', at, '!!!')).toBe('pelabuhan-api-20261205-0842.animated.svg');
    expect(exportFileName('architecture', 'webm', at, 'docker push me/app')).toBe(
      'pelabuhan-architecture-docker-push-me-app.webm',
    );
  });
});
