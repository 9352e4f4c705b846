/**
 * The file tools of the images (`cat`, `ls`, `touch`, `rm`, `mkdir`) over the process's files, with
 * BusyBox's wording in alpine and GNU coreutils' in debian and ubuntu (C locale: ASCII quotes).
 */

import { exitsNow, stderr, type OutputLine, type Program, type ProcessContext } from './program';
import { absolutePath, type ContainerFs, type FsError } from './container-fs';
import { OS_RELEASE } from './texts';
import { listFiles } from './ls';

/** The commands this file implements. */
export const FILE_COMMANDS = ['cat', 'ls', 'touch', 'rm', 'mkdir'];

/** errno as strerror(3) says it. */
export const STRERROR: Record<FsError, string> = {
  ENOENT: 'No such file or directory',
  EROFS: 'Read-only file system',
  EISDIR: 'Is a directory',
  EEXIST: 'File exists',
  ENOTDIR: 'Not a directory',
  EBUSY: 'Resource busy',
};

/** What the image holds at a layer path: `/etc/os-release`, and the daemon's `/etc/hostname` and `/etc/hosts`. */
export function imageText(ctx: ProcessContext): (key: string) => string | undefined {
  return (key) => {
    if (ctx.family === 'scratch') return undefined;
    if (key === 'etc/os-release') return `${OS_RELEASE[ctx.family]}\n`;
    if (key === 'etc/hostname') return `${ctx.hostname}\n`;
    if (key === 'etc/hosts') return etcHosts(ctx);
    return undefined;
  };
}

// libnetwork/etchosts (defaultContentIPv4, defaultContentIPv6, Record.WriteTo "%s\t%s\n") and
// Sandbox.makeHostsRecs: the container's own address with its hostname; IPv6 assumed supported.
function etcHosts(ctx: ProcessContext): string {
  const records = [
    ['127.0.0.1', 'localhost'],
    ['::1', 'localhost ip6-localhost ip6-loopback'],
    ['fe00::', 'ip6-localnet'],
    ['ff00::', 'ip6-mcastprefix'],
    ['ff02::1', 'ip6-allnodes'],
    ['ff02::2', 'ip6-allrouters'],
    ...(ctx.ipAddress ? [[ctx.ipAddress, ctx.hostname]] : []),
  ];
  return records.map(([ip, hosts]) => `${ip}\t${hosts}\n`).join('');
}

/** A file's content as the output lines `cat` writes (the last one partial without its newline). */
export function contentLines(content: string, stream: OutputLine['stream'] = 'stdout'): OutputLine[] {
  if (content === '') return [];
  const lines = content.split('\n');
  const complete = content.endsWith('\n');
  if (complete) lines.pop();
  return lines.map((text, i) =>
    !complete && i === lines.length - 1 ? { stream, text, partial: true } : { stream, text },
  );
}

const withFlags = (args: string[]) => ({
  flags: args.filter((a) => /^-./.test(a)).join(''),
  paths: args.filter((a) => !/^-./.test(a)),
});

/** Runs one file command; `stdin` is the content of a `<` redirection, if any. */
export function runFileCommand(
  name: string,
  args: string[],
  ctx: ProcessContext,
  fs: ContainerFs,
  stdin?: string,
): Program {
  const busybox = ctx.family === 'alpine';
  const output: OutputLine[] = [];
  let code = 0;
  const fail = (text: string, exitCode = 1) => {
    output.push(...stderr(text));
    code = exitCode;
  };
  const { flags, paths } = withFlags(args);
  const normalizePath = (path: string) => absolutePath(ctx.workingDir || '/', path);
  switch (name) {
    case 'cat': {
      if (paths.length === 0 && stdin !== undefined) output.push(...contentLines(stdin));
      for (const path of paths) {
        const abs = normalizePath(path);
        const kind = fs.kind(abs);
        if (kind === 'dir') fail(busybox ? 'cat: read error: Is a directory' : `cat: ${path}: Is a directory`);
        else if (kind === 'file') output.push(...contentLines(fs.read(abs, imageText(ctx)) ?? ''));
        else
          fail(
            busybox
              ? `cat: can't open '${path}': No such file or directory`
              : `cat: ${path}: No such file or directory`,
          );
      }
      break;
    }
    case 'ls': {
      const listed = listFiles(paths, flags, ctx, fs, normalizePath);
      output.push(...listed.output);
      code = listed.code;
      break;
    }
    case 'touch':
      for (const path of paths) {
        const abs = normalizePath(path);
        if (fs.kind(abs)) continue;
        const error = fs.canWrite(abs);
        if (error)
          fail(busybox ? `touch: ${path}: ${STRERROR[error]}` : `touch: cannot touch '${path}': ${STRERROR[error]}`);
        else fs.write(abs, '');
      }
      break;
    case 'rm': {
      const recursive = /[rR]/.test(flags);
      const force = flags.includes('f');
      if (paths.length === 0 && !force) fail('rm: missing operand');
      for (const path of paths) {
        const error = fs.remove(normalizePath(path), recursive);
        if (!error || (error === 'ENOENT' && force)) continue;
        if (error === 'EISDIR' && busybox) fail(`rm: '${path}' is a directory`);
        else
          fail(
            busybox
              ? `rm: can't remove '${path}': ${STRERROR[error]}`
              : `rm: cannot remove '${path}': ${STRERROR[error]}`,
          );
      }
      break;
    }
    default: {
      const parents = flags.includes('p');
      for (const path of paths) {
        const abs = normalizePath(path);
        const chain = parents ? ancestors(abs) : [abs];
        for (const dir of chain) {
          const error = fs.mkdir(dir);
          if (!error || (parents && error === 'EEXIST' && fs.kind(dir) === 'dir')) continue;
          fail(
            busybox
              ? `mkdir: can't create directory '${path}': ${STRERROR[error]}`
              : `mkdir: cannot create directory '${path}': ${STRERROR[error]}`,
          );
          break;
        }
      }
    }
  }
  return exitsNow(code, output);
}

/** `/a/b/c` → `/a`, `/a/b`, `/a/b/c` (what `mkdir -p` makes, in order). */
function ancestors(abs: string): string[] {
  const parts = abs.split('/').filter(Boolean);
  return parts.map((_, i) => `/${parts.slice(0, i + 1).join('/')}`);
}
