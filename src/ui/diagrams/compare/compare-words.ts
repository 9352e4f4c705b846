/**
 * The comparison's words in the page's language. The VM model writes English labels and sentences
 * for the report; the page says the same things from the same ids and numbers, translated.
 */

import { msg, str } from '@lit/localize';
import type { Phase, VmProfileId, CapacityFailure, Flag, ResourceKind } from '../../../model/comparison';
import { bytesSize, humanSize } from '../../../model';

/** The short name of a phase, as the legend and the bars show it. */
export function phaseLabel(phase: Phase): string {
  switch (phase) {
    case 'cloud-api':
      return msg('cloud API', { id: 'phase.cloud-api' });
    case 'scheduling':
      return msg('scheduling', { id: 'phase.scheduling' });
    case 'vmm':
      return msg('power on (hypervisor)', { id: 'phase.vmm' });
    case 'firmware':
      return msg('firmware', { id: 'phase.firmware' });
    case 'bootloader':
      return msg('bootloader', { id: 'phase.bootloader' });
    case 'kernel':
      return msg('kernel', { id: 'phase.kernel' });
    case 'initramfs':
      return msg('initramfs', { id: 'phase.initramfs' });
    case 'userspace':
      return msg('init and services', { id: 'phase.userspace' });
    case 'app':
      return msg('app', { id: 'phase.app' });
    case 'create':
      return msg('create', { id: 'phase.create' });
    case 'namespaces':
      return msg('namespaces and cgroup', { id: 'phase.namespaces' });
    case 'rootfs':
      return msg('overlay root filesystem', { id: 'phase.rootfs' });
    case 'network':
      return msg('network', { id: 'phase.network' });
    case 'exec':
      return msg('exec entrypoint', { id: 'phase.exec' });
  }
}

/** What happens in a phase, one sentence (docs/reference/vm-container-model.md §2). */
export function phaseDescription(phase: Phase): string {
  switch (phase) {
    case 'cloud-api':
      return msg('The cloud API accepts the launch request.', { id: 'phase.cloud-api.about' });
    case 'scheduling':
      return msg('The provider picks a host and creates the virtual NIC and block volume.', {
        id: 'phase.scheduling.about',
      });
    case 'vmm':
      return msg('The hypervisor process starts, allocates guest memory and creates virtual CPUs and devices.', {
        id: 'phase.vmm.about',
      });
    case 'firmware':
      return msg('Virtual firmware (BIOS/UEFI) enumerates devices and finds a boot disk.', {
        id: 'phase.firmware.about',
      });
    case 'bootloader':
      return msg('The bootloader reads its config and loads the kernel and initramfs from disk.', {
        id: 'phase.bootloader.about',
      });
    case 'kernel':
      return msg('The guest kernel decompresses and initialises memory, scheduler and drivers.', {
        id: 'phase.kernel.about',
      });
    case 'initramfs':
      return msg('A temporary root filesystem finds and mounts the real root disk.', { id: 'phase.initramfs.about' });
    case 'userspace':
      return msg('The init system starts services until the system is up.', { id: 'phase.userspace.about' });
    case 'app':
      return msg('The application itself starts; this costs the same in a VM and in a container.', {
        id: 'phase.app.about',
      });
    case 'create':
      return msg('The client calls the daemon, which writes the config and adds a thin writable layer.', {
        id: 'phase.create.about',
      });
    case 'namespaces':
      return msg('The runtime creates namespaces (PID, mount, UTS, IPC, network) and a cgroup.', {
        id: 'phase.namespaces.about',
      });
    case 'rootfs':
      return msg('The image layers and the new writable layer are mounted as one overlay filesystem.', {
        id: 'phase.rootfs.about',
      });
    case 'network':
      return msg('A veth pair is created, attached to the bridge, and NAT rules are set.', {
        id: 'phase.network.about',
      });
    case 'exec':
      return msg('The OCI runtime execs the entrypoint; no kernel boots, the host kernel is already running.', {
        id: 'phase.exec.about',
      });
  }
}

/** The name of a VM profile. */
export function profileLabel(id: VmProfileId): string {
  switch (id) {
    case 'ubuntu-server':
      return msg('Ubuntu Server VM on KVM/QEMU', { id: 'profile.ubuntu-server' });
    case 'cloud-vm':
      return msg('Cloud VM launch (API and scheduling, then an Ubuntu guest)', { id: 'profile.cloud-vm' });
    case 'desktop-vm':
      return msg('Ubuntu desktop VM', { id: 'profile.desktop-vm' });
    case 'windows-server':
      return msg('Windows Server VM on KVM/QEMU', { id: 'profile.windows-server' });
    case 'firecracker':
      return msg('Firecracker microVM', { id: 'profile.firecracker' });
  }
}

/** The name of a resource the race uses. */
export function resourceLabel(resource: ResourceKind): string {
  switch (resource) {
    case 'ram':
      return msg('RAM', { id: 'resource.ram' });
    case 'disk':
      return msg('Disk', { id: 'resource.disk' });
    case 'cpu':
      return msg('CPU', { id: 'resource.cpu' });
    case 'disk-read':
      return msg('Disk reads', { id: 'resource.disk-read' });
  }
}

/** What a confidence flag means (the reference's definitions). */
export function flagMeaning(flag: Flag): string {
  switch (flag) {
    case 'M':
      return msg('measured and published (peer-reviewed paper, or a spec that CI enforces)', { id: 'flag.M' });
    case 'D':
      return msg('official documentation or registry metadata', { id: 'flag.D' });
    case 'I':
      return msg('informal measurement (blog, issue, forum, one-author preprint)', { id: 'flag.I' });
    case 'C':
      return msg('claim or rule of thumb with no published method', { id: 'flag.C' });
    case 'E':
      return msg('our own estimate or modelling assumption', { id: 'flag.E' });
  }
}

/**
 * Why an instance could not start, from the failure's numbers; the same sentence as the model's
 * `failure.message`, in the page's language. Sizes are formatted as the model formats them.
 */
export function failureSentence(kind: 'vm' | 'container', failure: CapacityFailure): string {
  const { neededBytes, freeBytes, capacityBytes } = failure;
  if (failure.resource === 'disk') {
    const [need, free, total] = [humanSize(neededBytes), humanSize(freeBytes), humanSize(capacityBytes)];
    return kind === 'vm'
      ? msg(str`Not enough disk: the VM needs ${need} but only ${free} of the host's ${total} disk is free.`, {
          id: 'failure.disk.vm',
        })
      : msg(str`Not enough disk: the container needs ${need} but only ${free} of the host's ${total} disk is free.`, {
          id: 'failure.disk.container',
        });
  }
  const [need, free, total] = [bytesSize(neededBytes), bytesSize(freeBytes), bytesSize(capacityBytes)];
  return kind === 'vm'
    ? msg(
        str`Not enough memory: the VM needs ${need} but only ${free} of the host's ${total} RAM is free (a VM reserves all of its guest RAM when it powers on).`,
        { id: 'failure.ram.vm' },
      )
    : msg(
        str`Not enough memory: the container needs ${need} but only ${free} of the host's ${total} RAM is free (Docker sets no limit by default: the container would start and the kernel's OOM killer would end a process).`,
        { id: 'failure.ram.container' },
      );
}
