/** The host both sides run on: cores, memory, disk, and how fast its CPU and storage are. */

import { param, type Parameter } from './parameter';

/**
 * Host sizes and speeds; the reference host of docs/reference/vm-container-model.md §3 is a modern x86
 * server with SSD and KVM (speed 1.0).
 */
export const HOST_PARAMETERS: readonly Parameter[] = [
  param('host_cores', 'Host CPU cores', 8, [1, 256], 'cores', ['E'], "the engine's default host (8 CPUs); §3.4 C"),
  param('host_ram', 'Host RAM', 16, [2, 4096], 'GiB', ['E'], '§3.6 example: a 16 GiB host'),
  param(
    'host_disk',
    'Host disk size free for instances',
    500,
    [10, 100000],
    'GB',
    ['E'],
    'our estimate of a server SSD',
  ),
  param(
    'cpu_speed',
    'Host CPU speed relative to the reference host',
    1,
    [0.1, 10],
    'factor',
    ['E'],
    '§3: s_cpu = 1 / speed; 1.0 = the reference host',
  ),
  param(
    'ssd_bandwidth',
    'Disk bandwidth, SATA SSD',
    500,
    [10, 20000],
    'MB/s',
    ['E'],
    '§3.4: B_disk ≈ 500 MB/s (SATA SSD)',
  ),
  param('nvme_bandwidth', 'Disk bandwidth, NVMe', 2500, [10, 20000], 'MB/s', ['E'], '§3.4: B_disk 2–3 GB/s (NVMe)'),
  param('hdd_bandwidth', 'Disk bandwidth, HDD', 125, [10, 20000], 'MB/s', ['E'], '§3.4: B_disk 100–150 MB/s (HDD)'),
  param(
    'hdd_slowness',
    'Storage slowness of an HDD (s_io)',
    2.04,
    [1, 5],
    'factor',
    ['I'],
    '§3: s_io ≈ 2 by analogy with the ×2.04 HDD penalty in Khan 2026 (arXiv 2602.15214)',
  ),
];
