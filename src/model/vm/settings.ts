/**
 * The settings of a comparison and their validation. Settings arrive from a page's sliders or a
 * command line, so every field is checked, and every refusal names the valid range or values.
 */

import { parseNormalizedNamed } from '../registry/reference';
import { PARAMETERS } from './parameters/index';
import { toBaseUnit } from './parameters/parameter';
import { isVmProfileId, VM_PROFILE_IDS, type VmProfileId } from './profiles';
import { STORAGE_KINDS, type StorageKind } from './host-spec';
import type { DiskMode } from './footprint';

/** Everything a comparison run depends on. */
export interface ComparisonSettings {
  /** How many VMs to power on at once. */
  vms: number;
  /** How many containers to start at once. */
  containers: number;
  profile: VmProfileId;
  /** The image the containers run (pulled first when missing); the VMs run the same app. */
  image: string;
  disks: DiskMode;
  storage: StorageKind;
  /** Parameter id → value in the parameter's unit; host size and speed are parameters too. */
  overrides: Readonly<Record<string, number>>;
  /** Seed of the world the containers are created in. */
  seed: string;
}

/** The default comparison: one Ubuntu Server VM and one nginx container on a 16 GiB, 8-core SSD host. */
export const DEFAULT_COMPARISON: ComparisonSettings = {
  vms: 1,
  containers: 1,
  profile: 'ubuntu-server',
  image: 'nginx',
  disks: 'full',
  storage: 'ssd',
  overrides: {},
  seed: '1',
};

/** The most instances of one kind a comparison starts. */
export const MAX_INSTANCES = 5000;

/** Settings as they arrive: any field may be missing or of the wrong type. */
export type SettingsInput = { [K in keyof ComparisonSettings]?: unknown };

/** The outcome of checking settings. */
export type SettingsCheck = { ok: true; settings: ComparisonSettings } | { ok: false; errors: string[] };

/** Thrown by `planComparison` for settings that do not pass `checkSettings`. */
export class SettingsError extends Error {
  constructor(readonly errors: string[]) {
    super(errors.join('\n'));
    this.name = 'SettingsError';
  }
}

/** Checks one parameter override; returns the refusal, or null when it is valid. */
export function checkOverride(id: string, value: unknown): string | null {
  const parameter = PARAMETERS[id];
  if (!parameter) return `unknown parameter '${id}'; the parameters are listed in src/model/vm/parameters`;
  const [min, max] = parameter.range;
  const what = `${parameter.label} (${id})`;
  if (typeof value !== 'number' || !Number.isFinite(value))
    return `${what} must be a number from ${min} to ${max} ${parameter.unit}; got ${String(value)}`;
  if (value < min || value > max)
    return `${what} must be from ${min} to ${max} ${parameter.unit}; got ${value} ${parameter.unit}`;
  if (id === 'host_cores' && !Number.isInteger(value))
    return `${what} must be a whole number from ${min} to ${max}; got ${value}`;
  return null;
}

function checkCount(name: string, value: unknown, errors: string[]): number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_INSTANCES) return value;
  errors.push(`${name} must be a whole number from 0 to ${MAX_INSTANCES}; got ${String(value)}`);
  return 0;
}

function checkChoice<T extends string>(name: string, value: unknown, choices: readonly T[], errors: string[]): T {
  if (typeof value === 'string' && (choices as readonly string[]).includes(value)) return value as T;
  errors.push(`${name} must be one of ${choices.join(', ')}; got '${String(value)}'`);
  return choices[0];
}

/** Fills in defaults and checks every field; all problems are reported at once. */
export function checkSettings(input: SettingsInput = {}): SettingsCheck {
  const errors: string[] = [];
  const get = <K extends keyof ComparisonSettings>(key: K): unknown =>
    input[key] === undefined ? DEFAULT_COMPARISON[key] : input[key];
  const vms = checkCount('vms', get('vms'), errors);
  const containers = checkCount('containers', get('containers'), errors);
  const rawProfile = get('profile');
  let profile: VmProfileId = DEFAULT_COMPARISON.profile;
  if (typeof rawProfile === 'string' && isVmProfileId(rawProfile)) profile = rawProfile;
  else errors.push(`unknown VM profile '${String(rawProfile)}'; valid profiles: ${VM_PROFILE_IDS.join(', ')}`);
  const image = get('image');
  if (typeof image !== 'string' || image === '')
    errors.push(`image must name an image, e.g. nginx or alpine; got '${String(image)}'`);
  else {
    const parsed = parseNormalizedNamed(image);
    if (!parsed.ok) errors.push(`image '${image}': ${parsed.error}`);
  }
  const disks = checkChoice<DiskMode>('disks', get('disks'), ['full', 'linked'], errors);
  const storage = checkChoice<StorageKind>('storage', get('storage'), STORAGE_KINDS, errors);
  const rawOverrides = get('overrides');
  const overrides: Record<string, number> = {};
  if (rawOverrides === null || typeof rawOverrides !== 'object' || Array.isArray(rawOverrides))
    errors.push('overrides must map parameter ids to numbers');
  else {
    for (const [id, value] of Object.entries(rawOverrides as Record<string, unknown>)) {
      const problem = checkOverride(id, value);
      if (problem) errors.push(problem);
      else overrides[id] = value as number;
    }
  }
  const valueOf = (id: string) => toBaseUnit(overrides[id] ?? PARAMETERS[id].value, PARAMETERS[id].unit);
  if (valueOf('host_os_ram') >= valueOf('host_ram'))
    errors.push(`the host OS memory (host_os_ram) must be less than the host RAM (host_ram)`);
  const seed = get('seed');
  if (typeof seed !== 'string' && typeof seed !== 'number')
    errors.push(`seed must be a string or a number; got ${String(seed)}`);
  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    settings: { vms, containers, profile, image: image as string, disks, storage, overrides, seed: String(seed) },
  };
}
