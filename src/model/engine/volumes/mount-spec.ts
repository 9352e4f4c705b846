/**
 * `HostConfig.Mounts` as moby 28.2.2 checks and reads it on Linux: volume/mounts/linux_parser.go
 * (validateMountConfigImpl, parseMountSpec) and the errors of volume/mounts/validate.go.
 */

import type { HostState, MountRecord } from '../state';
import { EngineError } from '../errors';
import { cleanPath, hostPathExists } from './host-paths';

/** api/types/mount.Mount as the daemon decodes it (only what the simulator reads). */
export interface MountSpec {
  Type?: string;
  Source?: string;
  Target?: string;
  ReadOnly?: boolean;
  Consistency?: string;
  BindOptions?: { Propagation?: string; CreateMountpoint?: boolean } | null;
  VolumeOptions?: {
    NoCopy?: boolean;
    Labels?: Record<string, string> | null;
    Subpath?: string;
    DriverConfig?: { Name?: string; Options?: Record<string, string> | null } | null;
  } | null;
  ImageOptions?: { Subpath?: string } | null;
  TmpfsOptions?: { SizeBytes?: number; Mode?: number; Options?: string[][] | null } | null;
}

const PROPAGATIONS = new Set(['private', 'rprivate', 'slave', 'rslave', 'shared', 'rshared']);
const TMPFS_OPTIONS = new Set(['exec', 'noexec']);

/** errMountConfig: `invalid mount config for type "bind": …` (Go's %q of the type). */
function mountConfigError(spec: MountSpec, message: string): EngineError {
  return new EngineError(
    'invalidParameter',
    `invalid mount config for type ${JSON.stringify(spec.Type ?? '')}: ${message}`,
  );
}

const mustBeAbsolute = (p: string) => `invalid mount path: '${p}' mount path must be absolute`;

/** linux_parser.go convertTmpfsOptions' checks (the options themselves are the runtime's). */
function tmpfsOptionsError(spec: MountSpec): string {
  for (const option of spec.TmpfsOptions?.Options ?? []) {
    if (option.length < 1 || option.length > 2) return 'invalid option array length';
    if (!TMPFS_OPTIONS.has(option[0])) return `invalid option: ${option[0]}`;
  }
  return '';
}

/** validateMountConfigImpl with the bind source checked against the host's files; throws moby's error. */
export function validateMountSpec(host: HostState, spec: MountSpec): void {
  const fail = (message: string) => mountConfigError(spec, message);
  const target = (spec.Target ?? '').replace(/\\/g, '/');
  const source = spec.Source ?? '';
  if (target === '') throw fail('field Target must not be empty');
  if (cleanPath(target) === '/') throw fail("invalid specification: destination can't be '/'");
  if (!target.startsWith('/')) throw fail(mustBeAbsolute(target));
  switch (spec.Type) {
    case 'bind': {
      if (source === '') throw fail('field Source must not be empty');
      const propagation = spec.BindOptions?.Propagation ?? '';
      if (propagation !== '' && !PROPAGATIONS.has(propagation)) throw fail(`invalid propagation mode: ${propagation}`);
      if (spec.VolumeOptions) throw fail('field VolumeOptions must not be specified');
      if (spec.ImageOptions) throw fail('field ImageOptions must not be specified');
      const hostPath = source.replace(/\\/g, '/');
      if (!hostPath.startsWith('/')) throw fail(mustBeAbsolute(hostPath));
      if (!hostPathExists(host, hostPath) && !spec.BindOptions?.CreateMountpoint)
        throw fail(`bind source path does not exist: ${source}`);
      return;
    }
    case 'volume': {
      if (spec.BindOptions) throw fail('field BindOptions must not be specified');
      if (spec.ImageOptions) throw fail('field ImageOptions must not be specified');
      const subpath = spec.VolumeOptions?.Subpath ?? '';
      if (subpath !== '') {
        if (source === '') throw fail('must not set Subpath when using anonymous volumes');
        const clean = cleanPath(subpath);
        if (subpath.startsWith('/') || clean === '..' || clean.startsWith('../'))
          throw fail('subpath must be a relative path within the volume');
      }
      if (spec.ReadOnly && source === '') throw fail('must not set ReadOnly mode when using anonymous volumes');
      return;
    }
    case 'tmpfs': {
      if (spec.BindOptions) throw fail('field BindOptions must not be specified');
      if (spec.ImageOptions) throw fail('field ImageOptions must not be specified');
      if (source !== '') throw fail('field Source must not be specified');
      const tmpfsError = tmpfsOptionsError(spec);
      if (tmpfsError) throw fail(tmpfsError);
      return;
    }
    case 'image':
      // Image mounts are an experimental feature the simulator does not model.
      throw new EngineError('invalidParameter', 'image mounts are not supported by the simulator');
    default:
      throw fail('mount type unknown');
  }
}

/** parseMountSpec: the mount point a valid spec gives, before its volume exists (Name '' = anonymous). */
export function mountPointOf(spec: MountSpec): Omit<MountRecord, 'anonymous'> {
  const destination = cleanPath((spec.Target ?? '').replace(/\\/g, '/'));
  const rw = !spec.ReadOnly;
  if (spec.Type === 'bind') {
    return {
      type: 'bind',
      name: '',
      source: cleanPath((spec.Source ?? '').replace(/\\/g, '/')),
      destination,
      rw,
      mode: '',
      propagation: spec.BindOptions?.Propagation || 'rprivate',
      skipCreate: true,
    };
  }
  if (spec.Type === 'tmpfs') return { type: 'tmpfs', name: '', source: '', destination, rw, mode: '', propagation: '' };
  // registerMountPoints: a local volume's Mode is set to "z" (setBindModeIfNull).
  return { type: 'volume', name: spec.Source ?? '', source: '', destination, rw, mode: 'z', propagation: '' };
}
