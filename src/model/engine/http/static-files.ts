/**
 * What a static web server finds under its document root: the files containers wrote (a bind
 * mount, a volume, `docker exec … > index.html`), else the few files the image itself ships there.
 * A mount over the document root hides the image's own files, as an overlay mount does.
 */

import type { ContainerFs } from '../processes/container-fs';
import { normalizePath } from '../processes/container-fs';
import type { ProcessFiles } from '../processes/program';

/** A file or directory a server found for a request path. */
export type Found = { kind: 'file'; path: string; text: string } | { kind: 'dir'; path: string } | { kind: 'none' };

/** The document root of a server and the files its image puts there. */
export interface DocumentRoot {
  root: string;
  imageFiles: Record<string, string>;
}

/** The request path without its query, percent-decoded and normalized (`/a/../b` is `/b`). */
export function requestPath(raw: string): string {
  const bare = raw.split('?')[0].split('#')[0] || '/';
  let decoded = bare;
  try {
    decoded = decodeURIComponent(bare);
  } catch {
    // A malformed escape is kept as it came, as nginx looks the raw name up.
  }
  const normalized = normalizePath(decoded);
  return decoded.endsWith('/') && normalized !== '/' ? `${normalized}/` : normalized;
}

/** Whether a mount covers `path` or one of its parents up to the root (the image's files are hidden). */
function hiddenByMount(files: ProcessFiles, path: string): boolean {
  return files.mounts.some((m) => {
    if (!(path === m.destination || path.startsWith(`${m.destination}/`))) return false;
    // Docker copies the image's content into an empty volume on first mount; a bind mount hides it.
    if (m.store.startsWith('volume:')) return Object.keys(files.stores[m.store] ?? {}).length > 0;
    return true;
  });
}

/** Looks `path` (absolute, inside the container) up in the written files, then in the image's. */
export function findFile(fs: ContainerFs, files: ProcessFiles, site: DocumentRoot, path: string): Found {
  const kind = fs.kind(path);
  if (kind === 'file') return { kind, path, text: fs.read(path, () => undefined) ?? '' };
  if (kind === 'dir') return { kind, path };
  if (hiddenByMount(files, path) || deleted(files, path)) return { kind: 'none' };
  const relative = path.startsWith(`${site.root}/`) ? path.slice(site.root.length + 1) : undefined;
  if (path === site.root) return { kind: 'dir', path };
  if (relative !== undefined && relative in site.imageFiles)
    return { kind: 'file', path, text: site.imageFiles[relative] };
  return { kind: 'none' };
}

/** Whether the container deleted the image's file at `path` (a whiteout in its writable layer). */
function deleted(files: ProcessFiles, path: string): boolean {
  const key = path.slice(1);
  const slash = key.lastIndexOf('/');
  return files.stores.layer?.[`${key.slice(0, slash + 1)}.wh.${key.slice(slash + 1)}`] !== undefined;
}

const TYPES: Record<string, string> = {
  html: 'text/html',
  htm: 'text/html',
  css: 'text/css',
  txt: 'text/plain',
  js: 'application/javascript',
  json: 'application/json',
  xml: 'text/xml',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
};

/** The Content-Type nginx's mime.types (and Apache's) give a file name; octet-stream otherwise. */
export function contentType(path: string): string {
  const dot = path.lastIndexOf('.');
  const ext = dot > path.lastIndexOf('/') ? path.slice(dot + 1).toLowerCase() : '';
  return TYPES[ext] ?? 'application/octet-stream';
}
