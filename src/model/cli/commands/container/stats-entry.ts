// What `docker stats` computes from one StatsResponse and how it prints it (docker/cli 28.2.2
// cli/command/container/stats_helpers.go collect and its calculate* functions, formatter_stats.go
// statsContext), Linux daemon only.
import { bytesSize, humanSizeWithPrecision } from '../../../kernel/go-units';
import { formatFloat } from '../../../kernel/go-float';

/** The fields of a StatsResponse the CLI reads. */
export interface StatsJson {
  name?: string;
  id?: string;
  pids_stats?: { current?: number };
  blkio_stats?: { io_service_bytes_recursive?: Array<{ op?: string; value?: number }> | null };
  cpu_stats?: CpuJson;
  precpu_stats?: CpuJson;
  memory_stats?: { usage?: number; limit?: number; stats?: Record<string, number> };
  networks?: Record<string, { rx_bytes?: number; tx_bytes?: number }>;
}

interface CpuJson {
  cpu_usage?: { total_usage?: number; percpu_usage?: number[] };
  system_cpu_usage?: number;
  online_cpus?: number;
}

/** formatter.StatsEntry. */
export interface StatsEntry {
  container: string;
  name: string;
  id: string;
  cpuPercentage: number;
  memory: number;
  memoryLimit: number;
  memoryPercentage: number;
  networkRx: number;
  networkTx: number;
  blockRead: number;
  blockWrite: number;
  pidsCurrent: number;
  isInvalid: boolean;
}

/** NewStats: a row with only the name or ID it was asked for, before any data came. */
export function newStatsEntry(container: string): StatsEntry {
  return {
    container,
    name: '',
    id: '',
    cpuPercentage: 0,
    memory: 0,
    memoryLimit: 0,
    memoryPercentage: 0,
    networkRx: 0,
    networkTx: 0,
    blockRead: 0,
    blockWrite: 0,
    pidsCurrent: 0,
    isInvalid: false,
  };
}

/** calculateCPUPercentUnix. */
function cpuPercent(v: StatsJson): number {
  const cpuDelta = (v.cpu_stats?.cpu_usage?.total_usage ?? 0) - (v.precpu_stats?.cpu_usage?.total_usage ?? 0);
  const systemDelta = (v.cpu_stats?.system_cpu_usage ?? 0) - (v.precpu_stats?.system_cpu_usage ?? 0);
  let online = v.cpu_stats?.online_cpus ?? 0;
  if (online === 0) online = v.cpu_stats?.cpu_usage?.percpu_usage?.length ?? 0;
  return systemDelta > 0 && cpuDelta > 0 ? (cpuDelta / systemDelta) * online * 100 : 0;
}

/** calculateMemUsageUnixNoCache: usage without the inactive page cache (cgroup v1's key first). */
function memUsageNoCache(mem: StatsJson['memory_stats']): number {
  const usage = mem?.usage ?? 0;
  const stats = mem?.stats ?? {};
  if ('total_inactive_file' in stats && stats.total_inactive_file < usage) return usage - stats.total_inactive_file;
  const inactive = stats.inactive_file ?? 0;
  return inactive < usage ? usage - inactive : usage;
}

/** The row collect() makes of one StatsResponse for the container it was asked for. */
export function statsEntryOf(container: string, v: StatsJson): StatsEntry {
  let blockRead = 0;
  let blockWrite = 0;
  for (const entry of v.blkio_stats?.io_service_bytes_recursive ?? []) {
    const op = (entry.op ?? '')[0];
    if (op === 'r' || op === 'R') blockRead += entry.value ?? 0;
    else if (op === 'w' || op === 'W') blockWrite += entry.value ?? 0;
  }
  let rx = 0;
  let tx = 0;
  for (const net of Object.values(v.networks ?? {})) {
    rx += net.rx_bytes ?? 0;
    tx += net.tx_bytes ?? 0;
  }
  const memory = memUsageNoCache(v.memory_stats);
  const limit = v.memory_stats?.limit ?? 0;
  return {
    container,
    name: v.name ?? '',
    id: v.id ?? '',
    cpuPercentage: cpuPercent(v),
    memory,
    memoryLimit: limit,
    // calculateMemPercentUnixNoCache
    memoryPercentage: limit !== 0 ? (memory / limit) * 100 : 0,
    networkRx: rx,
    networkTx: tx,
    blockRead,
    blockWrite,
    pidsCurrent: v.pids_stats?.current ?? 0,
    isInvalid: false,
  };
}

/** The table headers of statsContext. */
export const STATS_HEADER: Readonly<Record<string, string>> = {
  Container: 'CONTAINER',
  Name: 'NAME',
  ID: 'CONTAINER ID',
  CPUPerc: 'CPU %',
  MemUsage: 'MEM USAGE / LIMIT',
  MemPerc: 'MEM %',
  NetIO: 'NET I/O',
  BlockIO: 'BLOCK I/O',
  PIDs: 'PIDS',
};

/** The default table (defaultStatsTableFormat). */
export const DEFAULT_STATS_FORMAT =
  'table {{.ID}}\t{{.Name}}\t{{.CPUPerc}}\t{{.MemUsage}}\t{{.MemPerc}}\t{{.NetIO}}\t{{.BlockIO}}\t{{.PIDs}}';

/** formatPercentage. */
function percentage(value: number): string {
  return `${formatFloat(value, 'f', 2)}%`;
}

/** statsContext's fields as strings, as its methods return them. */
export function statsFields(trunc: boolean): Record<string, (s: StatsEntry) => string> {
  return {
    Container: (s) => s.container,
    Name: (s) => (s.name.length > 1 ? s.name.slice(1) : '--'),
    ID: (s) => (trunc ? s.id.slice(0, 12) : s.id),
    CPUPerc: (s) => (s.isInvalid ? '--' : percentage(s.cpuPercentage)),
    MemUsage: (s) => (s.isInvalid ? '-- / --' : `${bytesSize(s.memory)} / ${bytesSize(s.memoryLimit)}`),
    MemPerc: (s) => (s.isInvalid ? '--' : percentage(s.memoryPercentage)),
    NetIO: (s) =>
      s.isInvalid ? '--' : `${humanSizeWithPrecision(s.networkRx, 3)} / ${humanSizeWithPrecision(s.networkTx, 3)}`,
    BlockIO: (s) =>
      s.isInvalid ? '--' : `${humanSizeWithPrecision(s.blockRead, 3)} / ${humanSizeWithPrecision(s.blockWrite, 3)}`,
    PIDs: (s) => (s.isInvalid ? '--' : String(s.pidsCurrent)),
  };
}
