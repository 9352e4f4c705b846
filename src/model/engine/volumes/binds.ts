/**
 * Parses `-v` specs (`HostConfig.Binds`) as the daemon does on Linux: `name:/path[:ro]` mounts a
 * named volume, `/host:/path[:ro]` binds a host path.
 */

import type { MountRecord } from '../state';
import { EngineError } from '../errors';

/** A parsed bind spec, before any volume exists. */
export type ParsedBind = Omit<MountRecord, 'anonymous'>;

/** Parses one `-v` spec, or throws Docker's `invalid volume specification` error. */
export function parseBind(spec: string): ParsedBind {
  const parts = spec.split(':');
  const invalid = () => new EngineError('invalidParameter', `invalid volume specification: '${spec}'`);
  if (parts.length < 2 || parts.length > 3) throw invalid();
  const [source, destination, mode = 'rw'] = parts;
  if (!source || !destination.startsWith('/') || !['rw', 'ro', 'z', 'Z'].includes(mode)) throw invalid();
  const rw = mode !== 'ro';
  // moby ParseMountRaw keeps the options as given (MountPoint.Mode); a bind propagates rprivate,
  // and registerMountPoints gives a local volume without options the Mode "z" (setBindModeIfNull).
  const given = parts[2] ?? '';
  if (source.startsWith('/'))
    return { type: 'bind', name: '', source, destination, rw, mode: given, propagation: 'rprivate' };
  return {
    type: 'volume',
    name: source,
    source: `/var/lib/docker/volumes/${source}/_data`,
    destination,
    rw,
    mode: given || 'z',
    propagation: '',
  };
}
