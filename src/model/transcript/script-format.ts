/**
 * The golden scripts format (docs/reference/golden/scripts.txt): `### ID title` starts a
 * transcript on a fresh daemon; other lines are commands, `#hide` setup commands, `#age N` clock
 * moves, `#tty COLS` terminal commands, `//` notes, and `#file PATH` … `#end` blocks (the lines
 * between, as typed, written to PATH on the client's machine before the next command). Teachers
 * write handouts in it too.
 */

/** One line of a script. */
export type ScriptStep =
  | { kind: 'command'; line: string }
  | { kind: 'hide'; line: string }
  | { kind: 'age'; seconds: number }
  | { kind: 'tty'; cols: number; line: string }
  | { kind: 'note'; text: string }
  /** A file written on the client's machine (PATH relative to its working directory). */
  | { kind: 'file'; path: string; content: string };

/** One transcript: an ID, a title and its steps. */
export interface Script {
  id: string;
  title: string;
  steps: ScriptStep[];
}

/** A line that is not in the format, with its line number. */
export interface ScriptError {
  line: number;
  message: string;
}

/** Parses a scripts file; lines before the first `###` (a header of comments) are ignored. */
export function parseScripts(text: string): { scripts: Script[]; errors: ScriptError[] } {
  const scripts: Script[] = [];
  const errors: ScriptError[] = [];
  let current: Script | undefined;
  let block: { path: string; lines: string[]; line: number } | undefined;
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    const number = index + 1;
    if (block) {
      if (line !== '#end') block.lines.push(raw);
      else {
        current?.steps.push({ kind: 'file', path: block.path, content: block.lines.map((l) => `${l}\n`).join('') });
        block = undefined;
      }
      return;
    }
    if (line === '') return;
    const heading = /^###\s+(\S+)\s*(.*)$/.exec(line);
    if (heading) {
      current = { id: heading[1], title: heading[2], steps: [] };
      scripts.push(current);
      return;
    }
    if (!current) return;
    if (line.startsWith('//')) current.steps.push({ kind: 'note', text: line.slice(2).trim() });
    else if (line.startsWith('#hide ')) current.steps.push({ kind: 'hide', line: line.slice(6).trim() });
    else if (line.startsWith('#age')) {
      const seconds = Number(line.slice(4).trim());
      if (!Number.isFinite(seconds) || seconds < 0)
        errors.push({ line: number, message: `#age needs a number of seconds >= 0, got "${line.slice(4).trim()}"` });
      else current.steps.push({ kind: 'age', seconds });
    } else if (line.startsWith('#tty')) {
      const m = /^#tty\s+(\d+)\s+(.+)$/.exec(line);
      if (!m || Number(m[1]) < 20 || Number(m[1]) > 1000)
        errors.push({
          line: number,
          message: '#tty needs a width of 20 to 1000 columns and a command: #tty 120 docker pull nginx',
        });
      else current.steps.push({ kind: 'tty', cols: Number(m[1]), line: m[2] });
    } else if (line.startsWith('#file')) {
      const m = /^#file\s+(\S+)$/.exec(line);
      if (!m)
        errors.push({ line: number, message: '#file needs one path: #file Dockerfile, then its lines, then #end' });
      else block = { path: m[1], lines: [], line: number };
    } else if (line.startsWith('#')) {
      errors.push({
        line: number,
        message: `unknown directive "${line.split(/\s/)[0]}" (use #hide, #age, #tty or #file; // starts a note)`,
      });
    } else current.steps.push({ kind: 'command', line });
  });
  if (block) errors.push({ line: block.line, message: `#file ${block.path} has no #end line` });
  return { scripts, errors };
}
