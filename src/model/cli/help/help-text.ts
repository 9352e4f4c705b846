// `docker … --help` as docker/cli prints it: cli/cobra.go's usage template around pflag's
// FlagUsagesWrapped, which wraps flag usages to the terminal width minus one (80 − 1 when the
// output is not a terminal; docker asks the size of standard input).
import { FLAG_SETS, HELP_DATA, type HelpFlagRow } from './help-data';

/** pflag wrapN: the first line of at most `i` bytes (or `i + slop` if that takes the rest), and the rest. */
function wrapN(i: number, slop: number, s: string): [string, string] {
  if (i + slop > s.length) return [s, ''];
  const head = s.slice(0, i);
  const w = Math.max(head.lastIndexOf(' '), head.lastIndexOf('\t'), head.lastIndexOf('\n'));
  if (w <= 0) return [s, ''];
  const nl = head.lastIndexOf('\n');
  if (nl > 0 && nl < w) return [s.slice(0, nl), s.slice(nl + 1)];
  return [s.slice(0, w), s.slice(w + 1)];
}

/** pflag wrap: `s` wrapped to `w` columns with every line after the first indented by `i`. */
function wrap(i: number, w: number, s: string): string {
  if (w === 0) return s.replace(/\n/g, `\n${' '.repeat(i)}`);
  let width = w - i;
  let out = '';
  if (width < 24) {
    i = 16;
    width = w - i;
    out += `\n${' '.repeat(i)}`;
  }
  if (width < 24) return s.replace(/\n/g, out);
  const slop = 5;
  width -= slop;
  const indent = ' '.repeat(i);
  let [line, rest] = wrapN(width, slop, s);
  out += line.replace(/\n/g, `\n${indent}`);
  while (rest !== '') {
    [line, rest] = wrapN(width, slop, rest);
    out += `\n${indent}${line.replace(/\n/g, `\n${indent}`)}`;
  }
  return out;
}

/** pflag FlagSet.FlagUsagesWrapped for rows in the order given (pflag sorts them by name). */
export function flagUsagesWrapped(rows: readonly HelpFlagRow[], cols: number): string {
  const lines = rows.map(([long, short, varname, usage, defaultText]) => {
    let left = short ? `  -${short}, --${long}` : `      --${long}`;
    if (varname) left += ` ${varname}`;
    return { left, usage: defaultText ? `${usage} (default ${defaultText})` : usage };
  });
  const maxlen = Math.max(0, ...lines.map((l) => l.left.length + 1));
  return lines
    .map((l) => `${l.left} ${' '.repeat(maxlen - l.left.length)} ${wrap(maxlen + 2, cols, l.usage)}\n`)
    .join('');
}

/** Whether a command has help (is one we know), by path without "docker" ("container ls"). */
export function hasHelp(path: string): boolean {
  return Object.prototype.hasOwnProperty.call(HELP_DATA, path);
}

/** The `Usage:` line of a command ("docker ps [OPTIONS]"), or "docker <path>" for an unknown one. */
export function useLine(path: string): string {
  return hasHelp(path) ? HELP_DATA[path].useLine : `docker ${path}`.trim();
}

/** The whole `--help` text of a command for a terminal `width` columns wide (80 when not a terminal). */
export function helpText(path: string, width = 80): string {
  const entry = HELP_DATA[path];
  if (!entry) return '';
  if (!entry.flagsTitle) return entry.head;
  const flags = flagUsagesWrapped(FLAG_SETS[entry.flags], Math.max(0, width - 1)).replace(/\s+$/, '');
  return `${entry.head}${entry.flagsTitle}:\n${flags}\n${entry.tail}`;
}

/** The flag rows a command's help lists. */
export function helpFlags(path: string): readonly HelpFlagRow[] {
  const entry = HELP_DATA[path];
  return entry ? FLAG_SETS[entry.flags] : [];
}
