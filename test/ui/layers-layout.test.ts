import { describe, expect, it } from 'vitest';
import { defaultLayersMetrics, layoutLayers } from '../../src/ui/diagrams/layers/layers-layout';
import { runContainer, worldWithAlpineAndNginx } from './world-fixture';

describe('layers layout', () => {
  it('draws the alpine base layer once, spanning alpine and nginx:alpine, with 2 users', () => {
    const { host } = worldWithAlpineAndNginx();
    const layout = layoutLayers(host, defaultLayersMetrics(900));
    const base = layout.layers.filter((l) => l.layerId === '81e66d712b90');
    expect(base).toHaveLength(1);
    expect(base[0].users).toBe(2);
    const [alpine, nginx] = layout.images;
    expect(alpine.tags).toEqual(['alpine:latest']);
    expect(nginx.tags).toEqual(['nginx:alpine']);
    expect(base[0].x).toBe(alpine.x);
    expect(base[0].x + base[0].w).toBe(nginx.x + nginx.w);
    expect(layout.layers).toHaveLength(8);
  });

  it('puts each container as a thin layer on top of its own image, side by side', () => {
    const { world, host } = worldWithAlpineAndNginx();
    runContainer(world, 'web', 'nginx:alpine');
    runContainer(world, 'web2', 'nginx:alpine', false);
    const layout = layoutLayers(host, defaultLayersMetrics(900));
    const nginx = layout.images.find((i) => i.tags[0] === 'nginx:alpine')!;
    const boxes = layout.containers.map((c) => ({
      name: c.name,
      state: c.state,
      onTop: c.y + c.h <= nginx.top,
      inColumn: c.x >= nginx.x && c.x + c.w <= nginx.x + nginx.w + 0.5,
    }));
    expect(boxes).toEqual([
      { name: 'web', state: 'running', onTop: true, inColumn: true },
      { name: 'web2', state: 'created', onTop: true, inColumn: true },
    ]);
  });

  it('keeps boxes inside the drawing at the narrowest supported width', () => {
    const { world, host } = worldWithAlpineAndNginx();
    for (let i = 0; i < 12; i++) runContainer(world, `c${i}`, 'alpine', false);
    const layout = layoutLayers(host, defaultLayersMetrics(320));
    for (const b of [...layout.layers, ...layout.containers]) {
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.y).toBeGreaterThanOrEqual(0);
      expect(b.x + b.w).toBeLessThanOrEqual(layout.width);
    }
  });
});
