/**
 * Random sequences of Engine API calls for the property tests: the command model (readable as
 * docker command lines), how each command becomes requests in the current world, and a runner that
 * checks the daemon's invariants after every call.
 */

import fc from 'fast-check';
import { createWorld, defaultHost, deserializeWorld, serializeWorld, type World } from '../../src/model/world/world';
import { route } from '../../src/model/api/route';
import type { ApiRequest, ApiResponse, StreamFrame } from '../../src/model/api/types';
import { advanceClock } from '../../src/model/engine/advance';
import { beforeCall, checkContainers, checkDiskUsage, checkImagesAndLayers, jsonEqual } from './engine-invariants';
import { pullPath } from './engine-harness';
import { familiarFromFull } from '../../src/model/engine/images/familiar';

// Small images so that pulls are cheap; nginx and redis share a base layer, as do alpine and nginx:alpine.
const PULLABLE = ['alpine', 'nginx:alpine', 'redis', 'busybox', 'nginx', 'busybox:1'] as const;
const TAG_TARGETS = ['myapp:v1', 'myapp:v2', 'alpine:latest', 'busybox:latest'] as const;
const IMAGE_REFS = [...PULLABLE, 'myapp:v1', 'myapp:v2'] as const;
const NAMES = ['c1', 'c2', 'c3'] as const;
const VOLUMES = ['v1', 'v2'] as const;
const NETWORKS = ['n1', 'n2'] as const;
// Weighted towards long-running programs (the image default is a server for nginx and redis).
const PROGRAMS: Array<string[] | null> = [
  null,
  null,
  ['sleep', '5'],
  ['sleep', '1000'],
  ['sleep', '1000'],
  ['echo', 'hi'],
  ['sh'],
  ['sh', '-c', 'exit 3'],
  ['nosuchcmd'],
];

/** A container as a command names it: by a fixed name, or the n-th existing container by ID prefix. */
type ContainerSel = { name: string } | { nth: number };
/**
 * An image as a command names it: by reference, by the n-th stored image's short ID, or by the n-th tag the daemon has.
 */
type ImageSel = { ref: string } | { nth: number } | { tagNth: number };

/** One Engine API call of a sequence, in terms that stay meaningful whatever happened before. */
export type Command =
  | { op: 'pull'; ref: string }
  | { op: 'tag'; source: ImageSel; target: string }
  | {
      op: 'create' | 'run';
      image: ImageSel;
      name?: string;
      cmd: string[] | null;
      volume?: string;
      port: boolean;
      network?: string;
      autoRemove: boolean;
    }
  | { op: 'start' | 'stop' | 'kill' | 'pause' | 'unpause' | 'restart'; target: ContainerSel }
  | { op: 'rm'; target: ContainerSel; force: boolean; volumes: boolean }
  | { op: 'rmi'; image: ImageSel; force: boolean }
  | { op: 'volume.create'; name?: string }
  | { op: 'volume.rm'; name: string; force: boolean }
  | { op: 'network.create' | 'network.rm'; name: string }
  | { op: 'network.connect' | 'network.disconnect'; name: string; target: ContainerSel }
  | { op: 'prune'; what: 'containers' | 'images' | 'volumes' | 'networks' }
  | { op: 'advance'; ms: number }
  | { op: 'read'; path: string };

const sel = (s: ContainerSel) => ('name' in s ? s.name : `#${s.nth}`);
const imageSel = (s: ImageSel) => ('ref' in s ? s.ref : 'nth' in s ? `image#${s.nth}` : `tag#${s.tagNth}`);

/** The command as a docker command line (`#2` = the third container, `image#1` = the second image). */
export function describeCommand(c: Command): string {
  switch (c.op) {
    case 'pull':
      return `docker pull ${c.ref}`;
    case 'tag':
      return `docker tag ${imageSel(c.source)} ${c.target}`;
    case 'create':
    case 'run': {
      const flags = [
        c.op === 'run' ? '-d' : '',
        c.name ? `--name ${c.name}` : '',
        c.volume ? `-v ${c.volume}:/data` : '',
        c.port ? '-p 8080:80' : '',
        c.network ? `--network ${c.network}` : '',
        c.autoRemove ? '--rm' : '',
      ].filter(Boolean);
      return ['docker', c.op, ...flags, imageSel(c.image), ...(c.cmd ?? [])].join(' ');
    }
    case 'rm':
      return `docker rm${c.force ? ' -f' : ''}${c.volumes ? ' -v' : ''} ${sel(c.target)}`;
    case 'rmi':
      return `docker rmi${c.force ? ' -f' : ''} ${imageSel(c.image)}`;
    case 'volume.create':
      return `docker volume create${c.name ? ` ${c.name}` : ''}`;
    case 'volume.rm':
      return `docker volume rm${c.force ? ' -f' : ''} ${c.name}`;
    case 'network.create':
    case 'network.rm':
      return `docker network ${c.op.slice(8)} ${c.name}`;
    case 'network.connect':
    case 'network.disconnect':
      return `docker network ${c.op.slice(8)} ${c.name} ${sel(c.target)}`;
    case 'prune':
      return `docker ${c.what.replace(/s$/, '')} prune -f`;
    case 'advance':
      return `# ${c.ms} ms pass`;
    case 'read':
      return `GET ${c.path}`;
    default:
      return `docker ${c.op} ${sel(c.target)}`;
  }
}

/** Commands print as docker command lines in fast-check's counterexamples. */
const readable = (c: Command): Command => Object.assign(c, { [fc.toStringMethod]: () => describeCommand(c) });

const containerSel: fc.Arbitrary<ContainerSel> = fc.oneof(
  fc.constantFrom(...NAMES).map((name) => ({ name })),
  fc.nat(9).map((nth) => ({ nth })),
);
const imageSelArb: fc.Arbitrary<ImageSel> = fc.oneof(
  fc.constantFrom(...IMAGE_REFS).map((ref) => ({ ref })),
  fc.nat(9).map((nth) => ({ nth })),
  fc.nat(9).map((tagNth) => ({ tagNth })),
);
// Containers mostly use an image the daemon has (a 404 teaches the property little), sometimes any.
const runImageArb: fc.Arbitrary<ImageSel> = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom(...IMAGE_REFS).map((ref) => ({ ref })) },
  { weight: 3, arbitrary: fc.nat(9).map((tagNth) => ({ tagNth })) },
);
/** `value` with weight `some`, else `undefined` with weight `none`. */
const sometimes = <T>(some: number, none: number, value: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> =>
  fc.oneof({ weight: some, arbitrary: value }, { weight: none, arbitrary: fc.constant(undefined) });
const lifecycle = (op: 'start' | 'stop' | 'kill' | 'pause' | 'unpause' | 'restart') =>
  containerSel.map((target) => ({ op, target }) as Command);

/** A random command, weighted so that sequences build up images, containers in every state, volumes and networks. */
export const commandArb: fc.Arbitrary<Command> = fc
  .oneof(
    { weight: 6, arbitrary: fc.constantFrom(...PULLABLE).map((ref) => ({ op: 'pull', ref }) as Command) },
    {
      weight: 2,
      arbitrary: fc
        .record({ source: imageSelArb, target: fc.constantFrom(...TAG_TARGETS) })
        .map((r) => ({ op: 'tag', ...r }) as Command),
    },
    {
      weight: 7,
      arbitrary: fc
        .record({
          op: fc.constantFrom('run', 'run', 'create'),
          image: runImageArb,
          name: sometimes(1, 1, fc.constantFrom(...NAMES)),
          cmd: fc.constantFrom(...PROGRAMS),
          volume: sometimes(1, 1, fc.constantFrom(...VOLUMES)),
          port: fc.boolean().chain((b) => (b ? fc.boolean() : fc.constant(false))),
          network: sometimes(1, 3, fc.constantFrom(...NETWORKS, 'nope', 'host')),
          autoRemove: fc.boolean().chain((b) => (b ? fc.boolean() : fc.constant(false))),
        })
        .map((r) => r as Command),
    },
    { weight: 3, arbitrary: lifecycle('start') },
    { weight: 2, arbitrary: lifecycle('stop') },
    { weight: 1, arbitrary: lifecycle('kill') },
    { weight: 1, arbitrary: lifecycle('pause') },
    { weight: 1, arbitrary: lifecycle('unpause') },
    { weight: 1, arbitrary: lifecycle('restart') },
    {
      weight: 3,
      arbitrary: fc
        .record({ target: containerSel, force: fc.boolean(), volumes: fc.boolean() })
        .map((r) => ({ op: 'rm', ...r }) as Command),
    },
    {
      weight: 3,
      arbitrary: fc.record({ image: imageSelArb, force: fc.boolean() }).map((r) => ({ op: 'rmi', ...r }) as Command),
    },
    {
      weight: 1,
      arbitrary: fc
        .option(fc.constantFrom(...VOLUMES), { nil: undefined })
        .map((name) => ({ op: 'volume.create', name }) as Command),
    },
    {
      weight: 1,
      arbitrary: fc
        .record({ name: fc.constantFrom(...VOLUMES), force: fc.boolean() })
        .map((r) => ({ op: 'volume.rm', ...r }) as Command),
    },
    {
      weight: 1,
      arbitrary: fc
        .record({ op: fc.constantFrom('network.create', 'network.rm'), name: fc.constantFrom(...NETWORKS) })
        .map((r) => r as Command),
    },
    {
      weight: 1,
      arbitrary: fc
        .record({
          op: fc.constantFrom('network.connect', 'network.disconnect'),
          name: fc.constantFrom(...NETWORKS, 'bridge'),
          target: containerSel,
        })
        .map((r) => r as Command),
    },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom('containers', 'images', 'volumes', 'networks')
        .map((what) => ({ op: 'prune', what }) as Command),
    },
    {
      weight: 3,
      arbitrary: fc
        .oneof(fc.constantFrom(0, 1, 999, 1_000, 4_999, 5_000, 10_000), fc.nat(20_000))
        .map((ms) => ({ op: 'advance', ms }) as Command),
    },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom('/containers/json?all=1', '/images/json', '/system/df', '/volumes', '/networks', '/info')
        .map((path) => ({ op: 'read', path }) as Command),
    },
  )
  .map(readable);

/** The request a command makes in the current state of the world (`null` for a clock move). */
function requestFor(world: World, c: Command): ApiRequest | null {
  const host = defaultHost(world);
  const container = (s: ContainerSel) => {
    if ('name' in s) return s.name;
    const ids = Object.keys(host.containers);
    return ids.length ? ids[s.nth % ids.length].slice(0, 12) : 'ghost';
  };
  const image = (s: ImageSel) => {
    if ('ref' in s) return s.ref;
    if ('tagNth' in s) {
      const tags = Object.keys(host.tags);
      return tags.length ? familiarFromFull(tags[s.tagNth % tags.length]) : 'alpine';
    }
    const ids = Object.keys(host.images);
    return ids.length ? ids[s.nth % ids.length].slice(7, 19) : 'e7c8ca00dae5';
  };
  const req = (method: string, path: string, body?: unknown): ApiRequest => ({
    method,
    path: `/v1.50${path}`,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  switch (c.op) {
    case 'pull':
      return req('POST', pullPath(c.ref));
    case 'tag': {
      const [repo, t] = c.target.split(':');
      return req('POST', `/images/${image(c.source)}/tag?repo=${repo}&tag=${t}`);
    }
    case 'create':
    case 'run':
      return req('POST', `/containers/create${c.name ? `?name=${c.name}` : ''}`, {
        Image: image(c.image),
        Cmd: c.cmd,
        HostConfig: {
          Binds: c.volume ? [`${c.volume}:/data`] : null,
          PortBindings: c.port ? { '80/tcp': [{ HostIp: '', HostPort: '8080' }] } : {},
          NetworkMode: c.network ?? 'default',
          AutoRemove: c.autoRemove,
        },
      });
    case 'rm':
      return req('DELETE', `/containers/${container(c.target)}?force=${c.force ? 1 : 0}&v=${c.volumes ? 1 : 0}`);
    case 'rmi':
      return req('DELETE', `/images/${image(c.image)}${c.force ? '?force=1' : ''}`);
    case 'volume.create':
      return req('POST', '/volumes/create', c.name ? { Name: c.name } : {});
    case 'volume.rm':
      return req('DELETE', `/volumes/${c.name}${c.force ? '?force=1' : ''}`);
    case 'network.create':
      return req('POST', '/networks/create', { Name: c.name });
    case 'network.rm':
      return req('DELETE', `/networks/${c.name}`);
    case 'network.connect':
      return req('POST', `/networks/${c.name}/connect`, { Container: container(c.target) });
    case 'network.disconnect':
      return req('POST', `/networks/${c.name}/disconnect`, { Container: container(c.target), Force: false });
    case 'prune':
      return req('POST', `/${c.what}/prune`);
    case 'advance':
      return null;
    case 'read':
      return req('GET', c.path);
    default:
      return req('POST', `/containers/${container(c.target)}/${c.op}`);
  }
}

/** What one command did: the answers it got (a run is two calls). */
export function apply(world: World, c: Command): { requests: ApiRequest[]; answers: ApiResponse[] } {
  if (c.op === 'advance') {
    advanceClock(world, c.ms);
    return { requests: [], answers: [] };
  }
  const request = requestFor(world, c)!;
  const answers = [settled(route(world, request))];
  const requests = [request];
  if (c.op === 'run' && answers[0].status === 201) {
    const start: ApiRequest = {
      method: 'POST',
      path: `/v1.50/containers/${(answers[0].json as { Id: string }).Id}/start`,
    };
    requests.push(start);
    answers.push(settled(route(world, start)));
  }
  return { requests, answers };
}

/** An answer with its stream body read and closed into `frames`, so two answers compare as data. */
function settled(response: ApiResponse): ApiResponse {
  if (!response.body) return response;
  const read = response.body.read();
  response.body.close();
  const answer: ApiResponse & { frames: StreamFrame[]; done: boolean } = {
    ...response,
    body: undefined,
    frames: read.frames,
    done: read.done,
  };
  return answer;
}

/**
 * The registries are 234 kB of catalog that no call in these sequences may change (there is no
 * push). Every world of the property shares one deep-frozen copy, so a call that wrote to it would
 * throw, and route() would answer "internal simulator error", which fails the property; and the
 * per-call JSON round trip can leave them out, which keeps 50,000 round trips fast. That the
 * registries themselves survive the round trip is checked once, in properties.test.ts and serialization.test.ts.
 */
export const SHARED_REGISTRIES = deepFreeze(createWorld().state.registries);

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}

/** A fresh world of `seed`, on the shared registries. */
export function freshWorld(seed: number): World {
  // Handed the shared registries, createWorld does not build (and throw away) a catalog per sequence.
  return createWorld({ seed, registries: SHARED_REGISTRIES });
}

/** serialize → deserialize of the world without its (shared) registries, which are put back after. */
function roundTrip(world: World): World {
  const restored = deserializeWorld(
    serializeWorld({ state: { ...world.state, registries: {} }, listeners: new Set() }),
  );
  restored.state.registries = SHARED_REGISTRIES;
  return restored;
}

/** Every invariant of the world after a call, as a list of problems. */
function problemsOf(world: World, before: ReturnType<typeof beforeCall>, answers: ApiResponse[]): string[] {
  const host = defaultHost(world);
  const problems: string[] = [];
  for (const a of answers) {
    const message = (a.json as { message?: string } | undefined)?.message ?? '';
    if (/internal simulator error/.test(message)) problems.push(`route caught a throw: ${message}`);
  }
  problems.push(...checkImagesAndLayers(host, before), ...checkContainers(world, host));
  const df = route(world, { method: 'GET', path: '/v1.50/system/df' });
  problems.push(...checkDiskUsage(host, df.json));
  // serialize → deserialize gives an equal world (the frozen shared registries are left out; see below).
  const diff = jsonEqual(roundTrip(world).state, world.state);
  if (diff) problems.push(`serialize → deserialize changed the world at ${diff}`);
  return problems;
}

/** A failure: at which command, with which request, and what broke. */
export interface Failure {
  step: number;
  command: string;
  requests: string[];
  problems: string[];
}

/**
 * Runs a sequence on a fresh world of `seed`, checking after every call. At `twinAt` a copy of the
 * world is restored from JSON; it must give the same answers to the rest of the sequence.
 */
export function runSequence(seed: number, commands: Command[], twinAt: number): Failure | null {
  const world = freshWorld(seed);
  let twin: World | null = null;
  for (let step = 0; step < commands.length; step++) {
    const c = commands[step];
    if (step === twinAt) twin = roundTrip(world);
    const before = beforeCall(defaultHost(world));
    let result: ReturnType<typeof apply>;
    const fail = (problems: string[], requests: ApiRequest[] = []): Failure => ({
      step,
      command: describeCommand(c),
      requests: requests.map((r) => `${r.method} ${r.path}${r.body ? ` ${String(r.body)}` : ''}`),
      problems,
    });
    try {
      result = apply(world, c);
    } catch (error) {
      return fail([`threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`]);
    }
    const problems = problemsOf(world, before, result.answers);
    if (twin) {
      const twinResult = apply(twin, c);
      const diff = jsonEqual(twinResult.answers, result.answers);
      if (diff) problems.push(`the world restored from JSON at step ${twinAt} answered differently: ${diff}`);
    }
    if (problems.length) return fail(problems, result.requests);
  }
  const diff = twin && jsonEqual(twin.state, world.state);
  if (diff)
    return {
      step: commands.length,
      command: '(end of sequence)',
      requests: [],
      problems: [`the world restored at step ${twinAt} ended in another state: ${diff}`],
    };
  return null;
}

/** Drops commands one at a time while the sequence still fails: the shortest story of the bug. */
export function minimize(
  seed: number,
  commands: Command[],
  twinAt: number,
): { commands: Command[]; twinAt: number; failure: Failure } {
  let current = commands;
  let failure = runSequence(seed, current, twinAt)!;
  let twin = twinAt;
  current = current.slice(0, failure.step + 1);
  for (let i = current.length - 1; i >= 0; i--) {
    const candidate = [...current.slice(0, i), ...current.slice(i + 1)];
    const candidateTwin = i < twin ? twin - 1 : twin;
    const f = runSequence(seed, candidate, candidateTwin);
    if (f) {
      current = candidate.slice(0, f.step + 1);
      failure = f;
      twin = candidateTwin;
    }
  }
  return { commands: current, twinAt: twin, failure };
}

/** The failure message: how to reproduce it, and the shortest failing sequence as docker commands. */
export function report(
  seed: number,
  commands: Command[],
  twinAt: number,
  details: fc.RunDetails<[number, Command[], number]>,
): string {
  const min = minimize(seed, commands, twinAt);
  const lines = min.commands.map(
    (c, i) =>
      `  ${String(i + 1).padStart(2)}. ${describeCommand(c)}` +
      `${i === min.twinAt ? '   ← a copy restored from JSON runs alongside from here' : ''}`,
  );
  return [
    `Engine invariant broken. Reproduce: FC_SEED=${details.seed} FC_PATH=${details.counterexamplePath} npx ` +
      `vitest run test/engine/properties.test.ts`,
    `World seed ${seed}. Shortest failing sequence (${min.commands.length} of ${commands.length} commands):`,
    ...lines,
    `Failed at command ${min.failure.step + 1}: ${min.failure.command}`,
    ...min.failure.requests.map((r) => `  request: ${r.slice(0, 400)}`),
    ...min.failure.problems.map((p) => `  ✗ ${p}`),
  ].join('\n');
}
