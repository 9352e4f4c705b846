/**
 * Finds a container by what the user typed, as moby's GetContainer does: an exact full ID, then an
 * exact name, then a unique ID prefix. Names are never matched by prefix.
 */

import type { ContainerRecord, HostState } from '../state';
import { EngineError } from '../errors';

/** Returns the container `idOrName` refers to, or throws Docker's not-found / ambiguity error. */
export function getContainer(host: HostState, idOrName: string): ContainerRecord {
  if (idOrName === '') throw new EngineError('invalidParameter', 'invalid name or ID supplied: ""');
  const exact = host.containers[idOrName];
  if (exact) return exact;
  const byName = host.names[idOrName.startsWith('/') ? idOrName : `/${idOrName}`];
  if (byName !== undefined && host.containers[byName]) return host.containers[byName];
  if (/^[0-9a-f]+$/.test(idOrName)) {
    let found: ContainerRecord | undefined;
    for (const id in host.containers) {
      if (!id.startsWith(idOrName)) continue;
      if (found) throw new EngineError('invalidParameter', `multiple IDs found with provided prefix: ${idOrName}`);
      found = host.containers[id];
    }
    if (found) return found;
  }
  throw new EngineError('notFound', `No such container: ${idOrName}`);
}
