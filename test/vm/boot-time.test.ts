import { describe, expect, it } from 'vitest';
import { containerStartPhases, scalePhase, singleStartMs, vmBootPhases } from '../../src/model/vm/boot-time';
import { createReader } from '../../src/model/vm/param-reader';
import { resolveHost } from '../../src/model/vm/host-spec';
import { VM_PROFILES } from '../../src/model/vm/profiles';
import { appForImage } from '../../src/model/vm/app-profile';

const reader = createReader();
const ssd = resolveHost(reader, 'ssd');
const nginx = appForImage('nginx');
const alpine = appForImage('alpine');

describe('§3.1 VM boot time', () => {
  it('an Ubuntu Server VM boots in about 17 s on the reference host', () => {
    const phases = vmBootPhases(VM_PROFILES['ubuntu-server'], nginx, reader, ssd);
    expect(phases.map((p) => [p.phase, p.durationMs])).toEqual([
      ['vmm', 35],
      ['firmware', 1000],
      ['bootloader', 1000],
      ['kernel', 1500],
      ['initramfs', 1000],
      ['userspace', 12000],
      ['app', 500],
    ]);
    expect(singleStartMs(phases)).toBe(17_035);
  });

  it('a CPU half as fast stretches each phase by its CPU share only', () => {
    const slow = resolveHost(createReader({ cpu_speed: 0.5 }), 'ssd');
    // 35×(0.9×2+0.1) + 1000×2 + 1000×1.5 + 1500×1.7 + 1000×1.5 + 12000×1.6 + 500×1.7
    expect(singleStartMs(vmBootPhases(VM_PROFILES['ubuntu-server'], nginx, reader, slow))).toBeCloseTo(
      66.5 + 2000 + 1500 + 2550 + 1500 + 19200 + 850,
      6,
    );
  });

  it('an HDD stretches each phase by its I/O share (s_io = 2.04)', () => {
    const hdd = resolveHost(reader, 'hdd');
    expect(scalePhase(1000, 0.5, hdd)).toBeCloseTo(500 + 500 * 2.04, 9);
    // 35×1.104 + 1000 + 1000×1.52 + 1500×1.312 + 1000×1.52 + 12000×1.416 + 500×1.312
    expect(singleStartMs(vmBootPhases(VM_PROFILES['ubuntu-server'], nginx, reader, hdd))).toBeCloseTo(
      38.64 + 1000 + 1520 + 1968 + 1520 + 16992 + 656,
      6,
    );
  });

  it('a cloud VM adds the API call and scheduling, which the host does not speed up', () => {
    const slow = resolveHost(createReader({ cpu_speed: 0.5 }), 'ssd');
    const phases = vmBootPhases(VM_PROFILES['cloud-vm'], nginx, reader, slow);
    expect(phases.slice(0, 2).map((p) => [p.phase, p.durationMs])).toEqual([
      ['cloud-api', 1500],
      ['scheduling', 5000],
    ]);
    expect(singleStartMs(vmBootPhases(VM_PROFILES['cloud-vm'], nginx, reader, ssd))).toBe(23_535);
  });

  it('a Firecracker microVM skips firmware and bootloader and boots an Alpine-like guest in about 330 ms', () => {
    const phases = vmBootPhases(VM_PROFILES.firecracker, alpine, reader, ssd);
    expect(phases.map((p) => p.phase)).toEqual(['vmm', 'kernel', 'userspace', 'app']);
    expect(singleStartMs(phases)).toBe(12 + 125 + 200 + 1);
  });

  it('Windows Server and a desktop VM boot slower than the server VM', () => {
    const server = singleStartMs(vmBootPhases(VM_PROFILES['ubuntu-server'], nginx, reader, ssd));
    expect(singleStartMs(vmBootPhases(VM_PROFILES['windows-server'], nginx, reader, ssd))).toBe(
      35 + 1000 + 2000 + 5000 + 30000 + 500,
    );
    expect(singleStartMs(vmBootPhases(VM_PROFILES['desktop-vm'], nginx, reader, ssd))).toBeGreaterThan(server);
  });
});

describe('§3.2 container start time', () => {
  it('an nginx container starts in 873 ms: 373 ms of docker plus the shared 0.5 s app start', () => {
    const phases = containerStartPhases(nginx, reader, ssd);
    expect(phases.map((p) => [p.phase, p.durationMs])).toEqual([
      ['create', 250],
      ['namespaces', 10],
      ['rootfs', 20],
      ['network', 60],
      ['exec', 33],
      ['app', 500],
    ]);
    expect(singleStartMs(phases)).toBe(873);
  });

  it('an alpine container starts in about 0.5 s (within 30% of the measured docker run)', () => {
    const ms = singleStartMs(containerStartPhases(alpine, reader, ssd));
    expect(ms).toBe(374);
    const measured = reader.get('docker_run_measured');
    expect(ms).toBeGreaterThan(0.7 * measured);
    expect(ms).toBeLessThan(1.3 * measured);
  });

  it("a slower CPU stretches the CPU phases and an HDD stretches only the overlay mount and the app's I/O", () => {
    const slow = resolveHost(createReader({ cpu_speed: 0.5 }), 'ssd');
    expect(singleStartMs(containerStartPhases(nginx, reader, slow))).toBeCloseTo(
      2 * (250 + 10 + 60 + 33) + 20 + 850,
      6,
    );
    const hdd = resolveHost(reader, 'hdd');
    expect(singleStartMs(containerStartPhases(nginx, reader, hdd))).toBeCloseTo(
      250 + 10 + 60 + 33 + 20 * 2.04 + 656,
      6,
    );
  });
});
