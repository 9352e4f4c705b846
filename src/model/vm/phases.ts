/**
 * The phases a VM boots through and a container starts through, in order, with what happens in each
 * (docs/reference/vm-container-model.md §2). The ids are the page's `data-phase` hooks; labels are
 * English and the page localises by id.
 */

/** A VM's phases; a profile skips those it does not have (a laptop has no cloud API call). */
export const VM_PHASES = [
  'cloud-api',
  'scheduling',
  'vmm',
  'firmware',
  'bootloader',
  'kernel',
  'initramfs',
  'userspace',
  'app',
] as const;

/** One phase of a VM boot. */
export type VmPhase = (typeof VM_PHASES)[number];

/** A container's phases, with its image already local (reference §1D, §2). */
export const CONTAINER_PHASES = ['create', 'namespaces', 'rootfs', 'network', 'exec', 'app'] as const;

/** One phase of a container start. */
export type ContainerPhase = (typeof CONTAINER_PHASES)[number];

/** Any phase either side goes through. */
export type Phase = VmPhase | ContainerPhase;

/** What happens in each phase, for tooltips (reference §2). */
export const PHASE_DESCRIPTIONS: Record<Phase, string> = {
  'cloud-api': 'The cloud API accepts the launch request.',
  scheduling: 'The provider picks a host and creates the virtual NIC and block volume.',
  vmm: 'The hypervisor process starts, allocates guest memory and creates virtual CPUs and devices.',
  firmware: 'Virtual firmware (BIOS/UEFI) enumerates devices and finds a boot disk.',
  bootloader: 'The bootloader reads its config and loads the kernel and initramfs from disk.',
  kernel: 'The guest kernel decompresses and initialises memory, scheduler and drivers.',
  initramfs: 'A temporary root filesystem finds and mounts the real root disk.',
  userspace: 'The init system starts services until the system is up.',
  app: 'The application itself starts; this costs the same in a VM and in a container.',
  create: 'The client calls the daemon, which writes the config and adds a thin writable layer.',
  namespaces: 'The runtime creates namespaces (PID, mount, UTS, IPC, network) and a cgroup.',
  rootfs: 'The image layers and the new writable layer are mounted as one overlay filesystem.',
  network: 'A veth pair is created, attached to the bridge, and NAT rules are set.',
  exec: 'The OCI runtime execs the entrypoint; no kernel boots, the host kernel is already running.',
};

/**
 * How a container phase scales with the host (formula §3.2): `cpu` phases with s_cpu, `io` phases
 * with s_io. The app is shared with the VM, so it takes the VM's I/O share (`io_app`).
 */
export const CONTAINER_PHASE_PARAMS: ReadonlyArray<{ phase: ContainerPhase; param: string; scaling: 'cpu' | 'io' }> = [
  { phase: 'create', param: 'cli_daemon', scaling: 'cpu' },
  { phase: 'namespaces', param: 'namespaces', scaling: 'cpu' },
  { phase: 'rootfs', param: 'rootfs_mount', scaling: 'io' },
  { phase: 'network', param: 'network_setup', scaling: 'cpu' },
  { phase: 'exec', param: 'oci_runtime_exec', scaling: 'cpu' },
];
