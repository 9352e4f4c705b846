/**
 * moby daemon/volumes.go registerMountPoints: a new container's mount points from `-v` specs
 * (HostConfig.Binds) and then HostConfig.Mounts, with the duplicate check; planned first, so a
 * refused create leaves no volume behind, then its volumes created (named) or made (anonymous).
 */

import type { MountRecord } from '../state';
import type { MountSpec } from './mount-spec';
import type { ParsedBind } from './binds';
import { nextHex } from '../../kernel/random';
import { EngineError } from '../errors';
import { ensureVolume, validateVolumeName, volumeNamed } from './volume-store';
import { mountPointOf } from './mount-spec';
import type { EngineContext } from '../context';

/** A mount point before its volume exists, with the volume labels a `--mount` asked for. */
export interface PlannedMount {
  point: Omit<MountRecord, 'anonymous'>;
  labels: Record<string, string> | null;
}

/** daemon/errors.go duplicateMountPointError. */
const duplicate = (destination: string) => new EngineError('invalidParameter', `Duplicate mount point: ${destination}`);

/** The mount points of Binds then Mounts, in that order; throws moby's duplicate or volume-name error. */
export function planMountPoints(
  ctx: EngineContext,
  binds: readonly ParsedBind[],
  specs: readonly MountSpec[],
): PlannedMount[] {
  const taken = new Set<string>();
  const planned: PlannedMount[] = [];
  for (const bind of binds) {
    if (taken.has(bind.destination)) throw duplicate(bind.destination);
    taken.add(bind.destination);
    planned.push({ point: bind, labels: null });
  }
  for (const spec of specs) {
    const point = mountPointOf(spec);
    // moby names the target as sent, not the cleaned destination.
    if (taken.has(point.destination)) throw duplicate(spec.Target ?? '');
    taken.add(point.destination);
    const labels = spec.VolumeOptions?.Labels;
    planned.push({ point, labels: labels && Object.keys(labels).length > 0 ? labels : null });
  }
  // The local driver refuses a bad name when asked to create it; checked before anything exists.
  for (const { point } of planned)
    if (point.type === 'volume' && point.name !== '' && !volumeNamed(ctx.host, point.name))
      validateVolumeName(point.name);
  return planned;
}

/** Creates the planned mounts' volumes (a named one if missing, an anonymous one each) and returns the mounts. */
export function createMountPoints(ctx: EngineContext, planned: readonly PlannedMount[]): MountRecord[] {
  return planned.map(({ point, labels }) => {
    if (point.type !== 'volume') return { ...point, anonymous: false };
    const anonymous = point.name === '';
    const volume = ensureVolume(ctx, anonymous ? nextHex(ctx.world.state.random) : point.name, anonymous, labels);
    return { ...point, name: volume.name, source: `/var/lib/docker/volumes/${volume.name}/_data`, anonymous };
  });
}
