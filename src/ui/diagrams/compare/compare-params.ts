/**
 * The comparison's settings as the page keeps them in its URL
 * (`?view=compare&n=5&profile=ubuntu-server&image=nginx&cores=8&ram=16&storage=ssd&hypervisor=1&speed=1`),
 * read back with every value that could not be used named, so the page can say what it ignored.
 */

import {
  PARAMETERS,
  DEFAULT_COMPARISON,
  type SettingsInput,
  isVmProfileId,
  VM_PROFILE_IDS,
  type VmProfileId,
  STORAGE_KINDS,
  type StorageKind,
} from '../../../model/comparison';

/** A hypervisor that runs on the hardware (1) or inside a host OS (2); drawn only, the model has one host. */
export type HypervisorType = 1 | 2;

/** Everything the comparison page lets a reader choose. */
export interface CompareParams {
  /** VMs and containers each, from 1 to 50. */
  n: number;
  profile: VmProfileId;
  image: string;
  /** Host CPU cores (the `host_cores` parameter). */
  cores: number;
  /** Host RAM in GiB (the `host_ram` parameter). */
  ramGiB: number;
  storage: StorageKind;
  hypervisor: HypervisorType;
  /** How fast the race clock runs against the wall clock. */
  speed: RaceSpeed;
}

/** The most instances of each side the page draws. */
export const MAX_N = 50;

/** Race clock speeds: slow enough to watch a VM boot, fast enough to skip through it. */
export const RACE_SPEEDS = [0.1, 0.25, 0.5, 1, 2] as const;

/** One race clock speed. */
export type RaceSpeed = (typeof RACE_SPEEDS)[number];

/** Images offered in the picker: all in the simulated registry, and all start cleanly in the race. */
export const IMAGE_CHOICES = [
  'nginx',
  'nginx:alpine',
  'httpd',
  'redis',
  'postgres',
  'mysql',
  'node',
  'python',
  'alpine',
  'busybox',
  'ubuntu',
  'hello-world',
] as const;

/** The valid range of a numeric setting, from the model's parameter table where there is one. */
export const RANGES = {
  n: [1, MAX_N],
  cores: PARAMETERS.host_cores.range,
  ram: PARAMETERS.host_ram.range,
} as const;

/** The page's defaults: the model's defaults with 5 of each, at the page's speed. */
export function defaultParams(speed: RaceSpeed = 1): CompareParams {
  return {
    n: 5,
    profile: DEFAULT_COMPARISON.profile,
    image: DEFAULT_COMPARISON.image,
    cores: PARAMETERS.host_cores.value,
    ramGiB: PARAMETERS.host_ram.value,
    storage: DEFAULT_COMPARISON.storage,
    hypervisor: 1,
    speed,
  };
}

/** A URL value the page could not use, and what it did instead. */
export type IgnoredParam =
  | { key: 'n' | 'cores' | 'ram'; value: string; kind: 'range'; min: number; max: number; used: number }
  | {
      key: 'profile' | 'storage' | 'hypervisor' | 'speed';
      value: string;
      kind: 'choice';
      choices: readonly string[];
      used: string;
    };

/** The settings read from a URL, with what was ignored. */
export interface ReadParams {
  params: CompareParams;
  ignored: IgnoredParam[];
}

/** Reads the settings from a query string; out-of-range numbers are clamped, unknown choices fall back. */
export function readCompareParams(search: string, fallback: CompareParams = defaultParams()): ReadParams {
  const url = new URLSearchParams(search);
  const ignored: IgnoredParam[] = [];
  const number = (key: 'n' | 'cores' | 'ram', fallbackValue: number, whole: boolean): number => {
    const raw = url.get(key);
    if (raw === null || raw === '') return fallbackValue;
    const [min, max] = RANGES[key];
    const value = Number(raw);
    if (!Number.isFinite(value)) {
      ignored.push({ key, value: raw, kind: 'range', min, max, used: fallbackValue });
      return fallbackValue;
    }
    const used = Math.min(max, Math.max(min, whole ? Math.round(value) : value));
    if (used !== value) ignored.push({ key, value: raw, kind: 'range', min, max, used });
    return used;
  };
  const choice = <T extends string | number>(
    key: 'profile' | 'storage' | 'hypervisor' | 'speed',
    choices: readonly T[],
    fallbackValue: T,
  ): T => {
    const raw = url.get(key);
    if (raw === null || raw === '') return fallbackValue;
    const found = choices.find((c) => String(c) === raw);
    if (found !== undefined) return found;
    ignored.push({ key, value: raw, kind: 'choice', choices: choices.map(String), used: String(fallbackValue) });
    return fallbackValue;
  };
  const n = number('n', fallback.n, true);
  const profile = choice<string>('profile', VM_PROFILE_IDS, fallback.profile);
  const params: CompareParams = {
    n,
    profile: isVmProfileId(profile) ? profile : fallback.profile,
    image: url.get('image')?.trim() || fallback.image,
    cores: number('cores', fallback.cores, true),
    ramGiB: number('ram', fallback.ramGiB, false),
    storage: choice<StorageKind>('storage', STORAGE_KINDS, fallback.storage),
    hypervisor: choice<HypervisorType>('hypervisor', [1, 2], fallback.hypervisor),
    speed: choice<RaceSpeed>('speed', RACE_SPEEDS, fallback.speed),
  };
  return { params, ignored };
}

/** The query string with every setting written in, keeping the page's other parameters (view, lang). */
export function writeCompareParams(search: string, params: CompareParams): string {
  const url = new URLSearchParams(search);
  url.set('n', String(params.n));
  url.set('profile', params.profile);
  url.set('image', params.image);
  url.set('cores', String(params.cores));
  url.set('ram', String(params.ramGiB));
  url.set('storage', params.storage);
  url.set('hypervisor', String(params.hypervisor));
  url.set('speed', String(params.speed));
  return `?${url.toString()}`;
}

/**
 * What `planComparison` gets. Host size is passed as overrides only when it differs from the
 * parameter's default, so the sources list marks just what the reader changed (as `compare` does).
 */
export function toSettings(params: CompareParams): SettingsInput {
  const overrides: Record<string, number> = {};
  if (params.cores !== PARAMETERS.host_cores.value) overrides.host_cores = params.cores;
  if (params.ramGiB !== PARAMETERS.host_ram.value) overrides.host_ram = params.ramGiB;
  return {
    vms: params.n,
    containers: params.n,
    profile: params.profile,
    image: params.image,
    storage: params.storage,
    overrides,
  };
}
