/**
 * `npm run export:scorm -- [--lessons id,id,…] [--out file.zip] [--dist [dir]]`: a SCORM 1.2 package
 * of the static page for an LMS (Moodle and the like). Builds the page with vite into a temporary
 * folder (or, with `--dist`, takes an existing build: `dist/` by default), then writes one zip:
 * imsmanifest.xml (one SCO per chosen lesson, all the course's lessons by default) and the page.
 * Each SCO launches `index.html?lesson=<id>&lms=scorm`; the page's SCORM adapter
 * (src/ui/lms/scorm-adapter.ts) then reports the lesson's status and score. docs/lms.md says how a
 * teacher uploads it.
 */

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { LESSONS } from '../src/lessons/index';
import { scormManifest, type ScoLesson } from './scorm/manifest';
import { writeZip, type ZipEntry } from './scorm/zip';

const ROOT = resolve(import.meta.dirname, '..');

/** The command's usage line. */
export const USAGE = 'usage: npm run export:scorm -- [--lessons id,id,...] [--out file.zip] [--dist [dir]]';

/** What the command was asked. */
export interface ExportArgs {
  /** Lesson ids in the order asked; undefined = every course lesson. */
  lessons?: string[];
  out: string;
  /** An existing build to package instead of building one. */
  dist?: string;
  help: boolean;
}

/** Parses the command line; returns the problems instead when it cannot. */
export function parseExportArgs(
  argv: readonly string[],
): { ok: true; args: ExportArgs } | { ok: false; error: string } {
  const args: ExportArgs = { out: 'pelabuhan-scorm.zip', help: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].startsWith('--') ? splitInline(argv[i]) : [argv[i], undefined];
    const value = (): string | undefined => inline ?? (argv[i + 1]?.startsWith('--') ? undefined : argv[++i]);
    if (flag === '--help' || flag === '-h') args.help = true;
    else if (flag === '--lessons') {
      const list = value();
      if (!list) return { ok: false, error: '--lessons needs a comma-separated list of lesson ids' };
      args.lessons = list
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    } else if (flag === '--out') {
      const out = value();
      if (!out) return { ok: false, error: '--out needs a file name' };
      args.out = out;
    } else if (flag === '--dist') args.dist = value() ?? 'dist';
    else return { ok: false, error: `unknown argument: ${argv[i]}` };
  }
  return { ok: true, args };
}

function splitInline(arg: string): [string, string | undefined] {
  const eq = arg.indexOf('=');
  return eq < 0 ? [arg, undefined] : [arg.slice(0, eq), arg.slice(eq + 1)];
}

/** The course's lessons (the sandbox is not one: it has nothing to complete). */
function courseLessons(): ScoLesson[] {
  return LESSONS.filter((l) => l.id !== 'sandbox').map((l) => ({ id: l.id, title: l.title.en }));
}

/** The chosen lessons, or an error naming the unknown ids and the known ones. */
export function chooseLessons(ids: readonly string[] | undefined): ScoLesson[] | string {
  const all = courseLessons();
  if (!ids) return all;
  if (ids.length === 0) return 'no lesson chosen';
  const unknown = ids.filter((id) => !all.some((l) => l.id === id));
  if (unknown.length > 0) return `unknown lesson: ${unknown.join(', ')} (known: ${all.map((l) => l.id).join(', ')})`;
  return [...new Set(ids)].map((id) => all.find((l) => l.id === id)!);
}

/** Every file under `dir`, as package paths with forward slashes. */
function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** Builds the page with vite into a fresh temporary folder and returns it. */
function buildPage(): string {
  const outDir = mkdtempSync(join(tmpdir(), 'pelabuhan-scorm-'));
  // NODE_ENV=test (vitest's, when a test runs this command) would make the build take lit's development exports.
  const env = { ...process.env, NODE_ENV: 'production' };
  const vite = join(ROOT, 'node_modules/vite/bin/vite.js');
  const args = [vite, 'build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'];
  const result = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env });
  if (result.status !== 0) throw new Error(`vite build failed:\n${result.stdout}\n${result.stderr}`);
  return outDir;
}

/** Packages the page in `pageDir` with `lessons` as a SCORM 1.2 zip. */
export function scormPackage(pageDir: string, lessons: readonly ScoLesson[]): Uint8Array {
  const files = filesUnder(pageDir).filter((f) => f !== 'imsmanifest.xml');
  const manifest = scormManifest({ identifier: 'pelabuhan', title: 'Pelabuhan: Docker course', lessons, files });
  const entries: ZipEntry[] = [
    { name: 'imsmanifest.xml', data: new TextEncoder().encode(manifest) },
    ...files.map((name) => ({ name, data: new Uint8Array(readFileSync(join(pageDir, name))) })),
  ];
  return writeZip(entries);
}

/** Runs the command; returns the exit code and what to print. */
export function runExportScorm(argv: readonly string[]): { code: number; stdout: string; stderr: string } {
  const parsed = parseExportArgs(argv);
  if (!parsed.ok) return { code: 2, stdout: '', stderr: `export:scorm: ${parsed.error}\n${USAGE}\n` };
  const { args } = parsed;
  if (args.help) return { code: 0, stdout: `${USAGE}\n`, stderr: '' };
  const lessons = chooseLessons(args.lessons);
  if (typeof lessons === 'string') return { code: 2, stdout: '', stderr: `export:scorm: ${lessons}\n` };
  const given = args.dist ? resolve(args.dist) : undefined;
  if (given && !existsSync(join(given, 'index.html'))) {
    return { code: 2, stdout: '', stderr: `export:scorm: no built page in ${given} (run npm run build first)\n` };
  }
  const pageDir = given ?? buildPage();
  try {
    const zip = scormPackage(pageDir, lessons);
    writeFileSync(args.out, zip);
    const what = `${lessons.length} lesson${lessons.length === 1 ? '' : 's'}`;
    return { code: 0, stdout: `wrote ${args.out} (SCORM 1.2, ${what}, ${zip.length} bytes)\n`, stderr: '' };
  } finally {
    if (!given) rmSync(pageDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && /export-scorm\.ts$/.test(process.argv[1])) {
  const result = runExportScorm(process.argv.slice(2));
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.code;
}
