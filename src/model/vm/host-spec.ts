/**
 * The host both races run on, resolved from parameters: cores, RAM, disk, disk bandwidth, and the
 * slowness factors of §3 of docs/reference/vm-container-model.md (s_cpu = 1 / CPU speed; s_io = 1 on
 * SSD or NVMe, about 2 on an HDD).
 */

import type { ParamReader } from './param-reader';

/** The storage a host boots from. */
export const STORAGE_KINDS = ['ssd', 'nvme', 'hdd'] as const;

/** One kind of storage. */
export type StorageKind = (typeof STORAGE_KINDS)[number];

/** A host in the model's base units. */
export interface HostSpec {
  cores: number;
  ramBytes: number;
  diskBytes: number;
  storage: StorageKind;
  diskBandwidthBytesPerSec: number;
  /** CPU slowness: 1 on the reference host, 2 on a host half as fast. */
  sCpu: number;
  /** Storage slowness: 1 on SSD (the reference), about 2 on an HDD. */
  sIo: number;
}

/** Reads the host's parameters (citing them) for the chosen storage. */
export function resolveHost(reader: ParamReader, storage: StorageKind): HostSpec {
  return {
    cores: reader.get('host_cores'),
    ramBytes: Math.round(reader.get('host_ram')),
    diskBytes: Math.round(reader.get('host_disk')),
    storage,
    diskBandwidthBytesPerSec: reader.get(`${storage}_bandwidth`),
    sCpu: 1 / reader.get('cpu_speed'),
    // NVMe boots no faster than the SSD reference here: boot reads are small and latency-bound.
    sIo: storage === 'hdd' ? reader.get('hdd_slowness') : 1,
  };
}
