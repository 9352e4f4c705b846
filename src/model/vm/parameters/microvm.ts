/**
 * docs/reference/vm-container-model.md §1C: the Firecracker microVM: no firmware, no bootloader, a
 * trimmed kernel, a tiny VMM.
 */

import { param, type Parameter } from './parameter';

const SPEC = 'firecracker-microvm/firecracker SPECIFICATION.md';

/** Firecracker's boot, size and rate parameters, reference tables 1C and 1H. */
export const MICROVM_PARAMETERS: readonly Parameter[] = [
  param(
    'fc_vmm_init',
    'Firecracker VMM start (up to the API socket)',
    12,
    [6, 60],
    'ms',
    ['M'],
    `§1A/§1C: 8 CPU-ms, wall time 6–60 ms, typically 12 ms, ${SPEC}`,
  ),
  param(
    'fc_kernel',
    'Firecracker guest kernel (InstanceStart → /sbin/init)',
    125,
    [100, 330],
    'ms',
    ['M'],
    `§1C: "≤ 125 ms", minimal kernel and rootfs, 1 vCPU / 128 MiB, enforced by CI, ${SPEC}; Agache et al., NSDI 2020`,
  ),
  param(
    'fc_userspace',
    'Firecracker guest init (minimal, no systemd)',
    0.2,
    [0, 0.3],
    's',
    ['E', 'M'],
    '§3.1: micro-VM userspace ≈ 0–0.3 s [E]; 0.2 s makes an Alpine guest ≈ 330 ms, as measured in Unikraft ' +
      '(EuroSys 2021, Fig. 3) [M]',
  ),
  param(
    'fc_shutdown',
    'Firecracker guest shutdown (no systemd)',
    0.05,
    [0, 1],
    's',
    ['E'],
    'our estimate; the reference has no shutdown measurement',
  ),
  param(
    'fc_guest_ram',
    'Firecracker guest RAM',
    128,
    [128, 4096],
    'MiB',
    ['M'],
    `§1C: the 1 vCPU / 128 MiB configuration of the boot-time spec, ${SPEC}`,
  ),
  param(
    'fc_overhead',
    'Firecracker VMM memory overhead',
    5,
    [3, 5],
    'MiB',
    ['M'],
    `§1C/§1H: "≤ 5 MiB", ${SPEC}; about 3 MB in notes on the NSDI'20 paper`,
  ),
  param(
    'fc_rootfs',
    'Firecracker root filesystem image (ext4, with the app)',
    200,
    [20, 2000],
    'MB',
    ['E'],
    'our estimate of a small ext4 rootfs holding one service; the reference has no number',
  ),
  param('fc_delta', 'Firecracker disk growth on first boot', 5, [0, 100], 'MB', ['E'], 'our estimate'),
  param(
    'fc_creation_rate',
    'Firecracker creation rate',
    5,
    [1, 10],
    'per core per s',
    ['D'],
    '§1C: "5 microVMs per host core per second (e.g., 180 microVMs per second on a host with 36 physical ' +
      'cores)", Firecracker design doc',
  ),
  param(
    'fc_cpu_work',
    'CPU work per microVM start',
    0.1,
    [0.01, 1],
    'CPU-s',
    ['E'],
    '§3.4 W_cpu for a micro-VM (estimate)',
  ),
  param(
    'fc_boot_read',
    'Bytes read per microVM start',
    20,
    [1, 200],
    'MB',
    ['E'],
    '§3.4 R_io for a micro-VM (estimate)',
  ),
];
