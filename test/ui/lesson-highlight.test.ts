import { describe, expect, it } from 'vitest';
import { targetSelectors } from '../../src/ui/lesson/highlighter';
import { replayPosition } from '../../src/ui/lesson/lesson-replay-page';
import { defaultHost } from '../../src/model/world/world-base';
import { recordLines } from '../../src/ui/common/record-screen';
import { lessonById } from '../../src/lessons/index';

describe('lesson highlights and the replayed terminal', () => {
  const images = lessonById('images')!;
  const { lw, records, base } = replayPosition(images, 3, []);
  const blocks = records.filter((r) => !r.action).map((r) => ({ line: r.line, output: recordLines(r) }));
  const apiLog = records.flatMap((r) => r.exchanges);
  const host = defaultHost(lw.world);

  it("finds the elements of a target by the views' own hooks", () => {
    const id = Object.keys(host.images).find((i) => host.images[i].repoTags.some((t) => t.includes('nginx:alpine')))!;
    expect(targetSelectors('image:nginx:alpine', host)).toEqual([`[data-image-id="${id}"]`]);
    expect(targetSelectors('image:redis', host)).toEqual([]);
    expect(targetSelectors('container:web', host)[0]).toBe('[data-container-name="web"]');
    expect(targetSelectors('volume:data', host)).toEqual(['[data-volume="data"]']);
    expect(targetSelectors('network:app', host)).toEqual(['[data-network="app"]']);
    expect(targetSelectors('registry:ghcr.io', host)).toEqual(['[data-registry="ghcr.io"]']);
    expect(targetSelectors('daemon', host)).toEqual(['g.box.daemon']);
    expect(targetSelectors('layer:shared', host)[0]).toContain('[data-users]');
    expect(targetSelectors('nonsense:x', host)).toEqual([]);
  });

  it('replays a position with the terminal blocks and API log of the steps before it', () => {
    expect(blocks.map((b) => b.line)).toEqual([
      'docker image ls',
      'docker image pull alpine:latest',
      'docker image pull nginx:alpine',
    ]);
    // As the page's terminal (a tty) shows it: each layer's final line, padded as docker pads it.
    expect(blocks[2].output.map((l) => l.trimEnd())).toContain('81e66d712b90: Already exists');
    expect(blocks[2].output.some((l) => l.includes('Waiting'))).toBe(false);
    expect(apiLog.some((x) => x.method === 'POST' && x.path === '/images/create' && x.status === 200)).toBe(true);
    expect(base).toBe(lw.log.length);
  });
});
