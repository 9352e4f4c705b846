// Where a command's output goes: bash's redirections (`>`, `2>&1`, `&>`, `<`) applied to its file
// descriptors, then each chunk delivered to the terminal, a pipe, or nowhere (a file: the
// simulator has no file system here).
import type { Redirect } from './tokenize';
import { literalWord, type ExpansionEnv } from './expand';
import type { Output } from '../docker/output';
import type { OutputChunk } from './command-record';

/** Where a file descriptor points. */
export type Target = 'stdout' | 'stderr' | 'null' | 'pipe';

/** Applies redirections in order; returns an exit status if one fails (the command does not run). */
export function applyRedirects(
  redirects: readonly Redirect[],
  fds: Record<number, Target>,
  env: ExpansionEnv,
  out: Output,
  stdinNotTty: () => void,
): number | undefined {
  for (const r of redirects) {
    const target = literalWord(r.target, env);
    if (r.op === '<') {
      if (target !== '/dev/null' && target !== '/dev/stdin') {
        out.err(`bash: ${target}: No such file or directory\n`);
        return 1;
      }
      stdinNotTty();
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
        fds[1] = fds[2] = 'null';
        continue;
      }
      out.err(`bash: ${target}: Bad file descriptor\n`);
      return 1;
    }
    // A file: the simulator has no filesystem here, so what goes to a file is not shown.
    if (r.op === '&>') fds[1] = fds[2] = 'null';
    else if (r.fd === 1 || r.fd === 2) fds[r.fd] = 'null';
  }
  return undefined;
}

/** Sends a command's chunks where its descriptors point: into `shown` (the terminal) or `capture`. */
export function deliver(
  chunks: readonly OutputChunk[],
  fds: Record<number, Target>,
  shown: OutputChunk[],
  capture: string[] | undefined,
): void {
  for (const chunk of chunks) {
    const target = fds[chunk.stream === 'stdout' ? 1 : 2];
    if (target === 'null') continue;
    if (target === 'pipe') {
      capture?.push(chunk.text);
      continue;
    }
    const last = shown[shown.length - 1];
    if (last && last.stream === target && last.at === chunk.at) last.text += chunk.text;
    else shown.push({ stream: target, text: chunk.text, at: chunk.at });
  }
}
