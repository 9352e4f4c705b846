/** Every parameter of the VM/container model, by id: the single table the page and the report cite. */

import type { Parameter } from './parameter';
import { VM_BOOT_PARAMETERS, VM_IO_SHARE_PARAMETERS } from './vm-boot';
import { CLOUD_PARAMETERS } from './cloud';
import { MICROVM_PARAMETERS } from './microvm';
import { WINDOWS_BOOT_PARAMETERS } from './windows-boot';
import { CONTAINER_START_PARAMETERS } from './container-start';
import { APP_PARAMETERS } from './apps';
import { MEMORY_PARAMETERS } from './memory';
import { VM_SIZE_PARAMETERS } from './vm-sizes';
import { CONTENTION_PARAMETERS } from './contention';
import { HOST_PARAMETERS } from './host';

/** The parameter groups, in the order the reference presents them. */
export const PARAMETER_GROUPS: Readonly<Record<string, readonly Parameter[]>> = {
  'vm-boot': VM_BOOT_PARAMETERS,
  'vm-io-share': VM_IO_SHARE_PARAMETERS,
  cloud: CLOUD_PARAMETERS,
  microvm: MICROVM_PARAMETERS,
  'windows-boot': WINDOWS_BOOT_PARAMETERS,
  'container-start': CONTAINER_START_PARAMETERS,
  app: APP_PARAMETERS,
  memory: MEMORY_PARAMETERS,
  'vm-sizes': VM_SIZE_PARAMETERS,
  contention: CONTENTION_PARAMETERS,
  host: HOST_PARAMETERS,
};

/** All parameters keyed by id. */
export const PARAMETERS: Readonly<Record<string, Parameter>> = Object.fromEntries(
  Object.values(PARAMETER_GROUPS).flatMap((group) => group.map((p) => [p.id, p])),
);

/** The parameter with this id; throws on an unknown id, which is a bug in the model's own data. */
export function getParameter(id: string): Parameter {
  const found = PARAMETERS[id];
  if (!found) throw new Error(`unknown model parameter '${id}'`);
  return found;
}
