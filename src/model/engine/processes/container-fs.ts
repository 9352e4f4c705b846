/**
 * The files a process sees: its mounts over its own writable layer. Reads come from the stores'
 * tables; writes go to private copies, which the program hands back for start.ts to keep. Only
 * what containers wrote is known, plus the root directories and `/etc/os-release`; the rest of an
 * image's files are not modelled, so a path deep in a directory images fill (`/usr/share/…`) is
 * taken to exist rather than refused.
 */

import type { FileTable } from '../state';
import type { FileWrites, ProcessFiles } from './program';
import { ROOT_DIRS } from './texts';

/** Why a write was refused, in errno's words (each tool phrases it its own way). */
export type FsError = 'ENOENT' | 'EROFS' | 'EISDIR' | 'EEXIST' | 'ENOTDIR' | 'EBUSY';

// Top-level directories that images fill with their own files (as opposed to /tmp, /mnt, …).
const IMAGE_CONTENT_DIRS = new Set(['etc', 'usr', 'var', 'lib', 'opt', 'root', 'home', 'srv', 'run', 'bin', 'sbin']);
// /etc/hostname and /etc/hosts are the files the daemon mounts into every container (daemon/container_operations.go).
const IMAGE_FILES = new Set(['etc/os-release', 'etc/hostname', 'etc/hosts']);
// Directories the course's images ship (and `cd` into): taken to exist, though their files are not modelled.
const IMAGE_DIRS = [
  'usr/share/nginx/html',
  'etc/nginx/conf.d',
  'docker-entrypoint.d',
  'usr/local/bin',
  'usr/local/sbin',
  'usr/local/apache2/htdocs',
  'usr/bin',
  'usr/sbin',
  'usr/lib',
  'var/www/html',
  'var/log',
  'var/lib/postgresql/data',
  'var/lib/mysql',
  'data/db',
  'root',
  'home',
];
const WHITEOUT = '.wh.';

/** `path` made absolute (from `/`, the working directory) without `.`, `..` or repeated slashes. */
export function normalizePath(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return `/${parts.join('/')}`;
}

/** `path` made absolute against the working directory `cwd`, then normalized. */
export function absolutePath(cwd: string, path: string): string {
  return normalizePath(path.startsWith('/') ? path : `${cwd}/${path}`);
}

const parentOf = (abs: string) => (abs === '/' ? '/' : abs.slice(0, abs.lastIndexOf('/')) || '/');
const nameOf = (abs: string) => abs.slice(abs.lastIndexOf('/') + 1);
const join = (base: string, rel: string) => (base && rel ? `${base}/${rel}` : base || rel);
const whiteoutOf = (key: string) =>
  join(key.includes('/') ? key.slice(0, key.lastIndexOf('/')) : '', WHITEOUT + key.slice(key.lastIndexOf('/') + 1));

/** UTF-8 size of a table's contents, as `system df` would count the bytes. */
export function tableBytes(table: FileTable): number {
  let bytes = 0;
  for (const key in table) {
    for (const ch of table[key]) {
      const code = ch.codePointAt(0) ?? 0;
      bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    }
  }
  return bytes;
}

interface Location {
  store: string;
  key: string;
  rw: boolean;
}

/** A process's view of files, copy-on-write over the stores it was given. */
export class ContainerFs {
  private readonly copies: FileWrites = {};

  constructor(
    private readonly view: ProcessFiles,
    private readonly hasImageFiles: boolean,
  ) {}

  /** The tables this process changed, or undefined when it changed none. */
  writes(): FileWrites | undefined {
    return Object.keys(this.copies).length > 0 ? this.copies : undefined;
  }

  private table(store: string): FileTable {
    return this.copies[store] ?? this.view.stores[store] ?? {};
  }

  private writable(store: string): FileTable {
    this.copies[store] ??= { ...(this.view.stores[store] ?? {}) };
    return this.copies[store];
  }

  /** What the container's servers hold in memory (not a file: no path reaches it), `program/key` → value. */
  memory(): FileTable {
    return this.table('memory');
  }

  /** Changes what the servers hold in memory: `undefined` deletes the key. */
  setMemory(key: string, value: string | undefined): void {
    const table = this.writable('memory');
    if (value === undefined) delete table[key];
    else table[key] = value;
  }

  /** Which store holds `abs` (the deepest mount over it, else the writable layer). */
  private locate(abs: string): Location {
    let best: ProcessFiles['mounts'][number] | undefined;
    for (const m of this.view.mounts) {
      if (
        (abs === m.destination || abs.startsWith(`${m.destination}/`)) &&
        (!best || m.destination.length > best.destination.length)
      )
        best = m;
    }
    if (!best) return { store: 'layer', key: abs.slice(1), rw: true };
    return { store: best.store, key: join(best.base, abs.slice(best.destination.length + 1)), rw: best.rw };
  }

  private isMountPoint(abs: string): boolean {
    return this.view.mounts.some((m) => m.destination === abs);
  }

  /** Whether `abs` is a file, a directory, or nothing. */
  kind(abs: string): 'file' | 'dir' | null {
    if (abs === '/' || this.view.mounts.some((m) => m.destination === abs || m.destination.startsWith(`${abs}/`)))
      return 'dir';
    const { store, key } = this.locate(abs);
    const table = this.table(store);
    if (key === '') return 'dir';
    if (table[key] !== undefined) return 'file';
    if (table[`${key}/`] !== undefined || Object.keys(table).some((k) => k.startsWith(`${key}/`))) return 'dir';
    if (store !== 'layer' || table[whiteoutOf(key)] !== undefined) return null;
    if (this.hasImageFiles && IMAGE_FILES.has(key)) return 'file';
    if (!key.includes('/') && (ROOT_DIRS as readonly string[]).includes(key)) return 'dir';
    return null;
  }

  /** Whether `abs` is a directory the image itself ships (known to exist though not listed). */
  imageDir(abs: string): boolean {
    if (!this.hasImageFiles || this.locate(abs).store !== 'layer') return false;
    const key = abs.slice(1);
    return IMAGE_DIRS.some((d) => d === key || d.startsWith(`${key}/`));
  }

  /** Whether a new entry may be made at `abs`: its directory exists, or may (deep in image content). */
  private parentExists(abs: string): boolean {
    const parent = parentOf(abs);
    const kind = this.kind(parent);
    if (kind) return kind === 'dir';
    const { store, key } = this.locate(parent);
    return store === 'layer' && key.includes('/') && IMAGE_CONTENT_DIRS.has(key.split('/')[0]);
  }

  /** The content of the file at `abs` (undefined if it is not a file we know). */
  read(abs: string, imageText: (key: string) => string | undefined): string | undefined {
    const { store, key } = this.locate(abs);
    const written = this.table(store)[key];
    if (written !== undefined) return written;
    return this.kind(abs) === 'file' ? imageText(key) : undefined;
  }

  /** Checks that a file may be created or changed at `abs`; null when it may. */
  canWrite(abs: string): FsError | null {
    const kind = this.kind(abs);
    if (kind === 'dir') return 'EISDIR';
    if (!this.parentExists(abs)) return this.kind(parentOf(abs)) === 'file' ? 'ENOTDIR' : 'ENOENT';
    return this.locate(abs).rw ? null : 'EROFS';
  }

  /** Writes (or appends to) the file at `abs`; call `canWrite` first. */
  write(
    abs: string,
    content: string,
    append = false,
    imageText: (key: string) => string | undefined = () => undefined,
  ): void {
    const { store, key } = this.locate(abs);
    const before = append ? (this.read(abs, imageText) ?? '') : '';
    const table = this.writable(store);
    delete table[whiteoutOf(key)];
    table[key] = before + content;
  }

  /** Makes the directory `abs`; its parent must exist. */
  mkdir(abs: string): FsError | null {
    const kind = this.kind(abs);
    if (kind) return 'EEXIST';
    if (!this.parentExists(abs)) return this.kind(parentOf(abs)) === 'file' ? 'ENOTDIR' : 'ENOENT';
    const { store, key, rw } = this.locate(abs);
    if (!rw) return 'EROFS';
    this.writable(store)[`${key}/`] = '';
    return null;
  }

  /** Removes the file (or, with `recursive`, the directory) at `abs`. */
  remove(abs: string, recursive: boolean): FsError | null {
    const kind = this.kind(abs);
    if (!kind) return 'ENOENT';
    if (kind === 'dir' && !recursive) return 'EISDIR';
    const { store, key, rw } = this.locate(abs);
    if (!rw || (this.isMountPoint(abs) && !this.locate(parentOf(abs)).rw)) return 'EROFS';
    if (abs === '/' || this.isMountPoint(abs) || key === '') {
      // The contents go; the mount point itself cannot (the kernel says the device is busy).
      const table = this.writable(store);
      for (const k of Object.keys(table)) if (key === '' || k.startsWith(`${key}/`)) delete table[k];
      return 'EBUSY';
    }
    const table = this.writable(store);
    const hadWritten = table[key] !== undefined;
    for (const k of Object.keys(table)) if (k === key || k.startsWith(`${key}/`)) delete table[k];
    if (!hadWritten && store === 'layer' && kind === 'file') table[whiteoutOf(key)] = '';
    return null;
  }

  /** The names in directory `abs`, sorted as ls sorts them in the C locale, hidden ones left out unless `all`. */
  list(abs: string, all = false): string[] {
    const names = new Set<string>();
    for (const m of this.view.mounts)
      if (m.destination !== abs && parentOf(m.destination) === abs) names.add(nameOf(m.destination));
    const { store, key } = this.locate(abs);
    const table = this.table(store);
    const prefix = key === '' ? '' : `${key}/`;
    for (const k of Object.keys(table)) {
      if (!k.startsWith(prefix)) continue;
      const name = k.slice(prefix.length).split('/')[0];
      if (name) names.add(name);
    }
    if (store === 'layer') {
      if (abs === '/') for (const d of ROOT_DIRS) names.add(d);
      for (const file of IMAGE_FILES)
        if (this.hasImageFiles && parentOf(`/${file}`) === abs) names.add(nameOf(`/${file}`));
      for (const name of [...names]) if (table[join(key, WHITEOUT + name)] !== undefined) names.delete(name);
    }
    return [...names]
      .filter((n) => (all ? !n.startsWith(WHITEOUT) : !n.startsWith('.')))
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }
}
