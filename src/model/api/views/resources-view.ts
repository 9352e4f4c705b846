/**
 * The `container.Resources` part of an inspected HostConfig, in the struct's field order
 * (api/types/container/hostconfig.go): the limits the container keeps, and the fields the
 * simulator does not model at what a container created by the docker CLI on this host shows.
 */

import type { HostConfig } from '../../engine/containers/container-config';

/** The Resources fields of `GET /containers/{id}/json` HostConfig. */
export function resourcesView(h: HostConfig): Record<string, unknown> {
  return {
    CpuShares: h.CpuShares ?? 0,
    Memory: h.Memory ?? 0,
    NanoCpus: h.NanoCpus ?? 0,
    CgroupParent: '',
    BlkioWeight: 0,
    BlkioWeightDevice: [],
    BlkioDeviceReadBps: [],
    BlkioDeviceWriteBps: [],
    BlkioDeviceReadIOps: [],
    BlkioDeviceWriteIOps: [],
    CpuPeriod: h.CpuPeriod ?? 0,
    CpuQuota: h.CpuQuota ?? 0,
    CpuRealtimePeriod: 0,
    CpuRealtimeRuntime: 0,
    CpusetCpus: h.CpusetCpus ?? '',
    CpusetMems: '',
    Devices: [],
    DeviceCgroupRules: null,
    DeviceRequests: null,
    MemoryReservation: h.MemoryReservation ?? 0,
    MemorySwap: h.MemorySwap ?? 0,
    // fixMemorySwappiness: the client's -1 is stored as "unset".
    MemorySwappiness: null,
    OomKillDisable: h.OomKillDisable ?? false,
    PidsLimit: h.PidsLimit ?? null,
    Ulimits: [],
    CpuCount: 0,
    CpuPercent: 0,
    IOMaximumIOps: 0,
    IOMaximumBandwidth: 0,
  };
}
