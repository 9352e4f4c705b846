/**
 * What a running container uses at a virtual time: a pure function of its program's profile, its
 * limits, how long it has run, and a small variation drawn from a random source seeded by the
 * container, its run and the second (so reading stats never moves the world's own random source).
 * The start ramp takes longer when `--cpus` gives the program less CPU than it wants.
 */

import type { ContainerRecord, HostState } from '../state';
import { nextUint32, seedRandom } from '../../kernel/random';
import { GENERIC_PROFILE, SHELL_PROFILE, profileNamed, type ResourceProfile } from './process-profiles';

/** A container's use of resources at one moment, in the units the cgroup counts them. */
export interface ResourceUse {
  /** memory.current: the program's memory plus its page cache, capped by the limit. */
  usageBytes: number;
  /** The page cache part of it (`inactive_file`). */
  cacheBytes: number;
  /** The limit the stats report: `--memory`, else the host's memory. */
  limitBytes: number;
  /** CPU time used since the start, in nanoseconds, and its user/kernel split. */
  cpuNanos: number;
  userNanos: number;
  kernelNanos: number;
  /** CFS periods elapsed and throttled (only with a CPU limit), and the time throttled in nanoseconds. */
  periods: number;
  throttledPeriods: number;
  throttledNanos: number;
  pids: number;
  blockReadBytes: number;
  blockWriteBytes: number;
  rxBytes: number;
  rxPackets: number;
  txBytes: number;
  txPackets: number;
}

// Memory charged to a container's cgroup as its process starts, before the program grows [E].
const START_BYTES = 512 * 1024;
// The kernel's CFS period (cpu.max's default 100000 µs).
const CFS_PERIOD_MS = 100;
// A fresh container on a bridge receives a little multicast (IPv6 router and neighbour solicitations):
// "NET I/O 1.2kB / 0B" in the postgres reading of github.com/DanTup/dgx_dashboard/issues/1 [I].
const IDLE_RX_BYTES = 1200;
const IDLE_RX_PACKETS = 14;
const IDLE_RX_MS = 10_000;

// The shells the images' default commands run (ubuntu's bash, alpine's sh).
const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh']);

/** The last path element of a program (`/usr/local/bin/docker-entrypoint.sh` → `docker-entrypoint.sh`). */
function baseName(program: string): string {
  return program.slice(program.lastIndexOf('/') + 1);
}

/** The repository an image is known by (`docker.io/library/mongo-express:latest` → `mongo-express`). */
function repositoryName(reference: string): string {
  const path = reference.replace(/@.*$/, '').replace(/:[^/:]*$/, '');
  return baseName(path);
}

/** The profile of what the container runs: a known program in its command, else its image's, else a small one. */
export function profileOf(host: HostState, c: ContainerRecord): ResourceProfile {
  const argv = [c.path, ...c.args].filter((a) => a !== '' && a !== '--' && !a.startsWith('-'));
  for (const word of argv.slice(0, 4)) {
    const profile = profileNamed(baseName(word));
    if (profile) return profile;
  }
  if (SHELLS.has(baseName(argv[0] ?? ''))) return SHELL_PROFILE;
  const image = host.images[c.imageId];
  const runsDefault =
    image !== undefined &&
    JSON.stringify([...(image.config.Entrypoint ?? []), ...(image.config.Cmd ?? [])]) ===
      JSON.stringify([c.path, ...c.args]);
  if (!runsDefault) return SHELL_PROFILE;
  const repository = repositoryName(image.repoTags[0] ?? c.imageRef);
  return profileNamed(repository) ?? GENERIC_PROFILE;
}

/** The CPUs the container may use: `--cpus`, a CFS quota, its cpuset, or the whole host. */
export function cpuCap(host: HostState, c: ContainerRecord): number {
  const h = c.hostConfig;
  if ((h.NanoCpus ?? 0) > 0) return (h.NanoCpus ?? 0) / 1e9;
  if ((h.CpuQuota ?? 0) > 0) return (h.CpuQuota ?? 0) / (h.CpuPeriod || CFS_PERIOD_MS * 1000);
  return host.cpus;
}

/** How long the start ramp takes under the container's CPU limit. */
function rampMs(host: HostState, c: ContainerRecord, p: ResourceProfile): number {
  return p.rampMs * Math.max(1, p.startCpus / cpuCap(host, c));
}

/** A number in [0, 1) for the container's run and second `k`, the same every time it is asked. */
function variation(c: ContainerRecord, k: number): number {
  return nextUint32(seedRandom(`${c.id}:${c.runSeq}:${k}`)) / 4294967296;
}

/** What the cgroup holds the moment the process starts (the binary, libc, first pages): our estimate. */
function startBytes(p: ResourceProfile): number {
  return Math.min(p.idleBytes, START_BYTES);
}

/** The program's own memory (without cache) `elapsedMs` after its start, before any limit. */
function programBytes(host: HostState, c: ContainerRecord, p: ResourceProfile, elapsedMs: number): number {
  const ramp = rampMs(host, c, p);
  const base = startBytes(p);
  if (elapsedMs < ramp) return Math.round(base + ((p.idleBytes - base) * elapsedMs) / ramp);
  // Idle: up to 2% below the idle size, as allocators return pages now and then.
  return Math.round(p.idleBytes * (1 - 0.02 * variation(c, Math.floor(elapsedMs / 1000))));
}

/**
 * When the program's memory reaches the container's memory limit, in ms after its start, or
 * undefined when it never does. This cgroup v2 host has no swap to spill into, so reaching
 * `--memory` is what wakes the OOM killer.
 */
export function oomKillAfterMs(host: HostState, c: ContainerRecord): number | undefined {
  const limit = c.hostConfig.Memory ?? 0;
  if (limit <= 0) return undefined;
  const p = profileOf(host, c);
  if (limit >= p.idleBytes) return undefined;
  const base = startBytes(p);
  return Math.max(1, Math.ceil((rampMs(host, c, p) * (limit - base)) / (p.idleBytes - base)));
}

/** What the running container uses at `nowMs`. */
export function resourceUse(host: HostState, c: ContainerRecord, nowMs: number): ResourceUse {
  const p = profileOf(host, c);
  const elapsed = Math.max(0, nowMs - c.state.startedAt);
  const ramp = rampMs(host, c, p);
  const started = Math.min(1, elapsed / ramp);
  const limit = (c.hostConfig.Memory ?? 0) > 0 ? (c.hostConfig.Memory ?? 0) : host.memTotal;
  const program = programBytes(host, c, p, elapsed);
  const cache = Math.round(p.cacheBytes * started);
  const usage = Math.min(limit, program + cache);

  const cap = cpuCap(host, c);
  const startCores = Math.min(p.startCpus, cap);
  const second = Math.floor(elapsed / 1000);
  // The idle variation moves CPU time within ±80% of a second's idle use, never backwards.
  const jitter = elapsed >= ramp ? p.idleCpus * 1e9 * 0.8 * variation(c, -1 - second) : 0;
  const cpuNanos = Math.round(
    startCores * Math.min(elapsed, ramp) * 1e6 + p.idleCpus * Math.max(0, elapsed - ramp) * 1e6 + jitter,
  );
  const limited = cap < host.cpus;
  const throttled = limited && p.startCpus > cap ? Math.floor(Math.min(elapsed, ramp) / CFS_PERIOD_MS) : 0;

  const perCpu = p.pids === 'per-cpu' ? 1 + host.cpus : p.pids;
  const pidsLimit = c.hostConfig.PidsLimit ?? 0;
  const pids = Math.max(1, Math.round(perCpu * started));

  const onNetwork = Object.values(c.networks).some((e) => e.ipAddress !== '');
  const rxShare = onNetwork ? Math.min(1, elapsed / IDLE_RX_MS) : 0;
  return {
    usageBytes: usage,
    cacheBytes: Math.min(cache, usage),
    limitBytes: limit,
    cpuNanos,
    userNanos: Math.round(cpuNanos * 0.7),
    kernelNanos: cpuNanos - Math.round(cpuNanos * 0.7),
    periods: limited ? Math.floor(elapsed / CFS_PERIOD_MS) : 0,
    throttledPeriods: throttled,
    throttledNanos: Math.round(throttled * CFS_PERIOD_MS * 1e6 * (1 - cap / Math.max(cap, p.startCpus))),
    pids: pidsLimit > 0 ? Math.min(pids, pidsLimit) : pids,
    blockReadBytes: Math.round(p.blockReadBytes * started),
    blockWriteBytes: Math.round(p.blockWriteBytes * started),
    rxBytes: Math.round(IDLE_RX_BYTES * rxShare),
    rxPackets: Math.round(IDLE_RX_PACKETS * rxShare),
    txBytes: 0,
    txPackets: 0,
  };
}
