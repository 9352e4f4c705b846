import { describe, expect, it } from 'vitest';
import {
  containerRamFootprint,
  footprintFit,
  footprintTotal,
  vmDiskFootprint,
  vmRamFootprint,
} from '../../src/model/vm/footprint';
import { createReader } from '../../src/model/vm/param-reader';
import { VM_PROFILES } from '../../src/model/vm/profiles';
import { appForImage } from '../../src/model/vm/app-profile';

const reader = createReader();
const GiB = 2 ** 30;
const MiB = 2 ** 20;

describe('§3.5 disk footprint', () => {
  it("ten Ubuntu VMs take 22 GB as full copies and 2.6 GB as linked clones (the reference's worked example)", () => {
    expect(footprintTotal(vmDiskFootprint(VM_PROFILES['ubuntu-server'], 'full', reader), 10)).toBe(22e9);
    expect(footprintTotal(vmDiskFootprint(VM_PROFILES['ubuntu-server'], 'linked', reader), 10)).toBe(2.6e9);
  });

  it('a Windows Server VM needs its 32 GB disk plus what it writes on first boot', () => {
    expect(vmDiskFootprint(VM_PROFILES['windows-server'], 'full', reader)).toEqual({
      sharedBytes: 0,
      perInstanceBytes: 33e9,
    });
  });
});

describe('§3.6 memory footprint', () => {
  it('a 16 GiB host fits 7 default VMs: 1 GiB for the host OS, then 2 GiB + 50 MiB each', () => {
    const ram = vmRamFootprint(VM_PROFILES['ubuntu-server'], reader);
    expect(ram).toEqual({ sharedBytes: GiB, perInstanceBytes: 2048 * MiB + 50 * MiB });
    expect(footprintFit(ram, 16 * GiB)).toBe(7);
    expect(footprintTotal(ram, 7)).toBe(GiB + 7 * 2098 * MiB);
  });

  it('a 16 GiB host fits hundreds of nginx containers: 999 at 8 MB shim + 8 MB app, after 120 MB of engine', () => {
    const ram = containerRamFootprint(appForImage('nginx'), reader);
    expect(ram).toEqual({ sharedBytes: GiB + 120e6, perInstanceBytes: 16e6 });
    expect(footprintFit(ram, 16 * GiB)).toBe(Math.floor((15 * GiB - 120e6) / 16e6));
    expect(footprintFit(ram, 16 * GiB)).toBe(999);
  });

  it('a Firecracker microVM takes 128 MiB + 5 MiB, so 115 fit in 16 GiB', () => {
    const ram = vmRamFootprint(VM_PROFILES.firecracker, reader);
    expect(ram.perInstanceBytes).toBe(133 * MiB);
    expect(footprintFit(ram, 16 * GiB)).toBe(115);
  });
});
