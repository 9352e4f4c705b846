/**
 * Where a container's files live: named and anonymous volumes (`volume:NAME`), the host's own
 * directories behind bind mounts (`host`, by host path), and the container's writable layer
 * (`layer`). A bind mount writes into the host's table, so another container binding the same
 * host path sees the file, and it outlives both.
 */

import type { ContainerRecord, HostState } from '../state';
import type { FileWrites, ProcessFiles } from './program';
import { tableBytes } from './container-fs';

/** The file view a container's process starts with. */
export function processFiles(host: HostState, container: ContainerRecord): ProcessFiles {
  const stores: ProcessFiles['stores'] = { layer: container.files, memory: container.memory ?? {} };
  const mounts = container.mounts.map((m) => {
    if (m.type === 'bind') {
      stores.host = host.hostFiles;
      return {
        destination: m.destination.replace(/\/+$/, ''),
        rw: m.rw,
        store: 'host',
        base: m.source.replace(/^\/+|\/+$/g, ''),
      };
    }
    if (m.type === 'tmpfs') {
      // A tmpfs starts empty with each process and keeps nothing after it (its writes have no table to go to).
      const store = `tmpfs:${m.destination}`;
      stores[store] = {};
      return { destination: m.destination.replace(/\/+$/, ''), rw: m.rw, store, base: '' };
    }
    const store = `volume:${m.name}`;
    stores[store] = host.volumes[m.name]?.files ?? {};
    return { destination: m.destination.replace(/\/+$/, ''), rw: m.rw, store, base: '' };
  });
  return { mounts, stores };
}

/** Keeps what a process wrote: its writable layer, the volumes' files (and sizes), the host's files. */
export function applyFileWrites(host: HostState, container: ContainerRecord, writes: FileWrites): void {
  for (const store in writes) {
    const table = writes[store];
    if (store === 'layer') {
      container.rwSize = Math.max(0, container.rwSize + tableBytes(table) - tableBytes(container.files));
      container.files = table;
    } else if (store === 'host') host.hostFiles = table;
    else if (store === 'memory') container.memory = table;
    else if (store.startsWith('volume:')) {
      const volume = host.volumes[store.slice('volume:'.length)];
      if (!volume) continue;
      volume.files = table;
      volume.size = tableBytes(table);
    }
  }
}
