// `ls` of GNU coreutils 9.4 over the client's files: -l, -a, -A, -1, -C; names in columns on a
// terminal (ls's own layout, tab stops of 8), one per line into a pipe or file.
import { kindOf, resolvePath, shortOptions, type FileCommand, type FileEnv } from './file-env';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** One name to show, with what `-l` needs. */
interface Entry {
  name: string;
  kind: 'file' | 'dir';
  size: number;
  links: number;
}

const bytes = (text: string) => new TextEncoder().encode(text).length;

function entryOf(env: FileEnv, absolute: string, name: string): Entry {
  const text = env.files.read(absolute);
  if (text !== undefined) return { name, kind: 'file', size: bytes(text), links: 1 };
  // A directory's link count: its own name, its `.`, and each subdirectory's `..`.
  const children = env.files.list(absolute) ?? [];
  const subdirs = children.filter((c) => env.files.isDirectory(`${absolute === '/' ? '' : absolute}/${c}`));
  return { name, kind: 'dir', size: 4096, links: 2 + subdirs.length };
}

/** `Dec  5 05:20` in UTC: the files keep no time of their own, so they show the clock's now. */
function dateOf(ms: number): string {
  const d = new Date(ms);
  const hh = String(d.getUTCHours()).padStart(2, '0');
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  return `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2)} ${hh}:${mm}`;
}

function longLines(entries: readonly Entry[], env: FileEnv, total: boolean): string {
  const linkWidth = Math.max(1, ...entries.map((e) => String(e.links).length));
  const sizeWidth = Math.max(1, ...entries.map((e) => String(e.size).length));
  const blocks = entries.reduce((sum, e) => sum + (e.kind === 'dir' ? 4 : Math.ceil(e.size / 4096) * 4), 0);
  const date = dateOf(env.nowMs);
  const rows = entries.map((e) => {
    const mode = e.kind === 'dir' ? 'drwxr-xr-x' : '-rw-r--r--';
    const links = String(e.links).padStart(linkWidth);
    return `${mode} ${links} user user ${String(e.size).padStart(sizeWidth)} ${date} ${e.name}\n`;
  });
  return (total ? `total ${blocks}\n` : '') + rows.join('');
}

/** ls.c's indent(): tabs to each tab stop of 8 the gap passes, then spaces. */
function indent(from: number, to: number): string {
  let text = '';
  while (from < to) {
    if (Math.floor(to / 8) > Math.floor((from + 1) / 8)) {
      text += '\t';
      from += 8 - (from % 8);
    } else {
      text += ' ';
      from++;
    }
  }
  return text;
}

/** ls.c's calculate_columns and print_many_per_line: as many columns as fit, filled top to bottom. */
function columns(names: readonly string[], width: number): string {
  const n = names.length;
  if (n === 0) return '';
  const maxCols = Math.max(1, Math.min(n, Math.floor(width / 3)));
  let chosen: number[] = [];
  for (let cols = maxCols; cols >= 1; cols--) {
    const rows = Math.ceil(n / cols);
    const colWidths: number[] = [];
    names.forEach((name, i) => {
      const col = Math.floor(i / rows);
      const length = name.length + (col === cols - 1 ? 0 : 2);
      colWidths[col] = Math.max(colWidths[col] ?? 0, length);
    });
    const line = colWidths.reduce((a, b) => a + b, 0);
    if (line < width || cols === 1) {
      chosen = colWidths;
      break;
    }
  }
  const rows = Math.ceil(n / chosen.length);
  let text = '';
  for (let row = 0; row < rows; row++) {
    let pos = 0;
    for (let i = row, col = 0; i < n; i += rows, col++) {
      text += names[i];
      if (i + rows >= n) break;
      text += indent(pos + names[i].length, pos + chosen[col]);
      pos += chosen[col];
    }
    text += '\n';
  }
  return text;
}

/** GNU ls. */
export const ls: FileCommand = (args, env) => {
  const opts = shortOptions(args, 'laA1Cdh');
  if (opts.bad) {
    env.out.err(`ls: ${opts.bad}\nTry 'ls --help' for more information.\n`);
    return 2;
  }
  const long = opts.flags.has('l');
  const all = opts.flags.has('a');
  const almost = opts.flags.has('A');
  const show = (entries: Entry[], total: boolean) => {
    if (long) return longLines(entries, env, total);
    const names = entries.map((e) => e.name);
    if (env.stdoutTty && !opts.flags.has('1')) return columns(names, env.cols);
    if (opts.flags.has('C')) return columns(names, 80);
    return names.map((name) => `${name}\n`).join('');
  };
  const operands = opts.operands.length > 0 ? opts.operands : ['.'];
  let code = 0;
  const fileEntries: Entry[] = [];
  const dirs: { operand: string; absolute: string }[] = [];
  for (const operand of operands) {
    const absolute = resolvePath(env.cwd, operand);
    const kind = kindOf(env.files, absolute);
    if (!kind) {
      env.out.err(`ls: cannot access '${operand}': No such file or directory\n`);
      code = 2;
    } else if (kind === 'file' || opts.flags.has('d')) fileEntries.push(entryOf(env, absolute, operand));
    else dirs.push({ operand, absolute });
  }
  const blocks: string[] = [];
  if (fileEntries.length > 0) blocks.push(show(fileEntries, false));
  for (const dir of dirs) {
    let names = env.files.list(dir.absolute) ?? [];
    if (!all && !almost) names = names.filter((name) => !name.startsWith('.'));
    const entries = names.map((name) => entryOf(env, `${dir.absolute === '/' ? '' : dir.absolute}/${name}`, name));
    if (all) entries.unshift(entryOf(env, dir.absolute, '.'), { ...entryOf(env, dir.absolute, '..'), name: '..' });
    const heading = operands.length > 1 ? `${dir.operand}:\n` : '';
    blocks.push(heading + show(entries, true));
  }
  env.out.out(blocks.join('\n'));
  return code;
};
