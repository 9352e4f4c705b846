/**
 * Builds the completion tree from the docker client's own help data: its commands, their flags,
 * and, from each usage line (`docker rm [OPTIONS] CONTAINER [CONTAINER...]`), what the positional
 * arguments name. So completion offers exactly what the simulated client implements.
 */

import type { ArgKind, CommandNode } from './completion';

/** One command as the client's help describes it. */
export interface CommandHelp {
  /** The command path without `docker` (`""` for the root, `"image ls"`). */
  path: string;
  useLine: string;
  /** Flag names as typed (`--all`, `-a`). */
  flags: string[];
}

/** What a usage-line placeholder names. */
function kindOf(word: string, isCreate: boolean, position: number): ArgKind {
  const w = word.replace(/[[\].]/g, '');
  if (isCreate && position === 0) return 'none';
  if (w.startsWith('NAME:TAG') || w === 'NAME:TAG|@DIGEST') return 'remoteImage';
  if (w === 'NAME|ID') return 'object';
  if (w.startsWith('IMAGE')) return 'image';
  if (w.startsWith('REPOSITORY') || w.startsWith('SOURCE_IMAGE')) return 'localImage';
  if (w.startsWith('CONTAINER')) return 'container';
  if (w.startsWith('NETWORK')) return 'network';
  if (w.startsWith('VOLUME')) return 'volume';
  return 'none';
}

/** The positional argument kinds of a usage line. */
export function argKinds(path: string, useLine: string): ArgKind[] {
  const words = useLine
    .split(/\s+/)
    .slice(1 + (path ? path.split(' ').length : 0))
    .filter((w) => w !== '[OPTIONS]' && w !== 'COMMAND');
  const isCreate = / create$/.test(path) && !/^(container )?create$/.test(path);
  const kinds = words.map((w, i) => kindOf(w, isCreate, i));
  // `IMAGE` is local-or-remote only where a container is made from it; elsewhere it is local.
  const makesContainer = /\[COMMAND\]/.test(useLine);
  return kinds.map((k) => (k === 'image' && !makesContainer ? 'localImage' : k));
}

/** The completion tree of `docker` from the help of each of its commands. */
export function buildCompletionTree(commands: readonly CommandHelp[]): CommandNode {
  const root: CommandNode = { name: 'docker', subcommands: [] };
  for (const entry of [...commands].sort((a, b) => a.path.localeCompare(b.path))) {
    const path = entry.path;
    if (path === '') {
      root.flags = entry.flags;
      continue;
    }
    let node = root;
    for (const part of path.split(' ')) {
      node.subcommands ??= [];
      let child = node.subcommands.find((c) => c.name === part);
      if (!child) {
        child = { name: part };
        node.subcommands.push(child);
      }
      node = child;
    }
    node.flags = entry.flags.includes('--help') ? entry.flags : [...entry.flags, '--help'];
    node.args = argKinds(path, entry.useLine);
  }
  return root;
}
