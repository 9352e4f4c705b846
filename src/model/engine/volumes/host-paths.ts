/**
 * The Docker host's own file tree, as far as bind mounts need it: the directories every Linux
 * host has, the shell user's home, the daemon's socket, and whatever containers wrote or binds
 * created (`HostState.hostFiles`, keys relative to `/`, a directory as `key/`).
 */

import type { HostState } from '../state';
import { ROOT_DIRS } from '../processes/texts';

// The top-level directories of a Linux root filesystem (a host also boots from /boot, which images
// leave out), the home of the shell's user (cli/shell: HOME=/home/user), and the daemon's own.
const HOST_DIRS = [...ROOT_DIRS, 'boot', 'home/user', 'var/lib', 'var/lib/docker', 'var/run'];
// The daemon listens on its socket; tutorials bind it into containers.
const HOST_FILES = ['var/run/docker.sock', 'run/docker.sock'];

/** path.Clean for a slash path. */
export function cleanPath(p: string): string {
  const absolute = p.startsWith('/');
  const parts: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
      else if (!absolute) parts.push('..');
    } else parts.push(part);
  }
  const joined = parts.join('/');
  return absolute ? `/${joined}` : joined || '.';
}

/** Names directly inside a host directory (key relative to `/`) that every host has; sockets marked. */
export function standardHostEntries(key: string): { name: string; socket: boolean }[] {
  const prefix = key === '' ? '' : `${key}/`;
  const names = new Map<string, boolean>();
  for (const path of [...HOST_DIRS, ...HOST_FILES]) {
    if (!path.startsWith(prefix) || path === key) continue;
    const rest = path.slice(prefix.length);
    if (!rest.includes('/')) names.set(rest, HOST_FILES.includes(path));
    else if (!names.has(rest.split('/')[0])) names.set(rest.split('/')[0], false);
  }
  return [...names].map(([name, socket]) => ({ name, socket }));
}

/** Whether an absolute host path exists (a directory or a file). */
export function hostPathExists(host: HostState, path: string): boolean {
  const key = cleanPath(path).slice(1);
  if (key === '' || HOST_DIRS.includes(key) || HOST_FILES.includes(key)) return true;
  const files = host.hostFiles;
  if (files[key] !== undefined || files[`${key}/`] !== undefined) return true;
  for (const k in files) if (k.startsWith(`${key}/`)) return true;
  return false;
}

/** Creates a bind's missing host directory (and its parents), as moby does for a `-v` bind at start. */
export function createHostDir(host: HostState, path: string): void {
  if (hostPathExists(host, path)) return;
  host.hostFiles[`${cleanPath(path).slice(1)}/`] = '';
}
