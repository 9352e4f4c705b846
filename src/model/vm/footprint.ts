/**
 * Formulas §3.5 and §3.6 of docs/reference/vm-container-model.md: what N instances take in RAM and on
 * disk. Each is a footprint: a part paid once per host (host OS, engine, a shared base image or image
 * layers) plus a part per instance.
 *
 *   RAM, VMs:         M_hostOS + N × (m_guest_alloc + m_vmm)          (no overcommit)
 *   RAM, containers:  M_hostOS + M_engine + N × (m_shim + m_app)
 *   Disk, VMs:        N × (S_image_used + S_vm_delta)  as full copies
 *                     S_base_image + N × S_vm_delta    as linked clones
 *   Disk, containers: Σ unique layers + N × S_writable (from the engine's layer store)
 */

import type { ParamReader } from './param-reader';
import type { VmProfile } from './profiles';
import type { AppProfile } from './app-profile';
import { fitCount } from './contention';

/** How VM disks are made: a full copy of the image each, or thin clones of one base (qcow2 backing file). */
export type DiskMode = 'full' | 'linked';

/** A resource's use: paid once, plus per instance (whole bytes). */
export interface Footprint {
  sharedBytes: number;
  perInstanceBytes: number;
}

// Whole bytes keep admission exact: a host's free bytes minus k instances is never a rounding off.
const bytes = (sharedBytes: number, perInstanceBytes: number): Footprint => ({
  sharedBytes: Math.round(sharedBytes),
  perInstanceBytes: Math.round(perInstanceBytes),
});

/** The footprint of `n` instances. */
export function footprintTotal(footprint: Footprint, n: number): number {
  return footprint.sharedBytes + n * footprint.perInstanceBytes;
}

/** How many instances fit in `capacity` bytes; null when instances cost nothing of it. */
export function footprintFit(footprint: Footprint, capacity: number): number | null {
  return fitCount(capacity - footprint.sharedBytes, footprint.perInstanceBytes);
}

/** §3.6, VMs: the host OS once, then guest RAM plus VMM overhead per VM. */
export function vmRamFootprint(profile: VmProfile, reader: ParamReader): Footprint {
  return bytes(reader.get('host_os_ram'), reader.get(profile.guestRam) + reader.get(profile.vmmOverhead));
}

/** §3.6, containers: the host OS and the engine once, then a shim and the app per container. */
export function containerRamFootprint(app: AppProfile, reader: ParamReader): Footprint {
  return bytes(reader.get('host_os_ram') + reader.get('engine_ram'), reader.get('shim_ram') + reader.get(app.rssParam));
}

/** §3.5, VMs: a full copy and its first-boot writes each, or one base image and each clone's writes. */
export function vmDiskFootprint(profile: VmProfile, mode: DiskMode, reader: ParamReader): Footprint {
  const delta = reader.get(profile.diskDelta);
  return mode === 'full' ? bytes(0, reader.get(profile.diskUsed) + delta) : bytes(reader.get(profile.baseImage), delta);
}
