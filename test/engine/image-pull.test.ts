import { describe, expect, it } from 'vitest';
import { CATALOG, newDaemon, nowMs, pull, streamLines, images, type Answer } from './engine-harness';
import { DEFAULT_SETTINGS } from '../../src/model/world/world';

type Message = { status?: string; id?: string; progressDetail?: { current?: number; total?: number } };

const messages = (r: Answer): Array<{ at: number; m: Message }> =>
  (r.frames ?? []).map((s) => ({ at: s.at, m: ('json' in s ? s.json : {}) as Message }));
// What the non-TTY CLI prints: every line without a progress bar (G02).
const printed = (r: Answer) => streamLines(r).filter((l) => !/: (Downloading|Extracting)$/.test(l));

const NGINX_LAYERS = [
  'd3ce05dfd4ee',
  '04fa1f793380',
  '11e6bd3b64dd',
  '8fdc1d24c421',
  '0f0c92bb87f8',
  '6c7065327e10',
  'b2c8944caab0',
];
const NGINX_ALPINE_NEW = [
  '46b8ff9f2bf0',
  '7eb851366a3c',
  '01c4a17bc27b',
  '3472f9a7d0bf',
  '3c5f764f3c09',
  'f6391a43a7c8',
  '69eda2be828b',
];

describe('pull: the progress stream', () => {
  it('a first pull of alpine prints the G02 lines in order', () => {
    const d = newDaemon();
    const r = pull(d, 'alpine');
    expect(r.status).toBe(200);
    expect(printed(r)).toEqual([
      'latest: Pulling from library/alpine',
      '81e66d712b90: Pulling fs layer',
      '81e66d712b90: Verifying Checksum',
      '81e66d712b90: Download complete',
      '81e66d712b90: Pull complete',
      `Digest: ${CATALOG.alpine.digest}`,
      'Status: Downloaded newer image for alpine:latest',
    ]);
  });

  it(
    'every layer goes Pulling fs layer → Downloading… → Verifying Checksum → Download complete → Extracting… → ' +
      'Pull complete',
    () => {
      const d = newDaemon();
      const r = pull(d, 'nginx');
      for (const id of NGINX_LAYERS) {
        const phases = messages(r)
          .filter(({ m }) => m.id === id)
          .map(({ m }) => m.status)
          .filter((s, i, all) => s !== all[i - 1] && s !== 'Waiting');
        expect(phases, id).toEqual([
          'Pulling fs layer',
          'Downloading',
          'Verifying Checksum',
          'Download complete',
          'Extracting',
          'Pull complete',
        ]);
      }
    },
  );

  it('the messages are timed on the virtual clock, in order, and the pull moves the clock to its last message', () => {
    const d = newDaemon();
    const start = nowMs(d);
    const r = pull(d, 'alpine');
    const times = messages(r).map(({ at }) => at);
    expect(times[0]).toBe(start);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    // 3,799,000 compressed bytes at 12.5 MB/s take 304 ms; 8,309,000 bytes unpack at 150 MB/s in 55 ms.
    const at = (status: string) => messages(r).find(({ m }) => m.status === status)!.at - start;
    expect(at('Download complete')).toBe(Math.round((3_799_000 / DEFAULT_SETTINGS.bandwidthBytesPerSec) * 1000));
    expect(at('Pull complete')).toBe(
      Math.round(
        (3_799_000 / DEFAULT_SETTINGS.bandwidthBytesPerSec + 8_309_000 / DEFAULT_SETTINGS.extractBytesPerSec) * 1000,
      ),
    );
    expect(nowMs(d)).toBe(times[times.length - 1]);
    expect(nowMs(d) - start).toBe(359);
  });

  it('Downloading counts up to the compressed size; Extracting reaches it', () => {
    const d = newDaemon();
    const r = pull(d, 'alpine');
    const progress = (status: string) =>
      messages(r)
        .filter(({ m }) => m.status === status)
        .map(({ m }) => m.progressDetail!);
    const downloads = progress('Downloading');
    expect(downloads.length).toBeGreaterThan(1);
    expect(downloads.every((p) => p.total === 3_799_000 && p.current! > 0 && p.current! < 3_799_000)).toBe(true);
    expect(downloads.map((p) => p.current)).toEqual([...downloads.map((p) => p.current!)].sort((a, b) => a - b));
    expect(progress('Extracting').at(-1)).toEqual({ current: 3_799_000, total: 3_799_000 });
  });

  it('only 3 layers download at once: layers 4 and later are Waiting at first', () => {
    const d = newDaemon();
    const r = pull(d, 'nginx');
    const waiting = messages(r)
      .filter(({ m }) => m.status === 'Waiting')
      .map(({ m }) => m.id);
    expect(waiting).toEqual(NGINX_LAYERS.slice(3));
    const span = (id: string) => {
      const mine = messages(r).filter(({ m }) => m.id === id);
      return {
        from: mine.find(({ m }) => m.status === 'Downloading')!.at,
        to: mine.find(({ m }) => m.status === 'Download complete')!.at,
      };
    };
    const spans = NGINX_LAYERS.map(span);
    for (const s of spans) {
      const concurrent = spans.filter((o) => o.from <= s.from && s.from < o.to).length;
      expect(concurrent).toBeLessThanOrEqual(3);
    }
  });

  it('layers are extracted in layer order, each after its own download', () => {
    const d = newDaemon();
    const r = pull(d, 'nginx');
    const time = (id: string, status: string) => messages(r).find(({ m }) => m.id === id && m.status === status)!.at;
    const completes = NGINX_LAYERS.map((id) => time(id, 'Pull complete'));
    expect([...completes].sort((a, b) => a - b)).toEqual(completes);
    for (const id of NGINX_LAYERS) expect(time(id, 'Extracting')).toBeGreaterThanOrEqual(time(id, 'Download complete'));
  });
});

describe('pull: layer sharing', () => {
  it('nginx:alpine after alpine stores one new image and reuses the 81e66d712b90 layer (G05)', () => {
    const d = newDaemon();
    pull(d, 'alpine');
    const layersBefore = Object.keys(d.host.layers);
    const r = pull(d, 'nginx:alpine');
    const lines = printed(r);
    expect(lines.slice(0, 13)).toEqual([
      'alpine: Pulling from library/nginx',
      '81e66d712b90: Already exists',
      ...NGINX_ALPINE_NEW.map((id) => `${id}: Pulling fs layer`),
      ...NGINX_ALPINE_NEW.slice(3).map((id) => `${id}: Waiting`),
    ]);
    expect(lines.slice(-2)).toEqual([
      'Digest: sha256:b9f31982321b0fe9168423cf2027451bb843f5da9cd7865643274531853eda03',
      'Status: Downloaded newer image for nginx:alpine',
    ]);
    expect(lines.filter((l) => l.endsWith(': Pull complete'))).toEqual(
      NGINX_ALPINE_NEW.map((id) => `${id}: Pull complete`),
    );
    expect(messages(r).some(({ m }) => m.id === '81e66d712b90' && m.status !== 'Already exists')).toBe(false);
    expect(Object.keys(d.host.images)).toEqual([CATALOG.alpine.id, CATALOG.nginxAlpine.id]);
    const added = Object.keys(d.host.layers).filter((l) => !layersBefore.includes(l));
    expect(added).toHaveLength(7);
    expect(d.host.layers[CATALOG.alpine.chain].users).toEqual([CATALOG.alpine.id, CATALOG.nginxAlpine.id]);
  });

  it('redis after nginx finds the debian base layer already present', () => {
    const d = newDaemon();
    pull(d, 'nginx');
    const r = pull(d, 'redis');
    const exists = streamLines(r).filter((l) => l.endsWith('Already exists'));
    expect(exists).toEqual(['d3ce05dfd4ee: Already exists']);
    expect(Object.keys(d.host.layers)).toHaveLength(7 + 6);
  });

  it('alpine after nginx:alpine finds its only layer already present, and stores just the image', () => {
    const d = newDaemon();
    pull(d, 'nginx:alpine');
    const r = pull(d, 'alpine');
    expect(printed(r)).toEqual([
      'latest: Pulling from library/alpine',
      '81e66d712b90: Already exists',
      `Digest: ${CATALOG.alpine.digest}`,
      'Status: Downloaded newer image for alpine:latest',
    ]);
    expect(Object.keys(d.host.layers)).toHaveLength(8);
  });
});

describe('pull: again', () => {
  it('a re-pull of the same tag is "Image is up to date", sends no layer lines and takes no time (G04)', () => {
    const d = newDaemon();
    pull(d, 'alpine');
    const before = nowMs(d);
    const state = JSON.stringify(d.host);
    const r = pull(d, 'alpine');
    expect(streamLines(r)).toEqual([
      'latest: Pulling from library/alpine',
      `Digest: ${CATALOG.alpine.digest}`,
      'Status: Image is up to date for alpine:latest',
    ]);
    expect(nowMs(d)).toBe(before);
    expect(JSON.stringify(d.host)).toBe(state);
  });

  it('a new tag of an image already stored sends no layer lines but is "Downloaded newer image"', () => {
    const d = newDaemon();
    pull(d, 'busybox:1');
    const r = pull(d, 'busybox:latest');
    expect(streamLines(r)).toEqual([
      'latest: Pulling from library/busybox',
      expect.stringMatching(/^Digest: sha256:[0-9a-f]{64}$/),
      'Status: Downloaded newer image for busybox:latest',
    ]);
    expect(images(d).map((i) => i.ref)).toEqual(['busybox:1', 'busybox:latest']);
    expect(new Set(images(d).map((i) => i.id)).size).toBe(1);
  });
});

describe('pull: errors', () => {
  it('an unknown repository is a 404 "pull access denied" before any stream', () => {
    const d = newDaemon();
    const r = d.call('POST', '/images/create?fromImage=docker.io%2Flibrary%2Fnosuchrepo&tag=latest');
    expect({ status: r.status, json: r.json, body: r.body }).toEqual({
      status: 404,
      json: {
        message:
          "pull access denied for nosuchrepo, repository does not exist or may require 'docker login': denied: " +
          'requested access to the resource is denied',
      },
      body: undefined,
    });
  });

  it('an unknown tag is a 404 "manifest … not found"', () => {
    const d = newDaemon();
    const r = d.call('POST', '/images/create?fromImage=docker.io%2Flibrary%2Falpine&tag=3.99');
    expect({ status: r.status, json: r.json }).toEqual({
      status: 404,
      json: { message: 'manifest for alpine:3.99 not found: manifest unknown: manifest unknown' },
    });
    expect(Object.keys(d.host.images)).toEqual([]);
  });

  it('an uppercase repository is a 400 with the normalized path in the message', () => {
    const d = newDaemon();
    const r = d.call('POST', '/images/create?fromImage=Alpine&tag=latest');
    expect({ status: r.status, json: r.json }).toEqual({
      status: 400,
      json: { message: 'invalid reference format: repository name (library/Alpine) must be lowercase' },
    });
  });
});
