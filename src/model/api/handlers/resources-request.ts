/** Decodes the resource limits of a create request's HostConfig (moby's container.Resources fields). */

import type { ResourceRequest } from '../../engine/containers/resource-limits';
import { field } from '../body';

/** The limits a HostConfig carries, with Go's type errors for wrong JSON types. */
export function decodeResources(hostConfig: Record<string, unknown>): ResourceRequest {
  const num = (key: string) => field<number>(hostConfig, key, 'number', 'HostConfig.Resources');
  return {
    Memory: num('Memory'),
    MemorySwap: num('MemorySwap'),
    MemoryReservation: num('MemoryReservation'),
    MemorySwappiness: num('MemorySwappiness'),
    KernelMemory: num('KernelMemory'),
    NanoCpus: num('NanoCpus'),
    CpuShares: num('CpuShares'),
    CpuPeriod: num('CpuPeriod'),
    CpuQuota: num('CpuQuota'),
    CpusetCpus: field<string>(hostConfig, 'CpusetCpus', 'string', 'HostConfig.Resources'),
    PidsLimit: num('PidsLimit'),
    OomKillDisable: field<boolean>(hostConfig, 'OomKillDisable', 'boolean', 'HostConfig.Resources'),
  };
}
