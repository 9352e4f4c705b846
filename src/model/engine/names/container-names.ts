/**
 * Container names as moby's daemon/names.go handles them: validate, reserve, release, generate.
 * Names are stored with a leading slash; a name is unique per daemon.
 */

import type { HostState } from '../state';
import type { RandomState } from '../../kernel/random';
import { nextInt } from '../../kernel/random';
import { EngineError } from '../errors';
import { ADJECTIVES, SURNAMES } from './words';

const VALID_NAME = /^\/?[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;

/** Validates a requested name and returns it with its leading slash (moby validateName). */
export function validateContainerName(name: string): string {
  if (!VALID_NAME.test(name)) {
    throw new EngineError(
      'invalidParameter',
      `Invalid container name (${name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`,
    );
  }
  return name.startsWith('/') ? name : `/${name}`;
}

/** Fails with Docker's exact conflict error if `name` (with slash) is held by another container. */
export function assertNameFree(host: HostState, name: string, containerId = ''): void {
  const holder = host.names[name];
  if (holder !== undefined && holder !== containerId) {
    throw new EngineError(
      'conflict',
      `Conflict. The container name "${name}" is already in use by container "${holder}". You have to remove ` +
        `(or rename) that container to be able to reuse that name.`,
    );
  }
}

/** Reserves `name` (with slash) for `containerId`, or fails with Docker's exact conflict error. */
export function reserveName(host: HostState, name: string, containerId: string): void {
  assertNameFree(host, name, containerId);
  host.names[name] = containerId;
}

/** Releases `name` (with slash). */
export function releaseName(host: HostState, name: string): void {
  delete host.names[name];
}

/** One random `adjective_surname`, optionally followed by a digit as moby adds on retries. */
export function randomName(random: RandomState, retry: number): string {
  const name = `${ADJECTIVES[nextInt(random, ADJECTIVES.length)]}_${SURNAMES[nextInt(random, SURNAMES.length)]}`;
  return retry > 0 ? `${name}${nextInt(random, 10)}` : name;
}

/** Generates a free name: up to 6 tries as moby does, then the 12-hex short ID. */
export function generateName(host: HostState, random: RandomState, containerId: string): string {
  for (let retry = 0; retry < 6; retry++) {
    const name = `/${randomName(random, retry)}`;
    if (host.names[name] === undefined) return name;
  }
  return `/${containerId.slice(0, 12)}`;
}
