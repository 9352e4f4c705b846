// The build context the client sends: the directory named on the command line, read from the
// client's machine, less what `.dockerignore` excludes (never the Dockerfile nor .dockerignore
// themselves: build.TrimBuildFilesFromExcludes), packed as a tar (`POST /build`'s body). The
// patterns are read and matched as moby/patternmatcher does (engine/builder/dockerignore.ts).
import type { LocalFiles } from '../../client/local-files';
import { packTar, type TarEntry } from '../../../kernel/ustar';
import { contextExcludes, ignoredBy, readDockerignore } from '../../../engine/builder/dockerignore';

export { readDockerignore };

/** A path made absolute against the working directory, `.` and `..` resolved (filepath.Abs). */
export function resolvePath(cwd: string, path: string): string {
  const parts = (path.startsWith('/') ? path : `${cwd}/${path}`).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '' || p === '.') continue;
    if (p === '..') out.pop();
    else out.push(p);
  }
  return `/${out.join('/')}`;
}

/** The Dockerfile's path relative to the context (`Dockerfile`, `sub/Dockerfile.dev`, `../x` outside). */
export function relativeTo(dir: string, path: string): string {
  const a = dir === '/' ? [] : dir.split('/').slice(1);
  const b = path.split('/').slice(1);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/') || '.';
}

/** The context as tar entries, depth first in name order, less what is excluded. */
export function contextEntries(files: LocalFiles, dir: string, excludes: readonly string[]): TarEntry[] {
  const entries: TarEntry[] = [];
  const ignored = ignoredBy([...excludes]);
  const walk = (abs: string, rel: string): void => {
    for (const name of files.list(abs) ?? []) {
      const childAbs = abs === '/' ? `/${name}` : `${abs}/${name}`;
      const childRel = rel === '' ? name : `${rel}/${name}`;
      const isDir = files.isDirectory(childAbs);
      // archive.TarWithOptions still walks an excluded directory when an exception may re-include below it.
      if (ignored(childRel)) {
        if (!isDir || !excludes.some((p) => p.startsWith(`!${childRel}/`))) continue;
      } else if (isDir) entries.push({ name: childRel, type: 'dir' });
      if (isDir) walk(childAbs, childRel);
      else entries.push({ name: childRel, type: 'file', content: files.read(childAbs) ?? '' });
    }
  };
  walk(dir, '');
  return entries;
}

/** build.TrimBuildFilesFromExcludes: the Dockerfile and .dockerignore always travel. */
export function trimBuildFiles(excludes: readonly string[], dockerfile: string): string[] {
  return contextExcludes([...excludes], dockerfile);
}

/** The packed context: a ustar archive as a binary string. */
export function packContext(files: LocalFiles, dir: string, excludes: readonly string[]): string {
  return packTar(contextEntries(files, dir, excludes));
}
