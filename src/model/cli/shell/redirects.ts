// Where a command's output goes: bash's redirections (`>`, `>>`, `2>&1`, `&>`, `<`, `<<EOF`) applied
// to its file descriptors, then each chunk delivered to the terminal, a pipe, a file of the client's
// machine, or nowhere (/dev/null).
import type { Redirect } from './tokenize';
import { literalWord, type ExpansionEnv } from './expand';
import type { Output } from '../docker/output';
import type { OutputChunk } from './command-record';
import type { LocalFiles } from '../client/local-files';
import { kindOf, parentOf, resolvePath } from './file-env';

/** Where a file descriptor points: the terminal's streams, nowhere, a pipe, or a file (absolute path). */
export type Target = 'stdout' | 'stderr' | 'null' | 'pipe' | { file: string };

/** The machine's files redirections open, and the directory relative names start from. */
export interface RedirectFiles {
  files?: LocalFiles;
  cwd: string;
}

const DEVICES: Readonly<Record<string, Target>> = {
  '/dev/null': 'null',
  '/dev/stdout': 'stdout',
  '/dev/stderr': 'stderr',
  '/dev/tty': 'stdout',
};

/** Opens a file for writing as bash does before the command runs (`>` truncates, `>>` creates). */
function openForWriting(name: string, append: boolean, where: RedirectFiles, out: Output): Target | undefined {
  const device = DEVICES[name];
  if (device) return device;
  if (!where.files) return 'null';
  const path = resolvePath(where.cwd, name);
  const kind = kindOf(where.files, path);
  const parent = kindOf(where.files, parentOf(path));
  if (kind === 'dir' || parent !== 'dir') {
    const why = kind === 'dir' ? 'Is a directory' : parent ? 'Not a directory' : 'No such file or directory';
    out.err(`bash: ${name}: ${why}\n`);
    return undefined;
  }
  if (!append || kind === undefined) where.files.write(path, '');
  return { file: path };
}

/**
 * Applies redirections in order; returns an exit status if one fails (the command does not run).
 * `stdinFrom` hears what stdin now reads: a file's or here-document's text (undefined for /dev/null).
 */
export function applyRedirects(
  redirects: readonly Redirect[],
  fds: Record<number, Target>,
  env: ExpansionEnv,
  out: Output,
  stdinFrom: (text: string | undefined) => void,
  where: RedirectFiles = { cwd: '/' },
): number | undefined {
  for (const r of redirects) {
    if (r.op === '<<') {
      const body = r.heredoc?.body;
      stdinFrom(body === undefined ? '' : typeof body === 'string' ? body : literalWord(body, env));
      continue;
    }
    const target = literalWord(r.target, env);
    if (r.op === '<') {
      if (target === '/dev/null' || target === '/dev/stdin') {
        stdinFrom(target === '/dev/null' ? '' : undefined);
        continue;
      }
      const path = where.files ? resolvePath(where.cwd, target) : undefined;
      const kind = path && where.files ? kindOf(where.files, path) : undefined;
      if (!kind) {
        out.err(`bash: ${target}: No such file or directory\n`);
        return 1;
      }
      // A directory opens; reading it is what fails, in the command (cat: -: Is a directory).
      stdinFrom(kind === 'file' ? (where.files!.read(path!) ?? '') : '');
      continue;
    }
    if (r.op === '>&') {
      if (target === '1' || target === '2') {
        if (r.fd === 1 || r.fd === 2) fds[r.fd] = fds[Number(target)];
        continue;
      }
      if (target === '-') continue;
      if (!/^\d+$/.test(target)) {
        // `>&file` is `&>file`.
        const opened = openForWriting(target, false, where, out);
        if (!opened) return 1;
        fds[1] = fds[2] = opened;
        continue;
      }
      out.err(`bash: ${target}: Bad file descriptor\n`);
      return 1;
    }
    const opened = openForWriting(target, r.op === '>>', where, out);
    if (!opened) return 1;
    if (r.op === '&>') fds[1] = fds[2] = opened;
    else if (r.fd === 1 || r.fd === 2) fds[r.fd] = opened;
  }
  return undefined;
}

/** Sends a command's chunks where its descriptors point: into `shown` (the terminal), `capture` or a file. */
export function deliver(
  chunks: readonly OutputChunk[],
  fds: Record<number, Target>,
  shown: OutputChunk[],
  capture: string[] | undefined,
  files?: LocalFiles,
): void {
  for (const chunk of chunks) {
    const target = fds[chunk.stream === 'stdout' ? 1 : 2];
    if (target === 'null') continue;
    if (typeof target === 'object') {
      files?.write(target.file, (files.read(target.file) ?? '') + chunk.text);
      continue;
    }
    if (target === 'pipe') {
      capture?.push(chunk.text);
      continue;
    }
    const last = shown[shown.length - 1];
    if (last && last.stream === target && last.at === chunk.at) last.text += chunk.text;
    else shown.push({ stream: target, text: chunk.text, at: chunk.at });
  }
}
