/**
 * The outcome of one race (N VMs, or N containers): how fast, how much RAM and disk, how many fit,
 * and the timeline, built the same way for both sides so the page and the report compare like
 * with like.
 */

import type { Phase } from './phases';
import { capacityFailure, type CapacityFailure } from './failure';
import { footprintTotal, type Footprint } from './footprint';
import { levelSeries, type InstanceTimeline, type LevelChange, type RaceTimeline } from './timeline';
import type { HostSpec } from './host-spec';
import type { PhaseInterval } from './schedule';

/** How many instances fit on the host, by each resource; `byDisk` is null when disk does not limit. */
export interface FitResult {
  byRam: number;
  byDisk: number | null;
  total: number;
  limitedBy: 'ram' | 'disk';
}

/** A resource's use after the race. */
export interface UseResult extends Footprint {
  usedBytes: number;
  capacityBytes: number;
}

/** The parameters (or `engine:` data) each figure was computed from. */
export interface RaceSources {
  time: readonly string[];
  ram: readonly string[];
  disk: readonly string[];
}

/** One side of the comparison. */
export interface RaceResult<P extends Phase = Phase> {
  kind: 'vm' | 'container';
  requested: number;
  started: number;
  failed: number;
  /** T(1): one instance alone on this host. */
  singleMs: number;
  /** The phases of one instance alone on this host (no contention). */
  singlePhases: PhaseInterval<P>[];
  /** When the first instance was ready; null when none started. */
  firstReadyMs: number | null;
  /** When every started instance was ready (T(N) of docs/reference/vm-container-model.md §3.4); 0 when none started. */
  allReadyMs: number;
  ram: UseResult;
  disk: UseResult;
  fit: FitResult;
  firstFailure: CapacityFailure | null;
  /** What the first instance past the fit meets: the limit, whether or not this run reached it. */
  limitFailure: CapacityFailure;
  timeline: RaceTimeline<P>;
  sources: RaceSources;
}

/** What a race's instances cost, for the resource series. */
export interface RaceCosts {
  ram: Footprint;
  /** Disk: shared part at 0, `atStart` per instance from its start, the rest once it is ready. */
  disk: Footprint & { atStartBytes: number };
  /** Phase at which an instance's RAM is taken (the VMM reserves guest RAM; a container's shim). */
  ramFrom: Phase;
  /** Phase at which the instance's work on the host begins (a cloud VM's first phases are elsewhere). */
  workFrom: Phase;
  cpuWorkMs: number;
  bootReadBytes: number;
}

/** Builds the result from the instances' timelines; per-instance disk may come from the engine. */
export function buildRaceResult<P extends Phase>(
  kind: 'vm' | 'container',
  instances: InstanceTimeline<P>[],
  costs: RaceCosts,
  host: HostSpec,
  singlePhases: PhaseInterval<P>[],
  fit: FitResult,
  sources: RaceSources,
  diskPerInstance: (instance: InstanceTimeline<P>) => number = () => costs.disk.perInstanceBytes,
): RaceResult<P> {
  const started = instances.filter((i) => i.readyMs !== null);
  const ready = started.map((i) => i.readyMs as number);
  const ramChanges: LevelChange[] = [];
  const diskChanges: LevelChange[] = [];
  const cpuChanges: LevelChange[] = [];
  const readChanges: LevelChange[] = [];
  let diskInstances = 0;
  for (const instance of started) {
    const end = instance.readyMs as number;
    const from = instance.phases.find((p) => p.phase === costs.ramFrom)?.startMs ?? 0;
    ramChanges.push({ atMs: from, delta: costs.ram.perInstanceBytes });
    const disk = diskPerInstance(instance);
    diskInstances += disk;
    diskChanges.push(
      { atMs: 0, delta: Math.min(disk, costs.disk.atStartBytes) },
      { atMs: end, delta: Math.max(0, disk - costs.disk.atStartBytes) },
    );
    // The start's CPU work and reads, spread evenly over its time on the host.
    const work = instance.phases.find((p) => p.phase === costs.workFrom)?.startMs ?? 0;
    if (end > work) {
      const cores = (costs.cpuWorkMs * host.sCpu) / (end - work);
      const rate = (costs.bootReadBytes / (end - work)) * 1000;
      cpuChanges.push({ atMs: work, delta: cores }, { atMs: end, delta: -cores });
      readChanges.push({ atMs: work, delta: rate }, { atMs: end, delta: -rate });
    }
  }
  const allReadyMs = ready.length ? Math.max(...ready) : 0;
  const firstFailure = instances.find((i) => i.failure)?.failure ?? null;
  const limited =
    fit.limitedBy === 'ram'
      ? { use: costs.ram, capacity: host.ramBytes }
      : { use: costs.disk, capacity: host.diskBytes };
  const limitFree = limited.capacity - limited.use.sharedBytes - fit.total * limited.use.perInstanceBytes;
  const limitFailure = capacityFailure(kind, fit.limitedBy, limited.use.perInstanceBytes, limitFree, limited.capacity);
  return {
    kind,
    requested: instances.length,
    started: started.length,
    failed: instances.length - started.length,
    singleMs: singlePhases.length ? singlePhases[singlePhases.length - 1].endMs : 0,
    singlePhases,
    firstReadyMs: ready.length ? Math.min(...ready) : null,
    allReadyMs,
    ram: { ...costs.ram, usedBytes: footprintTotal(costs.ram, started.length), capacityBytes: host.ramBytes },
    disk: { ...costs.disk, usedBytes: costs.disk.sharedBytes + diskInstances, capacityBytes: host.diskBytes },
    fit,
    firstFailure,
    limitFailure,
    timeline: {
      instances,
      endMs: allReadyMs,
      resources: [
        levelSeries('ram', 'bytes', host.ramBytes, costs.ram.sharedBytes, ramChanges, false),
        levelSeries('disk', 'bytes', host.diskBytes, costs.disk.sharedBytes, diskChanges, false),
        levelSeries('cpu', 'cores', host.cores, 0, cpuChanges, true),
        levelSeries('disk-read', 'bytes/s', host.diskBandwidthBytesPerSec, 0, readChanges, true),
      ],
    },
    sources,
  };
}

/** Combines the RAM and disk fits into how many instances fit and which resource limits them. */
export function combineFit(byRam: number, byDisk: number | null): FitResult {
  const diskLimits = byDisk !== null && byDisk < byRam;
  return { byRam, byDisk, total: diskLimits ? byDisk : byRam, limitedBy: diskLimits ? 'disk' : 'ram' };
}
