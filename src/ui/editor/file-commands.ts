/**
 * The shell lines the file editor runs: the editor changes the client's files only as a typed line
 * would (a here-document, touch, mv, rm), so the terminal shows what happened, the session saves it
 * and a share link replays it.
 */

import { CLIENT_HOME } from '../../model/client';

/** A path relative to the home directory as a shell word: `~/app/Dockerfile`, quoted when needed. */
export function homeWord(path: string): string {
  return /^[A-Za-z0-9._/+@%=,-]+$/.test(path) ? `~/${path}` : `~/'${path.replace(/'/g, `'\\''`)}'`;
}

/** A delimiter no line of `content` equals. */
function delimiterFor(content: string): string {
  const lines = new Set(content.split('\n'));
  let delimiter = 'EOF';
  for (let n = 1; lines.has(delimiter); n++) delimiter = `EOF${n}`;
  return delimiter;
}

/** The line that writes `content` to the file (a final newline is added, as editors do). */
export function saveLine(path: string, content: string): string {
  if (content === '') return `: > ${homeWord(path)}`;
  const body = content.endsWith('\n') ? content : `${content}\n`;
  const delimiter = delimiterFor(body);
  return `cat > ${homeWord(path)} <<'${delimiter}'\n${body}${delimiter}`;
}

/** The text a save leaves in the file. */
export function savedText(content: string): string {
  return content === '' || content.endsWith('\n') ? content : `${content}\n`;
}

/** The line that makes an empty file, with its directories. */
export function newFileLine(path: string): string {
  const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
  return dir ? `mkdir -p ${homeWord(dir)} && touch ${homeWord(path)}` : `touch ${homeWord(path)}`;
}

/** The line that renames a file (making the new name's directories). */
export function renameLine(from: string, to: string): string {
  const dir = to.includes('/') ? to.slice(0, to.lastIndexOf('/')) : '';
  const mv = `mv ${homeWord(from)} ${homeWord(to)}`;
  return dir ? `mkdir -p ${homeWord(dir)} && ${mv}` : mv;
}

/** The line that deletes a file. */
export function deleteLine(path: string): string {
  return `rm ${homeWord(path)}`;
}

/** Why a name cannot be a file's path under the home directory, or undefined when it can. */
export function badName(name: string, existing: readonly string[]): 'empty' | 'invalid' | 'exists' | undefined {
  const trimmed = name.trim();
  if (trimmed === '') return 'empty';
  if (/[\n\r\0\\]/.test(name) || name.startsWith('/') || name.endsWith('/')) return 'invalid';
  if (name.split('/').some((part) => part === '' || part === '.' || part === '..')) return 'invalid';
  if (existing.includes(name)) return 'exists';
  return undefined;
}

/** The files under the home directory (paths relative to it), sorted, from a host's file table. */
export function homeFiles(hostFiles: Readonly<Record<string, string>>): string[] {
  const prefix = `${CLIENT_HOME.slice(1)}/`;
  return Object.keys(hostFiles)
    .filter((key) => key.startsWith(prefix) && !key.endsWith('/'))
    .map((key) => key.slice(prefix.length))
    .sort();
}
