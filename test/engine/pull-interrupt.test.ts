import { describe, expect, it } from 'vitest';
import { newDaemon, nowMs, pull, images, streamLines } from './engine-harness';
import { beforeCall, checkImagesAndLayers } from './engine-invariants';

describe('pull: cancelled at the request deadline (Ctrl+C at a virtual time)', () => {
  it(
    'nginx:alpine cancelled halfway stores no image, no tag and no new layer; alpine and its layer stay; the ' +
      'clock ends there',
    () => {
      const d = newDaemon();
      pull(d, 'alpine');
      const layersBefore = Object.keys(d.host.layers).sort();
      const imagesBefore = images(d);
      const start = nowMs(d);
      // The same pull uninterrupted, on a twin world, gives the stream's end.
      const twin = newDaemon();
      pull(twin, 'alpine');
      const full = pull(twin, 'nginx:alpine');
      const end = full.frames!.at(-1)!.at;
      const mid = Math.floor((start + end) / 2);

      const before = beforeCall(d.host);
      const result = pull(d, 'nginx:alpine', mid);
      expect(result.cancelled).toBe(true);
      expect(result.status).toBe(200);
      expect(result.frames!.every((m) => m.at <= mid)).toBe(true);
      expect(result.frames!.length).toBeGreaterThan(1);
      expect(result.frames!.length).toBeLessThan(full.frames!.length);
      expect(streamLines(result).some((l) => l.startsWith('Digest:') || l.startsWith('Status:'))).toBe(false);
      expect(images(d)).toEqual(imagesBefore);
      expect(Object.keys(d.host.layers).sort()).toEqual(layersBefore);
      expect(nowMs(d)).toBe(mid);
      expect(checkImagesAndLayers(d.host, before)).toEqual([]);
    },
  );

  it('an interruption after the pull ended changes nothing: the pull is whole', () => {
    const d = newDaemon();
    const result = pull(d, 'alpine', Number.MAX_SAFE_INTEGER);
    expect(result.cancelled).toBeUndefined();
    expect(streamLines(result).at(-1)).toBe('Status: Downloaded newer image for alpine:latest');
    expect(images(d).map((i) => i.ref)).toContain('alpine:latest');
  });
});
