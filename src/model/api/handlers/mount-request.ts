/** Decodes `HostConfig.Mounts` of a create body ([]mount.Mount) with Go's type errors for wrong JSON types. */

import type { MountSpec } from '../../engine/volumes/mount-spec';
import { field, goTypeName } from '../body';
import { EngineError } from '../../engine/errors';

const OWNER = 'Mount.HostConfig.Mounts';

/** encoding/json's error for a value that cannot go where the Go type expects. */
function typeError(value: unknown, where: string, goType: string): EngineError {
  return new EngineError(
    'invalidParameter',
    `invalid JSON: json: cannot unmarshal ${goTypeName(value)} into Go struct field ${where} of type ${goType}`,
  );
}

/** An optional nested options object (`BindOptions`, …): null reads as absent, as a nil pointer. */
function options<T>(mount: Record<string, unknown>, key: string, goType: string): T | undefined {
  const value = mount[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) throw typeError(value, `${OWNER}.${key}`, goType);
  return value as T;
}

/** The mounts of a create request (empty when none). */
export function decodeMounts(hostConfig: Record<string, unknown>): MountSpec[] {
  const value = hostConfig.Mounts;
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw typeError(value, 'HostConfig.Mounts', '[]mount.Mount');
  return value.map((item): MountSpec => {
    if (item === null) return {};
    if (typeof item !== 'object' || Array.isArray(item)) throw typeError(item, 'HostConfig.Mounts', 'mount.Mount');
    const mount = item as Record<string, unknown>;
    const spec: MountSpec = {
      Type: field<string>(mount, 'Type', 'string', OWNER),
      Source: field<string>(mount, 'Source', 'string', OWNER),
      Target: field<string>(mount, 'Target', 'string', OWNER),
      ReadOnly: field<boolean>(mount, 'ReadOnly', 'boolean', OWNER),
      Consistency: field<string>(mount, 'Consistency', 'string', OWNER),
      BindOptions: options(mount, 'BindOptions', 'mount.BindOptions'),
      VolumeOptions: options(mount, 'VolumeOptions', 'mount.VolumeOptions'),
      ImageOptions: options(mount, 'ImageOptions', 'mount.ImageOptions'),
      TmpfsOptions: options(mount, 'TmpfsOptions', 'mount.TmpfsOptions'),
    };
    // Kept in the world as plain JSON: no undefined members.
    return Object.fromEntries(Object.entries(spec).filter(([, v]) => v !== undefined));
  });
}
