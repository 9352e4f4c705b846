/** Why an instance could not start: the host ran out of memory or disk before its turn. */

import { bytesSize, humanSize } from '../kernel/go-units';

/** A start refused for lack of a resource, with the numbers behind it. */
export interface CapacityFailure {
  resource: 'ram' | 'disk';
  /** What this instance needs of the resource. */
  neededBytes: number;
  /** What was still free when its turn came. */
  freeBytes: number;
  /** The host's total of the resource. */
  capacityBytes: number;
  /** A plain-English explanation (the page localises from the numbers). */
  message: string;
}

const WHAT = { vm: 'the VM', container: 'the container' } as const;

/** Builds the failure for `kind` needing `neededBytes` with only `freeBytes` left. */
export function capacityFailure(
  kind: 'vm' | 'container',
  resource: 'ram' | 'disk',
  neededBytes: number,
  freeBytes: number,
  capacityBytes: number,
): CapacityFailure {
  const free = Math.max(0, freeBytes);
  const message =
    resource === 'ram'
      ? `not enough memory: ${WHAT[kind]} needs ${bytesSize(neededBytes)} but only ${bytesSize(free)} of the ` +
        `host's ${bytesSize(capacityBytes)} RAM is free` +
        (kind === 'vm'
          ? ' (a VM reserves all of its guest RAM when it powers on)'
          : " (Docker sets no limit by default: the container would start and the kernel's OOM killer would end " +
            'a process)')
      : `not enough disk: ${WHAT[kind]} needs ${humanSize(neededBytes)} but only ${humanSize(free)} of the ` +
        `host's ${humanSize(capacityBytes)} disk is free`;
  return { resource, neededBytes, freeBytes: free, capacityBytes, message };
}
