/**
 * `COPY` and `ADD` of local files: sources from the build context (or another stage's files with
 * `--from`), wildcards matched as BuildKit's copy does, a directory's contents copied into the
 * destination, a file to `dest/` or to `dest` itself. The result is the step's layer.
 */

import type { FileTable } from '../state';
import { absolutePath, ContainerFs } from '../processes/container-fs';
import { globPaths } from '../processes/sh/glob';

/** What a copy made: its layer's files, or the source that was not found. */
export type CopyResult = { ok: true; diff: FileTable } | { ok: false; missing: string };

const hasWildcard = (p: string) => /[*?[]/.test(p);
const strip = (abs: string) => abs.replace(/^\/+/, '');

/** Copies `sources` (paths in `from`) to `dest` over `files` (the stage's merged layers). */
export function copyFiles(
  from: FileTable,
  sources: string[],
  dest: string,
  workdir: string,
  files: FileTable,
): CopyResult {
  const source = new ContainerFs({ mounts: [], stores: { layer: from } }, false);
  const target = new ContainerFs({ mounts: [], stores: { layer: files } }, false);
  const destAbs = absolutePath(workdir || '/', dest);
  const destIsDir = dest.endsWith('/') || dest === '.' || sources.length > 1 || target.kind(destAbs) === 'dir';
  const diff: FileTable = {};
  const put = (key: string, value: string) => {
    if (files[key] !== value) diff[key] = value;
  };
  const copyDir = (srcAbs: string, to: string) => {
    const prefix = srcAbs === '/' ? '' : `${strip(srcAbs)}/`;
    if (to !== '/') put(`${strip(to)}/`, files[`${strip(to)}/`] ?? '');
    for (const key of Object.keys(from).sort()) {
      if (!key.startsWith(prefix) || key.split('/').some((p) => p.startsWith('.wh.'))) continue;
      const rel = key.slice(prefix.length);
      if (rel) put(strip(`${to}/${rel}`.replace(/\/+/g, '/')), from[key]);
    }
  };
  for (const raw of sources) {
    const srcPattern = absolutePath('/', raw);
    const matches = hasWildcard(raw) ? globPaths(srcPattern, '/', source) : [srcPattern];
    for (const srcAbs of matches) {
      const kind = srcAbs === '/' ? 'dir' : source.kind(srcAbs);
      if (!kind) {
        if (hasWildcard(raw)) continue;
        return { ok: false, missing: srcAbs };
      }
      const name = srcAbs.slice(srcAbs.lastIndexOf('/') + 1);
      if (kind === 'dir') copyDir(srcAbs, destAbs);
      else put(strip(destIsDir ? `${destAbs}/${name}`.replace(/\/+/g, '/') : destAbs), from[strip(srcAbs)] ?? '');
    }
  }
  return { ok: true, diff };
}

/** The build context as a file table: files by relative path, directories with a trailing `/`. */
export function contextTable(entries: Array<{ name: string; type: 'file' | 'dir'; content?: string }>): FileTable {
  const table: FileTable = {};
  for (const e of entries) {
    if (!e.name || e.name === '.') continue;
    if (e.type === 'dir') table[`${e.name}/`] = '';
    else table[e.name] = e.content ?? '';
  }
  return table;
}
