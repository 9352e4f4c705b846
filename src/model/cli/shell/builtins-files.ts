// The shell's file commands over the client's machine (the files `docker build` packs): pwd, cd,
// ls, cat, mkdir, rm, touch, cp, mv, head and tail, with the messages of bash 5.2 and GNU coreutils
// 9.4 in a C.UTF-8 locale (mkdir quotes with ‘…’, the others that quote use '…').
import { ls } from './builtins-ls';
import {
  baseName,
  kindOf,
  parentOf,
  resolvePath,
  shortOptions,
  usageError,
  walk,
  type FileCommand,
  type FileEnv,
} from './file-env';

const pwd: FileCommand = (_args, env) => {
  env.out.out(`${env.cwd}\n`);
  return 0;
};

const cd: FileCommand = (args, env) => {
  const operands = args[0] === '--' ? args.slice(1) : args;
  if (operands.length > 1) {
    env.out.err('bash: cd: too many arguments\n');
    return 1;
  }
  let target = operands[0] ?? env.home;
  if (target === '-') {
    if (env.oldPwd === undefined) {
      env.out.err('bash: cd: OLDPWD not set\n');
      return 1;
    }
    target = env.oldPwd;
    env.out.out(`${target}\n`);
  }
  if (target === '') return 0;
  const absolute = resolvePath(env.cwd, target);
  const kind = kindOf(env.files, absolute);
  if (kind !== 'dir') {
    env.out.err(`bash: cd: ${target}: ${kind ? 'Not a directory' : 'No such file or directory'}\n`);
    return 1;
  }
  env.setCwd(absolute);
  return 0;
};

/** Reads operands (`-` or none: stdin) for cat, head and tail; reports what cannot be read. */
function readAll(
  env: FileEnv,
  command: string,
  operands: readonly string[],
  each: (text: string, operand: string) => void,
): number {
  let code = 0;
  for (const operand of operands.length > 0 ? operands : ['-']) {
    if (operand === '-') {
      each(env.stdin ?? '', operand);
      continue;
    }
    const absolute = resolvePath(env.cwd, operand);
    const kind = kindOf(env.files, absolute);
    if (kind === 'file') each(env.files.read(absolute) ?? '', operand);
    else {
      const why = kind === 'dir' ? 'Is a directory' : 'No such file or directory';
      // head and tail open first, cat reads (a directory opens, then reading it fails).
      if (command === 'cat' || kind === 'dir') env.out.err(`${command}: ${operand}: ${why}\n`);
      else env.out.err(`${command}: cannot open '${operand}' for reading: ${why}\n`);
      code = 1;
    }
  }
  return code;
}

const cat: FileCommand = (args, env) => {
  const opts = shortOptions(args, 'nu');
  if (opts.bad) return usageError(env, 'cat', opts.bad);
  let line = 0;
  return readAll(env, 'cat', opts.operands, (text) => {
    if (!opts.flags.has('n')) return env.out.out(text);
    env.out.out(text.replace(/[^\n]*\n|[^\n]+$/g, (l) => `${String(++line).padStart(6)}\t${l}`));
  });
};

/** head and tail: the first or last N lines (10 by default; `-n N` or `-N`). */
function lines(command: 'head' | 'tail'): FileCommand {
  return (args, env) => {
    const legacy = args.map((a) => (/^-\d+$/.test(a) ? `-n${a.slice(1)}` : a));
    const opts = shortOptions(legacy, 'qv', 'n');
    if (opts.bad) return usageError(env, command, opts.bad);
    if (opts.missing) return usageError(env, command, `option requires an argument -- '${opts.missing}'`);
    const count = opts.values.n ?? '10';
    if (!/^\d+$/.test(count)) {
      env.out.err(`${command}: invalid number of lines: \u2018${count}\u2019\n`);
      return 1;
    }
    const n = Number(count);
    const many = opts.operands.length > 1;
    let first = true;
    return readAll(env, command, opts.operands, (text, operand) => {
      if (many) env.out.out(`${first ? '' : '\n'}==> ${operand === '-' ? 'standard input' : operand} <==\n`);
      first = false;
      const all = text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
      env.out.out((command === 'head' ? all.slice(0, n) : n === 0 ? [] : all.slice(-n)).join(''));
    });
  };
}

const mkdir: FileCommand = (args, env) => {
  const opts = shortOptions(args, 'pv');
  if (opts.bad) return usageError(env, 'mkdir', opts.bad);
  if (opts.operands.length === 0) return usageError(env, 'mkdir', 'missing operand');
  let code = 0;
  for (const operand of opts.operands) {
    const absolute = resolvePath(env.cwd, operand);
    const fail = (why: string) => {
      env.out.err(`mkdir: cannot create directory \u2018${operand}\u2019: ${why}\n`);
      code = 1;
    };
    const kind = kindOf(env.files, absolute);
    if (opts.flags.has('p')) {
      // -p walks down from the root, making what is missing; a file on the way stops it.
      const blocked = walkUp(absolute).find((p) => kindOf(env.files, p) === 'file');
      if (blocked) fail(blocked === absolute ? 'File exists' : 'Not a directory');
      else env.files.mkdir(absolute);
      continue;
    }
    if (kind) fail('File exists');
    else if (kindOf(env.files, parentOf(absolute)) !== 'dir')
      fail(kindOf(env.files, parentOf(absolute)) ? 'Not a directory' : 'No such file or directory');
    else env.files.mkdir(absolute);
  }
  return code;
};

/** A path and each of its ancestors, the root excluded, shortest first. */
function walkUp(absolute: string): string[] {
  const parts = absolute.split('/').filter((p) => p !== '');
  return parts.map((_, i) => `/${parts.slice(0, i + 1).join('/')}`);
}

const rm: FileCommand = (args, env) => {
  const opts = shortOptions(args, 'rRfvid');
  if (opts.bad) return usageError(env, 'rm', opts.bad);
  const force = opts.flags.has('f');
  const recursive = opts.flags.has('r') || opts.flags.has('R');
  if (opts.operands.length === 0) return force ? 0 : usageError(env, 'rm', 'missing operand');
  let code = 0;
  for (const operand of opts.operands) {
    const absolute = resolvePath(env.cwd, operand);
    if (recursive && absolute === '/') {
      env.out.err("rm: it is dangerous to operate recursively on '/'\n");
      env.out.err('rm: use --no-preserve-root to override this failsafe\n');
      code = 1;
      continue;
    }
    const kind = kindOf(env.files, absolute);
    if (!kind) {
      if (!force) {
        env.out.err(`rm: cannot remove '${operand}': No such file or directory\n`);
        code = 1;
      }
    } else if (kind === 'dir' && !recursive) {
      env.out.err(`rm: cannot remove '${operand}': Is a directory\n`);
      code = 1;
    } else env.files.remove(absolute);
  }
  return code;
};

const touch: FileCommand = (args, env) => {
  const opts = shortOptions(args, 'acm');
  if (opts.bad) return usageError(env, 'touch', opts.bad);
  if (opts.operands.length === 0) return usageError(env, 'touch', 'missing file operand');
  let code = 0;
  for (const operand of opts.operands) {
    const absolute = resolvePath(env.cwd, operand);
    if (kindOf(env.files, absolute) || opts.flags.has('c')) continue;
    const parent = kindOf(env.files, parentOf(absolute));
    if (parent !== 'dir') {
      env.out.err(`touch: cannot touch '${operand}': ${parent ? 'Not a directory' : 'No such file or directory'}\n`);
      code = 1;
    } else env.files.write(absolute, '');
  }
  return code;
};

/** cp and mv: sources to a target file, or into a target directory. */
function transfer(command: 'cp' | 'mv'): FileCommand {
  return (args, env) => {
    const opts = shortOptions(args, command === 'cp' ? 'rRafvi' : 'fvin');
    if (opts.bad) return usageError(env, command, opts.bad);
    const operands = opts.operands;
    if (operands.length === 0) return usageError(env, command, 'missing file operand');
    if (operands.length === 1)
      return usageError(env, command, `missing destination file operand after '${operands[0]}'`);
    const target = operands[operands.length - 1];
    const targetPath = resolvePath(env.cwd, target);
    const targetKind = kindOf(env.files, targetPath);
    const sources = operands.slice(0, -1);
    if (sources.length > 1 && targetKind !== 'dir') {
      const why = targetKind ? 'is not a directory' : ': No such file or directory';
      env.out.err(`${command}: target '${target}'${why.startsWith(':') ? why : ` ${why}`}\n`);
      return 1;
    }
    const recursive = command === 'mv' || opts.flags.has('r') || opts.flags.has('R') || opts.flags.has('a');
    let code = 0;
    for (const source of sources) {
      code = Math.max(code, move(env, command, source, target, targetKind === 'dir', recursive));
    }
    return code;
  };
}

function move(env: FileEnv, command: 'cp' | 'mv', source: string, target: string, into: boolean, recursive: boolean) {
  const from = resolvePath(env.cwd, source);
  const kind = kindOf(env.files, from);
  if (!kind) {
    env.out.err(`${command}: cannot stat '${source}': No such file or directory\n`);
    return 1;
  }
  if (kind === 'dir' && !recursive) {
    env.out.err(`cp: -r not specified; omitting directory '${source}'\n`);
    return 1;
  }
  const shown = into ? `${target.replace(/\/+$/, '')}/${baseName(source)}` : target;
  const to = resolvePath(env.cwd, shown);
  if (to === from || to.startsWith(`${from}/`)) {
    if (kind === 'dir')
      env.out.err(
        command === 'mv'
          ? `mv: cannot move '${source}' to a subdirectory of itself, '${shown}'\n`
          : `cp: cannot copy a directory, '${source}', into itself, '${shown}'\n`,
      );
    else env.out.err(`${command}: '${source}' and '${shown}' are the same file\n`);
    return 1;
  }
  const toKind = kindOf(env.files, to);
  if (kind === 'file' && toKind === 'dir') {
    env.out.err(`${command}: cannot overwrite directory '${shown}' with non-directory\n`);
    return 1;
  }
  if (kind === 'dir' && toKind === 'file') {
    env.out.err(`${command}: cannot overwrite non-directory '${shown}' with directory '${source}'\n`);
    return 1;
  }
  const parent = kindOf(env.files, parentOf(to));
  if (parent !== 'dir') {
    const why = parent ? 'Not a directory' : 'No such file or directory';
    env.out.err(
      command === 'mv'
        ? `mv: cannot move '${source}' to '${shown}': ${why}\n`
        : `cp: cannot create regular file '${shown}': ${why}\n`,
    );
    return 1;
  }
  for (const entry of walk(env.files, from)) {
    const dest = to + entry.path.slice(from.length);
    if (entry.kind === 'dir') env.files.mkdir(dest);
    else env.files.write(dest, env.files.read(entry.path) ?? '');
  }
  if (command === 'mv') env.files.remove(from);
  return 0;
}

/** The file commands by name. */
export const FILE_COMMANDS: Readonly<Record<string, FileCommand>> = {
  pwd,
  cd,
  ls,
  cat,
  head: lines('head'),
  tail: lines('tail'),
  mkdir,
  rm,
  touch,
  cp: transfer('cp'),
  mv: transfer('mv'),
};

/** The file command called `name`, if there is one. */
export function fileCommand(name: string): FileCommand | undefined {
  return Object.prototype.hasOwnProperty.call(FILE_COMMANDS, name) ? FILE_COMMANDS[name] : undefined;
}
