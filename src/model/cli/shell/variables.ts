// The shell's variables as bash keeps them: each has a value and may be exported; what is exported
// is the environment every command gets (docker reads DOCKER_HOST, DOCKER_CONTEXT, DOCKER_CONFIG,
// DOCKER_BUILDKIT from it). `export`, `unset` and `env` act on them, with bash 5.2's and GNU env's
// messages.
import type { Output } from '../docker/output';

/** A variable name bash accepts in an assignment or `export`/`unset`. */
export const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The shell's variables: values, and which of them are exported (in insertion order, as `env` lists them). */
export class ShellVariables {
  private values = new Map<string, string>();
  private exported = new Set<string>();

  constructor(defaults: Readonly<Record<string, string>>, exported: readonly string[]) {
    for (const [name, value] of Object.entries(defaults)) this.values.set(name, value);
    for (const name of exported) this.exported.add(name);
  }

  /** A variable's value, or undefined when it is unset. */
  get(name: string): string | undefined {
    return this.values.get(name);
  }

  /** `NAME=value`: sets it (an exported variable stays exported, so the environment follows). */
  set(name: string, value: string): void {
    this.values.set(name, value);
  }

  /** `export NAME[=value]`: marks it exported, setting it when a value is given. */
  export(name: string, value?: string): void {
    if (value !== undefined) this.values.set(name, value);
    this.exported.add(name);
  }

  /** `export -n NAME`: keeps the value, drops it from the environment. */
  unexport(name: string): void {
    this.exported.delete(name);
  }

  /** `unset NAME`. */
  unset(name: string): void {
    this.values.delete(name);
    this.exported.delete(name);
  }

  /** The environment commands get: exported variables that have a value. */
  environment(): Record<string, string> {
    const env: Record<string, string> = {};
    for (const name of this.exported) {
      const value = this.values.get(name);
      if (value !== undefined) env[name] = value;
    }
    return env;
  }

  /** `export -p`: every exported name, sorted, as `declare -x` lines. */
  declarations(): string {
    return [...this.exported]
      .sort()
      .map((name) => {
        const value = this.values.get(name);
        return value === undefined
          ? `declare -x ${name}\n`
          : `declare -x ${name}="${value.replace(/(["\\$`])/g, '\\$1')}"\n`;
      })
      .join('');
  }

  /** A copy, to put back when a line runs again (Ctrl+C during a pull). */
  snapshot(): ShellVariables {
    const copy = new ShellVariables({}, []);
    copy.values = new Map(this.values);
    copy.exported = new Set(this.exported);
    return copy;
  }

  /** Plain JSON of the values and the exported names (a shell's state). */
  toJSON(): { values: Record<string, string>; exported: string[] } {
    return { values: Object.fromEntries(this.values), exported: [...this.exported] };
  }

  /** Variables from their plain JSON (`toJSON`). */
  static fromJSON(json: { values: Readonly<Record<string, string>>; exported: readonly string[] }): ShellVariables {
    return new ShellVariables(json.values, json.exported);
  }

  /** Takes the values of a snapshot. */
  restore(from: ShellVariables): void {
    this.values = new Map(from.values);
    this.exported = new Set(from.exported);
  }
}

/**
 * A bash builtin's leading options (up to `--` or the first operand): the letters seen and where the
 * operands start, or the first letter not in `allowed`.
 */
function builtinOptions(
  args: readonly string[],
  allowed: string,
): { letters: Set<string>; index: number } | { invalid: string } {
  const letters = new Set<string>();
  let i = 0;
  for (; i < args.length && args[i].startsWith('-') && args[i] !== '-'; i++) {
    if (args[i] === '--') return { letters, index: i + 1 };
    for (const letter of args[i].slice(1)) {
      if (!allowed.includes(letter)) return { invalid: letter };
      letters.add(letter);
    }
  }
  return { letters, index: i };
}

/** `export [-n] [-p] [NAME[=value]…]` (bash's builtin). */
export function exportBuiltin(args: readonly string[], vars: ShellVariables, out: Output): number {
  const options = builtinOptions(args, 'fnp');
  if ('invalid' in options) {
    out.err(`bash: export: -${options.invalid}: invalid option\n`);
    out.err('export: usage: export [-fn] [name[=value] ...] or export -p\n');
    return 2;
  }
  const unexport = options.letters.has('n');
  const operands = args.slice(options.index);
  if (operands.length === 0) {
    out.out(vars.declarations());
    return 0;
  }
  let status = 0;
  for (const operand of operands) {
    const eq = operand.indexOf('=');
    const name = eq >= 0 ? operand.slice(0, eq) : operand;
    if (!NAME.test(name)) {
      out.err(`bash: export: \`${operand}': not a valid identifier\n`);
      status = 1;
      continue;
    }
    if (unexport) {
      if (eq >= 0) vars.set(name, operand.slice(eq + 1));
      vars.unexport(name);
    } else vars.export(name, eq >= 0 ? operand.slice(eq + 1) : undefined);
  }
  return status;
}

/** `unset [-v] NAME…` (bash's builtin; `-f` names functions, which this shell has none of). */
export function unsetBuiltin(args: readonly string[], vars: ShellVariables, out: Output): number {
  const options = builtinOptions(args, 'fvn');
  if ('invalid' in options) {
    out.err(`bash: unset: -${options.invalid}: invalid option\nunset: usage: unset [-f] [-v] [-n] [name ...]\n`);
    return 2;
  }
  const functions = options.letters.has('f');
  let status = 0;
  for (const name of args.slice(options.index)) {
    if (!NAME.test(name)) {
      out.err(`bash: unset: \`${name}': not a valid identifier\n`);
      status = 1;
      continue;
    }
    if (!functions) vars.unset(name);
  }
  return status;
}

/**
 * GNU `env [NAME=value…] [COMMAND [ARG…]]`: with no command, prints the environment (with the
 * assignments); else runs the command with them through `run`. Options other than `-i`, `-u NAME`
 * and `--` are refused as GNU env refuses an unknown one.
 */
export function envBuiltin(
  args: readonly string[],
  environment: Record<string, string>,
  out: Output,
  run: (words: string[], env: Record<string, string>) => number,
): number {
  let env = { ...environment };
  let i = 0;
  for (; i < args.length && args[i].startsWith('-') && args[i] !== '-'; i++) {
    const arg = args[i];
    if (arg === '--') {
      i++;
      break;
    }
    if (arg === '-i' || arg === '--ignore-environment') env = {};
    else if (arg === '-u' || arg === '--unset') {
      const name = args[++i];
      if (name === undefined) {
        out.err("env: option requires an argument -- 'u'\nTry 'env --help' for more information.\n");
        return 125;
      }
      delete env[name];
    } else if (arg.startsWith('-u')) delete env[arg.slice(2)];
    else {
      const shown = arg.startsWith('--') ? `unrecognized option '${arg}'` : `invalid option -- '${arg[1]}'`;
      out.err(`env: ${shown}\nTry 'env --help' for more information.\n`);
      return 125;
    }
  }
  if (args[i] === '-') {
    env = {};
    i++;
  }
  for (; i < args.length && args[i].includes('=') && !args[i].startsWith('='); i++) {
    const eq = args[i].indexOf('=');
    const name = args[i].slice(0, eq);
    delete env[name];
    env[name] = args[i].slice(eq + 1);
  }
  if (i < args.length) return run(args.slice(i), env);
  out.out(
    Object.entries(env)
      .map(([name, value]) => `${name}=${value}\n`)
      .join(''),
  );
  return 0;
}

/** What a login shell starts with (HOME, PATH, PWD, …). */
const LOGIN_VARIABLES: Readonly<Record<string, string>> = {
  HOME: '/home/user',
  USER: 'user',
  LOGNAME: 'user',
  PWD: '/home/user',
  SHELL: '/bin/bash',
  HOSTNAME: 'docker-host',
  PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
  TERM: 'xterm-256color',
  LANG: 'C.UTF-8',
  $: '4242',
};

/** The variables a login shell has in its environment (HOSTNAME and `$` are bash's own). */
const LOGIN_EXPORTED = ['HOME', 'USER', 'LOGNAME', 'PWD', 'SHELL', 'PATH', 'TERM', 'LANG'];

/** A login shell's variables on `hostname`, the usual ones exported. */
export function loginShellVariables(hostname: string): ShellVariables {
  return new ShellVariables({ ...LOGIN_VARIABLES, HOSTNAME: hostname }, LOGIN_EXPORTED);
}
