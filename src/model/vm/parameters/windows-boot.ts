/** Boot phases of a Windows Server guest: no reference measures them, so they are estimates. */

import { param, type Parameter } from './parameter';

const MAO = 'Windows VMs start "much slower" (Mao & Humphrey, IEEE CLOUD 2012) [M, qualitative]';

/** Windows boot manager, kernel and services; flagged [E] with the one qualitative source. */
export const WINDOWS_BOOT_PARAMETERS: readonly Parameter[] = [
  param('win_bootmgr', 'Windows Boot Manager', 2, [0.5, 10], 's', ['E'], `our estimate; ${MAO}`),
  param('win_kernel', 'Windows kernel and boot drivers', 5, [1, 20], 's', ['E'], `our estimate; ${MAO}`),
  param('win_userspace', 'Windows services until the logon screen', 30, [10, 120], 's', ['E'], `our estimate; ${MAO}`),
];
