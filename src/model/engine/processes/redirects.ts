/**
 * A command's redirections, applied in the order written as the shell does: files opened (and
 * truncated by `>`) before the command runs, descriptors copied (`2>&1`), and the shell's own
 * error when a file cannot be created, in ash's, dash's or bash's words.
 */

import type { ProcessContext } from './program';
import { normalizePath, type ContainerFs, type FsError } from './container-fs';
import { imageText, STRERROR } from './file-commands';
import { shellPrefix, type ShellFlavour, type ShellVoice } from './sh/wording';

export type { ShellFlavour } from './sh/wording';

/** One redirection: a file opened on `fd` (`>`, `>>`, `<`), or `fd` made a copy of `dup` (`2>&1`). */
export type Redirect = { fd: number; op: '>' | '>>' | '<'; target: string } | { fd: number; op: '>&'; dup: number };

/** Where a descriptor writes: the container's output streams, nowhere, or a file. */
export type Sink = 'stdout' | 'stderr' | 'null' | { file: string };

const DEVICE_SINKS: Record<string, Sink> = { '/dev/null': 'null', '/dev/stdout': 'stdout', '/dev/stderr': 'stderr' };

/** Applies a command's redirections in order, opening (and truncating) files as the shell does. */
export function openRedirects(
  redirects: Redirect[],
  ctx: ProcessContext,
  fs: ContainerFs,
  voice: ShellVoice,
  cwd = '/',
): { fds: Record<number, Sink>; stdin?: string } | { error: string } {
  const flavour = voice.flavour;
  const fds: Record<number, Sink> = { 1: 'stdout', 2: 'stderr' };
  let stdin: string | undefined;
  for (const r of redirects) {
    if (r.op === '>&') {
      fds[r.fd] = fds[r.dup] ?? 'stdout';
      continue;
    }
    const abs = normalizePath(r.target.startsWith('/') ? r.target : `${cwd}/${r.target}`);
    if (r.op === '<') {
      const content = fs.kind(abs) === 'file' ? fs.read(abs, imageText(ctx)) : undefined;
      if (content === undefined) {
        const text =
          flavour === 'ash'
            ? `can't open ${r.target}: no such file`
            : flavour === 'dash'
              ? `cannot open ${r.target}: No such file`
              : `${r.target}: No such file or directory`;
        return { error: `${shellPrefix(voice)}${text}` };
      }
      stdin = content;
      continue;
    }
    const device = DEVICE_SINKS[abs];
    if (device) {
      fds[r.fd] = device;
      continue;
    }
    const refused = fs.canWrite(abs);
    if (refused) return { error: `${shellPrefix(voice)}${cannotCreate(flavour, r.target, refused)}` };
    if (r.op === '>' || fs.kind(abs) === null) fs.write(abs, '');
    fds[r.fd] = { file: abs };
  }
  return { fds, stdin };
}

/** ash's and dash's own words for a missing directory; otherwise strerror's. */
function cannotCreate(flavour: ShellFlavour, target: string, error: FsError): string {
  if (flavour === 'ash')
    return `can't create ${target}: ${error === 'ENOENT' ? 'nonexistent directory' : STRERROR[error]}`;
  if (flavour === 'dash')
    return `cannot create ${target}: ${error === 'ENOENT' ? 'Directory nonexistent' : STRERROR[error]}`;
  return `${target}: ${STRERROR[error]}`;
}
