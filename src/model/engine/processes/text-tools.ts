/**
 * Text filters a course pipes into: grep, head, tail, wc and sort, over files or stdin, with GNU's
 * messages (BusyBox words its missing-file error the same way for these).
 */

import { exitsNow, stderr, type OutputLine, type Program, type ProcessContext } from './program';
import { absolutePath, type ContainerFs } from './container-fs';
import { imageText } from './file-commands';

type Input = { name: string; text: string };

/** Reads the named files (or stdin when none): the texts, and the errors for missing ones. */
function inputs(names: string[], ctx: ProcessContext, fs: ContainerFs, stdin: string | undefined, tool: string) {
  const texts: Input[] = [];
  const errors: OutputLine[] = [];
  if (names.length === 0) texts.push({ name: '(standard input)', text: stdin ?? '' });
  for (const name of names) {
    const abs = absolutePath(ctx.workingDir || '/', name);
    const kind = fs.kind(abs);
    if (kind === 'file') texts.push({ name, text: fs.read(abs, imageText(ctx)) ?? '' });
    else errors.push(...stderr(`${tool}: ${name}: ${kind === 'dir' ? 'Is a directory' : 'No such file or directory'}`));
  }
  return { texts, errors };
}

const linesOf = (text: string) => (text === '' ? [] : text.replace(/\n$/, '').split('\n'));
const out = (lines: string[]): OutputLine[] => lines.map((text) => ({ stream: 'stdout', text }));

/** Splits flags from operands; flags taking a value (`-n 5`) are listed in `valued`. */
function options(args: string[], valued: string[] = []) {
  const flags: Record<string, string | true> = {};
  const operands: string[] = [];
  for (let k = 0; k < args.length; k++) {
    const a = args[k];
    if (/^-\d+$/.test(a)) flags.n = a.slice(1);
    else if (/^-[A-Za-z]/.test(a) && operands.length === 0) {
      for (let c = 1; c < a.length; c++) {
        const f = a[c];
        if (valued.includes(f)) {
          flags[f] = a.slice(c + 1) || args[++k] || '';
          break;
        }
        flags[f] = true;
      }
    } else operands.push(a);
  }
  return { flags, operands };
}

// A basic regular expression (grep without -E): \( \) \| group, the bare characters are literal.
function basicToJs(pattern: string): string {
  return pattern.replace(/\\([()|{}+?])|([()|{}+?])/g, (_, escaped?: string, bare?: string) =>
    escaped ? escaped : `\\${bare}`,
  );
}

function grep(args: string[], ctx: ProcessContext, fs: ContainerFs, stdin?: string): Program {
  const { flags, operands } = options(args, ['e']);
  const pattern = typeof flags.e === 'string' ? flags.e : operands.shift();
  if (pattern === undefined)
    return exitsNow(2, stderr('Usage: grep [OPTION]... PATTERNS [FILE]...', "Try 'grep --help' for more information."));
  const source = flags.F ? pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : flags.E ? pattern : basicToJs(pattern);
  const re = new RegExp(source, flags.i ? 'i' : '');
  const { texts, errors } = inputs(operands, ctx, fs, stdin, 'grep');
  const lines: string[] = [];
  let matched = 0;
  for (const input of texts) {
    let count = 0;
    linesOf(input.text).forEach((line, k) => {
      if (re.test(line) === !!flags.v) return;
      count++;
      if (!flags.c && !flags.q)
        lines.push(`${texts.length > 1 ? `${input.name}:` : ''}${flags.n ? `${k + 1}:` : ''}${line}`);
    });
    if (flags.c) lines.push(`${texts.length > 1 ? `${input.name}:` : ''}${count}`);
    matched += count;
  }
  return exitsNow(errors.length > 0 ? 2 : matched > 0 ? 0 : 1, [...out(lines), ...errors]);
}

function headTail(which: 'head' | 'tail') {
  return (args: string[], ctx: ProcessContext, fs: ContainerFs, stdin?: string): Program => {
    const { flags, operands } = options(args, ['n']);
    const n = Number(typeof flags.n === 'string' ? flags.n : 10);
    const { texts, errors } = inputs(operands, ctx, fs, stdin, which);
    const lines: string[] = [];
    texts.forEach((input, k) => {
      if (texts.length > 1) lines.push(...(k > 0 ? [''] : []), `==> ${input.name} <==`);
      const all = linesOf(input.text);
      lines.push(...(which === 'head' ? all.slice(0, n) : all.slice(Math.max(0, all.length - n))));
    });
    return exitsNow(errors.length > 0 ? 1 : 0, [...out(lines), ...errors]);
  };
}

function wc(args: string[], ctx: ProcessContext, fs: ContainerFs, stdin?: string): Program {
  const { flags, operands } = options(args);
  const wanted = (['l', 'w', 'c'] as const).filter((f) => flags[f]);
  const columns = wanted.length > 0 ? wanted : (['l', 'w', 'c'] as const);
  const { texts, errors } = inputs(operands, ctx, fs, stdin, 'wc');
  const count = (text: string) => ({
    l: (text.match(/\n/g) ?? []).length,
    w: text.split(/\s+/).filter(Boolean).length,
    c: new TextEncoder().encode(text).length,
  });
  // GNU wc pads every column to one width when it prints more than one number or reads stdin with several.
  const rows = texts.map((t) => ({ name: operands.length > 0 ? t.name : '', counts: count(t.text) }));
  const width =
    columns.length === 1 && rows.length === 1
      ? 0
      : operands.length === 0
        ? 7
        : Math.max(...rows.map((r) => Math.max(...columns.map((c) => String(r.counts[c]).length))));
  const lines = rows.map((r) =>
    [...columns.map((c) => String(r.counts[c]).padStart(width)), ...(r.name ? [r.name] : [])].join(' '),
  );
  return exitsNow(errors.length > 0 ? 1 : 0, [...out(lines), ...errors]);
}

function sort(args: string[], ctx: ProcessContext, fs: ContainerFs, stdin?: string): Program {
  const { flags, operands } = options(args);
  const { texts, errors } = inputs(operands, ctx, fs, stdin, 'sort');
  let lines = texts.flatMap((t) => linesOf(t.text));
  lines.sort(
    flags.n
      ? (a, b) => parseFloat(a) - parseFloat(b) || (a < b ? -1 : a > b ? 1 : 0)
      : (a, b) => (a < b ? -1 : a > b ? 1 : 0),
  );
  if (flags.r) lines.reverse();
  if (flags.u) lines = lines.filter((l, k) => k === 0 || l !== lines[k - 1]);
  return exitsNow(errors.length > 0 ? 2 : 0, [...out(lines), ...errors]);
}

/** The filters by name. */
export const TEXT_TOOLS = { grep, head: headTail('head'), tail: headTail('tail'), wc, sort };
