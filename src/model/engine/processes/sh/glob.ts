/** Pathname expansion (XCU 2.13): `*`, `?` and `[…]` matched per path component against the modelled files. */

import { absolutePath, type ContainerFs } from '../container-fs';
import { patternRegExp } from './expand';

/** The paths matching `pattern` (relative ones from `cwd`), sorted per directory; empty when none match. */
export function globPaths(pattern: string, cwd: string, fs: ContainerFs): string[] {
  const absolute = pattern.startsWith('/');
  let paths = [absolute ? '/' : ''];
  for (const component of pattern.split('/').filter(Boolean)) {
    const next: string[] = [];
    for (const prefix of paths) {
      const dir = absolutePath(cwd, prefix || '.');
      const join = (name: string) =>
        prefix === '' ? name : prefix.endsWith('/') ? prefix + name : `${prefix}/${name}`;
      if (!/[*?[]/.test(component.replace(/\\./g, ''))) {
        const name = component.replace(/\\(.)/g, '$1');
        if (fs.kind(absolutePath(cwd, join(name)))) next.push(join(name));
        continue;
      }
      if (fs.kind(dir) !== 'dir') continue;
      const re = patternRegExp(component);
      for (const name of fs.list(dir)) if (re.test(name)) next.push(join(name));
    }
    paths = next;
  }
  return paths.filter((p) => p !== '' && p !== '/');
}
