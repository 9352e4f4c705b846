import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createJsonMessageRenderer, renderJsonMessages, renderProgress } from '../../src/model/cli/format/jsonmessage';
import type { JsonMessage } from '../../src/model/cli/format/jsonmessage';
import { createScreen, feed, screenLines } from '../../src/model/cli/format/screen';
import errorOracle from './fixtures/pull-error-oracle.json';
import { nginxLayers, nginxPullMessages, pullMessages } from './pull-stream-fixture';

const fixture = (name: string): string => fs.readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
/** What `docker pull nginx` writes around the stream; the pty turns \n into \r\n. */
const pullTranscript = (stream: string): string =>
  ('Using default tag: latest\n' + stream + 'docker.io/library/nginx:latest\n').replace(/\n/g, '\r\n');

const G03 = [
  'Using default tag: latest',
  'latest: Pulling from library/nginx',
  ...nginxLayers.map((l) => `${l.id}: Pull complete `),
  'Digest: sha256:0d5a35d6c34267997e3e44cdd1ded08d065fca45deb0ac87216b2c8df96c4dda',
  'Status: Downloaded newer image for nginx:latest',
  'docker.io/library/nginx:latest',
];

describe('pull progress on a terminal', () => {
  it('writes the same bytes as the real CLI 28.2.2 at 120 and 80 columns', () => {
    for (const width of [120, 80]) {
      const r = renderJsonMessages(nginxPullMessages(), { tty: true, width });
      expect(pullTranscript(r.output)).toBe(fixture(`pull-nginx-tty${width}.txt`));
    }
  });

  it('leaves the final screen of golden G03', () => {
    const screen = createScreen(120);
    feed(screen, 'Using default tag: latest\n');
    const renderer = createJsonMessageRenderer({ tty: true, width: 120 });
    for (const m of nginxPullMessages()) feed(screen, renderer.push(m));
    feed(screen, 'docker.io/library/nginx:latest\n');
    expect(screenLines(screen)).toEqual(G03);
  });

  it('uses the documented escape sequences for a new id and an existing one', () => {
    const r = createJsonMessageRenderer({ tty: true, width: 120 });
    expect(r.push({ status: 'Pulling from library/nginx', id: 'latest' })).toBe('latest: Pulling from library/nginx\n');
    expect(r.push({ status: 'Pulling fs layer', progressDetail: {}, id: 'd3ce05dfd4ee' })).toBe(
      '\n\x1b[1A\x1b[2K\rd3ce05dfd4ee: Pulling fs layer \r\x1b[1B',
    );
    expect(r.push({ status: 'Pulling fs layer', progressDetail: {}, id: '04fa1f793380' })).toBe(
      '\n\x1b[1A\x1b[2K\r04fa1f793380: Pulling fs layer \r\x1b[1B',
    );
    expect(
      r.push({ status: 'Downloading', progressDetail: { current: 7_058_000, total: 28_230_000 }, id: 'd3ce05dfd4ee' }),
    ).toBe(
      '\x1b[2A\x1b[2K\rd3ce05dfd4ee: Downloading [============>                                      ]  ' +
        '7.058MB/28.23MB\r\x1b[2B',
    );
    expect(r.push({ status: 'Digest: sha256:0d5a' })).toBe('Digest: sha256:0d5a\n');
  });

  it('ends the stream at an error, as captured from the real CLI', () => {
    const messages = errorOracle.messages as JsonMessage[];
    for (const width of [120, 80]) {
      const r = renderJsonMessages(messages, { tty: true, width });
      expect(r.error).toBe('boom: failed');
      const transcript = ('Using default tag: latest\n' + r.output + r.error + '\nEXIT=1\n').replace(/\n/g, '\r\n');
      expect(transcript).toBe(width === 120 ? errorOracle.tty120 : errorOracle.tty80);
    }
    const plain = renderJsonMessages(messages, { tty: false });
    expect('Using default tag: latest\n' + plain.output + plain.error + '\n').toBe(errorOracle.notty);
  });
});

describe('pull progress without a terminal', () => {
  it('prints only the lines without a progress bar (G02)', () => {
    const messages = pullMessages(
      'library/alpine',
      'latest',
      'sha256:a7d33f75178a2d554dfc5f09609a551f43b39a89bb2c4352fa338c55aa0b9e7a',
      [{ id: '81e66d712b90', size: 3_799_000 }],
    );
    expect(renderJsonMessages(messages, { tty: false }).output).toBe(
      'latest: Pulling from library/alpine\n' +
        '81e66d712b90: Pulling fs layer\n' +
        '81e66d712b90: Verifying Checksum\n' +
        '81e66d712b90: Download complete\n' +
        '81e66d712b90: Pull complete\n' +
        'Digest: sha256:a7d33f75178a2d554dfc5f09609a551f43b39a89bb2c4352fa338c55aa0b9e7a\n' +
        'Status: Downloaded newer image for alpine:latest\n',
    );
  });

  it('lists waits and completions in stream order (G12)', () => {
    const lines = renderJsonMessages(nginxPullMessages(), { tty: false }).output.split('\n');
    expect(lines.slice(8, 12)).toEqual([
      '8fdc1d24c421: Waiting',
      '0f0c92bb87f8: Waiting',
      '6c7065327e10: Waiting',
      'b2c8944caab0: Waiting',
    ]);
    expect(lines.filter((l) => l.endsWith('Pull complete'))).toHaveLength(7);
    expect(lines.some((l) => l.includes('Downloading') || l.includes('Extracting'))).toBe(false);
  });
});

describe('JSONProgress.String', () => {
  it('draws the bar only above 110 columns', () => {
    expect(renderProgress({ current: 7_058_000, total: 28_230_000 }, 111)).toBe(
      '[============>                                      ]  7.058MB/28.23MB',
    );
    expect(renderProgress({ current: 272_500, total: 1_090_000 }, 110)).toBe(' 272.5kB/1.09MB');
    expect(renderProgress({ current: 550, total: 1100 }, 80)).toBe('    550B/1.1kB');
    expect(renderProgress({ current: 10, total: 10 }, 120)).toBe(
      '[==================================================>]      10B/10B',
    );
  });

  it('handles missing totals, units, hidden counts and wonky currents', () => {
    expect(renderProgress({}, 200)).toBe('');
    expect(renderProgress({ current: 500 }, 200)).toBe('    500B');
    expect(renderProgress({ current: 3, units: 'steps' }, 200)).toBe('3 steps');
    expect(renderProgress({ current: 3, total: 9, units: 'steps' }, 80)).toBe('3/9 steps');
    expect(renderProgress({ current: 20, total: 10 }, 80)).toBe('     20B');
    expect(renderProgress({ current: 5, total: 10, hidecounts: true }, 120)).toBe(
      '[=========================>                         ] ',
    );
  });

  it('estimates the time left only when the message carries a start time', () => {
    expect(renderProgress({ current: 25, total: 100, start: 1000 }, 120, 1_010_000)).toBe(
      '[============>                                      ]      25B/100B 30s',
    );
  });
});
