/**
 * The local volume driver's store: names validated as moby's local driver does; a volume outlives
 * the containers that use it, and cannot be removed while any container (even stopped) uses it.
 */

import type { VolumeRecord } from '../state';
import { announce, now, type EngineContext } from '../context';
import { EngineError } from '../errors';

const VALID_VOLUME_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;

/** Validates a volume name with the local driver's exact errors. */
export function validateVolumeName(name: string): void {
  if (name.length < 2 && /^[a-zA-Z0-9]?$/.test(name)) {
    throw new EngineError(
      'invalidParameter',
      `create ${name}: volume name is too short, names should be at least two alphanumeric characters`,
    );
  }
  if (!VALID_VOLUME_NAME.test(name)) {
    throw new EngineError(
      'invalidParameter',
      `create ${name}: "${name}" includes invalid characters for a local volume name, only ` +
        `"[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path`,
    );
  }
}

/** Returns the volume `name`, creating it (idempotently, as `docker volume create` is) if missing. */
export function ensureVolume(
  ctx: EngineContext,
  name: string,
  anonymous: boolean,
  labels: Record<string, string> | null = null,
): VolumeRecord {
  const existing = volumeNamed(ctx.host, name);
  if (existing) return existing;
  validateVolumeName(name);
  const volume: VolumeRecord = {
    name,
    driver: 'local',
    created: now(ctx),
    labels: anonymous ? { 'com.docker.volume.anonymous': '' } : labels,
    options: null,
    anonymous,
    size: 0,
    files: {},
  };
  ctx.host.volumes[name] = volume;
  announce(ctx, { type: 'volume.created', host: ctx.host.name, name });
  return volume;
}

/** The IDs of containers (any state) that mount the volume. */
export function volumeUsers(ctx: EngineContext, name: string): string[] {
  const users: string[] = [];
  for (const id in ctx.host.containers) {
    if (ctx.host.containers[id].mounts.some((m) => m.type === 'volume' && m.name === name)) users.push(id);
  }
  return users;
}

/** Removes a volume, or throws Docker's in-use / not-found error. */
export function removeVolume(ctx: EngineContext, name: string, force: boolean): void {
  if (!volumeNamed(ctx.host, name)) {
    if (force) return;
    throw new EngineError('notFound', `get ${name}: no such volume`);
  }
  const users = volumeUsers(ctx, name);
  if (users.length > 0) throw new EngineError('conflict', `remove ${name}: volume is in use - [${users.join(', ')}]`);
  delete ctx.host.volumes[name];
  announce(ctx, { type: 'volume.removed', host: ctx.host.name, name });
}

/** The volume of that name, if any: own keys only, so `valueOf` or `__proto__` name no volume. */
export function volumeNamed(host: EngineContext['host'], name: string): VolumeRecord | undefined {
  return Object.prototype.hasOwnProperty.call(host.volumes, name) ? host.volumes[name] : undefined;
}

/** Finds a volume or throws Docker's not-found error. */
export function getVolume(ctx: EngineContext, name: string): VolumeRecord {
  const volume = volumeNamed(ctx.host, name);
  if (!volume) throw new EngineError('notFound', `get ${name}: no such volume`);
  return volume;
}
