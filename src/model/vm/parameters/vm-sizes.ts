/** docs/reference/vm-container-model.md §1F, §1H and §3.5: what a VM allocates in RAM and occupies on disk. */

import { param, type Parameter } from './parameter';

const UBUNTU_REQS = 'Ubuntu Server docs, "System requirements" (canonical/ubuntu-server-documentation)';
const WINDOWS_REQS = 'Microsoft Learn, "Hardware requirements for Windows Server" (MicrosoftDocs/windowsserverdocs)';

/** RAM and disk of the VM guests, reference tables 1F and 1H and formula §3.5. */
export const VM_SIZE_PARAMETERS: readonly Parameter[] = [
  param(
    'vm_guest_ram',
    'Guest RAM allocated to an Ubuntu Server VM',
    2048,
    [1024, 4096],
    'MiB',
    ['D', 'E'],
    `§1F/§1H: minimum 1024 MB, suggested 3 GB (${UBUNTU_REQS}) [D]; 2 GiB is the common default, e.g. KubeVirt/` +
      `Harvester examples [E]`,
  ),
  param(
    'ubuntu_cloud_image',
    "Ubuntu Server cloud image (qcow2, the linked clones' base)",
    600,
    [500, 700],
    'MB',
    ['I'],
    '§1F: "Cloudimage size around 600 MiB" for focal, a repository README (weak; check cloud-images.ubuntu.com)',
  ),
  param(
    'ubuntu_disk_used',
    'Disk an Ubuntu Server VM uses (the qcow2 expanded)',
    2,
    [1, 25],
    'GB',
    ['E'],
    `§3.5: S_image_used ≈ 2 GB, "the 600 MB qcow2 expands" (estimate); ${UBUNTU_REQS}: minimum 4 GB for cloud ` +
      `images, 25 GB suggested [D]`,
  ),
  param(
    'vm_delta',
    'Disk a VM writes on first boot (logs, cloud-init, apt metadata)',
    200,
    [0, 2000],
    'MB',
    ['E'],
    '§3.5: S_vm_delta ≈ 200 MB (estimate)',
  ),
  param(
    'desktop_ram',
    'Guest RAM allocated to a desktop VM',
    4,
    [2, 16],
    'GiB',
    ['E'],
    "our estimate: a desktop session needs about twice a server's 2 GiB",
  ),
  param(
    'desktop_disk_used',
    'Disk a desktop VM uses (installed Ubuntu desktop)',
    9,
    [6, 25],
    'GB',
    ['E', 'I'],
    '§1F: the Ubuntu 24.04 desktop ISO alone is 5.7–5.8 GB [I]; 9 GB installed is our estimate',
  ),
  param('desktop_delta', 'Disk a desktop VM writes on first boot', 500, [0, 5000], 'MB', ['E'], 'our estimate'),
  param(
    'windows_ram',
    'Guest RAM allocated to a Windows Server VM',
    4,
    [2, 16],
    'GiB',
    ['D'],
    `§1F: minimum 0.5 GB (Core) / 2 GB (Desktop Experience), 4 GB recommended for 2025, ${WINDOWS_REQS}`,
  ),
  param(
    'windows_disk',
    'Disk of a Windows Server VM',
    32,
    [32, 1000],
    'GB',
    ['D'],
    `§1F: "32 GB … an absolute minimum", ${WINDOWS_REQS}`,
  ),
  param(
    'windows_delta',
    'Disk a Windows VM writes on first boot (page file, logs)',
    1,
    [0, 20],
    'GB',
    ['E'],
    'our estimate',
  ),
];
