/**
 * LocalFiles over a simulated host's own file table (`HostState.hostFiles`: keys relative to `/`, a
 * directory as `key/`), the machine the in-process client runs on. Files containers wrote through a
 * bind mount are here, and what the client writes here a bind mount shows.
 */

import type { World } from '../../engine/world-state';
import { defaultHost } from '../../world/world-base';
import { hostPathExists, cleanPath, standardHostEntries } from '../../engine/volumes/host-paths';
import type { LocalFiles } from './local-files';

const parentKey = (key: string) => (key.includes('/') ? key.slice(0, key.lastIndexOf('/')) : '');
const keyOf = (path: string) => cleanPath(path.startsWith('/') ? path : `/${path}`).slice(1);

/** The local files of `host` (the world's first host by default) in `world`. */
export function hostLocalFiles(world: World, host?: string): LocalFiles {
  const state = () => (host && world.state.hosts[host] ? world.state.hosts[host] : defaultHost(world));
  const files = () => state().hostFiles;

  const isDirectory = (path: string): boolean => {
    const key = keyOf(path);
    if (key === '') return true;
    const table = files();
    if (table[key] !== undefined) return false;
    // The daemon's socket exists but is no directory.
    if (standardHostEntries(parentKey(key)).some((e) => e.socket && e.name === key.slice(key.lastIndexOf('/') + 1)))
      return false;
    return hostPathExists(state(), `/${key}`);
  };

  const mkdir = (path: string): void => {
    const key = keyOf(path);
    if (key === '' || isDirectory(`/${key}`)) return;
    const parent = key.includes('/') ? key.slice(0, key.lastIndexOf('/')) : '';
    if (parent) mkdir(`/${parent}`);
    files()[`${key}/`] = '';
  };

  return {
    read(path) {
      const key = keyOf(path);
      const value = files()[key];
      return key !== '' && value !== undefined ? value : undefined;
    },
    isDirectory,
    list(path) {
      if (!isDirectory(path)) return undefined;
      const key = keyOf(path);
      const prefix = key === '' ? '' : `${key}/`;
      const names = new Set<string>(standardHostEntries(key).map((e) => e.name));
      for (const k in files()) {
        if (!k.startsWith(prefix) || k === prefix) continue;
        const name = k.slice(prefix.length).split('/')[0];
        if (name) names.add(name);
      }
      return [...names].sort();
    },
    write(path, content) {
      const key = keyOf(path);
      const parent = key.includes('/') ? key.slice(0, key.lastIndexOf('/')) : '';
      if (parent) mkdir(`/${parent}`);
      files()[key] = content;
    },
    mkdir,
    remove(path) {
      const key = keyOf(path);
      if (key === '') return;
      const table = files();
      for (const k of Object.keys(table)) if (k === key || k === `${key}/` || k.startsWith(`${key}/`)) delete table[k];
    },
  };
}
