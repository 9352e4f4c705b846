/**
 * docs/reference/vm-container-model.md §1A: boot phases of a general-purpose VM (Ubuntu Server cloud
 * image on KVM/QEMU), and §3.1's I/O shares.
 */

import { param, type Parameter } from './parameter';

const GARZARELLA = 'Garzarella, "How to measure the boot time of a Linux VM with QEMU/KVM" (2019)';
const CLOUD_INIT = 'canonical/cloud-init PR #4535 (Ubuntu 23.10 cloud image on QEMU, systemd-analyze)';

/** The boot phases of the default VM, reference table 1A. */
export const VM_BOOT_PARAMETERS: readonly Parameter[] = [
  param(
    'vmm_init',
    'VMM start (QEMU process → first guest instruction)',
    35,
    [10, 100],
    'ms',
    ['I'],
    `§1A: qemu_init_end averaged 34 ms (31–37) over 3 runs, ${GARZARELLA}`,
  ),
  param(
    'firmware',
    'Firmware (UEFI/OVMF POST inside the VM)',
    1.0,
    [0.01, 3],
    's',
    ['I', 'E'],
    '§1A: Azure Gen2 UEFI 3.129 s and 0.546 s (Azure/AgentBaker PR #907 and a 2023 log); SeaBIOS direct boot ' +
      '≈10 ms (Garzarella 2019); 1 s for UEFI is our pick in the measured range',
  ),
  param(
    'bootloader',
    'Bootloader (GRUB)',
    1.0,
    [0, 5],
    's',
    ['I'],
    '§1A: Azure systemd-analyze 1.203 s (2023 log); desktop outputs 1.5–13 s',
  ),
  param(
    'kernel',
    'Kernel (decompress + init up to /sbin/init)',
    1.5,
    [0.1, 7],
    's',
    ['I', 'E'],
    `§1A: Ubuntu 23.10 cloud image "2.851s (kernel)" incl. initramfs (${CLOUD_INIT}); split 1.5 s kernel + 1.0 ` +
      `s initramfs [E]`,
  ),
  param(
    'initramfs',
    'Initramfs (find and mount the real root)',
    1.0,
    [0, 20],
    's',
    ['I', 'E'],
    '§1A: 0.85–5.6 s in public systemd-analyze outputs; Ubuntu folds it into "kernel" (systemd #32726), split ' +
      'as 1.0 s [E]',
  ),
  param(
    'userspace',
    'Userspace (systemd → multi-user.target)',
    12,
    [3, 40],
    's',
    ['I'],
    `§1A: "12.240s (userspace)" on first boot with cloud-init, ${CLOUD_INIT}; Azure VMs 11.2 s and 39.1 s`,
  ),
  param(
    'desktop_userspace',
    'Userspace of a desktop (systemd → graphical.target, login screen)',
    20,
    [10, 60],
    's',
    ['I', 'E'],
    '§1A: laptops 9.9–62 s userspace in public systemd-analyze outputs; 20 s is our pick in that range',
  ),
  param(
    'ubuntu_boot_measured',
    'Measured boot, kernel to multi-user.target, no firmware (for comparison)',
    15.1,
    [5, 70],
    's',
    ['I'],
    `§1A total: "2.851s (kernel) + 12.240s (userspace)" = 15.091 s, ${CLOUD_INIT}; Azure VMs 14.2 s and 65.3 s ` +
      `(Azure/AgentBaker PR #907)`,
  ),
  param(
    'vm_shutdown',
    'Guest shutdown (systemd stops services, powers off)',
    2,
    [0.1, 30],
    's',
    ['E'],
    'our estimate; the reference has no shutdown measurement',
  ),
];

/** §3.1's suggested I/O share of each VM phase: how much of it scales with storage, not CPU. */
export const VM_IO_SHARE_PARAMETERS: readonly Parameter[] = [
  param(
    'io_vmm_init',
    'I/O share of VMM start',
    0.1,
    [0, 1],
    'fraction',
    ['E'],
    '§3.1 suggested I/O fraction (estimate)',
  ),
  param('io_firmware', 'I/O share of firmware', 0, [0, 1], 'fraction', ['E'], '§3.1 suggested I/O fraction (estimate)'),
  param(
    'io_bootloader',
    'I/O share of the bootloader',
    0.5,
    [0, 1],
    'fraction',
    ['E'],
    '§3.1 suggested I/O fraction (estimate)',
  ),
  param(
    'io_kernel',
    'I/O share of the kernel',
    0.3,
    [0, 1],
    'fraction',
    ['E'],
    '§3.1 suggested I/O fraction (estimate)',
  ),
  param(
    'io_initramfs',
    'I/O share of the initramfs',
    0.5,
    [0, 1],
    'fraction',
    ['E'],
    '§3.1 suggested I/O fraction (estimate)',
  ),
  param(
    'io_userspace',
    'I/O share of userspace',
    0.4,
    [0, 1],
    'fraction',
    ['E'],
    '§3.1 suggested I/O fraction (estimate)',
  ),
  param(
    'io_app',
    'I/O share of the app start',
    0.3,
    [0, 1],
    'fraction',
    ['E'],
    '§3.1 suggested I/O fraction (estimate)',
  ),
];
