// What the shell's file commands (ls, cat, cp, …) and redirections see of the client's machine:
// its files, the working directory, and paths resolved as the kernel resolves them.
import type { Output } from '../docker/output';
import type { LocalFiles } from '../client/local-files';
import { cleanPath } from '../../engine/volumes/host-paths';

/** The surroundings of a file command. */
export interface FileEnv {
  out: Output;
  files: LocalFiles;
  /** The working directory (absolute). */
  cwd: string;
  /** `cd`: the shell's new working directory (PWD and OLDPWD follow). */
  setCwd(path: string): void;
  /** HOME, for `cd` without an operand. */
  home: string;
  /** OLDPWD, for `cd -`; undefined when never set. */
  oldPwd?: string;
  /** What stdin holds when it is a pipe or a file; undefined when it is the terminal (or nothing). */
  stdin?: string;
  stdoutTty: boolean;
  cols: number;
  /** The virtual time now (ms since the epoch): the files' modification time for `ls -l`. */
  nowMs: number;
}

/** A file command: its arguments (without its name) to an exit status. */
export type FileCommand = (args: string[], env: FileEnv) => number;

/** What is at a path: a regular file, a directory, or nothing. */
export type PathKind = 'file' | 'dir' | undefined;

/** The absolute, cleaned form of `path` from `cwd`. */
export function resolvePath(cwd: string, path: string): string {
  return cleanPath(path.startsWith('/') ? path : `${cwd}/${path}`);
}

/** Whether a path is a file, a directory or nothing. */
export function kindOf(files: LocalFiles, absolute: string): PathKind {
  if (files.read(absolute) !== undefined) return 'file';
  return files.isDirectory(absolute) ? 'dir' : undefined;
}

/** The directory holding `absolute` (`/` for a top-level name). */
export function parentOf(absolute: string): string {
  const i = absolute.lastIndexOf('/');
  return i <= 0 ? '/' : absolute.slice(0, i);
}

/** The last name of a path (`basename`). */
export function baseName(path: string): string {
  const parts = path.split('/').filter((p) => p !== '');
  return parts[parts.length - 1] ?? '/';
}

/** Every path under a directory (itself first), depth first, directories before their contents. */
export function walk(files: LocalFiles, absolute: string): { path: string; kind: 'file' | 'dir' }[] {
  const kind = kindOf(files, absolute);
  if (!kind) return [];
  const found: { path: string; kind: 'file' | 'dir' }[] = [{ path: absolute, kind }];
  if (kind === 'dir')
    for (const name of files.list(absolute) ?? [])
      found.push(...walk(files, absolute === '/' ? `/${name}` : `${absolute}/${name}`));
  return found;
}

/** coreutils' message for bad usage: the line and its `--help` pointer. */
export function usageError(env: FileEnv, command: string, line: string): number {
  env.out.err(`${command}: ${line}\nTry '${command} --help' for more information.\n`);
  return 1;
}

/**
 * Splits GNU-style short options (`-rf`, `-n 5`) from operands; `--` ends options. `valued` names
 * the letters that take a value. `bad` is coreutils' words for the first unknown option.
 */
export function shortOptions(
  args: readonly string[],
  known: string,
  valued = '',
): { flags: Set<string>; values: Record<string, string>; operands: string[]; bad?: string; missing?: string } {
  const flags = new Set<string>();
  const values: Record<string, string> = {};
  const operands: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      operands.push(arg);
      continue;
    }
    if (arg.startsWith('--')) return { flags, values, operands, bad: `unrecognized option '${arg}'` };
    for (let j = 1; j < arg.length; j++) {
      const letter = arg[j];
      if (valued.includes(letter)) {
        const rest = arg.slice(j + 1);
        const value = rest !== '' ? rest : args[++i];
        if (value === undefined) return { flags, values, operands, missing: letter };
        values[letter] = value;
        break;
      }
      if (!known.includes(letter)) return { flags, values, operands, bad: `invalid option -- '${letter}'` };
      flags.add(letter);
    }
  }
  return { flags, values, operands };
}

/** The shell's side of a file command: its machine and variables (cd sets PWD and OLDPWD). */
export function shellFileEnv(
  machine: { files: LocalFiles; cwd: string },
  variables: { get(name: string): string | undefined; set(name: string, value: string): unknown },
  io: { out: Output; stdin?: string; stdoutTty: boolean; cols: number; nowMs: number },
): FileEnv {
  return {
    ...io,
    files: machine.files,
    cwd: machine.cwd,
    home: variables.get('HOME') ?? '/home/user',
    oldPwd: variables.get('OLDPWD'),
    setCwd(path) {
      variables.set('OLDPWD', machine.cwd);
      variables.set('PWD', path);
      machine.cwd = path;
    },
  };
}
