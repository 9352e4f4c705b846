/**
 * The shell's regular builtins: cd, pwd, export, unset, echo, printf, test and [, true, false,
 * :, read and shift, each with its own shell's wording (bash builtins/*.def, dash src/*.c,
 * BusyBox shell/ash.c and coreutils/echo.c, printf.c, test.c). `exit` and `exec` change the flow
 * and live in the interpreter.
 */

import { absolutePath, type ContainerFs } from '../container-fs';
import type { ProcessContext } from '../program';
import { builtinPrefix, cdFailed } from './wording';
import { exportVariable, voiceOf, type ShellState } from './state';
import { evaluateTest, TestError } from './test-builtin';
import { formatPrintf, interpretEscapes } from './printf';

/** What a builtin reads and writes. */
export interface BuiltinContext {
  state: ShellState;
  fs: ContainerFs;
  ctx: ProcessContext;
  /** What is left of standard input (`read` takes a line from it). */
  stdin: { text?: string };
  /** Writes text (lines end with `\n`; the rest is a partial line). */
  write(text: string, stream?: 'stdout' | 'stderr'): void;
  /** Reads a file the image or a container wrote. */
  read(abs: string): string | undefined;
}

/** A builtin returns its status. */
export type Builtin = (args: string[], b: BuiltinContext) => number;

/** A path made absolute against the shell's working directory. */
export const resolvePath = absolutePath;

const error = (b: BuiltinContext, builtin: string, text: string) =>
  b.write(`${builtinPrefix(voiceOf(b.state), builtin)}${text}\n`, 'stderr');

function cd(args: string[], b: BuiltinContext): number {
  const { state } = b;
  const operand = args.filter((a) => a !== '--')[0];
  let target = operand ?? state.variables.HOME ?? '/root';
  if (operand === '-') target = state.variables.OLDPWD ?? state.cwd;
  const abs = resolvePath(state.cwd, target);
  const kind = b.fs.kind(abs) ?? (b.fs.imageDir(abs) ? 'dir' : null);
  if (kind !== 'dir') {
    b.write(`${cdFailed(voiceOf(state), target, kind === 'file' ? 'ENOTDIR' : 'ENOENT')}\n`, 'stderr');
    // bash returns 1; dash and ash raise an error whose status is 2.
    return state.flavour === 'bash' ? 1 : 2;
  }
  state.variables.OLDPWD = state.cwd;
  state.cwd = abs;
  state.variables.PWD = abs;
  if (operand === '-') b.write(`${abs}\n`);
  return 0;
}

function exportBuiltin(args: string[], b: BuiltinContext): number {
  const { state } = b;
  const names = args.filter((a) => a !== '-p' && a !== '--');
  if (names.length === 0) {
    for (const name of [...state.exported].sort()) {
      const value = state.variables[name];
      // bash: `declare -x NAME="value"`; dash and ash: `export NAME='value'`.
      if (state.flavour === 'bash') b.write(`declare -x ${name}${value === undefined ? '' : `="${value}"`}\n`);
      else b.write(`export ${name}${value === undefined ? '' : `='${value.replace(/'/g, `'"'"'`)}'`}\n`);
    }
    return 0;
  }
  let status = 0;
  for (const arg of names) {
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg : arg.slice(0, eq);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      error(b, 'export', state.flavour === 'bash' ? `\`${arg}': not a valid identifier` : `bad variable name`);
      status = state.flavour === 'bash' ? 1 : 2;
      continue;
    }
    if (eq !== -1) state.variables[name] = arg.slice(eq + 1);
    exportVariable(state, name);
  }
  return status;
}

function unset(args: string[], b: BuiltinContext): number {
  for (const name of args.filter((a) => !a.startsWith('-'))) {
    delete b.state.variables[name];
    b.state.exported = b.state.exported.filter((n) => n !== name);
  }
  return 0;
}

/** bash and BusyBox: -n, -e, -E; dash: only -n, and it always reads escapes (XSI echo). */
function echo(args: string[], b: BuiltinContext): number {
  let newline = true;
  let escapes = b.state.flavour === 'dash';
  let k = 0;
  const options = b.state.flavour === 'dash' ? /^-n+$/ : /^-[neE]+$/;
  for (; k < args.length && options.test(args[k]); k++) {
    for (const flag of args[k].slice(1)) {
      if (flag === 'n') newline = false;
      else escapes = flag === 'e';
    }
  }
  let text = args.slice(k).join(' ');
  if (escapes) {
    const { text: interpreted, stop } = interpretEscapes(text);
    text = interpreted;
    if (stop) newline = false;
  }
  b.write(newline ? `${text}\n` : text);
  return 0;
}

function printf(args: string[], b: BuiltinContext): number {
  if (args.length === 0) {
    b.write(
      b.state.flavour === 'bash'
        ? `${builtinPrefix(voiceOf(b.state), 'printf')}usage: printf [-v var] format [arguments]\n`
        : 'printf: usage: printf format [arg ...]\n',
      'stderr',
    );
    return 2;
  }
  b.write(formatPrintf(args[0], args.slice(1)));
  return 0;
}

function test(args: string[], b: BuiltinContext, bracket: boolean): number {
  const name = bracket ? '[' : 'test';
  if (bracket) {
    if (args[args.length - 1] !== ']') {
      error(b, name, b.state.flavour === 'bash' ? "missing `]'" : 'missing ]');
      return 2;
    }
    args = args.slice(0, -1);
  }
  try {
    return evaluateTest(args, {
      fs: b.fs,
      resolve: (p) => resolvePath(b.state.cwd, p),
      read: (abs) => b.read(abs),
    })
      ? 0
      : 1;
  } catch (e) {
    if (!(e instanceof TestError)) throw e;
    const flavour = b.state.flavour;
    if (e.reason === 'integer')
      error(
        b,
        name,
        flavour === 'bash'
          ? `${e.operand}: integer expression expected`
          : flavour === 'dash'
            ? `Illegal number: ${e.operand}`
            : `invalid number '${e.operand}'`,
      );
    else
      error(
        b,
        name,
        flavour === 'bash' ? `${e.operand}: unary operator expected` : `${e.operand}: unexpected operator`,
      );
    return 2;
  }
}

/** `read [-r] name…`: one line of stdin split on IFS into the names; status 1 at end of input. */
function read(args: string[], b: BuiltinContext): number {
  const raw = args.includes('-r');
  const names = args.filter((a) => !a.startsWith('-'));
  const input = b.stdin.text ?? '';
  if (input === '') return 1;
  const newline = input.indexOf('\n');
  let line = newline === -1 ? input : input.slice(0, newline);
  b.stdin.text = newline === -1 ? '' : input.slice(newline + 1);
  if (!raw) line = line.replace(/\\(.)/g, '$1');
  const fields = line.trim().split(/[ \t]+/);
  const targets = names.length > 0 ? names : ['REPLY'];
  targets.forEach((name, i) => {
    b.state.variables[name] = i === targets.length - 1 ? fields.slice(i).join(' ') : (fields[i] ?? '');
  });
  return newline === -1 ? 1 : 0;
}

function shift(args: string[], b: BuiltinContext): number {
  const n = Number(args[0] ?? 1);
  if (n > b.state.positional.length) return 1;
  b.state.positional = b.state.positional.slice(n);
  return 0;
}

/** The builtins by name. */
export const BUILTINS: Record<string, Builtin> = {
  cd,
  pwd: (_, b) => {
    b.write(`${b.state.cwd}\n`);
    return 0;
  },
  export: exportBuiltin,
  unset,
  echo,
  printf,
  test: (args, b) => test(args, b, false),
  '[': (args, b) => test(args, b, true),
  true: () => 0,
  false: () => 1,
  ':': () => 0,
  read,
  shift,
};
