// A fake daemon for the build commands' tests: it answers `/_ping`, records every request, and
// serves hand-made answers (a build stream of JSON frames at given virtual times), so the client's
// rendering is tested apart from the engine's builder.
import type { ApiRequest, ApiResponse, StreamBody, StreamFrame } from '../../src/model/api/types';
import type { Transport } from '../../src/model/cli/client/transport';
import type { LocalFiles } from '../../src/model/cli/client/local-files';
import { runDocker } from '../../src/model/cli/docker/run-docker';
import { Output } from '../../src/model/cli/docker/output';
import { DOCKER_HANDLERS } from '../../src/model/cli/commands/index';
import type { BuildStreamMessage, BuildVertex, SolveStatus } from '../../src/model/api/build-trace';

/** An answer the fake gives to one `METHOD /path` (query ignored). */
export type FakeAnswer = { status?: number; json?: unknown; frames?: Array<{ at: number; json: unknown }> };

/** A stream body that hands out its frames as the clock reaches them. */
function streamOf(frames: StreamFrame[], clock: { now: number }): StreamBody {
  let i = 0;
  return {
    format: 'json-messages',
    read() {
      const out: StreamFrame[] = [];
      while (i < frames.length && frames[i].at <= clock.now) out.push(frames[i++]);
      return { frames: out, done: i >= frames.length };
    },
    wakeAt: () => frames[i]?.at,
    close() {},
  };
}

/** The fake's daemon side: answers by route, and the requests it saw. */
export function fakeTransport(answers: Record<string, FakeAnswer>, start = Date.UTC(2026, 10, 28, 12, 0, 0)) {
  const clock = { now: start };
  const requests: ApiRequest[] = [];
  const transport: Transport = {
    request(request) {
      if (request.method === 'HEAD') return { status: 200, headers: {} };
      requests.push(request);
      const route = `${request.method} ${request.path.replace(/^\/v1\.50/, '').replace(/\?.*$/, '')}`;
      const answer = answers[route];
      if (!answer) return { status: 404, headers: {}, json: { message: `page not found: ${route}` } };
      const response: ApiResponse = { status: answer.status ?? 200, headers: {}, json: answer.json };
      if (answer.frames) response.body = streamOf(answer.frames, clock);
      return response;
    },
    read(body) {
      const r = body.read();
      if (r.frames.length === 0 && !r.done) {
        const wake = body.wakeAt();
        if (wake !== undefined) {
          clock.now = Math.max(clock.now, wake);
          return body.read();
        }
      }
      return r;
    },
    poll: (body) => body.read(),
    now: () => clock.now,
    sleep(ms) {
      clock.now += ms;
    },
  };
  return { transport, requests, clock };
}

/** Files in memory, as the client's machine has them. */
export function memoryFiles(initial: Record<string, string>): LocalFiles {
  const files = new Map(Object.entries(initial));
  const dirs = new Set(['/', '/home', '/home/user']);
  const addParents = (path: string): void => {
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join('/') || '/');
  };
  for (const p of files.keys()) addParents(p);
  return {
    read: (p) => files.get(p),
    isDirectory: (p) => dirs.has(p),
    list(p) {
      if (!dirs.has(p)) return undefined;
      const prefix = p === '/' ? '/' : `${p}/`;
      const names = new Set<string>();
      for (const path of [...files.keys(), ...dirs]) {
        if (path.startsWith(prefix) && path !== p) names.add(path.slice(prefix.length).split('/')[0]);
      }
      return [...names].sort();
    },
    write(p, content) {
      files.set(p, content);
      addParents(p);
    },
    mkdir(p) {
      addParents(`${p}/x`);
    },
    remove(p) {
      files.delete(p);
      dirs.delete(p);
    },
  };
}

/** Runs one docker command line (already split) against the fake; stdout, stderr and the exit code. */
export function runWith(
  transport: Transport,
  argv: string[],
  options: { files?: LocalFiles; env?: Record<string, string>; tty?: boolean; cols?: number; stdin?: string } = {},
) {
  const out = new Output(() => transport.now());
  let exitCode: number;
  try {
    exitCode = runDocker(argv, {
      transport,
      out,
      term: { stdinTty: !!options.tty, stdoutTty: !!options.tty, stderrTty: !!options.tty, cols: options.cols ?? 80 },
      handlers: DOCKER_HANDLERS,
      notSimulated: (c) => `not simulated: ${c}`,
      stdin: options.stdin,
      local: { files: options.files, env: options.env ?? {}, cwd: '/home/user' },
    }).exitCode;
  } catch (e) {
    out.err(`${(e as Error).message}\n`);
    exitCode = (e as { code?: number }).code ?? 1;
  }
  const text = (stream: 'stdout' | 'stderr') =>
    out.chunks
      .filter((c) => c.stream === stream)
      .map((c) => c.text)
      .join('');
  return { stdout: text('stdout'), stderr: text('stderr'), exitCode, chunks: out.chunks };
}

/** A trace message carrying one SolveStatus. */
export function trace(aux: SolveStatus): BuildStreamMessage {
  return { id: 'moby.buildkit.trace', aux };
}

/** A step's vertex at some point of its life. */
export function vtx(digest: string, name: string, extra: Partial<BuildVertex> = {}): BuildVertex {
  return { digest, name, ...extra };
}
