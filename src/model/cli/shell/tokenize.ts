// A small bash lexer and parser for one typed line: words with quotes and escapes, `$VAR`,
// `${VAR}`, `$?`, `$(…)` and backquote substitutions, redirections, `|`, `&&`, `||`, `;`, `&` and
// `#` comments. Syntax errors carry bash's own interactive messages. Words keep their parts
// unexpanded: expansion happens when the command runs (a `$(docker ps -q)` sees the world as it
// is then).

import { LexError, lexWord } from './word-lexer';
import { readHeredocs, type PendingHeredoc } from './heredoc';

/** One piece of a word, before expansion. */
export type WordPart =
  | { kind: 'text'; text: string; quoted: boolean }
  | { kind: 'var'; name: string; quoted: boolean }
  | { kind: 'subst'; source: string; quoted: boolean };

/** A word as typed: its parts, and the raw text (for messages such as `bash: foo: command not found`). */
export interface Word {
  parts: WordPart[];
  raw: string;
}

/** A redirection: `>`, `>>`, `<`, `2>`, `2>&1`, `&>`, `<<EOF` … */
export interface Redirect {
  fd: number;
  op: '>' | '>>' | '<' | '>&' | '&>' | '<<';
  /** The file, descriptor or (for `<<`) the here-document's delimiter. */
  target: Word;
  /** A here-document's lines: text as typed when its delimiter was quoted, else a word to expand. */
  heredoc?: { body: string | Word };
}

/** A simple command: its words and redirections, in order. */
export interface SimpleCommand {
  words: Word[];
  redirects: Redirect[];
}

/** Commands joined by `|`. */
export interface Pipeline {
  commands: SimpleCommand[];
}

/** A pipeline and how it is joined to the one before it. */
export interface ListItem {
  pipeline: Pipeline;
  /** `;` (or the start), `&&`, `||`. */
  join: ';' | '&&' | '||';
}

/** The parse of a line: a list to run, an error bash would print, or a line that needs more input. */
export type ParseResult =
  | { kind: 'list'; items: ListItem[] }
  | { kind: 'error'; message: string }
  | { kind: 'incomplete'; message: string };

type Token =
  | { kind: 'word'; word: Word }
  | { kind: 'op'; op: string }
  | { kind: 'redirect'; fd: number; op: Redirect['op']; heredoc?: Redirect['heredoc'] };

const RESERVED = new Set([
  'if',
  'then',
  'else',
  'elif',
  'fi',
  'case',
  'esac',
  'for',
  'while',
  'until',
  'do',
  'done',
  'function',
  'select',
  '{',
  '}',
  '!',
  '[[',
  ']]',
  'in',
]);

/** Splits a line into tokens; throws LexError for what bash would refuse. */
function lex(line: string): Token[] {
  const tokens: Token[] = [];
  // Here-documents whose lines start after the current line ends.
  let pending: PendingHeredoc[] = [];
  let i = 0;
  while (i < line.length) {
    const c = line[i];
    if (c === '\n' && pending.length > 0) {
      i = readHeredocs(line, i + 1, pending);
      pending = [];
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
      continue;
    }
    if (line.startsWith('<<', i) && line[i + 2] !== '<') {
      i = lexHeredoc(line, i, tokens, pending);
      continue;
    }
    if (c === '#') {
      // A comment runs to the end of its line (a here-document may follow it).
      const end = line.indexOf('\n', i);
      if (end < 0 || pending.length === 0) break;
      i = end;
      continue;
    }
    // Operators, longest first.
    const two = line.slice(i, i + 2);
    const three = line.slice(i, i + 3);
    if (three === '&>>') {
      tokens.push({ kind: 'redirect', fd: 1, op: '&>' });
      i += 3;
      continue;
    }
    if (two === '&>') {
      tokens.push({ kind: 'redirect', fd: 1, op: '&>' });
      i += 2;
      continue;
    }
    if (two === '&&' || two === '||' || two === ';;' || two === '|&') {
      tokens.push({ kind: 'op', op: two });
      i += 2;
      continue;
    }
    if (c === '|' || c === '&' || c === ';' || c === '(' || c === ')') {
      tokens.push({ kind: 'op', op: c });
      i++;
      continue;
    }
    if (c === '<' || c === '>') {
      i = lexRedirect(line, i, 1, tokens);
      continue;
    }
    // A number directly before < or > is the descriptor (`2>/dev/null`).
    const fd = /^(\d+)([<>])/.exec(line.slice(i, i + 12));
    if (fd) {
      i = lexRedirect(line, i + fd[1].length, Number(fd[1]), tokens);
      continue;
    }
    const [word, end] = lexWord(line, i);
    tokens.push({ kind: 'word', word });
    i = end;
  }
  if (pending.length > 0) readHeredocs(line, line.length, pending);
  return tokens;
}

/** `<<WORD` or `<<-WORD` at `i`: a redirect token whose body the next lines fill in. */
function lexHeredoc(line: string, i: number, tokens: Token[], pending: PendingHeredoc[]): number {
  let at = i + 2;
  const stripTabs = line[at] === '-';
  if (stripTabs) at++;
  while (line[at] === ' ' || line[at] === '\t') at++;
  if (at >= line.length || line[at] === '\n') {
    tokens.push({ kind: 'redirect', fd: 0, op: '<<' });
    return at;
  }
  const [word, end] = lexWord(line, at);
  const heredoc: NonNullable<Redirect['heredoc']> = { body: '' };
  tokens.push({ kind: 'redirect', fd: 0, op: '<<', heredoc });
  tokens.push({ kind: 'word', word });
  pending.push({ word, stripTabs, heredoc });
  return end;
}

function lexRedirect(line: string, i: number, fd: number, tokens: Token[]): number {
  const c = line[i];
  if (c === '<') {
    tokens.push({ kind: 'redirect', fd: fd === 1 ? 0 : fd, op: '<' });
    return i + 1;
  }
  if (line[i + 1] === '>') {
    tokens.push({ kind: 'redirect', fd, op: '>>' });
    return i + 2;
  }
  if (line[i + 1] === '&') {
    tokens.push({ kind: 'redirect', fd, op: '>&' });
    return i + 2;
  }
  tokens.push({ kind: 'redirect', fd, op: '>' });
  return i + 1;
}

const unexpected = (token: string) => ({
  kind: 'error' as const,
  message: `bash: syntax error near unexpected token \`${token}'`,
});

/** Parses one line as bash would; never throws. */
export function parseLine(line: string): ParseResult {
  let tokens: Token[];
  try {
    tokens = lex(String(line));
  } catch (error) {
    if (error instanceof LexError) {
      return error.incomplete
        ? { kind: 'incomplete', message: error.message }
        : { kind: 'error', message: error.message };
    }
    return { kind: 'error', message: 'bash: syntax error' };
  }
  const items: ListItem[] = [];
  let join: ListItem['join'] = ';';
  let commands: SimpleCommand[] = [];
  let current: SimpleCommand = { words: [], redirects: [] };
  const empty = (c: SimpleCommand) => c.words.length === 0 && c.redirects.length === 0;
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t];
    if (token.kind === 'word') {
      if (
        empty(current) &&
        RESERVED.has(token.word.raw) &&
        token.word.raw !== '!' &&
        token.word.raw !== '{' &&
        token.word.raw !== '}'
      ) {
        return unexpected(token.word.raw);
      }
      current.words.push(token.word);
      continue;
    }
    if (token.kind === 'redirect') {
      const target = tokens[t + 1];
      if (!target) return unexpected('newline');
      if (target.kind !== 'word') return unexpected(target.kind === 'op' ? target.op : '>');
      current.redirects.push({ fd: token.fd, op: token.op, target: target.word, heredoc: token.heredoc });
      t++;
      continue;
    }
    const op = token.op;
    if (op === '(' || op === ')' || op === ';;') return unexpected(op);
    if (empty(current)) return unexpected(op);
    commands.push(current);
    current = { words: [], redirects: [] };
    if (op === '|' || op === '|&') continue;
    items.push({ pipeline: { commands }, join });
    commands = [];
    join = op === '&&' || op === '||' ? op : ';';
  }
  if (empty(current)) {
    if (commands.length > 0 || join !== ';')
      return { kind: 'incomplete', message: 'bash: syntax error: unexpected end of file' };
  } else {
    commands.push(current);
    items.push({ pipeline: { commands }, join });
  }
  return { kind: 'list', items };
}
