/**
 * Formula §3.4 of docs/reference/vm-container-model.md: N instances started at once on one host.
 * Admission lets instances in while memory (and disk) lasts; the k-th admitted instance is ready no
 * sooner than its own T(1), and no sooner than the shared resources can have done the work of k starts
 * (a bottleneck or "roofline" model):
 *
 *   t_k = max( T(1), k × W_cpu·s_cpu / C, k × R_io / B_disk, k × t_serial )
 *
 * so the last one, t_N, is §3.4's T(N). The binding term says which resource made it wait.
 */

import type { HostSpec } from './host-spec';

/** What one start costs each shared resource, in ms of that resource's time. */
export interface StartCost {
  /** W_cpu × s_cpu / C: this start's CPU work spread over all cores. */
  cpuMs: number;
  /** R_io / B_disk: this start's reads at the disk's full bandwidth. */
  diskMs: number;
  /** t_serial: the control plane's time for this start, one start at a time. */
  serialMs: number;
}

/** The resource that decides when an instance is ready; `none` when it is as fast as alone. */
export type Binding = 'none' | 'cpu' | 'disk' | 'serial';

/** When the k-th instance is ready and what held it back. */
export interface ReadyTime {
  atMs: number;
  binding: Binding;
}

/** The cost of one start on this host, from its CPU work (CPU-ms), bytes read and serial time. */
export function startCost(cpuWorkMs: number, bootReadBytes: number, serialMs: number, host: HostSpec): StartCost {
  return {
    cpuMs: (cpuWorkMs * host.sCpu) / host.cores,
    diskMs: (bootReadBytes / host.diskBandwidthBytesPerSec) * 1000,
    serialMs,
  };
}

/** t_k for the k-th instance (k from 1) started together with the others. */
export function readyTime(k: number, singleMs: number, cost: StartCost): ReadyTime {
  const candidates: Array<[Binding, number]> = [
    ['cpu', k * cost.cpuMs],
    ['disk', k * cost.diskMs],
    ['serial', k * cost.serialMs],
  ];
  let best: ReadyTime = { atMs: singleMs, binding: 'none' };
  for (const [binding, atMs] of candidates) if (atMs > best.atMs) best = { atMs, binding };
  return best;
}

/** §3.4's T(N): the time until all `n` admitted instances are ready (0 when none start). */
export function allReadyMs(n: number, singleMs: number, cost: StartCost): number {
  return n <= 0 ? 0 : readyTime(n, singleMs, cost).atMs;
}

/** §3.4's admission: how many instances of `perInstance` bytes fit in `free` bytes; null when they cost none. */
export function fitCount(freeBytes: number, perInstanceBytes: number): number | null {
  if (!(perInstanceBytes > 0)) return null;
  // Exact for whole bytes: a quotient just under k never rounds up to k below 2^53 bytes.
  return Math.max(0, Math.floor(freeBytes / perInstanceBytes));
}
