/**
 * A small test harness over the Engine API: one daemon in a fresh seeded world, reached only
 * through `route()`, with readable projections of what it answers (`{ name, state }`, messages).
 */

import { createWorld, defaultHost, type World } from '../../src/model/world/world';
import { route } from '../../src/model/api/route';
import type { ApiResponse, StreamFrame } from '../../src/model/api/types';
import { advanceClock } from '../../src/model/engine/advance';
import type { HostState } from '../../src/model/engine/state';

/** An answer with the frames its body had when it was made (a pull's progress, logs). */
export interface Answer extends ApiResponse {
  /** Absent when the answer has no stream body. */
  frames?: StreamFrame[];
  /** The request's deadline cut the body short. */
  cancelled?: boolean;
}

/** A daemon under test: its world, its host state, and shorthands for API calls. */
export interface Daemon {
  world: World;
  host: HostState;
  call: (method: string, path: string, body?: unknown, deadline?: number) => Answer;
}

/** Reads a body that is complete at once (pull, logs); an attach (101) or a wait is left to the test. */
function answer(response: ApiResponse): Answer {
  if (!response.body || response.status === 101 || response.body.format === 'json') return response;
  const { frames, cancelled } = response.body.read();
  return cancelled ? { ...response, frames, cancelled } : { ...response, frames };
}

/** A fresh world with one empty daemon; the same seed gives the same IDs and names. */
export function newDaemon(seed: number | string = 1): Daemon {
  const world = createWorld({ seed });
  return attach(world);
}

/** Wraps an existing world (for example one restored from JSON). */
export function attach(world: World): Daemon {
  return {
    world,
    get host() {
      return defaultHost(world);
    },
    call: (method, path, body, deadline) => answer(route(world, { method, path: `/v1.50${path}`, body, deadline })),
  };
}

/** The query `docker pull` sends for a familiar reference: `nginx:alpine` → fromImage + tag. */
export function pullPath(ref: string): string {
  const at = ref.lastIndexOf(':');
  const hasTag = at > ref.lastIndexOf('/');
  const name = hasTag ? ref.slice(0, at) : ref;
  const tag = hasTag ? ref.slice(at + 1) : 'latest';
  const full = name.includes('/') ? `docker.io/${name}` : `docker.io/library/${name}`;
  return `/images/create?fromImage=${encodeURIComponent(full)}&tag=${encodeURIComponent(tag)}`;
}

/** `docker pull REF`: the whole answer (status and the timed stream), cut at `deadline` if given. */
export function pull(d: Daemon, ref: string, deadline?: number): Answer {
  return d.call('POST', pullPath(ref), undefined, deadline);
}

/** The stream of a pull as `id: status` lines, the way the non-TTY CLI prints them (with progress lines). */
export function streamLines(response: Answer): string[] {
  return (response.frames ?? []).map((frame) => {
    const m = ('json' in frame ? frame.json : {}) as { id?: string; status?: string; error?: string };
    return m.id ? `${m.id}: ${m.status}` : (m.status ?? `error: ${m.error}`);
  });
}

/** Options of `create`, in the shape of the Engine API body. */
export interface CreateBody {
  Image: string;
  Cmd?: string[];
  Env?: string[];
  Tty?: boolean;
  OpenStdin?: boolean;
  Labels?: Record<string, string>;
  HostConfig?: {
    Binds?: string[];
    PortBindings?: Record<string, Array<{ HostIp: string; HostPort: string }>>;
    NetworkMode?: string;
    AutoRemove?: boolean;
    /** HostConfig.Mounts as a client sends it (any JSON, so bad input can be sent too). */
    Mounts?: unknown;
    Memory?: number;
    MemorySwap?: number;
    MemoryReservation?: number;
    NanoCpus?: number;
    CpuPeriod?: number;
    CpuQuota?: number;
    CpusetCpus?: string;
    PidsLimit?: number;
    OomKillDisable?: boolean;
  };
}

/** `docker create [--name NAME] …`: the answer. */
export function createContainer(d: Daemon, body: CreateBody, name?: string): ApiResponse {
  return d.call('POST', `/containers/create${name ? `?name=${encodeURIComponent(name)}` : ''}`, body);
}

/** `docker create` that must succeed: the new container's 64-hex ID. */
export function create(d: Daemon, body: CreateBody, name?: string): string {
  const r = createContainer(d, body, name);
  if (r.status !== 201) throw new Error(`create failed: ${r.status} ${JSON.stringify(r.json)}`);
  return (r.json as { Id: string }).Id;
}

/** `docker run -d`: create, then start; returns the ID and the start answer. */
export function run(d: Daemon, body: CreateBody, name?: string): { id: string; start: ApiResponse } {
  const id = create(d, body, name);
  return { id, start: d.call('POST', `/containers/${id}/start`) };
}

/** A lifecycle operation (`start`, `stop`, …) on a container. */
export function op(d: Daemon, verb: string, container: string, query = ''): ApiResponse {
  return d.call('POST', `/containers/${encodeURIComponent(container)}/${verb}${query}`);
}

/** `docker rm [-f] [-v]`. */
export function rm(d: Daemon, container: string, opts: { force?: boolean; volumes?: boolean } = {}): ApiResponse {
  const q = [opts.force ? 'force=1' : '', opts.volumes ? 'v=1' : ''].filter(Boolean).join('&');
  return d.call('DELETE', `/containers/${encodeURIComponent(container)}${q ? `?${q}` : ''}`);
}

/** `docker rmi [-f]`. */
export function rmi(d: Daemon, ref: string, force = false): ApiResponse {
  return d.call('DELETE', `/images/${ref}${force ? '?force=1' : ''}`);
}

/** `docker tag SRC REPO:TAG`. */
export function tag(d: Daemon, source: string, target: string): ApiResponse {
  const at = target.lastIndexOf(':');
  const [repo, t] = at > target.lastIndexOf('/') ? [target.slice(0, at), target.slice(at + 1)] : [target, 'latest'];
  return d.call('POST', `/images/${source}/tag?repo=${encodeURIComponent(repo)}&tag=${encodeURIComponent(t)}`);
}

/** `{ status, message }` of an answer: the projection error tests compare. */
export function outcome(r: ApiResponse): { status: number; message?: string } {
  const message = (r.json as { message?: string } | undefined)?.message;
  return message === undefined ? { status: r.status } : { status: r.status, message };
}

/** The inspect document's `State` of a container. */
export function inspectState(d: Daemon, container: string): InspectState {
  const r = d.call('GET', `/containers/${encodeURIComponent(container)}/json`);
  if (r.status !== 200) throw new Error(`inspect ${container}: ${r.status} ${JSON.stringify(r.json)}`);
  return (r.json as { State: InspectState }).State;
}

/** The `State` of `GET /containers/{id}/json`. */
export interface InspectState {
  Status: string;
  ExitCode: number;
  Running: boolean;
  Paused: boolean;
  Error: string;
  StartedAt: string;
  FinishedAt: string;
  OOMKilled?: boolean;
}

/** `docker ps -a` as `{ name, state, status }` rows, newest first. */
export function psAll(d: Daemon): Array<{ name: string; state: string; status: string }> {
  const r = d.call('GET', '/containers/json?all=1');
  return (r.json as Array<{ Names: string[]; State: string; Status: string }>).map((c) => ({
    name: c.Names[0].slice(1),
    state: c.State,
    status: c.Status,
  }));
}

/** `docker images` as `repo:tag` rows (`<none>:<none>` for dangling images) with 12-hex IDs. */
export function images(d: Daemon): Array<{ ref: string; id: string }> {
  const r = d.call('GET', '/images/json');
  return (r.json as Array<{ Id: string; RepoTags: string[]; RepoDigests: string[] }>).flatMap((i) => {
    const id = i.Id.slice(7, 19);
    if (i.RepoTags.length) return i.RepoTags.map((ref) => ({ ref, id }));
    // An untagged image with a digest reference is listed under its repository with tag <none>.
    const repos = [...new Set(i.RepoDigests.map((dg) => dg.slice(0, dg.indexOf('@'))))];
    return repos.length ? repos.map((repo) => ({ ref: `${repo}:<none>`, id })) : [{ ref: '<none>:<none>', id }];
  });
}

/** The log lines of a container, as text. */
export function logs(d: Daemon, container: string): string[] {
  const r = d.call('GET', `/containers/${encodeURIComponent(container)}/logs?stdout=1&stderr=1`);
  return (r.frames ?? []).map((o) => ('text' in o ? o.text : '').replace(/\n$/, ''));
}

/** Moves the virtual clock forward. */
export function advance(d: Daemon, ms: number): void {
  advanceClock(d.world, ms);
}

/** The virtual time now. */
export function nowMs(d: Daemon): number {
  return d.world.state.clock.nowMs;
}

/** Catalog facts (docs/reference/docker-fidelity.md §15) the tests compare with. */
export const CATALOG = {
  alpine: {
    id: 'sha256:e7c8ca00dae597cf851f8ba899a195862554fa0e79434463615300f0da1deae9',
    digest: 'sha256:a7d33f75178a2d554dfc5f09609a551f43b39a89bb2c4352fa338c55aa0b9e7a',
    layer: '81e66d712b90',
    chain: 'sha256:3d9e7c26f42fbb7e3e67c9646f2a9e4491e9319b8e2f66796a9c432f8528e925',
  },
  nginx: {
    id: 'sha256:e1c8d9cae0b90e7e57c11a453100124a51c10d6f58fe54999675258d5071c5fd',
    digest: 'sha256:0d5a35d6c34267997e3e44cdd1ded08d065fca45deb0ac87216b2c8df96c4dda',
  },
  nginxAlpine: { id: 'sha256:62122b75d377cbcf480c48d1d8ef0c99aca67930e53f0aaaf9b810f540ec8661' },
  redis: {
    id: 'sha256:a71b38ef6ab1a0360e1d7efbfd94bb7077c3232e9225f61e6baf42687d970a34',
    digest: 'sha256:8e188e64d0fef3da626c70f248a61272577abace65df99bfb919f58fdf42eded',
  },
  ubuntu: {
    id: 'sha256:69fa125554dd305e3af240b45db3d1b34f3d94b9e3df4e79fa6f81cea36548e7',
    digest: 'sha256:62bcf36917c9ae06a9050dea77e6e9d143a00af3a03e61777d097fe31cce09ce',
  },
} as const;
