/**
 * Where a container's files live: named and anonymous volumes (`volume:NAME`), the host's own
 * directories behind bind mounts (`host`, by host path), and the container's writable layer
 * (`layer`). A bind mount writes into the host's table, so another container binding the same
 * host path sees the file, and it outlives both.
 */

import type { ContainerRecord, FileTable, HostState } from '../state';
import type { FileWrites, ProcessFiles } from './program';
import { tableBytes } from './container-fs';
import { applyLayer, diffFiles, imageFiles } from '../builder/layer-files';

/**
 * The container's root filesystem: the files of its image's built layers (`docker build`) with its own
 * writable layer over them. Pulled images add nothing here (their files are not modelled).
 */
function rootFiles(host: HostState, container: ContainerRecord): FileTable {
  const below = imageFiles(host, host.images[container.imageId]);
  if (Object.keys(below).length === 0) return container.files;
  applyLayer(below, container.files);
  return below;
}

/** The file view a container's process starts with. */
export function processFiles(host: HostState, container: ContainerRecord): ProcessFiles {
  const stores: ProcessFiles['stores'] = { layer: rootFiles(host, container), memory: container.memory ?? {} };
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
    if (store === 'layer') {
      // Only what differs from the image's files is the container's own (its writable layer).
      const below = imageFiles(host, host.images[container.imageId]);
      const table = Object.keys(below).length ? diffFiles(below, writes[store]) : writes[store];
      container.rwSize = Math.max(0, container.rwSize + tableBytes(table) - tableBytes(container.files));
      container.files = table;
      continue;
    }
    const table = writes[store];
    if (store === 'host') host.hostFiles = table;
    else if (store === 'memory') container.memory = table;
    else if (store.startsWith('volume:')) {
      const volume = host.volumes[store.slice('volume:'.length)];
      if (!volume) continue;
      volume.files = table;
      volume.size = tableBytes(table);
    }
  }
}
