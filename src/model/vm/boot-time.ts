/**
 * Formulas §3.1 and §3.2 of docs/reference/vm-container-model.md: the time of one VM boot and one
 * container start, phase by phase.
 * A phase scales with the host as `T × ((1 − io) × s_cpu + io × s_io)`; a phase off the host
 * (the cloud's control plane) does not scale.
 */

import type { ParamReader } from './param-reader';
import type { HostSpec } from './host-spec';
import type { VmProfile } from './profiles';
import type { AppProfile } from './app-profile';
import { CONTAINER_PHASE_PARAMS, type ContainerPhase, type Phase, type VmPhase } from './phases';

/** One phase with its duration on this host, before any contention. */
export interface TimedPhase<P extends Phase = Phase> {
  phase: P;
  durationMs: number;
  /** The parameter the duration comes from. */
  param: string;
  /** The share of the phase that waits on storage; null for work off the host. */
  ioShare: number | null;
}

/** §3.1's scaling of one phase: the CPU part by s_cpu, the I/O part by s_io. */
export function scalePhase(baseMs: number, ioShare: number | null, host: Pick<HostSpec, 'sCpu' | 'sIo'>): number {
  if (ioShare === null) return baseMs;
  return baseMs * ((1 - ioShare) * host.sCpu + ioShare * host.sIo);
}

function timed<P extends Phase>(
  reader: ParamReader,
  host: HostSpec,
  phase: P,
  param: string,
  ioShare: number | null,
): TimedPhase<P> {
  return { phase, durationMs: scalePhase(reader.get(param), ioShare, host), param, ioShare };
}

/** §3.1: a VM's boot phases on this host, ending with the app's start. */
export function vmBootPhases(
  profile: VmProfile,
  app: AppProfile,
  reader: ParamReader,
  host: HostSpec,
): TimedPhase<VmPhase>[] {
  const phases: TimedPhase<VmPhase>[] = profile.phases.map((spec) =>
    timed(reader, host, spec.phase, spec.param, spec.io === null ? null : reader.get(spec.io)),
  );
  phases.push(timed(reader, host, 'app', app.startParam, reader.get('io_app')));
  return phases;
}

/** §3.2: a container's start phases on this host (image local), ending with the same app start. */
export function containerStartPhases(
  app: AppProfile,
  reader: ParamReader,
  host: HostSpec,
): TimedPhase<ContainerPhase>[] {
  const phases: TimedPhase<ContainerPhase>[] = CONTAINER_PHASE_PARAMS.map((spec) =>
    timed(reader, host, spec.phase, spec.param, spec.scaling === 'io' ? 1 : 0),
  );
  phases.push(timed(reader, host, 'app', app.startParam, reader.get('io_app')));
  return phases;
}

/** The time of one instance alone: the sum of its phases, T(1). */
export function singleStartMs(phases: readonly TimedPhase[]): number {
  return phases.reduce((sum, p) => sum + p.durationMs, 0);
}
