/**
 * docs/reference/vm-container-model.md §1H and §3.6: memory that is not the guest's or the app's own,
 * once per host or once per instance.
 */

import { param, type Parameter } from './parameter';

/** Host, engine and per-instance overheads, reference tables 1H and §3.6. */
export const MEMORY_PARAMETERS: readonly Parameter[] = [
  param(
    'host_os_ram',
    'Host OS memory (kernel, system services)',
    1,
    [0.25, 8],
    'GiB',
    ['E'],
    '§3.6: "on a 16 GiB host (about 1 GiB for the host OS)" (estimate)',
  ),
  param(
    'engine_ram',
    'Container engine daemons (dockerd + containerd), once per host',
    120,
    [60, 200],
    'MB',
    ['I', 'E'],
    '§1H: containerd RSS 57–64 MB and cri-containerd 51 MB in containerd#2020 [I]; dockerd ≈50–100 MB [E]',
  ),
  param(
    'shim_ram',
    'Per-container runtime overhead (containerd-shim)',
    8,
    [5, 11],
    'MB',
    ['I'],
    '§1H: shim RSS 5.2 MB (containerd PR #1767), 5.3–8.6 MB (containerd#2020), ≈10–11 MB (containerd#7878)',
  ),
  param(
    'qemu_overhead',
    'VMM memory overhead per VM (QEMU)',
    50,
    [30, 65],
    'MiB',
    ['I', 'D'],
    '§1H: KubeVirt PR #18388 raised QemuOverhead from 30 Mi to 50 Mi after measuring ≈30–40 Mi; oVirt used 65 ' +
      'MB (kubevirt#167)',
  ),
];
