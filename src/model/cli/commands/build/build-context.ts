// The build context the client sends: the directory named on the command line, read from the
// client's machine, less what `.dockerignore` excludes (never the Dockerfile nor .dockerignore
// themselves: build.TrimBuildFilesFromExcludes), packed as a tar (`POST /build`'s body).
import type { LocalFiles } from '../../client/local-files';
import { packTar, type TarEntry } from '../../../kernel/ustar';

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

/** One .dockerignore pattern (moby/patternmatcher): cleaned, `!` for an exception. */
interface Pattern {
  exclusion: boolean;
  regexp: RegExp;
}

/** patternmatcher's translation of a pattern to a regexp: `*` and `?` within a segment, `**` across. */
function patternRegExp(pattern: string): RegExp {
  let re = '^';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '*') {
      if (pattern[i + 1] === '*') {
        i++;
        // `**/` is any number of directories (none included), a bare `**` anything.
        if (pattern[i + 1] === '/') {
          i++;
          re += '(.*/)?';
        } else re += '.*';
        continue;
      }
      re += '[^/]*';
    } else if (ch === '?') re += '[^/]';
    else if (ch === '\\' && i + 1 < pattern.length) re += `\\${pattern[++i]}`;
    else re += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`${re}$`);
}

/** ignorefile.ReadAll: one pattern a line, `#` comments and blanks skipped, leading `/` dropped. */
export function readDockerignore(text: string): string[] {
  const patterns: string[] = [];
  for (const raw of text.split('\n')) {
    let line = raw.replace(/\r$/, '');
    if (line.startsWith('#')) continue;
    line = line.trim();
    if (line === '') continue;
    const exclusion = line.startsWith('!');
    if (exclusion) line = line.slice(1).trim();
    line = resolvePath('/', line).slice(1) || '.';
    patterns.push(exclusion ? `!${line}` : line);
  }
  return patterns;
}

/**
 * Whether `.dockerignore`'s patterns exclude a context path (patternmatcher.MatchesOrParentMatches:
 * the last matching pattern wins, a pattern matching a parent directory matches its files).
 * A minimal local matcher: the dockerfile helper's src/model/engine/builder/dockerignore.ts
 * `ignoredBy` replaces it at merge.
 */
export function ignoredBy(patterns: readonly string[], path: string): boolean {
  const compiled: Pattern[] = patterns.map((p) => ({
    exclusion: p.startsWith('!'),
    regexp: patternRegExp(p.startsWith('!') ? p.slice(1) : p),
  }));
  const parents = path.split('/').map((_, i, all) => all.slice(0, i + 1).join('/'));
  let matched = false;
  for (const p of compiled) {
    if (p.exclusion !== matched) continue;
    if (parents.some((prefix) => p.regexp.test(prefix))) matched = !p.exclusion;
  }
  return matched;
}

/** The context as tar entries, depth first in name order, less what is excluded. */
export function contextEntries(files: LocalFiles, dir: string, excludes: readonly string[]): TarEntry[] {
  const entries: TarEntry[] = [];
  const walk = (abs: string, rel: string): void => {
    for (const name of files.list(abs) ?? []) {
      const childAbs = abs === '/' ? `/${name}` : `${abs}/${name}`;
      const childRel = rel === '' ? name : `${rel}/${name}`;
      const isDir = files.isDirectory(childAbs);
      // archive.TarWithOptions still walks an excluded directory when an exception may re-include below it.
      if (ignoredBy(excludes, childRel)) {
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
  const keep = (p: string): boolean => ignoredBy([p], '.dockerignore') || ignoredBy([p], dockerfile);
  return excludes.some(keep) ? [...excludes, '!.dockerignore', `!${dockerfile}`] : [...excludes];
}

/** The packed context: a ustar archive as a binary string. */
export function packContext(files: LocalFiles, dir: string, excludes: readonly string[]): string {
  return packTar(contextEntries(files, dir, excludes));
}
