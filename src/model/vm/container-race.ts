/**
 * N containers started at once, for real: each is created and started through the Engine API in the
 * world's daemon (`race-1`, `race-2`, …), at the virtual times the formulas give (§3.2 on this host,
 * §3.4 under contention; sections of docs/reference/vm-container-model.md). Their disk use is what the
 * daemon reports afterwards in `GET /system/df`: the image's layers once, and a writable layer per
 * container.
 */

import type { World } from '../world/world';
import { route } from '../api/route';
import { advanceClock } from '../engine/advance';
import type { ParamReader } from './param-reader';
import type { HostSpec } from './host-spec';
import type { AppProfile } from './app-profile';
import type { ContainerPhase } from './phases';
import { messageOf, type LocalImage } from './image-prep';
import { containerStartPhases, singleStartMs } from './boot-time';
import { readyTime, startCost } from './contention';
import { containerRamFootprint, footprintFit } from './footprint';
import { schedulePhases } from './schedule';
import { capacityFailure } from './failure';
import type { InstanceTimeline } from './timeline';
import { buildRaceResult, combineFit, type RaceResult } from './race-result';

/** Where the containers' disk figures come from: the daemon itself, not a parameter. */
export const ENGINE_DISK_SOURCE = {
  id: 'engine:system-df',
  label: 'Disk used by the image and the containers, as the daemon reports it (GET /system/df)',
  flags: ['D', 'E'] as const,
  source:
    "the simulated daemon's layer store: each image layer once, plus each container's writable layer; layer " +
    'sizes from the registry catalog (docs/reference/catalog.json and docker-library/repo-info [D]; some ' +
    'uncompressed sizes estimated there [E])',
};

/** What a container race needs. */
export interface ContainerRaceOptions {
  world: World;
  image: LocalImage;
  app: AppProfile;
  count: number;
  host: HostSpec;
  reader: ParamReader;
}

interface DfContainer {
  Id: string;
  Names: string[];
  SizeRw?: number;
  State: string;
}

/** Runs N containers from `docker run` to ready in the world's daemon; the clock ends at the last ready. */
export function runContainerRace(options: ContainerRaceOptions): RaceResult<ContainerPhase> {
  const { world, image, app, count, host } = options;
  const timeReader = options.reader.fork();
  const phases = containerStartPhases(app, timeReader, host);
  const single = singleStartMs(phases);
  const cost = startCost(
    timeReader.get('ct_cpu_work'),
    timeReader.get('ct_start_read'),
    timeReader.get('ct_serial'),
    host,
  );
  const ramReader = options.reader.fork();
  const ram = containerRamFootprint(app, ramReader);
  const byRam = footprintFit(ram, host.ramBytes) ?? count;
  const admitted = Math.min(count, byRam);
  const plans = Array.from({ length: admitted }, (_, i) =>
    schedulePhases(phases, readyTime(i + 1, single, cost), 'create'),
  );

  const t0 = world.state.clock.nowMs;
  const calls: Array<{ at: number; order: number; run: () => void }> = [];
  const ids: string[] = [];
  plans.forEach((plan, i) => {
    // The daemon creates the container once its turn comes (the first phase is `create`), and
    // `start` returns once runc has exec'd the process, which is when the app phase begins.
    const created = plan[0].startMs + plan[0].waitMs;
    const started = plan.find((p) => p.phase === 'app')?.startMs ?? plan[plan.length - 1].endMs;
    calls.push({
      at: created,
      order: 2 * i,
      run: () => (ids[i] = createContainer(world, `race-${i + 1}`, image.reference)),
    });
    calls.push({ at: started, order: 2 * i + 1, run: () => startContainer(world, ids[i]) });
  });
  calls.sort((a, b) => a.at - b.at || a.order - b.order);
  for (const call of calls) {
    advanceClock(world, t0 + call.at - world.state.clock.nowMs);
    call.run();
  }
  const endMs = plans.reduce((max, plan) => Math.max(max, plan[plan.length - 1].endMs), 0);
  advanceClock(world, t0 + endMs - world.state.clock.nowMs);

  const df = route(world, { method: 'GET', path: '/system/df?type=container' }).json as { Containers: DfContainer[] };
  const byName = new Map(df.Containers.map((c) => [c.Names[0], c]));
  const instances: InstanceTimeline<ContainerPhase>[] = Array.from({ length: count }, (_, i) => {
    const name = `race-${i + 1}`;
    if (i >= admitted) {
      const free = host.ramBytes - ram.sharedBytes - admitted * ram.perInstanceBytes;
      return {
        name,
        index: i + 1,
        phases: [],
        readyMs: null,
        failure: capacityFailure('container', 'ram', ram.perInstanceBytes, free, host.ramBytes),
      };
    }
    const plan = plans[i];
    const found = byName.get(`/${name}`);
    return {
      name,
      index: i + 1,
      phases: plan,
      readyMs: plan[plan.length - 1].endMs,
      failure: null,
      containerId: ids[i],
      engineState: found?.State ?? 'unknown',
    };
  });
  const writable = (instance: InstanceTimeline<ContainerPhase>) => byName.get(`/${instance.name}`)?.SizeRw ?? 0;
  const perWritable = instances.reduce((max, i) => Math.max(max, i.readyMs === null ? 0 : writable(i)), 0);
  const diskShared = { sharedBytes: image.sizeBytes, perInstanceBytes: perWritable };
  const fit = combineFit(byRam, footprintFit(diskShared, host.diskBytes));
  return buildRaceResult(
    'container',
    instances,
    {
      ram,
      disk: { ...diskShared, atStartBytes: 0 },
      ramFrom: 'namespaces',
      workFrom: 'create',
      cpuWorkMs: timeReader.get('ct_cpu_work'),
      bootReadBytes: timeReader.get('ct_start_read'),
    },
    host,
    schedulePhases(phases, { atMs: single, binding: 'none' }, 'create'),
    fit,
    { time: timeReader.cited, ram: ramReader.cited, disk: [ENGINE_DISK_SOURCE.id] },
    writable,
  );
}

// Created as `docker run -dit` creates it, so a shell image (alpine) keeps running like a server does.
function createContainer(world: World, name: string, image: string): string {
  const response = route(world, {
    method: 'POST',
    path: `/containers/create?name=${encodeURIComponent(name)}`,
    body: { Image: image, Tty: true, OpenStdin: true },
  });
  if (response.status !== 201) throw new Error(`docker create ${name} failed: ${messageOf(response.json)}`);
  return (response.json as { Id: string }).Id;
}

function startContainer(world: World, id: string): void {
  const response = route(world, { method: 'POST', path: `/containers/${id}/start` });
  if (response.status !== 204) throw new Error(`docker start ${id.slice(0, 12)} failed: ${messageOf(response.json)}`);
}
