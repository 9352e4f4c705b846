/**
 * The editor's save as a shell line (a here-document into a file under ~), and back: the session
 * export turns such a line into the scenario's `file` action. No imports, so the export's chunk
 * stays small.
 */

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

/** The file and text a save line writes, or undefined for any other line. */
export function parseSaveLine(line: string): { path: string; content: string } | undefined {
  if (line.startsWith(': > ')) {
    const path = pathOfWord(line.slice(4));
    return path === undefined ? undefined : { path, content: '' };
  }
  const m = /^cat > (\S+|~\/'(?:[^']|'\\'')*') <<'(EOF\d*)'\n([\s\S]*)\n\2$/.exec(line);
  const path = m ? pathOfWord(m[1]) : undefined;
  if (!m || path === undefined) return undefined;
  const content = `${m[3]}\n`;
  // The delimiter must not end the text earlier.
  return content.split('\n').includes(m[2]) ? undefined : { path, content };
}

/** The path under ~ of a word homeWord made. */
function pathOfWord(word: string): string | undefined {
  if (/^~\/[A-Za-z0-9._/+@%=,-]+$/.test(word)) return word.slice(2);
  const quoted = /^~\/'((?:[^']|'\\'')*)'$/.exec(word);
  return quoted ? quoted[1].replace(/'\\''/g, "'") : undefined;
}
