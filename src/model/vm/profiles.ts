/**
 * VM profiles as data: which phases a kind of VM boots through (each timed by a parameter), what it
 * allocates in RAM and on disk, and what its start costs the host's shared resources
 * (docs/reference/vm-container-model.md §3.4).
 */

import type { VmPhase } from './phases';

/** The VM profiles the comparison offers. */
export const VM_PROFILE_IDS = ['ubuntu-server', 'cloud-vm', 'desktop-vm', 'windows-server', 'firecracker'] as const;

/** The id of a VM profile. */
export type VmProfileId = (typeof VM_PROFILE_IDS)[number];

/** One boot phase of a profile: its duration parameter and its I/O share parameter (null: off the host). */
export interface VmPhaseSpec {
  phase: Exclude<VmPhase, 'app'>;
  param: string;
  io: string | null;
}

/** A kind of VM; every field names a parameter, so every number can cite its source. */
export interface VmProfile {
  id: VmProfileId;
  label: string;
  /** Boot phases before the app (the app phase is shared with the container side). */
  phases: readonly VmPhaseSpec[];
  guestRam: string;
  vmmOverhead: string;
  /** Disk one VM uses as a full copy (S_image_used). */
  diskUsed: string;
  /** The base image linked clones share (S_base_image). */
  baseImage: string;
  /** What each VM writes on first boot (S_vm_delta). */
  diskDelta: string;
  cpuWork: string;
  bootRead: string;
  /** Serialised launch: a fixed time per VM, or a creation rate per host core (Firecracker). */
  serial: { param: string; perCoreRate: boolean };
  shutdown: string;
}

const LINUX_GUEST: readonly VmPhaseSpec[] = [
  { phase: 'vmm', param: 'vmm_init', io: 'io_vmm_init' },
  { phase: 'firmware', param: 'firmware', io: 'io_firmware' },
  { phase: 'bootloader', param: 'bootloader', io: 'io_bootloader' },
  { phase: 'kernel', param: 'kernel', io: 'io_kernel' },
  { phase: 'initramfs', param: 'initramfs', io: 'io_initramfs' },
  { phase: 'userspace', param: 'userspace', io: 'io_userspace' },
];

const UBUNTU_SERVER: VmProfile = {
  id: 'ubuntu-server',
  label: 'Ubuntu Server VM on KVM/QEMU',
  phases: LINUX_GUEST,
  guestRam: 'vm_guest_ram',
  vmmOverhead: 'qemu_overhead',
  diskUsed: 'ubuntu_disk_used',
  baseImage: 'ubuntu_cloud_image',
  diskDelta: 'vm_delta',
  cpuWork: 'vm_cpu_work',
  bootRead: 'vm_boot_read',
  serial: { param: 'vm_launch_serial', perCoreRate: false },
  shutdown: 'vm_shutdown',
};

/** Every profile by id; `ubuntu-server` is the default. */
export const VM_PROFILES: Readonly<Record<VmProfileId, VmProfile>> = {
  'ubuntu-server': UBUNTU_SERVER,
  'cloud-vm': {
    ...UBUNTU_SERVER,
    id: 'cloud-vm',
    label: 'Cloud VM launch (API and scheduling, then an Ubuntu guest)',
    phases: [
      { phase: 'cloud-api', param: 'cloud_api', io: null },
      { phase: 'scheduling', param: 'cloud_schedule', io: null },
      ...LINUX_GUEST,
    ],
  },
  'desktop-vm': {
    ...UBUNTU_SERVER,
    id: 'desktop-vm',
    label: 'Ubuntu desktop VM',
    phases: LINUX_GUEST.map((p) => (p.phase === 'userspace' ? { ...p, param: 'desktop_userspace' } : p)),
    guestRam: 'desktop_ram',
    diskUsed: 'desktop_disk_used',
    baseImage: 'desktop_disk_used',
    diskDelta: 'desktop_delta',
    cpuWork: 'desktop_cpu_work',
    bootRead: 'desktop_boot_read',
  },
  'windows-server': {
    ...UBUNTU_SERVER,
    id: 'windows-server',
    label: 'Windows Server VM on KVM/QEMU',
    phases: [
      { phase: 'vmm', param: 'vmm_init', io: 'io_vmm_init' },
      { phase: 'firmware', param: 'firmware', io: 'io_firmware' },
      { phase: 'bootloader', param: 'win_bootmgr', io: 'io_bootloader' },
      { phase: 'kernel', param: 'win_kernel', io: 'io_kernel' },
      { phase: 'userspace', param: 'win_userspace', io: 'io_userspace' },
    ],
    guestRam: 'windows_ram',
    diskUsed: 'windows_disk',
    baseImage: 'windows_disk',
    diskDelta: 'windows_delta',
    cpuWork: 'win_cpu_work',
    bootRead: 'win_boot_read',
  },
  firecracker: {
    id: 'firecracker',
    label: 'Firecracker microVM',
    phases: [
      { phase: 'vmm', param: 'fc_vmm_init', io: 'io_vmm_init' },
      { phase: 'kernel', param: 'fc_kernel', io: 'io_kernel' },
      { phase: 'userspace', param: 'fc_userspace', io: 'io_userspace' },
    ],
    guestRam: 'fc_guest_ram',
    vmmOverhead: 'fc_overhead',
    diskUsed: 'fc_rootfs',
    baseImage: 'fc_rootfs',
    diskDelta: 'fc_delta',
    cpuWork: 'fc_cpu_work',
    bootRead: 'fc_boot_read',
    serial: { param: 'fc_creation_rate', perCoreRate: true },
    shutdown: 'fc_shutdown',
  },
};

/** Whether `id` names a profile. */
export function isVmProfileId(id: string): id is VmProfileId {
  return (VM_PROFILE_IDS as readonly string[]).includes(id);
}
