/**
 * docs/reference/vm-container-model.md §1D and §3.2: a container's start with its image already local,
 * phase by phase.
 */

import { param, type Parameter } from './parameter';

const KHAN = 'Khan, "Decomposing Docker Container Startup Performance", arXiv 2602.15214 (2026, preprint)';

/** The phases of `docker run` with a local image, reference table 1D. */
export const CONTAINER_START_PARAMETERS: readonly Parameter[] = [
  param(
    'cli_daemon',
    'API call and create (config, writable layer, endpoint)',
    250,
    [100, 600],
    'ms',
    ['I', 'E'],
    '§1D: "in containerd create+start is ~250ms", a moby maintainer in moby/moby#21737 (2018)',
  ),
  param(
    'namespaces',
    'Namespaces and cgroups (clone/unshare PID, mount, UTS, IPC, net)',
    10,
    [8, 10],
    'ms',
    ['I'],
    `§1D: "Linux namespace creation contributes only 8–10 ms (<1.5%)", ${KHAN}`,
  ),
  param(
    'rootfs_mount',
    'Overlay mount (image layers + new upper layer)',
    20,
    [5, 100],
    'ms',
    ['E'],
    '§1D: no per-mount number found; copy-on-write layer described in the Docker storage-driver docs [D]',
  ),
  param(
    'network_setup',
    'Network (veth pair, bridge, iptables)',
    60,
    [10, 200],
    'ms',
    ['E'],
    '§1D: no clean number found; SOCK (Oakes et al., ATC 2018) names network namespaces a bottleneck [M, qualitative]',
  ),
  param(
    'oci_runtime_exec',
    'OCI runtime exec (runc sets up the process and execs it)',
    33,
    [17, 50],
    'ms',
    ['I'],
    '§1D: containers/crun README, 100 sequential /bin/true containers: runc 3.34 s (≈33 ms each), crun 1.69 s',
  ),
  param(
    'docker_run_measured',
    '`docker run` end to end, image local (measured, for comparison)',
    500,
    [150, 1200],
    'ms',
    ['M', 'I'],
    `§1D: 568 ms on Azure Premium SSD, ${KHAN}; about 150 ms in LightVM (Manco et al., SOSP 2017) [M]`,
  ),
];
