/**
 * A command's redirections, applied in the order written as the shell does: files opened (and
 * truncated by `>`) before the command runs, descriptors copied (`2>&1`), and the shell's own
 * error when a file cannot be created, in ash's, dash's or bash's words.
 */

import type { ProcessContext } from './program';
import type { Redirect } from './shell';
import { normalizePath, type ContainerFs, type FsError } from './container-fs';
import { imageText, STRERROR } from './file-commands';

/** Which shell runs a script decides how its errors read: BusyBox ash, Debian's dash, or bash. */
export type ShellFlavour = 'ash' | 'dash' | 'bash';

/** A shell's own error line: `sh: …` (ash), `sh: 1: …` (dash), `bash: line 1: …` (bash). */
export function shellError(flavour: ShellFlavour, text: string): string {
  return flavour === 'ash' ? `sh: ${text}` : flavour === 'dash' ? `sh: 1: ${text}` : `bash: line 1: ${text}`;
}

/** Where a descriptor writes: the container's output streams, nowhere, or a file. */
export type Sink = 'stdout' | 'stderr' | 'null' | { file: string };

const DEVICE_SINKS: Record<string, Sink> = { '/dev/null': 'null', '/dev/stdout': 'stdout', '/dev/stderr': 'stderr' };

/** Applies a command's redirections in order, opening (and truncating) files as the shell does. */
export function openRedirects(
  redirects: Redirect[],
  ctx: ProcessContext,
  fs: ContainerFs,
  flavour: ShellFlavour,
): { fds: Record<number, Sink>; stdin?: string } | { error: string } {
  const fds: Record<number, Sink> = { 1: 'stdout', 2: 'stderr' };
  let stdin: string | undefined;
  for (const r of redirects) {
    if (r.op === '>&') {
      fds[r.fd] = fds[r.dup] ?? 'stdout';
      continue;
    }
    const abs = normalizePath(r.target);
    if (r.op === '<') {
      const content = fs.kind(abs) === 'file' ? fs.read(abs, imageText(ctx)) : undefined;
      if (content === undefined) {
        const text =
          flavour === 'ash'
            ? `can't open ${r.target}: no such file`
            : flavour === 'dash'
              ? `cannot open ${r.target}: No such file`
              : `${r.target}: No such file or directory`;
        return { error: shellError(flavour, text) };
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
    if (refused) return { error: shellError(flavour, cannotCreate(flavour, r.target, refused)) };
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
