/**
 * Before the race: the image must be local, as the VM's disk image is. A missing image is pulled
 * through the Engine API (`POST /images/create`), which moves the world's clock by the pull time;
 * that time is reported apart, not counted as start time.
 */

import type { World } from '../world/world';
import { route } from '../api/route';
import { familiarName, parseNormalizedNamed } from '../registry/reference';
import { SettingsError } from './settings';

/** The image the containers run, as the daemon has it. */
export interface LocalImage {
  /** The reference as given (`nginx`, `nginx:alpine`). */
  reference: string;
  id: string;
  /** The image's size: its layers in the layer store, each once. */
  sizeBytes: number;
  /** Whether it had to be pulled, and how long that took on the virtual clock. */
  pulled: boolean;
  pullMs: number;
}

function inspect(world: World, reference: string) {
  return route(world, { method: 'GET', path: `/images/${encodeURIComponent(reference)}/json` });
}

/** Makes sure the daemon has `reference`, pulling it when missing; an unknown image is a settings error. */
export function ensureImage(world: World, reference: string): LocalImage {
  let found = inspect(world, reference);
  const before = world.state.clock.nowMs;
  const pulled = found.status === 404;
  if (pulled) {
    const parsed = parseNormalizedNamed(reference);
    if (!parsed.ok) throw new SettingsError([`image '${reference}': ${parsed.error}`]);
    const tag = parsed.ref.digest ?? parsed.ref.tag ?? 'latest';
    const pull = route(world, {
      method: 'POST',
      path: `/images/create?fromImage=${encodeURIComponent(familiarName(parsed.ref))}&tag=${encodeURIComponent(tag)}`,
    });
    if (pull.status !== 200)
      throw new SettingsError([`image '${reference}' could not be pulled: ${messageOf(pull.json)}`]);
    found = inspect(world, reference);
  }
  if (found.status !== 200)
    throw new SettingsError([`image '${reference}' is not available: ${messageOf(found.json)}`]);
  const json = found.json as { Id: string; Size: number };
  return { reference, id: json.Id, sizeBytes: json.Size, pulled, pullMs: world.state.clock.nowMs - before };
}

/** The `message` of a Docker error answer. */
export function messageOf(json: unknown): string {
  return json && typeof json === 'object' && 'message' in json
    ? String((json as { message: unknown }).message)
    : 'no answer from the daemon';
}
