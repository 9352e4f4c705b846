/**
 * docs/reference/vm-container-model.md §3.4: the per-start work that instances started together
 * compete for (cores, disk, control plane).
 */

import { param, type Parameter } from './parameter';

/** W_cpu, R_io and t_serial of §3.4 for VMs and containers (micro-VMs are in microvm.ts). */
export const CONTENTION_PARAMETERS: readonly Parameter[] = [
  param('vm_cpu_work', 'CPU work per VM boot', 4, [1, 20], 'CPU-s', ['E'], '§3.4 W_cpu for an Ubuntu VM (estimate)'),
  param(
    'vm_boot_read',
    'Bytes read per VM boot',
    200,
    [50, 2000],
    'MB',
    ['E'],
    '§3.4 R_io for an Ubuntu VM (estimate)',
  ),
  param(
    'vm_launch_serial',
    'Serialised launch per VM (libvirt/QEMU)',
    0.05,
    [0.01, 1],
    's',
    ['E'],
    '§3.4 t_serial for a VM (estimate)',
  ),
  param(
    'desktop_cpu_work',
    'CPU work per desktop VM boot',
    8,
    [2, 40],
    'CPU-s',
    ['E'],
    'our estimate (twice the server VM of §3.4)',
  ),
  param(
    'desktop_boot_read',
    'Bytes read per desktop VM boot',
    600,
    [100, 4000],
    'MB',
    ['E'],
    'our estimate (three times the server VM of §3.4)',
  ),
  param('win_cpu_work', 'CPU work per Windows VM boot', 12, [2, 60], 'CPU-s', ['E'], 'our estimate'),
  param('win_boot_read', 'Bytes read per Windows VM boot', 1000, [200, 5000], 'MB', ['E'], 'our estimate'),
  param(
    'ct_cpu_work',
    'CPU work per container start',
    0.1,
    [0.01, 1],
    'CPU-s',
    ['E'],
    '§3.4 W_cpu for a container (estimate)',
  ),
  param(
    'ct_start_read',
    'Bytes read per container start (page cache shared by one image)',
    5,
    [1, 10],
    'MB',
    ['E'],
    '§3.4 R_io for a container: 1–10 MB, page cache shared across containers from the same image (estimate)',
  ),
  param(
    'ct_serial',
    'Serialised work per container in the daemon (locks)',
    0.03,
    [0.02, 0.05],
    's',
    ['E'],
    '§3.4 t_serial 0.02–0.05 s: daemon and namespace locks (estimate); SOCK (ATC 2018) shows the bottleneck [M,' +
      ' qualitative]',
  ),
];
