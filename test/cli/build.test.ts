// The build commands of the client against a fake daemon serving hand-made streams. Expected texts
// are derived from buildkit's progressui (printer.go, display.go) and buildx v0.24.0's main.go and
// commands/build.go, as vendored by buildx v0.24.0, and docker/cli 28.2.2 (history, builder prune).
import { describe, expect, it } from 'vitest';
import { unpackTar } from '../../src/model/kernel/ustar';
import { createScreen, feed, screenLines } from '../../src/model/cli/format/screen';
import { fakeTransport, memoryFiles, runWith, trace, vtx, type FakeAnswer } from './build-fake';

const T = Date.UTC(2026, 10, 28, 12, 0, 0);
const D1 = 'sha256:1111';
const D2 = 'sha256:2222';
const D3 = 'sha256:3333';
const D4 = 'sha256:4444';
const DEF = '[internal] load build definition from Dockerfile';
const FROM = '[1/2] FROM docker.io/library/alpine:latest';

/** A two-step build: the definition, a cached FROM, a RUN that prints, the export. */
function okStream(): FakeAnswer {
  return {
    frames: [
      { at: T + 10, json: trace({ vertexes: [vtx(D1, DEF, { started: T + 10 })] }) },
      {
        at: T + 40,
        json: trace({
          vertexes: [vtx(D1, DEF, { started: T + 10, completed: T + 40 })],
          statuses: [
            {
              id: 'transferring dockerfile:',
              vertex: D1,
              current: 95,
              timestamp: T + 20,
              started: T + 10,
              completed: T + 20,
            },
          ],
        }),
      },
      { at: T + 50, json: trace({ vertexes: [vtx(D2, FROM, { started: T + 50, completed: T + 50, cached: true })] }) },
      { at: T + 60, json: trace({ vertexes: [vtx(D3, '[2/2] RUN echo hi', { started: T + 60 })] }) },
      { at: T + 275, json: trace({ logs: [{ vertex: D3, stream: 1, data: 'hi\n', timestamp: T + 275 }] }) },
      {
        at: T + 400,
        json: trace({ vertexes: [vtx(D3, '[2/2] RUN echo hi', { started: T + 60, completed: T + 400 })] }),
      },
      {
        at: T + 410,
        json: trace({
          vertexes: [vtx(D4, 'exporting to image', { started: T + 410 })],
          statuses: ['exporting layers', 'writing image sha256:abc', 'naming to docker.io/library/x:latest'].map(
            (id) => ({ id, vertex: D4, current: 0, timestamp: T + 420, started: T + 410, completed: T + 420 }),
          ),
        }),
      },
      {
        at: T + 500,
        json: trace({ vertexes: [vtx(D4, 'exporting to image', { started: T + 410, completed: T + 500 })] }),
      },
      { at: T + 500, json: { id: 'moby.image.id', aux: { ID: 'sha256:abc' } } },
    ],
  };
}

const PLAIN_OK = `#0 building with "default" instance using docker driver

#1 ${DEF}
#1 transferring dockerfile: 95B done
#1 DONE 0.0s

#2 ${FROM}
#2 CACHED

#3 [2/2] RUN echo hi
#3 0.215 hi
#3 DONE 0.3s

#4 exporting to image
#4 exporting layers done
#4 writing image sha256:abc done
#4 naming to docker.io/library/x:latest done
#4 DONE 0.1s
`;

const app = (extra: Record<string, string> = {}) =>
  memoryFiles({
    '/home/user/app/Dockerfile': 'FROM alpine\nRUN echo hi\n',
    '/home/user/app/index.html': '<h1>hi</h1>\n',
    '/home/user/app/node_modules/x/index.js': 'x\n',
    ...extra,
  });

describe('docker build (BuildKit): the request', () => {
  it('packs the context less .dockerignore (never the Dockerfile) and sends version=2 with the flags', () => {
    const { transport, requests } = fakeTransport({ 'POST /build': okStream() });
    const files = app({ '/home/user/app/.dockerignore': 'node_modules\nDockerfile\n*.md\n' });
    const r = runWith(
      transport,
      ['build', '-t', 'x', '-t', 'x:2', '--build-arg', 'A=1', '--no-cache', '--progress=plain', 'app'],
      { files },
    );
    expect(r.exitCode).toBe(0);
    const req = requests[0];
    expect(req.method).toBe('POST');
    const query = new URLSearchParams(req.path.split('?')[1]);
    expect(query.getAll('t')).toEqual(['x', 'x:2']);
    expect(query.get('version')).toBe('2');
    expect(query.get('dockerfile')).toBe('Dockerfile');
    expect(query.get('buildargs')).toBe('{"A":"1"}');
    expect(query.get('nocache')).toBe('1');
    expect(req.headers?.['Content-Type']).toBe('application/x-tar');
    const names = unpackTar(req.body as string)!.map((e) => e.name);
    expect(names).toEqual(['.dockerignore', 'Dockerfile', 'index.html']);
  });

  it('fails before any request as buildx does', () => {
    const { transport, requests } = fakeTransport({});
    const missing = runWith(transport, ['build', 'nowhere'], { files: app() });
    expect(missing.stderr).toBe('ERROR: unable to prepare context: path "nowhere" not found\n');
    expect(missing.exitCode).toBe(1);
    const noDockerfile = runWith(transport, ['build', '.'], { files: app() });
    expect(noDockerfile.stderr).toBe(
      'ERROR: failed to solve: failed to read dockerfile: open Dockerfile: no such file or directory\n',
    );
    const badTag = runWith(transport, ['build', '-t', 'Bad', 'app'], { files: app() });
    expect(badTag.stderr).toBe(
      'ERROR: invalid tag "Bad": invalid reference format: repository name (library/Bad) must be lowercase\n',
    );
    const args = runWith(transport, ['build'], { files: app() });
    expect(args.stderr).toBe(
      "docker: 'docker build' requires 1 argument\n\nUsage:  docker build [OPTIONS] PATH | URL | -\n\n" +
        "Run 'docker build --help' for more information\n",
    );
    expect(requests).toEqual([]);
  });
});

describe('docker build: the progress', () => {
  it('--progress=plain prints the steps as progressui printer.go does, on stderr', () => {
    const { transport } = fakeTransport({ 'POST /build': okStream() });
    const r = runWith(transport, ['build', '--progress=plain', '-t', 'x', 'app'], { files: app() });
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(PLAIN_OK);
    // Each piece is stamped when it arrived: the RUN's output at its time.
    expect(r.chunks.find((c) => c.text.includes('0.215 hi'))?.at).toBe(T + 275);
  });

  it('without a terminal auto is plain; -q prints only the image ID on stdout', () => {
    const auto = runWith(fakeTransport({ 'POST /build': okStream() }).transport, ['build', 'app'], { files: app() });
    expect(auto.stderr).toBe(PLAIN_OK);
    const quiet = runWith(fakeTransport({ 'POST /build': okStream() }).transport, ['build', '-q', 'app'], {
      files: app(),
    });
    expect(quiet).toMatchObject({ stdout: 'sha256:abc\n', stderr: '', exitCode: 0 });
    const both = runWith(fakeTransport({}).transport, ['build', '-q', '--progress=plain', 'app'], { files: app() });
    expect(both.stderr).toBe('ERROR: progress=plain and quiet cannot be used together\n');
  });

  it('in a terminal the block is redrawn over time and ends FINISHED with every step', () => {
    const { transport } = fakeTransport({ 'POST /build': okStream() });
    const r = runWith(transport, ['build', '-t', 'x', 'app'], { files: app(), tty: true, cols: 80 });
    expect(r.exitCode).toBe(0);
    expect(r.chunks.length).toBeGreaterThan(3);
    const screen = createScreen(80);
    feed(screen, r.stderr);
    const lines = screenLines(screen).map((l) => l.replace(/\x1b\[[0-9;?]*[a-zA-Z]/g, '').trimEnd());
    const text = lines.filter((l) => l !== '').join('\n');
    expect(text).toBe(
      [
        `${'[+] Building 0.5s (4/4) FINISHED'.padEnd(64)} docker:default`,
        ` => ${DEF}`.padEnd(75) + '0.0s',
        ' => => transferring dockerfile: 95B'.padEnd(75) + '0.0s',
        ` => CACHED ${FROM}`.padEnd(75) + '0.0s',
        ' => [2/2] RUN echo hi'.padEnd(75) + '0.3s',
        ' => exporting to image'.padEnd(75) + '0.1s',
        ' => => exporting layers'.padEnd(75) + '0.0s',
        ' => => writing image sha256:abc'.padEnd(75) + '0.0s',
        ' => => naming to docker.io/library/x:latest'.padEnd(75) + '0.0s',
      ].join('\n'),
    );
  });

  it('in a terminal a quiet step is redrawn every 150 ms, its timer growing', () => {
    const run = '[1/1] RUN sleep 1';
    const { transport } = fakeTransport({
      'POST /build': {
        frames: [
          { at: T, json: trace({ vertexes: [vtx(D1, run, { started: T })] }) },
          { at: T + 1000, json: trace({ vertexes: [vtx(D1, run, { started: T, completed: T + 1000 })] }) },
        ],
      },
    });
    const r = runWith(transport, ['build', 'app'], { files: app(), tty: true, cols: 80 });
    const frames = r.chunks.filter((c) => c.stream === 'stderr');
    expect(frames.map((c) => c.at - T)).toEqual([0, 150, 300, 450, 600, 750, 900, 1000]);
    // 0.45 s shows as 0.5s: Go's %.1f rounds the double nearest 0.45, which lies just above it.
    const timer = (text: string) => /RUN sleep 1 +(\d\.\ds)/.exec(text)?.[1];
    expect(frames.map((c) => timer(c.text))).toEqual(['0.0s', '0.1s', '0.3s', '0.5s', '0.6s', '0.8s', '0.9s', '1.0s']);
    expect(frames[7].text).toContain('(1/1) FINISHED');
    expect(frames[3].text).not.toContain('FINISHED');
  });

  it('a failed step: its error, its last lines, the Dockerfile excerpt and ERROR: failed to solve', () => {
    const error = 'process "/bin/sh -c exit 1" did not complete successfully: exit code: 1';
    const { transport } = fakeTransport({
      'POST /build': {
        frames: [
          { at: T, json: trace({ vertexes: [vtx(D3, '[2/2] RUN exit 1', { started: T })] }) },
          { at: T + 100, json: trace({ logs: [{ vertex: D3, stream: 2, data: 'boom\n', timestamp: T + 100 }] }) },
          {
            at: T + 200,
            json: trace({ vertexes: [vtx(D3, '[2/2] RUN exit 1', { started: T, completed: T + 200, error })] }),
          },
          {
            at: T + 200,
            json: {
              errorDetail: { message: error },
              error,
              source: {
                filename: 'Dockerfile',
                data: 'FROM alpine\nRUN exit 1',
                ranges: [{ start: { line: 2 }, end: { line: 2 } }],
              },
            },
          },
        ],
      },
    });
    const r = runWith(transport, ['build', '--progress=plain', 'app'], { files: app() });
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toBe(`#0 building with "default" instance using docker driver

#1 [2/2] RUN exit 1
#1 0.100 boom
#1 ERROR: ${error}
------
 > [2/2] RUN exit 1:
0.100 boom
------
Dockerfile:2
--------------------
   1 |     FROM alpine
   2 | >>> RUN exit 1
--------------------
ERROR: failed to solve: ${error}
`);
  });

  it('lint warnings follow the progress, in yellow', () => {
    const { transport } = fakeTransport({
      'POST /build': {
        frames: [
          {
            at: T,
            json: trace({
              vertexes: [vtx(D1, DEF, { started: T, completed: T + 10 })],
              warnings: [{ vertex: D1, level: 1, short: 'JSONArgsRecommended: JSON arguments recommended (line 3)' }],
            }),
          },
        ],
      },
    });
    const r = runWith(transport, ['build', '--progress=plain', 'app'], { files: app() });
    expect(r.stderr).toBe(
      `#0 building with "default" instance using docker driver\n\n#1 ${DEF}\n` +
        '#1 WARN: JSONArgsRecommended: JSON arguments recommended (line 3)\n#1 DONE 0.0s\n' +
        '\n \x1b[33m1 warning found (use docker --debug to expand):\n\x1b[0m' +
        ' - JSONArgsRecommended: JSON arguments recommended (line 3)\n',
    );
  });
});

describe('DOCKER_BUILDKIT=0: the legacy builder', () => {
  it('prints the deprecation, sends version=1 and shows the stream', () => {
    const { transport, requests } = fakeTransport({
      'POST /build': {
        frames: [
          { at: T, json: { stream: 'Step 1/2 : FROM alpine\n' } },
          { at: T, json: { stream: ' ---> 0123456789ab\n' } },
          { at: T + 5, json: { aux: { ID: 'sha256:abc' } } },
          { at: T + 5, json: { stream: 'Successfully built abc\n' } },
        ],
      },
    });
    const r = runWith(transport, ['build', 'app'], { files: app(), env: { DOCKER_BUILDKIT: '0' } });
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toBe(
      'DEPRECATED: The legacy builder is deprecated and will be removed in a future release.\n' +
        '            BuildKit is currently disabled; enable it by removing the DOCKER_BUILDKIT=0\n' +
        '            environment-variable.\n\n',
    );
    expect(r.stdout).toMatch(/^Sending build context to Docker daemon +\d+(\.\d+)?kB\r\r\nStep 1\/2 : FROM alpine\n/);
    expect(new URLSearchParams(requests[0].path.split('?')[1]).get('version')).toBe('1');
    const bad = runWith(transport, ['build', 'app'], { files: app(), env: { DOCKER_BUILDKIT: 'maybe' } });
    expect(bad.stderr).toBe(
      'DOCKER_BUILDKIT environment variable expects boolean value: ' +
        'strconv.ParseBool: parsing "maybe": invalid syntax\n',
    );
  });
});

describe('DOCKER_BUILDKIT=0: errors before the request, as the real client 28.2.2 prints them', () => {
  const legacy = { env: { DOCKER_BUILDKIT: '0' } };
  const notice = (text: string) => text.split('\n\n').slice(1).join('\n\n');
  it('a missing Dockerfile, a missing context and a bad tag', () => {
    const { transport, requests } = fakeTransport({});
    const files = app({ '/home/user/empty/.keep': '' });
    expect(notice(runWith(transport, ['build', 'empty'], { files, ...legacy }).stderr)).toBe(
      'unable to prepare context: unable to evaluate symlinks in Dockerfile path: ' +
        'lstat /home/user/empty/Dockerfile: no such file or directory\n',
    );
    expect(notice(runWith(transport, ['build', 'nowhere'], { files, ...legacy }).stderr)).toBe(
      'unable to prepare context: path "nowhere" not found\n',
    );
    const bad = runWith(transport, ['build', '-t', 'Bad', 'app'], { files, ...legacy });
    expect(bad.exitCode).toBe(125);
    expect(notice(bad.stderr)).toBe(
      'invalid argument "Bad" for "-t, --tag" flag: invalid reference format: repository name (library/Bad) ' +
        'must be lowercase\n\nUsage:  docker build [OPTIONS] PATH | URL | -\n\n' +
        "Run 'docker build --help' for more information\n",
    );
    expect(requests).toEqual([]);
  });
});

describe('docker history', () => {
  const items = [
    {
      Id: 'sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
      Created: T / 1000 - 120,
      CreatedBy: 'RUN /bin/sh -c apk add --no-cache curl wget git openssh # buildkit',
      Size: 12_345_678,
      Comment: 'buildkit.dockerfile.v0',
    },
    {
      Id: '<missing>',
      Created: T / 1000 - 86400 * 30,
      CreatedBy: '/bin/sh -c #(nop)  CMD ["/bin/sh"]',
      Size: 0,
      Comment: '',
    },
  ];
  it('lists the layers with truncated IDs and commands, human sizes and ages', () => {
    const { transport, requests } = fakeTransport({ 'GET /images/x/history': { json: items } });
    const r = runWith(transport, ['history', 'x']);
    expect(requests[0].path).toBe('/v1.50/images/x/history');
    expect(r.stdout).toBe(
      'IMAGE          CREATED         CREATED BY                                      SIZE      COMMENT\n' +
        '0123456789ab   2 minutes ago   RUN /bin/sh -c apk add --no-cache curl wget …   ' +
        '12.3MB    buildkit.dockerfile.v0\n' +
        '<missing>      4 weeks ago     /bin/sh -c #(nop)  CMD ["/bin/sh"]              0B        \n',
    );
    expect(runWith(transport, ['image', 'history', '-q', 'x']).stdout).toBe('0123456789ab\n<missing>\n');
    expect(runWith(transport, ['history', '--format', '{{.Size}}', '-H=false', 'x']).stdout).toBe('12345678\n0\n');
  });

  it("an unknown image is the daemon's error", () => {
    const { transport } = fakeTransport({
      'GET /images/nope/history': { status: 404, json: { message: 'No such image: nope:latest' } },
    });
    expect(runWith(transport, ['history', 'nope']).stderr).toBe(
      'Error response from daemon: No such image: nope:latest\n',
    );
  });
});

describe('docker builder prune', () => {
  it('asks, then lists what went and the space reclaimed', () => {
    const { transport, requests } = fakeTransport({
      'POST /build/prune': { json: { CachesDeleted: ['abc123', 'def456'], SpaceReclaimed: 1_234_567 } },
    });
    const r = runWith(transport, ['builder', 'prune', '-a'], { stdin: 'y\n' });
    expect(r.stdout).toBe(
      'WARNING! This will remove all build cache. Are you sure you want to continue? [y/N] ' +
        'Deleted build cache objects:\nabc123\ndef456\n\nTotal reclaimed space: 1.235MB\n',
    );
    expect(new URLSearchParams(requests[0].path.split('?')[1]).get('all')).toBe('1');
    const no = runWith(transport, ['builder', 'prune'], { stdin: 'n\n' });
    expect(no.stdout).toBe(
      'WARNING! This will remove all dangling build cache. Are you sure you want to continue? [y/N] ',
    );
    expect(requests).toHaveLength(1);
  });
});
