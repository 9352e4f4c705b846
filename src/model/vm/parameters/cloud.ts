/**
 * docs/reference/vm-container-model.md §1B: a cloud launch, where the provider's control plane works
 * before the guest boots.
 */

import { param, type Parameter } from './parameter';

const PERCIVAL = 'C. Percival, "EC2 boot time benchmarking" (daemonology.net, 2021), ec2-boot-bench on c5.xlarge';

/** The control-plane phases of a cloud VM launch, reference table 1B. */
export const CLOUD_PARAMETERS: readonly Parameter[] = [
  param(
    'cloud_api',
    'Cloud API call (RunInstances)',
    1.5,
    [0.5, 3],
    's',
    ['I'],
    `§1B: "RunInstances API call took 1.54 s", ${PERCIVAL}`,
  ),
  param(
    'cloud_schedule',
    'Scheduling (pending → running: placement, NIC, EBS volume)',
    5,
    [3, 60],
    's',
    ['I'],
    `§1B: 4.9 s in the same sample, ${PERCIVAL}; steps described in martysweet.co.uk "EC2 Launch Times" (2023)`,
  ),
];
