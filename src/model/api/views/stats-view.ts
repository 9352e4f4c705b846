/**
 * `container.StatsResponse` (api/types/container/stats.go, API 1.50) as a cgroup v2 host fills it
 * (daemon/stats_unix.go statsV2): from the engine's resource model at a virtual time. Field order and
 * omissions follow Go's encoding/json: structs always appear, `omitempty` scalars and maps only when
 * set, nil slices as null, map keys sorted.
 */

import type { ContainerRecord, HostState } from '../../engine/state';
import { resourceUse, type ResourceUse } from '../../engine/resources/resource-use';
import { DEFAULT_EPOCH_MS } from '../../kernel/clock';
import { rfc3339Nano } from './time-format';

/** One CPU sample: the container's counters and the host's, at one time. */
export interface CpuSample {
  atMs: number;
  use?: ResourceUse;
}

// getSystemCPUUsage reads /proc/stat: all CPUs' time since boot. The simulated host booted a week before the
// default epoch, so the counter stays far below 2^53 for any lesson's length.
const HOST_BOOT_MS = DEFAULT_EPOCH_MS - 7 * 24 * 3600 * 1000;

const ZERO_TIME = '0001-01-01T00:00:00Z';

const BLKIO_NULLS = {
  io_serviced_recursive: null,
  io_queue_recursive: null,
  io_service_time_recursive: null,
  io_wait_time_recursive: null,
  io_merged_recursive: null,
  io_time_recursive: null,
  sectors_recursive: null,
};

/** The host's CPU time since boot, in nanoseconds, at `atMs`. */
function systemCpuNanos(host: HostState, atMs: number): number {
  return Math.max(0, atMs - HOST_BOOT_MS) * 1e6 * host.cpus;
}

/** container.CPUStats of a sample; the zero struct without one. */
function cpuStats(sample: CpuSample | undefined, host?: HostState): Record<string, unknown> {
  const use = sample?.use;
  const stats: Record<string, unknown> = {
    cpu_usage: {
      total_usage: use?.cpuNanos ?? 0,
      usage_in_kernelmode: use?.kernelNanos ?? 0,
      usage_in_usermode: use?.userNanos ?? 0,
    },
  };
  if (sample && use && host) {
    stats.system_cpu_usage = systemCpuNanos(host, sample.atMs);
    stats.online_cpus = host.cpus;
  }
  stats.throttling_data = {
    periods: use?.periods ?? 0,
    throttled_periods: use?.throttledPeriods ?? 0,
    throttled_time: use?.throttledNanos ?? 0,
  };
  return stats;
}

/** memory.stat keys statsV2 copies, sorted as Go writes a map. */
function memoryStat(use: ResourceUse): Record<string, number> {
  const anon = use.usageBytes - use.cacheBytes;
  const stat: Record<string, number> = {
    active_anon: 0,
    active_file: 0,
    anon,
    anon_thp: 0,
    file: use.cacheBytes,
    file_dirty: 0,
    file_mapped: 0,
    file_writeback: 0,
    inactive_anon: anon,
    inactive_file: use.cacheBytes,
    kernel_stack: 0,
    pgactivate: 0,
    pgdeactivate: 0,
    pgfault: Math.round(anon / 4096),
    pglazyfree: 0,
    pglazyfreed: 0,
    pgmajfault: 0,
    pgrefill: 0,
    pgscan: 0,
    pgsteal: 0,
    shmem: 0,
    slab: 0,
    slab_reclaimable: 0,
    slab_unreclaimable: 0,
    sock: 0,
    thp_collapse_alloc: 0,
    thp_fault_alloc: 0,
    unevictable: 0,
    workingset_activate: 0,
    workingset_nodereclaim: 0,
    workingset_refault: 0,
  };
  return stat;
}

/** The stats of a container that is not running: its name and ID, everything else zero (moby's empty stats). */
export function emptyStats(c: ContainerRecord): Record<string, unknown> {
  return {
    name: c.name,
    id: c.id,
    read: ZERO_TIME,
    preread: ZERO_TIME,
    pids_stats: {},
    blkio_stats: { io_service_bytes_recursive: null, ...BLKIO_NULLS },
    num_procs: 0,
    storage_stats: {},
    cpu_stats: cpuStats(undefined),
    precpu_stats: cpuStats(undefined),
    memory_stats: {},
  };
}

/** A running container's sample at `atMs`. */
export function sampleAt(host: HostState, c: ContainerRecord, atMs: number): CpuSample {
  return { atMs, use: resourceUse(host, c, atMs) };
}

/** The StatsResponse of a running container: `current` now, `previous` the sample before it (if any). */
export function statsResponse(
  host: HostState,
  c: ContainerRecord,
  current: CpuSample,
  previous: CpuSample | undefined,
): Record<string, unknown> {
  const use = current.use!;
  const pidsLimit = c.hostConfig.PidsLimit ?? 0;
  const io =
    use.blockReadBytes > 0 || use.blockWriteBytes > 0
      ? [
          { major: 8, minor: 0, op: 'read', value: use.blockReadBytes },
          { major: 8, minor: 0, op: 'write', value: use.blockWriteBytes },
        ]
      : null;
  const doc: Record<string, unknown> = {
    name: c.name,
    id: c.id,
    read: rfc3339Nano(current.atMs),
    preread: previous ? rfc3339Nano(previous.atMs) : ZERO_TIME,
    // pids.max is "max" without --pids-limit; the client reads only `current`.
    pids_stats: pidsLimit > 0 ? { current: use.pids, limit: pidsLimit } : { current: use.pids },
    blkio_stats: { io_service_bytes_recursive: io, ...BLKIO_NULLS },
    num_procs: 0,
    storage_stats: {},
    cpu_stats: cpuStats(current, host),
    precpu_stats: cpuStats(previous, host),
    memory_stats: { usage: use.usageBytes, stats: memoryStat(use), limit: use.limitBytes },
  };
  // getNetworkStats: one entry per interface of the sandbox (eth0, eth1, ...); none on host or none networks.
  const endpoints = Object.values(c.networks).filter((e) => e.ipAddress !== '');
  if (endpoints.length > 0)
    doc.networks = Object.fromEntries(
      endpoints.map((_, i) => [
        `eth${i}`,
        {
          rx_bytes: i === 0 ? use.rxBytes : 0,
          rx_packets: i === 0 ? use.rxPackets : 0,
          rx_errors: 0,
          rx_dropped: 0,
          tx_bytes: i === 0 ? use.txBytes : 0,
          tx_packets: i === 0 ? use.txPackets : 0,
          tx_errors: 0,
          tx_dropped: 0,
        },
      ]),
    );
  return doc;
}
