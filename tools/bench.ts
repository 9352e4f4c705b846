/**
 * `npm run bench`: how the engine performs with a busy daemon of 10,000 containers and 1,000
 * images. Prints medians of many repetitions against the budgets of the engine issue, and the
 * machine it ran on. Not a test: numbers depend on the machine, so nothing here fails a build.
 *
 * The registry catalog has about 30 images, so the bench pulls six real ones through the API and
 * synthesizes the other 994 directly in the host state, the way a daemon that built them would hold
 * them: each is one of the pulled images plus one to three layers of its own (chain IDs derived as
 * moby derives them), with the layer store's `users` and `refs` kept exact and a tag in
 * `docker.io/bench/app-NNNN`. The 10,000 containers are created through the API from those images,
 * and every other one is started (servers keep running, shells exit), so the list mixes states.
 */

// docker compose is plugged into the client by importing its face (the page loads it later).
import '../src/model/compose';
import { createShell } from '../src/model/cli/shell/shell';
import os from 'node:os';
import { createWorld, defaultHost, serializeWorld, type World } from '../src/model/world/world';
import { route } from '../src/model/api/route';
import type { ApiResponse } from '../src/model/api/types';
import type { HostState, ImageRecord } from '../src/model/engine/state';
import { sha256Hex } from '../src/model/kernel/digest';
import { benchBuild } from './bench-build';

const IMAGES = 1_000;
const CONTAINERS = 10_000;
const PULLED = ['alpine', 'nginx:alpine', 'busybox', 'redis', 'nginx', 'ubuntu'];

/** One measured quantity: its median, its 90th percentile, and the budget it should stay under. */
interface Measure {
  name: string;
  median: number;
  p90: number;
  unit: string;
  budget: number;
  runs: number;
}

/** A part of the bench: measures taken on the busy world. */
interface Section {
  title: string;
  run: (world: World) => Measure[];
}

function call(world: World, method: string, path: string, body?: unknown): ApiResponse {
  return route(world, { method, path: `/v1.50${path}`, body });
}

function expectStatus(r: ApiResponse, status: number, what: string): ApiResponse {
  if (r.status !== status) throw new Error(`${what}: expected ${status}, got ${r.status} ${JSON.stringify(r.json)}`);
  return r;
}

function pullPath(ref: string): string {
  const [name, tag = 'latest'] = ref.split(':');
  return `/images/create?fromImage=${encodeURIComponent(`docker.io/library/${name}`)}&tag=${tag}`;
}

/** Times `fn` `runs` times (after a warm-up) and returns the median and p90 in milliseconds. */
function time(runs: number, fn: (i: number) => void, warmup = Math.min(50, runs)): { median: number; p90: number } {
  for (let i = 0; i < warmup; i++) fn(-1 - i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn(i);
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(samples.length / 2)], p90: samples[Math.floor(samples.length * 0.9)] };
}

/** Adds a synthetic image built on `base`: its layers plus `extra` new ones, tagged `tag`. */
function synthesizeImage(host: HostState, base: ImageRecord, n: number, extra: number): void {
  const id = `sha256:${sha256Hex(`pelabuhan bench image ${n}`)}`;
  const layers = [...base.layers];
  let parent = layers[layers.length - 1];
  for (let k = 0; k < extra; k++) {
    const diffId = `sha256:${sha256Hex(`bench layer ${n}.${k}`)}`;
    // moby layer.CreateChainID: sha256 of "<parent chain ID> <diff ID>".
    const chainId = `sha256:${sha256Hex(`${parent} ${diffId}`)}`;
    const size = 10_000 + ((n * 7919 + k * 104_729) % 5_000_000);
    host.layers[chainId] = {
      chainId,
      diffId,
      blobDigest: `sha256:${sha256Hex(`bench blob ${n}.${k}`)}`,
      parent,
      size,
      compressedSize: Math.round(size / 2.5),
      users: [],
      refs: 0,
    };
    host.layers[parent].refs++;
    layers.push(chainId);
    parent = chainId;
  }
  for (const chainId of layers) host.layers[chainId].users.push(id);
  host.layers[parent].refs++;
  const tag = `docker.io/bench/app-${String(n).padStart(4, '0')}:latest`;
  host.images[id] = {
    id,
    created: base.created + n * 60_000,
    config: structuredClone(base.config),
    layers,
    repoTags: [tag],
    repoDigests: [],
    architecture: base.architecture,
    os: base.os,
    size: layers.reduce((s, l) => s + host.layers[l].size, 0),
  };
  host.tags[tag] = id;
}

/** The busy daemon: 1,000 images and 10,000 containers, half of them started once. */
function buildBusyWorld(): World {
  const world = createWorld({ seed: 'bench' });
  const host = defaultHost(world);
  for (const ref of PULLED) expectStatus(call(world, 'POST', pullPath(ref)), 200, `pull ${ref}`);
  const bases = Object.values(host.images);
  for (let n = bases.length; n < IMAGES; n++) synthesizeImage(host, bases[n % bases.length], n, 1 + (n % 3));
  const tags = Object.keys(host.tags)
    .filter((t) => t.startsWith('docker.io/bench/'))
    .map((t) => t.slice('docker.io/'.length).replace(/:latest$/, ''));
  for (let i = 0; i < CONTAINERS; i++) {
    const id = (
      expectStatus(call(world, 'POST', '/containers/create', { Image: tags[i % tags.length] }), 201, 'create').json as {
        Id: string;
      }
    ).Id;
    if (i % 2 === 0) call(world, 'POST', `/containers/${id}/start`);
  }
  if (Object.keys(host.images).length !== IMAGES || Object.keys(host.containers).length !== CONTAINERS)
    throw new Error('the busy world is not the size it should be');
  return world;
}

/** The engine's budgets from the issue: one container's whole life, a pull of present layers, `ps -a`. */
const ENGINE_SECTION: Section = {
  title: 'Engine API (route) on the busy daemon',
  run(world) {
    const host = defaultHost(world);
    const out: Measure[] = [];
    // A server image: `docker stop` returns at once on its stop signal (nginx exits on SIGQUIT).
    const serverTag = Object.keys(host.tags).find(
      (t) => t.startsWith('docker.io/bench/') && host.images[host.tags[t]].config.Cmd?.[0] === 'nginx',
    );
    if (!serverTag) throw new Error('no nginx-based bench image');
    const server = serverTag.slice('docker.io/'.length);
    const cycle = time(2_000, () => {
      const id = (
        expectStatus(call(world, 'POST', '/containers/create?name=bench-cycle', { Image: server }), 201, 'create')
          .json as { Id: string }
      ).Id;
      expectStatus(call(world, 'POST', `/containers/${id}/start`), 204, 'start');
      expectStatus(call(world, 'POST', `/containers/${id}/stop`), 204, 'stop');
      expectStatus(call(world, 'DELETE', `/containers/${id}`), 204, 'rm');
    });
    out.push({ name: 'create+start+stop+rm of one container', ...cycle, unit: 'ms', budget: 1, runs: 2_000 });

    // alpine's only layer is already stored (every alpine-based bench image uses it). Before each
    // run the alpine image is removed, outside the timing, so each pull stores the image anew.
    const samples: number[] = [];
    for (let i = 0; i < 1_050; i++) {
      expectStatus(call(world, 'DELETE', '/images/alpine'), 200, 'rmi alpine');
      const t0 = process.hrtime.bigint();
      const r = expectStatus(call(world, 'POST', pullPath('alpine')), 200, 'pull alpine');
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (i >= 50) samples.push(ms);
      const frames = r.body?.read().frames ?? [];
      if (!frames.some((m) => 'json' in m && (m.json as { status?: string }).status === 'Already exists'))
        throw new Error('the pull did not find its layer present');
    }
    samples.sort((a, b) => a - b);
    out.push({
      name: 'pull of an image whose layers are all present',
      median: samples[500],
      p90: samples[900],
      unit: 'ms',
      budget: 1,
      runs: 1_000,
    });

    const upToDate = time(1_000, () => expectStatus(call(world, 'POST', pullPath('alpine')), 200, 'pull'));
    out.push({ name: 'pull of an image that is up to date', ...upToDate, unit: 'ms', budget: 1, runs: 1_000 });

    const ps = time(
      50,
      () => {
        const r = expectStatus(call(world, 'GET', '/containers/json?all=1'), 200, 'ps');
        if ((r.json as unknown[]).length !== CONTAINERS) throw new Error('ps -a did not list every container');
      },
      5,
    );
    out.push({
      name: `GET /containers/json?all=1 (${CONTAINERS} containers)`,
      ...ps,
      unit: 'ms',
      budget: 20,
      runs: 50,
    });
    return out;
  },
};

/** Benches of the docker client (src/model/cli): `docker ps -a` parsed, run and formatted on the busy daemon. */
function clientSections(): Section[] {
  return [
    {
      title: 'docker client (src/model/cli) on the busy daemon',
      run: (world) => {
        const shell = createShell({ world });
        const ps = time(
          30,
          () => {
            const result = shell.run('docker ps -a');
            if (result.exitCode !== 0) throw new Error('docker ps -a failed');
          },
          3,
        );
        return [{ name: `docker ps -a (${CONTAINERS} containers)`, ...ps, unit: 'ms', budget: 50, runs: 30 }];
      },
    },
  ];
}

function heapUsedMb(): number | null {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return null;
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1e6;
}

function fmt(n: number): string {
  return n < 10 ? n.toFixed(3) : n.toFixed(1);
}

function main(): void {
  const cpus = os.cpus();
  console.log('Pelabuhan engine bench');
  console.log(
    `machine: ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, ${(os.totalmem() / 1e9).toFixed(1)} GB ` +
      `RAM, ${os.platform()} ${os.arch()}, Node ${process.version}`,
  );
  // Other work on the machine slows every measure; the load average says how busy it was.
  console.log(
    `load average at start: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(', ')}`,
  );
  const before = heapUsedMb();
  const t0 = performance.now();
  const world = buildBusyWorld();
  const buildMs = performance.now() - t0;
  const after = heapUsedMb();
  const host = defaultHost(world);
  const running = Object.values(host.containers).filter((c) => typeof c.state.lifecycle !== 'string').length;
  console.log(
    `busy daemon: ${Object.keys(host.images).length} images, ${Object.keys(host.layers).length} layers, ` +
      `${Object.keys(host.containers).length} containers (${running} running), built in ` +
      `${(buildMs / 1000).toFixed(1)} s`,
  );
  const rows: string[] = [];
  let over = 0;
  const buildSection: Section = { title: 'docker build (POST /build) on a small daemon', run: () => benchBuild() };
  for (const section of [ENGINE_SECTION, ...clientSections(), buildSection]) {
    rows.push('', section.title);
    for (const m of section.run(world)) {
      const ok = m.median < m.budget;
      if (!ok) over++;
      rows.push(
        `  ${m.name.padEnd(52)} median ${fmt(m.median).padStart(8)} ${m.unit}   p90 ${fmt(m.p90).padStart(8)} ` +
          `${m.unit}   budget < ${m.budget} ${m.unit}   ${ok ? 'ok' : 'OVER'}   (${m.runs} runs)`,
      );
    }
  }
  rows.push('', 'Memory');
  if (before !== null && after !== null) {
    const worldMb = after - before;
    if (worldMb >= 100) over++;
    rows.push(
      `  ${'heap held by the busy world (after gc)'.padEnd(52)} ${worldMb.toFixed(1).padStart(8)} MB   budget ` +
        `< 100 MB   ${worldMb < 100 ? 'ok' : 'OVER'}`,
    );
    rows.push(`  ${'heap used in total'.padEnd(52)} ${after.toFixed(1).padStart(8)} MB`);
  } else {
    rows.push('  heap: run with --expose-gc (npm run bench does) to measure it');
  }
  rows.push(
    `  ${'serialized world (JSON)'.padEnd(52)} ${(serializeWorld(world).length / 1e6).toFixed(1).padStart(8)} MB`,
  );
  console.log(rows.join('\n'));
  console.log(
    `\nload average at end: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(', ')}`,
  );
  console.log(over ? `${over} measure(s) over budget` : 'all measures within budget');
}

main();
