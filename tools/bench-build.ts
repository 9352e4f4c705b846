/**
 * The build benches of `npm run bench`: a 20-instruction Dockerfile built through `POST /build` on a
 * daemon that has its base (every step runs: `nocache`), and the same build again with every step
 * from the cache. Each runs on its own small world, so the busy daemon's size does not enter.
 */

import { createWorld, type World } from '../src/model/world/world';
import { route } from '../src/model/api/route';
import { packTar } from '../src/model/kernel/ustar';

/** A measured build: median and p90 in ms. */
export interface BuildMeasure {
  name: string;
  median: number;
  p90: number;
  unit: string;
  budget: number;
  runs: number;
}

// FROM and 19 instructions: 8 RUN, 4 COPY, WORKDIR and metadata, as a small app's Dockerfile has.
const DOCKERFILE = [
  'FROM alpine',
  'ARG VERSION=1.0',
  'ENV APP_HOME=/app',
  'WORKDIR /app',
  'RUN echo "version $VERSION" > /etc/app-version',
  'COPY requirements.txt .',
  'RUN cat requirements.txt > /tmp/reqs',
  'RUN mkdir -p /app/data && echo ready > /app/data/state',
  'COPY src/ ./src/',
  'RUN ls src > /app/files.txt',
  'COPY config.json /etc/app/',
  'RUN echo configured >> /app/data/state',
  'LABEL org.opencontainers.image.title=bench',
  'EXPOSE 8080',
  'RUN echo one > /app/one && echo two > /app/two',
  'COPY README.md /app/',
  'RUN rm /app/one',
  'USER nobody',
  'RUN echo done > /tmp/done',
  'CMD ["cat", "/app/data/state"]',
].join('\n');

const CONTEXT = packTar([
  { name: 'Dockerfile', type: 'file', content: `${DOCKERFILE}\n` },
  { name: 'requirements.txt', type: 'file', content: 'flask==3.0\nrequests==2.32\n' },
  { name: 'src', type: 'dir' },
  { name: 'src/app.py', type: 'file', content: 'print("hello")\n' },
  { name: 'src/util.py', type: 'file', content: 'def f():\n    return 1\n' },
  { name: 'config.json', type: 'file', content: '{"port": 8080}\n' },
  { name: 'README.md', type: 'file', content: '# bench\n' },
]);

function buildOnce(world: World, nocache: boolean): void {
  const r = route(world, {
    method: 'POST',
    path: `/v1.50/build?version=2&t=bench&nocache=${nocache ? 1 : 0}`,
    body: CONTEXT,
  });
  const { frames } = r.body!.read();
  const last = frames[frames.length - 1] as { json: { id?: string; error?: string } };
  if (last.json.id !== 'moby.image.id') throw new Error(`bench build failed: ${JSON.stringify(last.json)}`);
}

function measure(runs: number, fn: () => void): { median: number; p90: number } {
  for (let i = 0; i < 10; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(samples.length / 2)], p90: samples[Math.floor(samples.length * 0.9)] };
}

/** Builds the bench Dockerfile uncached and fully cached; returns the two measures. */
export function benchBuild(): BuildMeasure[] {
  const world = createWorld({ seed: 'bench-build' });
  const pulled = route(world, { method: 'POST', path: '/v1.50/images/create?fromImage=alpine&tag=latest' });
  pulled.body?.read();
  buildOnce(world, false);
  const runs = 200;
  const uncached = measure(runs, () => buildOnce(world, true));
  const cached = measure(runs, () => buildOnce(world, false));
  return [
    { name: '20-instruction build, base present, no cache', ...uncached, unit: 'ms', budget: 20, runs },
    { name: 'the same build again, every step cached', ...cached, unit: 'ms', budget: 5, runs },
  ];
}

if (process.argv[1]?.endsWith('bench-build.ts')) {
  for (const m of benchBuild()) console.log(`${m.name}: median ${m.median.toFixed(3)} ms, p90 ${m.p90.toFixed(3)} ms`);
}
