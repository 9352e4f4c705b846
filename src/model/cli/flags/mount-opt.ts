// docker/cli 28.2.2 opts/mount.go MountOpt.Set: one `--mount` value, a CSV record of `key=value`
// fields, turned into the mount.Mount the client sends in HostConfig.Mounts, or refused with the
// client's own error (pflag then wraps it as `invalid argument "…" for "--mount" flag: …`).
import { readCsvRecord } from './go-csv';
import { ramInBytes } from './flag-values';
import { parseGoBool } from './go-strconv';

/** api/types/mount.Mount as encoding/json writes it (every field `omitempty`), in its field order. */
export interface MountSpec {
  Type?: string;
  Source?: string;
  Target?: string;
  ReadOnly?: boolean;
  Consistency?: string;
  BindOptions?: {
    Propagation?: string;
    NonRecursive?: boolean;
    CreateMountpoint?: boolean;
    ReadOnlyNonRecursive?: boolean;
    ReadOnlyForceRecursive?: boolean;
  };
  VolumeOptions?: {
    NoCopy?: boolean;
    Labels?: Record<string, string>;
    Subpath?: string;
    DriverConfig?: { Name?: string; Options?: Record<string, string> };
  };
  ImageOptions?: { Subpath?: string };
  TmpfsOptions?: { SizeBytes?: number; Mode?: number; Options?: string[][] };
}

/** A parsed `--mount` value or the client's error. */
export type ParsedMount = { ok: true; mount: MountSpec } | { ok: false; error: string };

/** filepath.Abs of a relative path against the client's working directory (Join, then Clean). */
export function absolutePath(path: string, workingDir: string): string {
  const parts: string[] = [];
  for (const part of `${workingDir}/${path}`.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return `/${parts.join('/')}`;
}

/** strconv.ParseUint(s, 8, 32), as tmpfs-mode is read. */
function parseOctalMode(s: string): number | undefined {
  if (!/^[0-7]+$/.test(s)) return undefined;
  const value = parseInt(s, 8);
  return value <= 0xffffffff ? value : undefined;
}

/** A `key=value` into a map (`volume-label`, `volume-opt`): an empty key is dropped. */
function setOnMap(target: Record<string, string>, value: string): void {
  const at = value.indexOf('=');
  const key = at < 0 ? value : value.slice(0, at);
  if (key !== '') target[key] = at < 0 ? '' : value.slice(at + 1);
}

/** Parses one `--mount` value; a relative source starting with `.` is made absolute against `workingDir`. */
export function parseMountOpt(value: string, workingDir: string): ParsedMount {
  const record = readCsvRecord(value);
  if (!record.ok) return record;
  const mount: MountSpec = { Type: 'volume' };
  const volumeOptions = () => {
    mount.VolumeOptions ??= { Labels: {} };
    mount.VolumeOptions.DriverConfig ??= {};
    return mount.VolumeOptions;
  };
  const bindOptions = () => (mount.BindOptions ??= {});
  const tmpfsOptions = () => (mount.TmpfsOptions ??= {});
  const fail = (error: string): ParsedMount => ({ ok: false, error });

  for (const field of record.fields) {
    const at = field.indexOf('=');
    const key = (at < 0 ? field : field.slice(0, at)).toLowerCase();
    const val = at < 0 ? '' : field.slice(at + 1);
    if (at < 0) {
      if (key === 'readonly' || key === 'ro') mount.ReadOnly = true;
      else if (key === 'volume-nocopy') volumeOptions().NoCopy = true;
      else if (key === 'bind-nonrecursive') bindOptions().NonRecursive = true;
      else return fail(`invalid field '${field}' must be a key=value pair`);
      continue;
    }
    switch (key) {
      case 'type':
        mount.Type = val.toLowerCase();
        break;
      case 'source':
      case 'src':
        mount.Source = !val.startsWith('/') && val.startsWith('.') ? absolutePath(val, workingDir) : val;
        break;
      case 'target':
      case 'dst':
      case 'destination':
        mount.Target = val;
        break;
      case 'readonly':
      case 'ro':
      case 'bind-nonrecursive': {
        const parsed = parseGoBool(val);
        if (!parsed.ok) return fail(`invalid value for ${key}: ${val}`);
        if (key === 'bind-nonrecursive') bindOptions().NonRecursive = parsed.value;
        else mount.ReadOnly = parsed.value;
        break;
      }
      case 'consistency':
        mount.Consistency = val.toLowerCase();
        break;
      case 'bind-propagation':
        bindOptions().Propagation = val.toLowerCase();
        break;
      case 'bind-recursive':
        if (val === 'disabled') bindOptions().NonRecursive = true;
        else if (val === 'writable') bindOptions().ReadOnlyNonRecursive = true;
        else if (val === 'readonly') bindOptions().ReadOnlyForceRecursive = true;
        else if (val !== 'enabled')
          return fail(`invalid value for ${key}: ${val} (must be "enabled", "disabled", "writable", or "readonly")`);
        break;
      case 'volume-subpath':
        volumeOptions().Subpath = val;
        break;
      case 'volume-nocopy': {
        const parsed = parseGoBool(val);
        if (!parsed.ok) return fail(`invalid value for volume-nocopy: ${val}`);
        volumeOptions().NoCopy = parsed.value;
        break;
      }
      case 'volume-label':
        setOnMap(volumeOptions().Labels!, val);
        break;
      case 'volume-driver':
        volumeOptions().DriverConfig!.Name = val;
        break;
      case 'volume-opt':
        setOnMap((volumeOptions().DriverConfig!.Options ??= {}), val);
        break;
      case 'image-subpath':
        (mount.ImageOptions ??= {}).Subpath = val;
        break;
      case 'tmpfs-size': {
        const size = ramInBytes(val);
        if (!size.ok) return fail(`invalid value for ${key}: ${val}`);
        tmpfsOptions().SizeBytes = size.value;
        break;
      }
      case 'tmpfs-mode': {
        const mode = parseOctalMode(val);
        if (mode === undefined) return fail(`invalid value for ${key}: ${val}`);
        tmpfsOptions().Mode = mode;
        break;
      }
      default:
        return fail(`unexpected key '${key}' in '${field}'`);
    }
  }

  if (!mount.Type) return fail('type is required');
  if (!mount.Target) return fail('target is required');
  const mixed = (options: unknown, kind: string, prefix: string) =>
    options !== undefined && mount.Type !== kind
      ? `cannot mix '${prefix}-*' options with mount type '${mount.Type}'`
      : '';
  const mixError =
    mixed(mount.VolumeOptions, 'volume', 'volume') ||
    mixed(mount.ImageOptions, 'image', 'image') ||
    mixed(mount.BindOptions, 'bind', 'bind') ||
    mixed(mount.TmpfsOptions, 'tmpfs', 'tmpfs');
  if (mixError) return fail(mixError);
  const bind = mount.BindOptions;
  if (bind?.ReadOnlyNonRecursive && !mount.ReadOnly)
    return fail("option 'bind-recursive=writable' requires 'readonly' to be specified in conjunction");
  if (bind?.ReadOnlyForceRecursive) {
    if (!mount.ReadOnly)
      return fail("option 'bind-recursive=readonly' requires 'readonly' to be specified in conjunction");
    if (bind.Propagation !== 'rprivate')
      return fail(
        "option 'bind-recursive=readonly' requires 'bind-propagation=rprivate' to be specified in conjunction",
      );
  }
  return { ok: true, mount: withoutEmpty(mount) };
}

/** What encoding/json keeps of a struct whose fields are all `omitempty`: no false, "", 0 or empty map. */
function withoutEmpty<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (v === false || v === '' || v === 0 || v === undefined) continue;
    const isMap = key === 'Labels' || key === 'Options';
    if (isMap && Object.keys(v as object).length === 0) continue;
    out[key] = typeof v === 'object' && v !== null && !isMap ? withoutEmpty(v as object) : v;
  }
  return out as T;
}
