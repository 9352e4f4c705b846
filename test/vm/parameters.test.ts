import { describe, expect, it } from 'vitest';
import { PARAMETER_GROUPS, PARAMETERS, getParameter } from '../../src/model/vm/parameters/index';
import { formatFlags, toBaseUnit } from '../../src/model/vm/parameters/parameter';
import { VM_PROFILES } from '../../src/model/vm/profiles';
import { CONTAINER_PHASE_PARAMS } from '../../src/model/vm/phases';
import { appForImage } from '../../src/model/vm/app-profile';

describe('model parameters', () => {
  const all = Object.values(PARAMETER_GROUPS).flat();

  it('every parameter has a unique id, a unit, flags, a source and a default inside its range', () => {
    expect(new Set(all.map((p) => p.id)).size).toBe(all.length);
    for (const p of all) {
      expect(p.flags.length, p.id).toBeGreaterThan(0);
      expect(p.source.length, p.id).toBeGreaterThan(10);
      expect(p.range[0], p.id).toBeLessThanOrEqual(p.value);
      expect(p.value, p.id).toBeLessThanOrEqual(p.range[1]);
      expect(Number.isFinite(toBaseUnit(p.value, p.unit)), p.id).toBe(true);
    }
  });

  it("the defaults are the reference document's numbers", () => {
    const reference: Record<string, number> = {
      vmm_init: 35,
      firmware: 1,
      bootloader: 1,
      kernel: 1.5,
      initramfs: 1,
      userspace: 12,
      app_start: 0.5,
      cloud_api: 1.5,
      cloud_schedule: 5,
      fc_vmm_init: 12,
      fc_kernel: 125,
      fc_overhead: 5,
      fc_guest_ram: 128,
      fc_creation_rate: 5,
      cli_daemon: 250,
      namespaces: 10,
      rootfs_mount: 20,
      network_setup: 60,
      oci_runtime_exec: 33,
      docker_run_measured: 500,
      shim_ram: 8,
      engine_ram: 120,
      qemu_overhead: 50,
      host_os_ram: 1,
      vm_guest_ram: 2048,
      ubuntu_cloud_image: 600,
      ubuntu_disk_used: 2,
      vm_delta: 200,
      windows_disk: 32,
      vm_cpu_work: 4,
      vm_boot_read: 200,
      vm_launch_serial: 0.05,
      ct_cpu_work: 0.1,
      fc_cpu_work: 0.1,
      fc_boot_read: 20,
      hdd_slowness: 2.04,
      ssd_bandwidth: 500,
      io_userspace: 0.4,
    };
    for (const [id, value] of Object.entries(reference)) expect(getParameter(id).value, id).toBe(value);
  });

  it('flags show as the reference writes them', () => {
    expect(formatFlags(getParameter('firmware').flags)).toBe('[I]/[E]');
    expect(formatFlags(getParameter('fc_kernel').flags)).toBe('[M]');
  });

  it('converts values to milliseconds and bytes', () => {
    expect(toBaseUnit(1.5, 's')).toBe(1500);
    expect(toBaseUnit(4, 'CPU-s')).toBe(4000);
    expect(toBaseUnit(50, 'MiB')).toBe(50 * 1024 * 1024);
    expect(toBaseUnit(2, 'GB')).toBe(2e9);
    expect(toBaseUnit(500, 'MB/s')).toBe(5e8);
  });

  it('an unknown parameter id is a bug and throws', () => {
    expect(() => getParameter('warp_drive')).toThrow(/unknown model parameter 'warp_drive'/);
  });

  it('every profile and phase names parameters that exist', () => {
    for (const profile of Object.values(VM_PROFILES)) {
      const ids = [
        profile.guestRam,
        profile.vmmOverhead,
        profile.diskUsed,
        profile.baseImage,
        profile.diskDelta,
        profile.cpuWork,
        profile.bootRead,
        profile.serial.param,
        profile.shutdown,
      ];
      for (const phase of profile.phases) ids.push(phase.param, ...(phase.io ? [phase.io] : []));
      for (const id of ids) expect(PARAMETERS[id], `${profile.id}: ${id}`).toBeDefined();
    }
    for (const spec of CONTAINER_PHASE_PARAMS) expect(PARAMETERS[spec.param]).toBeDefined();
  });

  it('a shell image runs a plain process and a server image runs a service', () => {
    expect(appForImage('alpine').kind).toBe('process');
    expect(appForImage('docker.io/library/busybox:latest').kind).toBe('process');
    expect(appForImage('nginx:alpine').kind).toBe('service');
    expect(appForImage('postgres').startParam).toBe('app_start');
  });
});
