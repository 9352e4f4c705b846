/** The `compare` command line: flags to comparison settings, with plain-words errors. */

import type { SettingsInput } from '../../src/model/vm/settings';
import { parseSize } from './parse-size';

/** What the command line asks for. */
export interface CompareArgs {
  input: SettingsInput;
  json: boolean;
  help: boolean;
  /** Parameter id → the flag that set it, to name the flag in range errors. */
  origins: Record<string, string>;
}

/** The usage text. */
export const USAGE = `Usage: npm run --silent compare -- [options]

Starts N VMs and N containers at once on one simulated host and prints the comparison.

Options:
  --vms N             VMs to power on at once (0-5000, default 1)
  --containers N      containers to start at once (0-5000, default 1)
  --profile ID        ubuntu-server (default), cloud-vm, desktop-vm, windows-server, firecracker
  --image REF         image the containers run, pulled if missing (default nginx)
  --disks MODE        full (each VM a full disk copy, default) or linked (clones of one base)
  --ram SIZE          host RAM, e.g. 16GiB (default 16GiB)
  --cores N           host CPU cores (default 8)
  --disk SIZE         host disk free for instances, e.g. 500GB (default 500GB)
  --storage KIND      ssd (default), nvme or hdd
  --disk-speed SIZE   disk bandwidth per second, e.g. 500MB (default: the storage's)
  --cpu-speed X       CPU speed relative to the reference host (default 1)
  --set ID=VALUE      override any model parameter, in its unit (e.g. --set userspace=20)
  --seed S            seed of the simulated world (default 1)
  --json              print the whole run (timelines included) as JSON
  --help              this text

Sizes: 16GiB, 16G and 16g are binary; 500GB and 500MB are decimal; a bare number is bytes.`;

const VALUE_FLAGS = [
  'vms',
  'containers',
  'profile',
  'image',
  'disks',
  'ram',
  'cores',
  'disk',
  'storage',
  'disk-speed',
  'cpu-speed',
  'set',
  'seed',
];

function number(flag: string, text: string, errors: string[]): number {
  if (/^-?\d+(\.\d+)?$/.test(text.trim())) return Number(text);
  errors.push(`--${flag}: '${text}' is not a number`);
  return Number.NaN;
}

function size(flag: string, text: string, divisor: number, errors: string[]): number {
  const bytes = parseSize(text);
  if (bytes === null) errors.push(`--${flag}: '${text}' is not a size (e.g. 16GiB, 500GB, 500MB)`);
  return bytes === null ? Number.NaN : bytes / divisor;
}

/** Parses the arguments after `--`; every problem is reported at once. */
export function parseCompareArgs(
  argv: readonly string[],
): { ok: true; args: CompareArgs } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  const input: SettingsInput = {};
  const overrides: Record<string, number> = {};
  const origins: Record<string, string> = {};
  let json = false;
  let help = false;
  let diskSpeed: { text: string; value: number } | null = null;
  const set = (id: string, value: number, origin: string) => {
    overrides[id] = value;
    origins[id] = origin;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.indexOf('=');
    const flag = arg.startsWith('--') ? (eq > 0 ? arg.slice(2, eq) : arg.slice(2)) : '';
    if (flag === 'json' || flag === 'help') {
      if (flag === 'json') json = true;
      else help = true;
      continue;
    }
    if (!VALUE_FLAGS.includes(flag)) {
      errors.push(
        arg.startsWith('-') ? `unknown option ${arg}; see --help` : `unexpected argument '${arg}'; see --help`,
      );
      continue;
    }
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined) {
      errors.push(`--${flag} needs a value; see --help`);
      break;
    }
    const origin = `--${flag} ${value}`;
    switch (flag) {
      case 'vms':
      case 'containers':
        input[flag] = number(flag, value, errors);
        break;
      case 'profile':
      case 'image':
      case 'disks':
      case 'storage':
      case 'seed':
        input[flag] = value;
        break;
      case 'ram':
        set('host_ram', size(flag, value, 2 ** 30, errors), origin);
        break;
      case 'disk':
        set('host_disk', size(flag, value, 1e9, errors), origin);
        break;
      case 'disk-speed':
        diskSpeed = { text: origin, value: size(flag, value, 1e6, errors) };
        break;
      case 'cores':
        set('host_cores', number(flag, value, errors), origin);
        break;
      case 'cpu-speed':
        set('cpu_speed', number(flag, value, errors), origin);
        break;
      case 'set': {
        const [id, raw] = value.split('=');
        if (!id || raw === undefined) errors.push(`--set needs ID=VALUE, e.g. --set userspace=20; got '${value}'`);
        else set(id, number(`set ${id}`, raw, errors), origin);
        break;
      }
    }
  }
  if (diskSpeed)
    set(`${typeof input.storage === 'string' ? input.storage : 'ssd'}_bandwidth`, diskSpeed.value, diskSpeed.text);
  if (errors.length) return { ok: false, errors };
  input.overrides = overrides;
  return { ok: true, args: { input, json, help, origins } };
}
