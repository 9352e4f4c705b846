/**
 * `HostConfig` of `GET /containers/{id}/json` with every key moby 28.2.2 returns at API 1.50, in
 * the order of api/types/container/hostconfig.go (HostConfig, its embedded Resources inline):
 * what the docker CLI sends (cli/command/container/opts.go) after the daemon's defaults
 * (daemon/daemon_unix.go adaptContainerSettings and verifyPlatformContainerResources, the
 * create route's PidsLimit <= 0 → nil, oci/defaults.go's masked and read-only paths).
 */

import type { ContainerRecord } from '../../engine/state';

// oci/defaults.go defaultLinuxMaskedPaths (the CPU thermal_throttle entries exist only on hosts
// that have them; the simulated host, a VM, has none).
const MASKED_PATHS = [
  '/proc/asound',
  '/proc/acpi',
  '/proc/interrupts',
  '/proc/kcore',
  '/proc/keys',
  '/proc/latency_stats',
  '/proc/timer_list',
  '/proc/timer_stats',
  '/proc/sched_debug',
  '/proc/scsi',
  '/sys/firmware',
  '/sys/devices/virtual/powercap',
];
const READONLY_PATHS = ['/proc/bus', '/proc/fs', '/proc/irq', '/proc/sys', '/proc/sysrq-trigger'];
/** config.DefaultShmSize: 64 MiB. */
const DEFAULT_SHM_SIZE = 64 * 1024 * 1024;

/** The HostConfig document; a field the engine stores under moby's name (Memory, NanoCpus, …) wins over the default. */
export function hostConfigView(c: ContainerRecord): Record<string, unknown> {
  const stored = c.hostConfig as unknown as Record<string, unknown>;
  const pick = (key: string, fallback: unknown) => (stored[key] === undefined ? fallback : stored[key]);
  const view: Record<string, unknown> = {
    Binds: c.hostConfig.Binds,
    ContainerIDFile: '',
    LogConfig: { Type: 'json-file', Config: {} },
    NetworkMode: c.hostConfig.NetworkMode,
    PortBindings: c.hostConfig.PortBindings,
    RestartPolicy: c.hostConfig.RestartPolicy,
    AutoRemove: c.hostConfig.AutoRemove,
    VolumeDriver: '',
    VolumesFrom: null,
    ConsoleSize: pick('ConsoleSize', [0, 0]),
    CapAdd: null,
    CapDrop: null,
    // cgroup v2 host: private cgroup namespace; the daemon's default IPC mode is private.
    CgroupnsMode: 'private',
    Dns: [],
    DnsOptions: [],
    DnsSearch: [],
    ExtraHosts: null,
    GroupAdd: null,
    IpcMode: 'private',
    Cgroup: '',
    Links: null,
    OomScoreAdj: 0,
    PidMode: '',
    Privileged: false,
    PublishAllPorts: c.hostConfig.PublishAllPorts,
    ReadonlyRootfs: false,
    SecurityOpt: null,
    UTSMode: '',
    UsernsMode: '',
    ShmSize: DEFAULT_SHM_SIZE,
    Runtime: 'runc',
    Isolation: '',
    CpuShares: pick('CpuShares', 0),
    Memory: pick('Memory', 0),
    NanoCpus: pick('NanoCpus', 0),
    CgroupParent: '',
    BlkioWeight: 0,
    BlkioWeightDevice: [],
    BlkioDeviceReadBps: [],
    BlkioDeviceWriteBps: [],
    BlkioDeviceReadIOps: [],
    BlkioDeviceWriteIOps: [],
    CpuPeriod: pick('CpuPeriod', 0),
    CpuQuota: pick('CpuQuota', 0),
    CpuRealtimePeriod: 0,
    CpuRealtimeRuntime: 0,
    CpusetCpus: pick('CpusetCpus', ''),
    CpusetMems: '',
    Devices: [],
    DeviceCgroupRules: null,
    DeviceRequests: null,
    MemoryReservation: pick('MemoryReservation', 0),
    MemorySwap: pick('MemorySwap', 0),
    // fixMemorySwappiness: the client's -1 becomes nil.
    MemorySwappiness: null,
    OomKillDisable: pick('OomKillDisable', false),
    PidsLimit: pick('PidsLimit', null),
    Ulimits: [],
    CpuCount: 0,
    CpuPercent: 0,
    IOMaximumIOps: 0,
    IOMaximumBandwidth: 0,
  };
  if (c.hostConfig.Mounts) view.Mounts = c.hostConfig.Mounts;
  view.MaskedPaths = MASKED_PATHS;
  view.ReadonlyPaths = READONLY_PATHS;
  return view;
}
