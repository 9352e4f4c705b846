// The resource flags of run/create as docker/cli sends them (cli/command/container/opts.go parse():
// container.Resources from opts.MemBytes, opts.MemSwapBytes and opts.NanoCPUs). The values were
// already checked when the flags were parsed (flag-values.ts), so here they only convert.
import type { FlagValues } from '../../flags/pflag';
import { ramInBytes } from '../../flags/flag-values';

/** opts.MemBytes: go-units RAMInBytes; unset is 0. */
function memBytes(flags: FlagValues, long: string): number {
  const text = flags.string(long);
  if (text === '') return 0;
  const parsed = ramInBytes(text);
  return parsed.ok ? parsed.value : 0;
}

/** opts.NanoCPUs: the rational number of CPUs times 1e9 (big.Rat, exact to the nanosecond). */
export function nanoCpus(text: string): number {
  if (text === '') return 0;
  if (text.includes('/')) {
    const [n, d] = text.split('/').map(Number);
    return Math.round((n / d) * 1e9);
  }
  return Math.round(Number(text) * 1e9);
}

/** The container.Resources fields of the create body that the flags set, in the struct's order. */
export function resourceFields(flags: FlagValues): Record<string, unknown> {
  const swap = flags.string('memory-swap');
  const fields: Record<string, unknown> = {
    CpuShares: flags.int('cpu-shares', 0),
    Memory: memBytes(flags, 'memory'),
    NanoCpus: nanoCpus(flags.string('cpus')),
    CpuPeriod: flags.int('cpu-period', 0),
    CpuQuota: flags.int('cpu-quota', 0),
    CpusetCpus: flags.string('cpuset-cpus'),
    CpusetMems: flags.string('cpuset-mems'),
    MemoryReservation: memBytes(flags, 'memory-reservation'),
    // opts.MemSwapBytes: "-1" is unlimited swap.
    MemorySwap: swap === '-1' ? -1 : memBytes(flags, 'memory-swap'),
    MemorySwappiness: flags.int('memory-swappiness', -1),
    OomKillDisable: flags.bool('oom-kill-disable'),
    PidsLimit: flags.int('pids-limit', 0),
  };
  const kernelMemory = memBytes(flags, 'kernel-memory');
  // `json:",omitempty"`: only sent when set.
  if (kernelMemory !== 0) fields.KernelMemory = kernelMemory;
  return fields;
}
