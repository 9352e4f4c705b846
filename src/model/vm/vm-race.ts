/**
 * N VMs powered on at once. The formulas plan each VM's phases (§3.1 on this host, §3.4 under
 * contention, in docs/reference/vm-container-model.md); then one `vmMachine` actor per VM runs on a
 * virtual clock from the race's start, and the timeline is what the actors emit. Each VM powers on
 * with the RAM and disk still free, so the statechart itself refuses the first VM that does not fit.
 */

import { createActor } from 'xstate';
import type { ParamReader } from './param-reader';
import type { HostSpec } from './host-spec';
import type { VmProfile } from './profiles';
import type { AppProfile } from './app-profile';
import type { VmPhase } from './phases';
import { singleStartMs, vmBootPhases } from './boot-time';
import { allReadyMs, readyTime, startCost } from './contention';
import { footprintFit, vmDiskFootprint, vmRamFootprint, type DiskMode } from './footprint';
import { schedulePhases, type PhaseInterval } from './schedule';
import { createVirtualClock } from './virtual-clock';
import { vmMachine, type VmEmitted } from './vm-machine';
import type { InstanceTimeline } from './timeline';
import { buildRaceResult, combineFit, type RaceResult } from './race-result';

/** What a VM race needs. */
export interface VmRaceOptions {
  profile: VmProfile;
  app: AppProfile;
  count: number;
  diskMode: DiskMode;
  host: HostSpec;
  reader: ParamReader;
  /** The virtual time the race starts at (the world's clock). */
  startMs: number;
}

/** Runs N VMs from power on to ready and returns the VM side of the comparison. */
export function runVmRace(options: VmRaceOptions): RaceResult<VmPhase> {
  const { profile, app, count, host } = options;
  const timeReader = options.reader.fork();
  const phases = vmBootPhases(profile, app, timeReader, host);
  const single = singleStartMs(phases);
  const serialMs = profile.serial.perCoreRate
    ? 1000 / (timeReader.get(profile.serial.param) * host.cores)
    : timeReader.get(profile.serial.param);
  const cost = startCost(timeReader.get(profile.cpuWork), timeReader.get(profile.bootRead), serialMs, host);
  const ramReader = options.reader.fork();
  const ram = vmRamFootprint(profile, ramReader);
  const diskReader = options.reader.fork();
  const disk = vmDiskFootprint(profile, options.diskMode, diskReader);
  const fit = combineFit(footprintFit(ram, host.ramBytes) ?? count, footprintFit(disk, host.diskBytes));
  const admitted = Math.min(count, fit.total);
  // Shutdown is not part of a start, so it is read without citing it in the start time's sources.
  const shutdownMs = Math.round(options.reader.fork().get(profile.shutdown) * host.sCpu);

  const clock = createVirtualClock(options.startMs);
  const log = new Map<string, Array<{ at: number; event: VmEmitted }>>();
  const plans: PhaseInterval<VmPhase>[][] = [];
  let freeRam = host.ramBytes - ram.sharedBytes;
  let freeDisk = host.diskBytes - disk.sharedBytes;
  const actors = [];
  for (let k = 1; k <= count; k++) {
    const name = `vm-${k}`;
    // A VM past the fit fails at power on; its plan is only a placeholder it never runs.
    const plan = schedulePhases(phases, readyTime(Math.min(k, Math.max(admitted, 1)), single, cost), 'vmm');
    plans.push(plan);
    const durations = Object.fromEntries(plan.map((p) => [p.phase, p.endMs - p.startMs]));
    const actor = createActor(vmMachine, {
      input: { name, durations, shutdownMs, ramBytes: ram.perInstanceBytes, diskBytes: disk.perInstanceBytes },
      clock,
    });
    const events: Array<{ at: number; event: VmEmitted }> = [];
    log.set(name, events);
    actor.on('*', (event) => events.push({ at: clock.now() - options.startMs, event }));
    actor.start();
    actor.send({
      type: 'vm.powerOn',
      freeRamBytes: freeRam,
      freeDiskBytes: freeDisk,
      ramCapacityBytes: host.ramBytes,
      diskCapacityBytes: host.diskBytes,
    });
    if (!actor.getSnapshot().matches('failed')) {
      freeRam -= ram.perInstanceBytes;
      freeDisk -= disk.perInstanceBytes;
    }
    actors.push(actor);
  }
  clock.advanceTo(options.startMs + allReadyMs(admitted, single, cost) + 1);
  for (const actor of actors) actor.stop();

  const instances = [...log.entries()].map(([name, events], i) => toInstance(name, i + 1, events, plans[i]));
  const started = instances.filter((i) => i.readyMs !== null).length;
  if (started !== admitted)
    throw new Error(`internal: the VM statechart admitted ${started} VMs where §3.4 admits ${admitted}`);
  return buildRaceResult(
    'vm',
    instances,
    {
      ram,
      disk: {
        ...disk,
        atStartBytes: options.diskMode === 'full' ? disk.perInstanceBytes - diskReader.get(profile.diskDelta) : 0,
      },
      ramFrom: 'vmm',
      workFrom: 'vmm',
      cpuWorkMs: timeReader.get(profile.cpuWork),
      bootReadBytes: timeReader.get(profile.bootRead),
    },
    host,
    schedulePhases(phases, { atMs: single, binding: 'none' }, 'vmm'),
    fit,
    { time: timeReader.cited, ram: ramReader.cited, disk: diskReader.cited },
  );
}

/** Turns one VM's emitted events into its phase intervals; the plan supplies sources and waits. */
function toInstance(
  name: string,
  index: number,
  events: Array<{ at: number; event: VmEmitted }>,
  plan: PhaseInterval<VmPhase>[],
): InstanceTimeline<VmPhase> {
  const failed = events.find((e) => e.event.type === 'vm.failed');
  if (failed && failed.event.type === 'vm.failed')
    return { name, index, phases: [], readyMs: null, failure: failed.event.failure };
  const entered = events.filter((e) => e.event.type === 'vm.phase.entered');
  const booted = events.find((e) => e.event.type === 'vm.booted');
  const phases = entered.map((e, i) => {
    const phase = (e.event as Extract<VmEmitted, { type: 'vm.phase.entered' }>).phase as VmPhase;
    const planned = plan.find((p) => p.phase === phase);
    const endMs = i + 1 < entered.length ? entered[i + 1].at : (booted?.at ?? e.at);
    return { phase, startMs: e.at, endMs, param: planned?.param ?? '', waitMs: planned?.waitMs ?? 0 };
  });
  return { name, index, phases, readyMs: booted ? booted.at : null, failure: null };
}
