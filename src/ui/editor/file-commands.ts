/**
 * The shell lines the file editor runs: the editor changes the client's files only as a typed line
 * would (a here-document, touch, mv, rm), so the terminal shows what happened, the session saves it
 * and a share link replays it.
 */

import { CLIENT_HOME } from '../../model/client';
import { homeWord, saveLine } from './save-line';

export { homeWord, saveLine };

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
