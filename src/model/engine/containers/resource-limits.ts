/**
 * A create request's resource limits, checked and completed as moby does on this host (Linux, cgroup v2):
 * daemon/daemon_unix.go verifyPlatformContainerResources (refusals and warnings, in its order) and
 * adaptContainerSettings (MemorySwap twice Memory, OomKillDisable false).
 */

import type { HostConfig } from './container-config';
import type { HostState } from '../state';
import { EngineError } from '../errors';

// daemon/daemon_unix.go: linuxMinMemory = 6291456 (6 MiB).
const LINUX_MIN_MEMORY = 6291456;
// pkg/sysinfo/sysinfo_linux.go isCpusetListAvailable: defaultMaxCPUs.
const DEFAULT_MAX_CPUS = 8192;

/** The resource fields of a create request's HostConfig, as sent. */
export type ResourceRequest = Partial<
  Pick<
    HostConfig,
    | 'Memory'
    | 'MemorySwap'
    | 'MemoryReservation'
    | 'NanoCpus'
    | 'CpuShares'
    | 'CpuPeriod'
    | 'CpuQuota'
    | 'CpusetCpus'
    | 'PidsLimit'
    | 'OomKillDisable'
  >
> & { KernelMemory?: number; MemorySwappiness?: number | null };

/** pkg/sysinfo parseUintList: the CPUs of a cpuset list, or undefined when it is not one. */
function parseCpuList(value: string, maximum: number): Set<number> | { error: string } {
  const cpus = new Set<number>();
  if (value === '') return cpus;
  const invalid = { error: `invalid format: ${value}` };
  for (const part of value.split(',')) {
    const [lo, hi] = part.includes('-')
      ? [part.slice(0, part.indexOf('-')), part.slice(part.indexOf('-') + 1)]
      : [part];
    if (!/^[+-]?\d+$/.test(lo) || (hi !== undefined && !/^[+-]?\d+$/.test(hi))) return invalid;
    const from = Number(lo);
    const to = hi === undefined ? from : Number(hi);
    if (to < from) return invalid;
    if (to > maximum) return { error: `value of out range, maximum is ${maximum}` };
    for (let cpu = from; cpu <= to; cpu++) cpus.add(cpu);
  }
  return cpus;
}

/**
 * Checks the limits as moby's verifyPlatformContainerResources does (the first refusal throws, as an
 * invalidParameter: containerCreate wraps it so) and returns the warnings it gives on this host.
 */
export function verifyContainerResources(host: HostState, r: ResourceRequest, update = false): string[] {
  const warnings: string[] = [];
  const memory = r.Memory ?? 0;
  const swap = r.MemorySwap ?? 0;
  const refuse = (message: string): never => {
    throw new EngineError('invalidParameter', message);
  };
  if (memory !== 0 && memory < LINUX_MIN_MEMORY) refuse('Minimum memory limit allowed is 6MB');
  if (memory > 0 && swap > 0 && swap < memory)
    refuse('Minimum memoryswap limit should be larger than memory limit, see usage');
  if (memory === 0 && swap > 0 && !update)
    refuse('You should always set the Memory limit when using Memoryswap limit, see usage');
  // fixMemorySwappiness turns the client's -1 into "unset"; cgroup v2 has no swappiness, so a value is discarded.
  const swappiness = r.MemorySwappiness ?? -1;
  if (swappiness !== -1)
    warnings.push(
      'Your kernel does not support memory swappiness capabilities or the cgroup is not mounted. Memory swappiness ' +
        'discarded.',
    );
  const reservation = r.MemoryReservation ?? 0;
  if (reservation > 0 && reservation < LINUX_MIN_MEMORY) refuse('Minimum memory reservation allowed is 6MB');
  if (memory > 0 && reservation > 0 && memory < reservation)
    refuse('Minimum memory limit can not be less than memory reservation limit, see usage');
  if ((r.KernelMemory ?? 0) > 0)
    warnings.push(
      'Your kernel does not support kernel memory limit capabilities or the cgroup is not mounted. Limitation ' +
        'discarded.',
    );
  // cgroup v2 has no memory.oom_control: sysInfo.OomKillDisable is false, so the setting is discarded.
  if (r.OomKillDisable) warnings.push('Your kernel does not support OomKillDisable. OomKillDisable discarded.');

  const nano = r.NanoCpus ?? 0;
  if (nano > 0 && (r.CpuPeriod ?? 0) > 0) refuse('Conflicting options: Nano CPUs and CPU Period cannot both be set');
  if (nano > 0 && (r.CpuQuota ?? 0) > 0) refuse('Conflicting options: Nano CPUs and CPU Quota cannot both be set');
  // runtime.NumCPU() of the daemon: the simulated host's CPUs.
  if (nano !== 0 && (nano < 0 || nano > host.cpus * 1e9))
    refuse(`range of CPUs is from 0.01 to ${host.cpus}.00, as there are only ${host.cpus} CPUs available`);
  const period = r.CpuPeriod ?? 0;
  if (period !== 0 && (period < 1000 || period > 1000000))
    refuse('CPU cfs period can not be less than 1ms (i.e. 1000) or larger than 1s (i.e. 1000000)');
  const quota = r.CpuQuota ?? 0;
  if (quota > 0 && quota < 1000) refuse('CPU cfs quota can not be less than 1ms (i.e. 1000)');

  const cpuset = r.CpusetCpus ?? '';
  const requested = parseCpuList(cpuset, Math.max(DEFAULT_MAX_CPUS, host.cpus - 1));
  if (!(requested instanceof Set)) refuse(`Invalid value ${cpuset} for cpuset cpus: ${requested.error}`);
  else if ([...requested].some((cpu) => cpu < 0 || cpu >= host.cpus))
    refuse(`Requested CPUs are not available - requested ${cpuset}, available: 0-${host.cpus - 1}`);
  return warnings;
}

/** The limits as the container keeps them (adaptContainerSettings, and the API router's PidsLimit rule). */
export function adaptContainerResources(r: ResourceRequest): ResourceRequest {
  const memory = r.Memory ?? 0;
  const swap = r.MemorySwap ?? 0;
  const pids = r.PidsLimit ?? null;
  return {
    Memory: memory,
    // "By default, MemorySwap is set to twice the size of Memory."
    MemorySwap: memory > 0 && swap === 0 ? memory * 2 : swap,
    MemoryReservation: r.MemoryReservation ?? 0,
    NanoCpus: r.NanoCpus ?? 0,
    CpuShares: r.CpuShares ?? 0,
    CpuPeriod: r.CpuPeriod ?? 0,
    CpuQuota: r.CpuQuota ?? 0,
    CpusetCpus: r.CpusetCpus ?? '',
    // api/server/router/container/container_routes.go: a PidsLimit of 0 or less means "no limit" (null).
    PidsLimit: pids !== null && pids > 0 ? pids : null,
    OomKillDisable: false,
  };
}
