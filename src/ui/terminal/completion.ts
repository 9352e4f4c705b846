/**
 * Tab completion over a command tree (commands, subcommands, flags, and what each positional
 * argument names) and the names the world holds. Pure: the tree and the names are passed in.
 */

/** What a positional argument names. */
export type ArgKind = 'image' | 'object' | 'remoteImage' | 'localImage' | 'container' | 'volume' | 'network' | 'none';

/** One command of the tree. */
export interface CommandNode {
  name: string;
  subcommands?: CommandNode[];
  flags?: string[];
  /** What the positional arguments name (the last kind repeats). */
  args?: ArgKind[];
}

/** The names completion can offer for each kind of argument. */
export type NameSource = (kind: Exclude<ArgKind, 'none' | 'image' | 'object'>) => string[];

/** The outcome of pressing Tab. */
export interface Completion {
  value: string;
  cursor: number;
  /** Every candidate when there is more than one (to list them). */
  candidates: string[];
}

function commonPrefix(words: string[]): string {
  if (words.length === 0) return '';
  let prefix = words[0];
  for (const w of words) while (!w.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}

function namesFor(kind: ArgKind, source: NameSource): string[] {
  if (kind === 'none') return [];
  if (kind === 'image') return [...new Set([...source('localImage'), ...source('remoteImage')])];
  if (kind === 'object')
    return [...source('container'), ...source('localImage'), ...source('volume'), ...source('network')];
  return source(kind);
}

/** The candidates for the word being typed, given the words before it. */
export function candidatesFor(root: CommandNode, before: string[], word: string, source: NameSource): string[] {
  let node = root;
  let positional = 0;
  let i = 0;
  // Skip the program name (`docker`), then walk subcommands as long as they match.
  if (before[0] === root.name) i = 1;
  else return before.length === 0 ? [root.name].filter((n) => n.startsWith(word)) : [];
  for (; i < before.length; i++) {
    const w = before[i];
    const sub = positional === 0 && !w.startsWith('-') ? node.subcommands?.find((s) => s.name === w) : undefined;
    if (sub) node = sub;
    else if (!w.startsWith('-')) positional++;
  }
  let options: string[];
  if (word.startsWith('-')) options = node.flags ?? [];
  else if (positional === 0 && node.subcommands?.length) options = node.subcommands.map((s) => s.name);
  else {
    // The last kind repeats (`CONTAINER [CONTAINER...]`); `IMAGE [COMMAND] [ARG...]` ends in none.
    const kinds = node.args ?? [];
    const kind = kinds[Math.min(positional, kinds.length - 1)] ?? 'none';
    options = namesFor(kind, source);
  }
  return [...new Set(options.filter((o) => o.startsWith(word)))].sort();
}

/** Completes the word at the cursor. */
export function complete(value: string, cursor: number, root: CommandNode, source: NameSource): Completion {
  const head = value.slice(0, cursor);
  const tail = value.slice(cursor);
  const start = head.search(/\S*$/);
  const word = head.slice(start);
  const before = head.slice(0, start).trim().split(/\s+/).filter(Boolean);
  const candidates = candidatesFor(root, before, word, source);
  if (candidates.length === 0) return { value, cursor, candidates: [] };
  const insert = candidates.length === 1 ? `${candidates[0]} ` : commonPrefix(candidates);
  const next = head.slice(0, start) + insert + (candidates.length === 1 ? tail.replace(/^\S*/, '') : tail);
  return { value: next, cursor: start + insert.length, candidates: candidates.length > 1 ? candidates : [] };
}
