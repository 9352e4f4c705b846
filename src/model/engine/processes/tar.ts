/**
 * tar: GNU tar in debian and ubuntu, BusyBox tar in alpine. `c`/`x`/`t` with `v`, `f`, `z`, `-C dir`,
 * `--strip-components N` (and getopt's abbreviation `--strip N`), bundled (`cvf`) or dashed
 * (`-xvf`). Member names lose their leading `/` (GNU says so on stderr: src/names.c
 * safer_name_suffix). The archive is a file holding a JSON listing of its members, which only this
 * simulator reads; `z` marks it gzip-compressed without changing the modelled bytes.
 */

import { exitsNow, stderr, type OutputLine, type Program, type ProcessContext } from './program';
import { absolutePath, type ContainerFs } from './container-fs';
import { imageText, STRERROR } from './file-commands';
import { parts, two } from './server-log';

const MAGIC = 'pelabuhan-tar/1\n';

interface Member {
  name: string;
  type: 'file' | 'dir';
  content?: string;
}

interface Archive {
  gzip: boolean;
  members: Member[];
}

interface TarOptions {
  mode?: 'c' | 'x' | 't';
  verbose: number;
  file?: string;
  gzip: boolean;
  directory?: string;
  strip: number;
  operands: string[];
}

function parseOptions(args: string[]): TarOptions | string {
  const o: TarOptions = { verbose: 0, gzip: false, strip: 0, operands: [] };
  const takes: string[] = [];
  const flag = (f: string): string | null => {
    if (f === 'c' || f === 'x' || f === 't') o.mode = f;
    else if (f === 'v') o.verbose++;
    else if (f === 'z') o.gzip = true;
    else if (f === 'f' || f === 'C') takes.push(f);
    else if (f !== 'p' && f !== 'P') return f;
    return null;
  };
  for (let k = 0; k < args.length; k++) {
    const a = args[k];
    if (takes.length > 0 && !a.startsWith('-')) {
      const f = takes.shift();
      if (f === 'f') o.file = a;
      else o.directory = a;
      continue;
    }
    const long = /^--([a-z-]+)(?:=(.*))?$/.exec(a);
    if (long) {
      const [, name, inline] = long;
      const value = () => inline ?? args[++k];
      if ('strip-components'.startsWith(name) && name.length >= 5) o.strip = Number(value());
      else if (name === 'directory') o.directory = value();
      else if (name === 'file') o.file = value();
      else if (name === 'create' || name === 'extract' || name === 'list')
        o.mode = name === 'create' ? 'c' : name === 'extract' ? 'x' : 't';
      else if (name === 'gzip') o.gzip = true;
      else if (name === 'verbose') o.verbose++;
      else return `unrecognized option '${a}'`;
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      for (const f of a.slice(1)) {
        const bad = flag(f);
        if (bad) return `invalid option -- '${bad}'`;
      }
      continue;
    }
    // The first argument may bundle the letters without a dash (`cvf`), the traditional way.
    if (k === 0) {
      for (const f of a) {
        const bad = flag(f);
        if (bad) return `invalid option -- '${bad}'`;
      }
      continue;
    }
    o.operands.push(a);
  }
  return o;
}

/** tar as the image ships it. */
export function tar(args: string[], ctx: ProcessContext, fs: ContainerFs): Program {
  const gnu = ctx.family !== 'alpine';
  const parsed = parseOptions(args);
  const fatal = (...lines: string[]) =>
    exitsNow(
      gnu ? 2 : 1,
      stderr(...lines.map((l) => `tar: ${l}`), ...(gnu ? ['tar: Error is not recoverable: exiting now'] : [])),
    );
  if (typeof parsed === 'string')
    return exitsNow(
      gnu ? 2 : 1,
      stderr(`tar: ${parsed}`, ...(gnu ? ["Try 'tar --help' or 'tar --usage' for more information."] : [])),
    );
  if (!parsed.mode)
    return gnu
      ? exitsNow(
          2,
          stderr(
            "tar: You must specify one of the '-Acdtrux', '--delete' or '--test-label' options",
            "Try 'tar --help' or 'tar --usage' for more information.",
          ),
        )
      : exitsNow(1, stderr('tar: need one of -c, -x or -t'));
  if (!parsed.file) return fatal('Refusing to read archive contents from terminal (missing -f option?)');
  const cwd = absolutePath(ctx.workingDir || '/', parsed.directory ?? '.');
  const archivePath = absolutePath(ctx.workingDir || '/', parsed.file);
  if (parsed.mode === 'c') return create(parsed, ctx, fs, cwd, archivePath, gnu);
  const raw = fs.kind(archivePath) === 'file' ? fs.read(archivePath, imageText(ctx)) : undefined;
  if (raw === undefined) return fatal(`${parsed.file}: Cannot open: No such file or directory`);
  if (!raw.startsWith(MAGIC))
    return fatal('This does not look like a tar archive', 'Exiting with failure status due to previous errors');
  const archive = JSON.parse(raw.slice(MAGIC.length)) as Archive;
  const output: OutputLine[] = [];
  const print = (text: string) => output.push({ stream: 'stdout', text });
  for (const m of archive.members) {
    if (parsed.mode === 't') {
      print(parsed.verbose > 0 ? longListing(m, ctx.nowMs) : m.name);
      continue;
    }
    if (parsed.verbose > 0) print(parsed.verbose > 1 ? longListing(m, ctx.nowMs) : m.name);
    const stripped = m.name.split('/').filter(Boolean).slice(parsed.strip).join('/');
    if (!stripped) continue;
    const target = absolutePath(cwd, stripped);
    if (m.type === 'dir') {
      if (fs.kind(target) !== 'dir') mkdirs(fs, target);
    } else {
      mkdirs(fs, target.slice(0, target.lastIndexOf('/')) || '/');
      const refused = fs.canWrite(target);
      if (refused) output.push(...stderr(`tar: ${stripped}: Cannot open: ${STRERROR[refused]}`));
      else fs.write(target, m.content ?? '');
    }
  }
  return exitsNow(0, output);
}

function mkdirs(fs: ContainerFs, abs: string): void {
  const segments = abs.split('/').filter(Boolean);
  for (let k = 1; k <= segments.length; k++) {
    const dir = `/${segments.slice(0, k).join('/')}`;
    if (fs.kind(dir) === null && !fs.imageDir(dir)) fs.mkdir(dir);
  }
}

function create(
  o: TarOptions,
  ctx: ProcessContext,
  fs: ContainerFs,
  cwd: string,
  archivePath: string,
  gnu: boolean,
): Program {
  const output: OutputLine[] = [];
  const members: Member[] = [];
  let failed = false;
  let warnedSlash = false;
  if (o.operands.length === 0)
    return exitsNow(
      gnu ? 2 : 1,
      stderr(
        gnu ? 'tar: Cowardly refusing to create an empty archive' : 'tar: empty archive',
        ...(gnu ? ["Try 'tar --help' or 'tar --usage' for more information."] : []),
      ),
    );
  const walk = (abs: string, name: string) => {
    const kind = fs.kind(abs) ?? (fs.imageDir(abs) ? 'dir' : null);
    if (kind === 'dir') {
      members.push({ name: `${name}/`, type: 'dir' });
      if (o.verbose > 0) output.push({ stream: 'stdout', text: `${name}/` });
      for (const child of fs.list(abs, true)) walk(`${abs === '/' ? '' : abs}/${child}`, `${name}/${child}`);
    } else if (kind === 'file') {
      members.push({ name, type: 'file', content: fs.read(abs, imageText(ctx)) ?? '' });
      if (o.verbose > 0) output.push({ stream: 'stdout', text: name });
    }
  };
  for (const operand of o.operands) {
    const abs = absolutePath(cwd, operand);
    if (fs.kind(abs) === null && !fs.imageDir(abs)) {
      output.push(
        ...stderr(
          gnu
            ? `tar: ${operand}: Cannot stat: No such file or directory`
            : `tar: can't stat '${operand}': No such file or directory`,
        ),
      );
      failed = true;
      continue;
    }
    const name = operand.replace(/^\/+/, '').replace(/\/+$/, '');
    if (operand.startsWith('/') && !warnedSlash) {
      warnedSlash = true;
      // GNU quotes with gnulib's quote() ('/' in the C locale); BusyBox words it in lower case.
      output.push(
        ...stderr(gnu ? "tar: Removing leading '/' from member names" : "tar: removing leading '/' from member names"),
      );
    }
    walk(abs, name || '.');
  }
  const refused = fs.canWrite(archivePath);
  if (refused)
    return exitsNow(gnu ? 2 : 1, [
      ...output,
      ...stderr(
        `tar: ${o.file}: Cannot open: ${STRERROR[refused]}`,
        ...(gnu ? ['tar: Error is not recoverable: exiting now'] : []),
      ),
    ]);
  fs.write(archivePath, MAGIC + JSON.stringify({ gzip: o.gzip, members } satisfies Archive));
  if (failed && gnu) output.push(...stderr('tar: Exiting with failure status due to previous errors'));
  return exitsNow(failed ? (gnu ? 2 : 1) : 0, output);
}

/** GNU's `tvf` line: mode, owner/group, size aligned to 19 columns with them, date, name. */
function longListing(m: Member, nowMs: number): string {
  const t = parts(nowMs);
  const size = String(m.type === 'dir' ? 0 : new TextEncoder().encode(m.content ?? '').length);
  const owner = 'root/root';
  const pad = ' '.repeat(Math.max(1, 19 - owner.length - size.length));
  const mode = m.type === 'dir' ? 'drwxr-xr-x' : '-rw-r--r--';
  return `${mode} ${owner}${pad}${size} ${t.y}-${two(t.mo + 1)}-${two(t.d)} ${t.h}:${t.mi} ${m.name}`;
}
