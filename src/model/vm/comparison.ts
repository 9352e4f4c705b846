/**
 * `planComparison(settings) -> ComparisonRun`: N VMs and N containers started at once on the same
 * kind of host, side by side from the same virtual instant. The page animates the run's timelines
 * and shows its results table; `npm run compare` prints the same results.
 *
 * Without a world it creates its own from the settings' seed, so the same settings always give
 * the same run. Given a world, the containers are created in that world's default daemon.
 */

import { createWorld, type World } from '../world/world';
import { DEFAULT_HOST_PROFILE } from '../engine/host';
import type { Flag, Parameter } from './parameters/parameter';
import { getParameter } from './parameters/index';
import { createReader } from './param-reader';
import { resolveHost, type HostSpec } from './host-spec';
import { VM_PROFILES, type VmProfile } from './profiles';
import { appForImage, type AppProfile } from './app-profile';
import { checkSettings, SettingsError, type ComparisonSettings, type SettingsInput } from './settings';
import { ensureImage, type LocalImage } from './image-prep';
import { runVmRace } from './vm-race';
import { ENGINE_DISK_SOURCE, runContainerRace } from './container-race';
import type { RaceResult } from './race-result';
import type { ContainerPhase, VmPhase } from './phases';
import { measurementChecks, type MeasurementCheck } from './checks';

/** Where one number of the run comes from: a parameter (with the value in force) or the daemon. */
export interface Citation {
  id: string;
  label: string;
  /** The value in force with its unit (`35 ms`); empty for data the daemon reports. */
  value: string;
  flags: readonly Flag[];
  source: string;
  /** Whether this run set the value instead of taking the default. */
  overridden: boolean;
}

/** One comparison: settings, host, the two races, and every parameter it cites. */
export interface ComparisonRun {
  settings: ComparisonSettings;
  host: HostSpec;
  /** The parameters the host was read from. */
  hostSources: readonly string[];
  profile: Pick<VmProfile, 'id' | 'label'>;
  app: AppProfile;
  image: LocalImage;
  /** The virtual time both races start at (after any pull). */
  startedAtMs: number;
  vm: RaceResult<VmPhase>;
  container: RaceResult<ContainerPhase>;
  /** The model beside published measurements of the same spans. */
  checks: MeasurementCheck[];
  /** Every source the run cites, by id, in first-use order (the host's first). */
  citations: Record<string, Citation>;
}

/** Runs the comparison; throws `SettingsError` with every problem when the settings are invalid. */
export function planComparison(input: SettingsInput = {}, options: { world?: World } = {}): ComparisonRun {
  const check = checkSettings(input);
  if (!check.ok) throw new SettingsError(check.errors);
  const settings = check.settings;
  const reader = createReader(settings.overrides);
  const hostReader = reader.fork();
  const host = resolveHost(hostReader, settings.storage);
  const world =
    options.world ??
    createWorld({
      seed: settings.seed,
      hosts: [{ ...DEFAULT_HOST_PROFILE, cpus: host.cores, memTotal: host.ramBytes }],
    });
  const profile = VM_PROFILES[settings.profile];
  const app = appForImage(settings.image);
  const image = ensureImage(world, settings.image);
  const startedAtMs = world.state.clock.nowMs;
  const vm = runVmRace({
    profile,
    app,
    count: settings.vms,
    diskMode: settings.disks,
    host,
    reader,
    startMs: startedAtMs,
  });
  const container = runContainerRace({ world, image, app, count: settings.containers, host, reader });
  const checks = measurementChecks(profile, vm, container);
  const ids = [
    hostReader.cited,
    vm.sources.time,
    vm.sources.ram,
    vm.sources.disk,
    container.sources.time,
    container.sources.ram,
    container.sources.disk,
    checks.map((c) => c.param),
  ].flat();
  const citations: Record<string, Citation> = {};
  for (const id of ids) citations[id] ??= cite(id, settings.overrides);
  return {
    settings,
    host,
    hostSources: hostReader.cited,
    profile: { id: profile.id, label: profile.label },
    app,
    image,
    startedAtMs,
    vm,
    container,
    checks,
    citations,
  };
}

function cite(id: string, overrides: Readonly<Record<string, number>>): Citation {
  if (id === ENGINE_DISK_SOURCE.id) return { ...ENGINE_DISK_SOURCE, value: '', overridden: false };
  const row: Parameter = getParameter(id);
  const value = overrides[id] ?? row.value;
  return {
    id,
    label: row.label,
    value: `${value} ${row.unit}`,
    flags: row.flags,
    source: row.source,
    overridden: id in overrides,
  };
}
