/** D3 render functions of the images-and-layers view: keyed joins over the pure layout. */

import { humanSize } from '../../../model';
import { animate, fitText, stateColor, type AnySelection } from '../d3-helpers';
import type { ContainerBox, ImageColumn, LayerBox, LayersLayout } from './layers-layout';

/** Words the render needs, already in the reader's language. */
export interface LayersWords {
  images: (n: number) => string;
  layers: (n: number) => string;
  noTag: string;
}

/** Draws the image columns (their background and their label under the stack). */
export function renderColumns(g: AnySelection, layout: LayersLayout, words: LayersWords, ms: number): void {
  const baseY = layout.images[0]?.labelY ?? 0;
  const join = g
    .selectAll<SVGGElement, ImageColumn>('g.image')
    .data(layout.images, (d: ImageColumn) => d.imageId)
    .join((enter) => {
      const e = enter.append('g').attr('class', 'image').attr('opacity', 0);
      e.append('rect').attr('class', 'column');
      e.append('rect').attr('class', 'label-bg');
      e.append('text').attr('class', 'tag');
      e.append('text').attr('class', 'meta');
      return e;
    });
  join.attr('data-image-id', (d) => d.imageId);
  animate(join, 'fade', ms, (s) => s.attr('opacity', 1));
  animate(join.select('rect.column'), 'move', ms, (s) =>
    s
      .attr('x', (d: ImageColumn) => d.x - 3)
      .attr('y', (d: ImageColumn) => d.top - 3)
      .attr('width', (d: ImageColumn) => d.w + 6)
      .attr('height', (d: ImageColumn) => baseY - d.top + 3),
  );
  join
    .select('rect.label-bg')
    .attr('x', (d) => d.x)
    .attr('y', (d) => d.labelY)
    .attr('width', (d) => d.w)
    .attr('height', 32)
    .attr('rx', 4);
  join
    .select('text.tag')
    .attr('x', (d) => d.x + 6)
    .attr('y', (d) => d.labelY + 13)
    .text((d) => fitText(d.tags.join(', ') || words.noTag, d.w - 10, 7.6));
  join
    .select('text.meta')
    .attr('x', (d) => d.x + 6)
    .attr('y', (d) => d.labelY + 27)
    .text((d) => fitText(`${words.layers(d.layerCount)} · ${humanSize(d.size)}`, d.w - 10, 6.6));
}

/** Draws each layer once, spanning every image that uses it. */
export function renderLayers(g: AnySelection, layout: LayersLayout, words: LayersWords, ms: number): void {
  const join = g
    .selectAll<SVGGElement, LayerBox>('g.layer')
    .data(layout.layers, (d: LayerBox) => d.chainId)
    .join(
      (enter) => {
        const e = enter.append('g').attr('class', 'layer').attr('opacity', 0);
        e.append('rect');
        e.append('text').attr('class', 'id');
        e.append('text').attr('class', 'users');
        e.attr('transform', (d: LayerBox) => `translate(${d.x},${d.y - 20})`);
        return e;
      },
      (update) => update,
      (exit) => {
        animate(exit, 'fade', ms, (s) => s.attr('opacity', 0).remove());
        return exit;
      },
    );
  join
    .attr('data-layer-id', (d) => d.layerId)
    .attr('data-users', (d) => d.users)
    .classed('shared', (d) => d.users > 1);
  animate(join, 'move', ms, (s) => s.attr('opacity', 1).attr('transform', (d: LayerBox) => `translate(${d.x},${d.y})`));
  join
    .select('rect')
    .attr('width', (d) => d.w)
    .attr('height', (d) => d.h)
    .attr('rx', 3);
  join
    .select('text.id')
    .attr('x', 6)
    .attr('y', (d) => d.h / 2 + 4)
    .text((d) => fitText(`${d.layerId}  ${humanSize(d.size)}`, d.users > 1 ? d.w - 90 : d.w - 10));
  join
    .select('text.users')
    .attr('x', (d) => d.w - 6)
    .attr('y', (d) => d.h / 2 + 4)
    .text((d) => (d.users > 1 ? words.images(d.users) : ''));
}

/** Draws each container as a thin writable layer on its image, coloured by state. */
export function renderContainers(g: AnySelection, layout: LayersLayout, blocked: string | undefined, ms: number): void {
  const join = g
    .selectAll<SVGGElement, ContainerBox>('g.container')
    .data(layout.containers, (d: ContainerBox) => d.id)
    .join(
      (enter) => {
        const e = enter.append('g').attr('class', 'container').attr('opacity', 0);
        e.append('rect').attr('class', 'rw');
        e.append('text');
        e.attr('transform', (d: ContainerBox) => `translate(${d.x},${d.y - 14})`);
        return e;
      },
      (update) => update,
      (exit) => {
        animate(exit, 'fade', ms, (s) => s.attr('opacity', 0).remove());
        return exit;
      },
    );
  join
    .attr('data-container-name', (d) => d.name)
    .attr('data-state', (d) => d.state)
    .classed('blocked', (d) => !!blocked && d.id.startsWith(blocked));
  animate(join, 'move', ms, (s) =>
    s.attr('opacity', 1).attr('transform', (d: ContainerBox) => `translate(${d.x},${d.y})`),
  );
  animate(join.select('rect.rw'), 'color', ms, (s) =>
    s
      .attr('width', (d: ContainerBox) => d.w)
      .attr('height', (d: ContainerBox) => d.h)
      .attr('rx', 3)
      .attr('fill', (d: ContainerBox) => stateColor(d.state)),
  );
  join
    .select('text')
    .attr('x', 5)
    .attr('y', (d) => d.h / 2 + 4)
    .text((d) => fitText(`${d.name} · ${d.state}`, d.w - 8, 6.8));
}
