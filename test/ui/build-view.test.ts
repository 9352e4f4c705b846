// @vitest-environment happy-dom
/**
 * The build view over hand-made build events (as the builder announces them: `build.step` per
 * BuildKit vertex, `image.built` at the end) and a host whose image, layers and cache records the
 * build would have left: which steps came from the cache, why the others ran, which layers they added.
 */

import { describe, expect, it } from 'vitest';
import type { CommandRecord } from '../../src/model/cli/shell/command-record';
import type { DomainEvent } from '../../src/model/kernel/events';
import type { HostState } from '../../src/model/engine/state';
import { defaultHost } from '../../src/model/world/world-base';
import { projectCache, projectLastBuild } from '../../src/ui/diagrams/build/build-model';
import '../../src/ui/diagrams/build/build-view';
import { worldWithAlpineAndNginx } from './world-fixture';

const CHAIN_RUN = `sha256:${'a1'.repeat(32)}`;
const CHAIN_COPY = `sha256:${'c2'.repeat(32)}`;
const IMAGE = `sha256:${'e3'.repeat(32)}`;

function step(name: string, cached: boolean, at: number, vertex = `sha256:${name.length}${at}`): DomainEvent {
  return { type: 'build.step', host: 'docker-host', vertex, name, cached, at };
}

function buildRecord(id: number, steps: DomainEvent[], built = true): CommandRecord {
  const events = [...steps];
  if (built)
    events.push({ type: 'image.built', host: 'docker-host', imageId: IMAGE, tags: ['docker.io/library/app:latest'] });
  return {
    id,
    line: 'docker build -t app .',
    at: 0,
    cols: 80,
    tty: true,
    chunks: [],
    exitCode: built ? 0 : 1,
    exchanges: [],
    events,
    daemonRunning: true,
  };
}

const FIRST = [
  step('[internal] load build definition from Dockerfile', false, 1000, 'v0'),
  step('[1/4] FROM docker.io/library/alpine:latest', false, 1100, 'v1'),
  step('[2/4] RUN echo hi > /f', false, 1200, 'v2'),
  step('[3/4] COPY app.py .', false, 1900, 'v3'),
  step('[4/4] WORKDIR /app', false, 2000, 'v4'),
  step('exporting to image', false, 2100, 'v5'),
];

/** The host after the build: alpine's layer, then the RUN's and the COPY's; WORKDIR only changed settings. */
function builtHost(): HostState {
  const { host } = worldWithAlpineAndNginx();
  const alpine = Object.values(host.images).find((i) => i.repoTags.includes('docker.io/library/alpine:latest'))!;
  host.layers[CHAIN_RUN] = { ...host.layers[alpine.layers[0]], chainId: CHAIN_RUN, size: 3 };
  host.layers[CHAIN_COPY] = { ...host.layers[alpine.layers[0]], chainId: CHAIN_COPY, size: 1200 };
  host.images[IMAGE] = {
    ...alpine,
    id: IMAGE,
    repoTags: ['docker.io/library/app:latest'],
    layers: [...alpine.layers, CHAIN_RUN, CHAIN_COPY],
    history: [
      { created: '', created_by: '/bin/sh -c #(nop) ADD file:… in /' },
      { created: '', created_by: '/bin/sh -c #(nop)  CMD ["/bin/sh"]', empty_layer: true },
      { created: '', created_by: 'RUN /bin/sh -c echo hi > /f # buildkit' },
      { created: '', created_by: 'COPY app.py . # buildkit' },
      { created: '', created_by: 'WORKDIR /app', empty_layer: true },
      // CMD has a history entry but no step of its own (metadata only).
      { created: '', created_by: 'CMD ["cat" "/f"]', empty_layer: true },
    ],
  };
  const rec = (id: string, description: string, size: number, createdAt: number, lastUsedAt: number) => ({
    id,
    cacheKey: id,
    type: 'regular',
    description,
    parents: [],
    size,
    inUse: false,
    shared: false,
    createdAt,
    lastUsedAt,
    usageCount: 1,
  });
  host.buildCache = {
    old: rec('old', 'COPY app.py .', 1100, 1950, 1950),
    run: rec('run', 'mount / from exec /bin/sh -c echo hi > /f', 3, 1800, 5200),
    copy: rec('copy', 'COPY app.py .', 1200, 5900, 5900),
  };
  return host;
}

describe('the build view', () => {
  it('a first build: every step ran, with its time, the layer it added, and nothing cached yet', () => {
    const host = builtHost();
    const view = projectLastBuild([buildRecord(1, FIRST)], host)!;
    expect(view.steps.map((s) => [s.index, s.instruction, s.cached, s.ranMs, s.because, s.layer?.size])).toEqual([
      ['1/4', 'FROM docker.io/library/alpine:latest', false, 100, undefined, undefined],
      ['2/4', 'RUN echo hi > /f', false, 700, 'first', 3],
      ['3/4', 'COPY app.py .', false, 100, 'first', 1200],
      ['4/4', 'WORKDIR /app', false, 100, 'first', undefined],
    ]);
    expect(view.layers.map((l) => l.fromBuild)).toEqual([false, true, true]);
    expect(view.tags).toEqual(['docker.io/library/app:latest']);
  });

  it('a rebuild after editing the copied file: RUN CACHED, COPY ran for its input, WORKDIR invalidated below', () => {
    const host = builtHost();
    const again = [
      step('[internal] load build definition from Dockerfile', false, 5000, 'w0'),
      step('[1/4] FROM docker.io/library/alpine:latest', false, 5100, 'v1'),
      step('[2/4] RUN echo hi > /f', true, 5200, 'v2'),
      step('[3/4] COPY app.py .', false, 5300, 'w3'),
      step('[4/4] WORKDIR /app', false, 6000, 'w4'),
      step('exporting to image', false, 6100, 'w5'),
    ];
    const view = projectLastBuild([buildRecord(1, FIRST), buildRecord(2, again)], host)!;
    expect(view.recordId).toBe(2);
    expect(view.steps.map((s) => [s.index, s.cached, s.because])).toEqual([
      ['1/4', false, undefined],
      ['2/4', true, undefined],
      ['3/4', false, 'inputs'],
      ['4/4', false, 'parent'],
    ]);
    expect(projectCache(host, view.startedAt).map((r) => [r.id, r.use])).toEqual([
      ['copy', 'new'],
      ['old', 'unused'],
      ['run', 'reused'],
    ]);
  });

  it('an edited instruction says so; a failed build made no image', () => {
    const host = builtHost();
    const edited = [
      step('[1/2] FROM docker.io/library/alpine:latest', false, 5100, 'v1'),
      step('[2/2] RUN echo bye > /f', false, 5200, 'x2'),
    ];
    const view = projectLastBuild([buildRecord(1, FIRST), buildRecord(2, edited, false)], host)!;
    expect(view.steps[1].because).toBe('edited');
    expect(view.imageId).toBeUndefined();
    expect(view.layers).toEqual([]);
  });

  it('renders the steps as a list, the invalidated ones marked, user text as text', async () => {
    const host = builtHost();
    const hostile = step('[2/4] RUN echo "<img src=x onerror=alert(1)>" > /f', false, 5200, 'h2');
    const again = [FIRST[1], hostile, FIRST[3], FIRST[4]];
    const records = [buildRecord(1, FIRST), buildRecord(2, again)];
    const session = Object.assign(new EventTarget(), {
      host: () => host,
      revision: 1,
      records,
      lastRecord: records[1],
      world: { state: { registries: {} } },
    });
    const el = document.createElement('sim-build-view');
    el.session = session;
    document.body.append(el);
    await el.updateComplete;
    const root = el.shadowRoot!;
    const items = [...root.querySelectorAll('li.step')];
    expect(items.map((li) => [li.getAttribute('data-step'), li.getAttribute('data-because')])).toEqual([
      ['1/4', ''],
      ['2/4', 'edited'],
      ['3/4', 'parent'],
      ['4/4', 'parent'],
    ]);
    expect(root.querySelectorAll('li.step.invalidated')).toHaveLength(3);
    expect(root.querySelector('img')).toBeNull();
    expect(items[1].querySelector('.instruction')!.textContent).toContain('<img src=x');
    expect(root.querySelectorAll('[data-testid=build-cache] tbody tr')).toHaveLength(3);
    el.remove();
  });

  it('says there is no build yet on a host that never built', async () => {
    const { world } = worldWithAlpineAndNginx();
    const el = document.createElement('sim-build-view');
    el.session = Object.assign(new EventTarget(), {
      host: () => defaultHost(world),
      revision: 1,
      records: [],
      lastRecord: undefined,
      world,
    });
    document.body.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.empty')).not.toBeNull();
    expect(el.shadowRoot!.querySelector('[data-testid=build-steps]')).toBeNull();
    el.remove();
  });
});
