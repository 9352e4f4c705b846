/**
 * ls over the process's files: names one per line (ls writing to a pipe), `-a` with `.`, `..` and
 * hidden names, `-l` long lines with `total`, columns aligned as coreutils and BusyBox align them.
 * Modes, links and owners are what a root-made file or directory has (0644, 0755, root root);
 * times are the virtual clock's, since the stores keep no times.
 */

import { stderr, type OutputLine, type ProcessContext } from './program';
import type { ContainerFs } from './container-fs';
import { imageText } from './file-commands';
import { MONTHS, parts } from './server-log';

interface Entry {
  name: string;
  kind: 'file' | 'dir';
  size: number;
}

/** Runs ls on `paths` with the bundled `flags` (`la`). */
export function listFiles(
  paths: string[],
  flags: string,
  ctx: ProcessContext,
  fs: ContainerFs,
  resolve: (path: string) => string,
): { output: OutputLine[]; code: number } {
  const busybox = ctx.family === 'alpine';
  const long = flags.includes('l');
  const all = flags.includes('a');
  const output: OutputLine[] = [];
  let code = 0;
  const entry = (name: string, abs: string): Entry => {
    const kind = fs.kind(abs) === 'file' ? 'file' : 'dir';
    const size = kind === 'dir' ? 4096 : new TextEncoder().encode(fs.read(abs, imageText(ctx)) ?? '').length;
    return { name, kind, size };
  };
  const targets = paths.length > 0 ? paths : ['.'];
  const files: Entry[] = [];
  const dirs: string[] = [];
  for (const path of targets) {
    const abs = resolve(path);
    const kind = fs.kind(abs) ?? (fs.imageDir(abs) ? 'dir' : null);
    if (kind === 'file') files.push(entry(path, abs));
    else if (kind === 'dir') dirs.push(path);
    else {
      output.push(
        ...stderr(
          busybox ? `ls: ${path}: No such file or directory` : `ls: cannot access '${path}': No such file or directory`,
        ),
      );
      code = busybox ? 1 : 2;
    }
  }
  const blocks: string[][] = [];
  if (files.length > 0) blocks.push(render(files, long, false, ctx.nowMs, busybox));
  for (const dir of dirs) {
    const abs = resolve(dir);
    const names = fs.list(abs, all);
    const entries = [
      ...(all ? [entry('.', abs), entry('..', abs)] : []),
      ...names.map((n) => entry(n, `${abs === '/' ? '' : abs}/${n}`)),
    ];
    const heading = targets.length > 1 ? [`${dir}:`] : [];
    blocks.push([...heading, ...render(entries, long, true, ctx.nowMs, busybox)]);
  }
  blocks.forEach((block, k) =>
    output.push(
      ...block.concat(k < blocks.length - 1 ? [''] : []).map((text) => ({ stream: 'stdout' as const, text })),
    ),
  );
  return { output, code };
}

function render(entries: Entry[], long: boolean, directory: boolean, nowMs: number, busybox: boolean): string[] {
  if (!long) return entries.map((e) => e.name);
  const t = parts(nowMs);
  const date = `${MONTHS[t.mo]} ${String(t.d).padStart(2)} ${t.h}:${t.mi}`;
  const sizeWidth = Math.max(...entries.map((e) => String(e.size).length), 1);
  // Blocks of 1 KiB: 4 for a directory or a non-empty file up to 4 KiB (ext4's block), as coreutils counts.
  const total = entries.reduce((sum, e) => sum + (e.size === 0 ? 0 : Math.ceil(e.size / 4096) * 4), 0);
  const lines = entries.map((e) => {
    const mode = e.kind === 'dir' ? 'drwxr-xr-x' : '-rw-r--r--';
    const links = e.kind === 'dir' ? 2 : 1;
    // BusyBox's list_single: "%4lu " links, "%-8s %-8s " owner and group, "%9u " size (coreutils/ls.c).
    if (busybox)
      return `${mode} ${String(links).padStart(4)} root     root     ${String(e.size).padStart(9)} ${date} ${e.name}`;
    return `${mode} ${links} root root ${String(e.size).padStart(sizeWidth)} ${date} ${e.name}`;
  });
  return directory ? [`total ${total}`, ...lines] : lines;
}
