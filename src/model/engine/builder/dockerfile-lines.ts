/**
 * BuildKit's Dockerfile parser (moby/buildkit v0.22.0 frontend/dockerfile/parser/parser.go and
 * directives.go): parser directives at the top (`# syntax=`, `# escape=`, `# check=`), comments,
 * lines joined at the escape character, empty continuation lines (a warning), here-documents, and the
 * errors it gives before any instruction is looked at.
 */

import { LineParseError, nodeFromLine, type DockerfileNode } from './dockerfile-line-parsers';
import { processShellWord, shellEnv } from './shell-words';

/** A located parser failure: BuildKit's message and the 1-based lines it points at. */
export interface LinesError {
  message: string;
  startLine: number;
  endLine: number;
}

/** What the parser read: the nodes, the directives, the escape character and the empty-continuation lines. */
export interface ParsedLines {
  nodes: DockerfileNode[];
  directives: Record<string, string>;
  /** The line of each directive (for the editor). */
  directiveLines: Record<string, number>;
  escapeToken: string;
  /** The line after which each instruction with an empty continuation line ends (NoEmptyContinuation). */
  emptyContinuations: Array<{ line: number; instruction: string }>;
}

const VALID_DIRECTIVES = new Set(['syntax', 'escape', 'check']);
const DIRECTIVE = /^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/;
const HEREDOC = /^(\d*)<<(-?)\s*([^<]*)$/;
const HEREDOC_COMMANDS = new Set(['add', 'copy', 'run']);

class Directives {
  escapeToken = '\\';
  continuation = /([^\\])\\[ \t]*$|^\\[ \t]*$/;
  private done = false;
  private readonly seen = new Set<string>();
  readonly values: Record<string, string> = {};
  readonly lines: Record<string, number> = {};
  private line = 0;

  /** Reads a possible directive; true when the line was one (DirectiveParser.ParseLine). */
  possibleDirective(text: string): boolean {
    this.line++;
    if (this.done) return false;
    const m = DIRECTIVE.exec(text);
    const key = m?.[1].toLowerCase();
    if (!m || !key || !VALID_DIRECTIVES.has(key)) {
      this.done = true;
      return false;
    }
    if (this.seen.has(key)) throw new LineParseError(`only one ${key} parser directive can be used`);
    this.seen.add(key);
    this.values[key] = m[2];
    this.lines[key] = this.line;
    if (key === 'escape') {
      if (m[2] !== '`' && m[2] !== '\\') {
        throw new LineParseError(`invalid escape token '${m[2]}' does not match \` or \\`);
      }
      this.escapeToken = m[2];
      const e = `\\${m[2]}`;
      this.continuation = new RegExp(`([^${e}])${e}[ \\t]*$|^${e}[ \\t]*$`);
    }
    return true;
  }
}

function isComment(line: string): boolean {
  return /^\s*#/.test(line);
}

function trimNewline(line: string): string {
  return line.replace(/[\r\n]+$/, '');
}

/** Go's bufio scanLines as BuildKit varies it: lines with their line endings. */
function scanLines(text: string): string[] {
  const out: string[] = [];
  let at = 0;
  while (at < text.length) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl + 1;
    out.push(text.slice(at, end));
    at = end;
  }
  return out;
}

function heredocsFromLine(line: string): DockerfileNode['heredocs'] {
  const lexed = processShellWord(line, shellEnv({}), { rawQuotes: true, rawEscapes: true, skipUnsetEnv: true });
  const docs: DockerfileNode['heredocs'] = [];
  for (const word of lexed.ok ? lexed.words : []) {
    const doc = parseHeredoc(word);
    if (doc) docs.push({ ...doc, content: '' });
  }
  return docs;
}

/** A heredoc word (`<<EOF`, `<<-"EOF"`, `3<<EOF`) as BuildKit reads it; undefined when it is none (ParseHeredoc). */
export function parseHeredoc(
  src: string,
): { name: string; expand: boolean; chomp: boolean; fileDescriptor: number } | undefined {
  const m = HEREDOC.exec(src);
  if (!m || m[3].length === 0) return undefined;
  const plain = processShellWord(m[3], shellEnv({}), { skipUnsetEnv: true });
  if (!plain.ok) throw new LineParseError(plain.error);
  if (plain.words.length !== 1) return undefined;
  const raw = processShellWord(m[3], shellEnv({}), { skipUnsetEnv: true, rawQuotes: true });
  if (!raw.ok) throw new LineParseError(raw.error);
  const quotes = (s: string) => s.split(/['"]/).length - 1;
  // A quoted delimiter (`<<"EOF"`) keeps `$VAR` in the body as written.
  return {
    name: plain.words[0],
    expand: quotes(plain.words[0]) === quotes(raw.words[0] ?? ''),
    chomp: m[2] === '-',
    fileDescriptor: Number(m[1] || 0),
  };
}

function canContainHeredoc(node: DockerfileNode): boolean {
  const n = node.value.toLowerCase() === 'onbuild' && node.child ? node.child : node;
  return HEREDOC_COMMANDS.has(n.value.toLowerCase()) && !n.json;
}

/** Reads a Dockerfile's lines into instruction nodes, or gives the parser's error (parser.Parse). */
export function parseLines(text: string): { ok: true; lines: ParsedLines } | { ok: false; error: LinesError } {
  const d = new Directives();
  const lines = scanLines(text);
  const nodes: DockerfileNode[] = [];
  const emptyContinuations: ParsedLines['emptyContinuations'] = [];
  let currentLine = 0;
  let comments: string[] = [];
  let i = 0;
  // BuildKit locates a directive's error at the line count before it (0 for line 1); the editor needs
  // a line, so 1 at least.
  const fail = (message: string, start: number, end: number) => ({
    ok: false as const,
    error: { message, startLine: Math.max(1, start), endLine: Math.max(1, start, end) },
  });
  const processLine = (raw: string, stripLeft: boolean): { text: string; directive: boolean } => {
    let token = trimNewline(raw);
    if (stripLeft) token = token.replace(/^\s+/, '');
    const directive = d.possibleDirective(token);
    return { text: isComment(token) ? '' : token, directive };
  };
  const trimContinuation = (line: string): { text: string; end: boolean } =>
    d.continuation.test(line) ? { text: line.replace(d.continuation, '$1'), end: false } : { text: line, end: true };

  while (i < lines.length) {
    let raw = lines[i++];
    if (currentLine === 0) raw = raw.replace(/^\uFEFF/, '');
    if (isComment(raw)) {
      const comment = raw.slice(1).trim();
      comments = comment === '' ? [] : [...comments, comment];
    }
    let first: { text: string; directive: boolean };
    try {
      first = processLine(raw, true);
    } catch (e) {
      if (e instanceof LineParseError) return fail(e.message, currentLine, 0);
      throw e;
    }
    if (first.directive) comments = comments.slice(0, -1);
    currentLine++;
    const startLine = currentLine;
    let { text: buf, end } = trimContinuation(first.text);
    if (end && buf.length === 0) continue;
    let emptyContinuation = false;
    while (!end && i < lines.length) {
      const next = lines[i++];
      let part: string;
      try {
        part = processLine(next, false).text;
      } catch (e) {
        if (e instanceof LineParseError) return fail(e.message, currentLine, 0);
        throw e;
      }
      currentLine++;
      if (isComment(next)) continue;
      if (trimNewline(part).replace(/^\s+/, '').length === 0) {
        emptyContinuation = true;
        continue;
      }
      const t = trimContinuation(part);
      buf += t.text;
      end = t.end;
    }
    if (emptyContinuation) emptyContinuations.push({ line: currentLine, instruction: buf });
    let node: DockerfileNode;
    try {
      node = nodeFromLine(buf, d.escapeToken, comments);
    } catch (e) {
      if (e instanceof LineParseError) return fail(e.message, startLine, currentLine);
      throw e;
    }
    if (canContainHeredoc(node) && buf.includes('<<')) {
      let docs: DockerfileNode['heredocs'];
      try {
        docs = heredocsFromLine(buf);
      } catch (e) {
        if (e instanceof LineParseError) return fail(e.message, startLine, currentLine);
        throw e;
      }
      for (const doc of docs) {
        let terminated = false;
        while (i < lines.length) {
          const body = lines[i++];
          currentLine++;
          let candidate = trimNewline(body);
          if (doc.chomp) candidate = candidate.replace(/^\t+/, '');
          if (candidate === doc.name) {
            terminated = true;
            break;
          }
          doc.content += body;
        }
        if (!terminated) return fail('unterminated heredoc', startLine, currentLine);
        node.heredocs.push(doc);
      }
    }
    node.startLine = startLine;
    node.endLine = currentLine;
    nodes.push(node);
    comments = [];
  }
  if (nodes.length === 0) return fail('file with no instructions', currentLine, 0);
  return {
    ok: true,
    lines: { nodes, directives: d.values, directiveLines: d.lines, escapeToken: d.escapeToken, emptyContinuations },
  };
}
