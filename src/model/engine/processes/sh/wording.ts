/**
 * How each shell words its own errors. bash (error.c error_prolog, parse.y report_syntax_error,
 * bash 5.2 as in debian bookworm and ubuntu noble): `bash: line 1: foo: command not found`, or
 * `bash: foo: …` when interactive. dash (error.c exvwarning2, parser.c synexpect/synerror):
 * `sh: 1: foo: not found`, `sh: 1: Syntax error: "fi" unexpected`. BusyBox ash (shell/ash.c
 * ash_vmsg, raise_error_unexpected_syntax): `sh: foo: not found`, `sh: syntax error: unexpected "fi"`,
 * with `line N:` only after a builtin's name in a non-interactive shell.
 */

import type { SyntaxProblem } from './syntax';

/** Which shell runs a script: BusyBox ash, Debian's dash, or bash. */
export type ShellFlavour = 'ash' | 'dash' | 'bash';

/** What an error message needs to know about the shell printing it. */
export interface ShellVoice {
  flavour: ShellFlavour;
  /** `$0` as the shell was started (`sh`, `/bin/sh`, `bash`). */
  name: string;
  interactive: boolean;
  /** The line being run (dash and bash print it; interactive dash counts the lines read). */
  line: number;
  /** Run by `-c` (bash names that input `-c` in its syntax errors). */
  commandString: boolean;
}

/** The shell's prefix for an error of the shell itself (not of a builtin). */
export function shellPrefix(v: ShellVoice): string {
  if (v.flavour === 'dash') return `${v.name}: ${v.line}: `;
  if (v.flavour === 'bash') return v.interactive ? `${v.name}: ` : `${v.name}: line ${v.line}: `;
  return `${v.name}: `;
}

/** The prefix of a builtin's error: bash `bash: line 1: cd: `, dash `sh: 1: cd: `, ash `sh: cd: line 1: `. */
export function builtinPrefix(v: ShellVoice, builtin: string): string {
  if (v.flavour === 'ash') return `${v.name}: ${builtin}: ${v.interactive ? '' : `line ${v.line}: `}`;
  return `${shellPrefix(v)}${builtin}: `;
}

/** A command the shell could not find (status 127). */
export function notFound(v: ShellVoice, command: string): string {
  if (v.flavour === 'bash')
    return `${shellPrefix(v)}${command}: ${command.includes('/') ? 'No such file or directory' : 'command not found'}`;
  return `${shellPrefix(v)}${command}: not found`;
}

/** `cd` into a missing directory or a file. */
export function cdFailed(v: ShellVoice, dir: string, reason: 'ENOENT' | 'ENOTDIR'): string {
  const strerror = reason === 'ENOENT' ? 'No such file or directory' : 'Not a directory';
  if (v.flavour === 'bash') return `${builtinPrefix(v, 'cd')}${dir}: ${strerror}`;
  if (v.flavour === 'dash') return `${builtinPrefix(v, 'cd')}can't cd to ${dir}`;
  return `${builtinPrefix(v, 'cd')}can't cd to ${dir}: ${strerror}`;
}

const UNTERMINATED = 'Unterminated quoted string';

// dash's and ash's token names: operators quoted, end of file and newline spelled out.
function tokenName(token: string, kind?: SyntaxProblem['kind']): string {
  if (kind) return kind;
  if (token === 'EOF') return 'end of file';
  if (token === '\n') return 'newline';
  return `"${token}"`;
}

/** A syntax error's lines (status 2): bash adds the offending line when not interactive. */
export function syntaxError(v: ShellVoice, problem: SyntaxProblem, sourceLine: string): string[] {
  if (v.flavour === 'bash') {
    const where = v.interactive ? `${v.name}: ` : `${v.name}: ${v.commandString ? '-c: ' : ''}line ${problem.line}: `;
    if (problem.unterminated) {
      const closer = problem.unterminated === '(' ? ')' : problem.unterminated === '{' ? '}' : problem.unterminated;
      return [`${where}unexpected EOF while looking for matching \`${closer}'`];
    }
    if (problem.token === 'EOF') return [`${where}syntax error: unexpected end of file`];
    const token = problem.token === '\n' ? 'newline' : problem.token;
    const lines = [`${where}syntax error near unexpected token \`${token}'`];
    if (!v.interactive) lines.push(`${where}\`${sourceLine}'`);
    return lines;
  }
  if (v.flavour === 'dash') {
    const where = `${v.name}: ${problem.line}: Syntax error: `;
    if (problem.unterminated)
      return [`${where}${problem.unterminated === '(' ? 'end of file unexpected (expecting ")")' : UNTERMINATED}`];
    const expecting = problem.expecting ? ` (expecting "${problem.expecting}")` : '';
    return [`${where}${tokenName(problem.token, problem.kind)} unexpected${expecting}`];
  }
  if (problem.unterminated) return [`${v.name}: syntax error: unterminated quoted string`];
  const expecting = problem.expecting ? ` (expecting "${problem.expecting}")` : '';
  return [`${v.name}: syntax error: unexpected ${tokenName(problem.token, problem.kind)}${expecting}`];
}
