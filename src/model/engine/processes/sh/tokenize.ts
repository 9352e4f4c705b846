/**
 * The shell's lexer: splits a script into words (with their quoted and expanded parts),
 * operators (`;` `&` `&&` `||` `|` `(` `)` newline) and redirection operators, as POSIX's token
 * recognition rules say (XCU 2.3). An open quote is a syntax error.
 */

import { ShellSyntaxError, type Word, type WordPart } from './syntax';

/** A token with the line it starts on. */
export type Token =
  | { type: 'word'; word: Word; line: number }
  | { type: 'op'; op: string; line: number }
  | { type: 'redirect'; fd: number; op: '>' | '>>' | '<' | '>&' | '<&'; line: number }
  | { type: 'eof'; line: number };

const OPERATORS = ['&&', '||', ';;', ';', '&', '|', '(', ')', '\n'];
const OPERATOR_START = new Set(OPERATORS.map((o) => o[0]));
const META = new Set([' ', '\t', '\n', ';', '&', '|', '<', '>', '(', ')']);
const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;
const SPECIAL_PARAMS = new Set(['?', '$', '#', '@', '*', '!', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);

/** Splits `src` into tokens; throws ShellSyntaxError on an unterminated quote. */
export function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let line = 1;
  while (i < src.length) {
    const ch = src[i];
    if (ch === ' ' || ch === '\t' || (ch === '\\' && src[i + 1] === '\n')) {
      if (ch === '\\') line++;
      i += ch === '\\' ? 2 : 1;
      continue;
    }
    if (ch === '#') {
      while (i < src.length && src[i] !== '\n') i++;
      continue;
    }
    const op = OPERATOR_START.has(ch) ? OPERATORS.find((o) => src.startsWith(o, i)) : undefined;
    if (op) {
      tokens.push({ type: 'op', op, line });
      if (op === '\n') line++;
      i += op.length;
      continue;
    }
    if (ch === '<' || ch === '>') {
      i = redirectToken(src, i, ch === '<' ? 0 : 1, tokens, line);
      continue;
    }
    const start = i;
    const lexer = new WordLexer(src, i, line);
    const parts = lexer.readWord();
    i = lexer.pos;
    const raw = src.slice(start, i);
    // A word of digits right before `<` or `>` names the descriptor the redirection opens (`2>`).
    if (/^\d+$/.test(raw) && (src[i] === '<' || src[i] === '>')) {
      i = redirectToken(src, i, Number(raw), tokens, line);
      continue;
    }
    tokens.push({ type: 'word', word: { parts, raw }, line });
    line = lexer.line;
  }
  tokens.push({ type: 'eof', line });
  return tokens;
}

function redirectToken(src: string, i: number, fd: number, tokens: Token[], line: number): number {
  const two = src.slice(i, i + 2);
  if (two === '>>') tokens.push({ type: 'redirect', fd, op: '>>', line });
  else if (two === '>&' || two === '<&') tokens.push({ type: 'redirect', fd, op: two, line });
  else if (two === '>|') tokens.push({ type: 'redirect', fd, op: '>', line });
  else {
    tokens.push({ type: 'redirect', fd, op: src[i] === '<' ? '<' : '>', line });
    return i + 1;
  }
  return i + 2;
}

/** Reads one word's parts from a position; `pos` and `line` follow it. */
export class WordLexer {
  constructor(
    private readonly src: string,
    public pos: number,
    public line: number,
  ) {}

  private fail(quote: string): never {
    throw new ShellSyntaxError({ token: 'EOF', unterminated: quote, line: this.line });
  }

  /** An unquoted word, up to the next metacharacter (or `stop`, for `${name:-word}`). */
  readWord(stop?: string): WordPart[] {
    const parts: WordPart[] = [];
    const text = (t: string, quoted: boolean) => {
      const last = parts[parts.length - 1];
      if (last?.kind === 'text' && last.quoted === quoted) last.text += t;
      else parts.push({ kind: 'text', text: t, quoted });
    };
    const { src } = this;
    while (this.pos < src.length) {
      const ch = src[this.pos];
      if (stop ? ch === stop : META.has(ch)) break;
      if (ch === '\\') {
        if (src[this.pos + 1] === '\n') this.line++;
        else if (this.pos + 1 < src.length) text(src[this.pos + 1], true);
        this.pos += 2;
      } else if (ch === "'") {
        const close = src.indexOf("'", this.pos + 1);
        if (close === -1) this.fail("'");
        const body = src.slice(this.pos + 1, close);
        this.line += body.split('\n').length - 1;
        text(body, true);
        // '' still makes a (possibly empty) quoted word.
        if (body === '') parts.push({ kind: 'text', text: '', quoted: true });
        this.pos = close + 1;
      } else if (ch === '"') {
        this.pos++;
        const inner = this.readDoubleQuoted();
        if (inner.length === 0) parts.push({ kind: 'text', text: '', quoted: true });
        for (const p of inner)
          if (p.kind === 'text') text(p.text, true);
          else parts.push(p);
      } else if (ch === '$' || ch === '`') {
        const part = this.readExpansion(false);
        if (part) parts.push(part);
        else text('$', false);
      } else if (ch === '~' && parts.length === 0 && !stop) {
        let end = this.pos + 1;
        while (end < src.length && !META.has(src[end]) && src[end] !== '/') end++;
        const user = src.slice(this.pos + 1, end);
        if (/^[A-Za-z0-9_.-]*$/.test(user)) parts.push({ kind: 'tilde', user });
        else text(src.slice(this.pos, end), false);
        this.pos = end;
      } else {
        if (ch === '\n') this.line++;
        text(ch, false);
        this.pos++;
      }
    }
    return parts;
  }

  /** The inside of "…" (the opening quote already read), up to and past the closing one. */
  private readDoubleQuoted(): WordPart[] {
    const parts: WordPart[] = [];
    let buffer = '';
    const flush = () => {
      if (buffer) parts.push({ kind: 'text', text: buffer, quoted: true });
      buffer = '';
    };
    const { src } = this;
    while (true) {
      if (this.pos >= src.length) this.fail('"');
      const ch = src[this.pos];
      if (ch === '"') {
        this.pos++;
        flush();
        return parts;
      }
      if (ch === '\\' && '$`"\\\n'.includes(src[this.pos + 1] ?? '')) {
        if (src[this.pos + 1] !== '\n') buffer += src[this.pos + 1];
        this.pos += 2;
      } else if (ch === '$' || ch === '`') {
        const part = this.readExpansion(true);
        if (part) {
          flush();
          parts.push(part);
        } else buffer += '$';
      } else {
        if (ch === '\n') this.line++;
        buffer += ch;
        this.pos++;
      }
    }
  }

  /** `$name`, `${…}`, `$(…)`, `$((…))` or `` `…` `` at `pos`; null for a lone `$`. */
  private readExpansion(quoted: boolean): WordPart | null {
    const { src } = this;
    if (src[this.pos] === '`') {
      let end = this.pos + 1;
      let body = '';
      while (end < src.length && src[end] !== '`') {
        if (src[end] === '\\' && '`$\\'.includes(src[end + 1] ?? '')) end++;
        body += src[end];
        end++;
      }
      if (end >= src.length) this.fail('`');
      this.pos = end + 1;
      return { kind: 'command', source: body, quoted };
    }
    const next = src[this.pos + 1];
    if (next === '(' && src[this.pos + 2] === '(') {
      const close = src.indexOf('))', this.pos + 3);
      if (close === -1) this.fail('(');
      const source = src.slice(this.pos + 3, close);
      this.pos = close + 2;
      return { kind: 'arith', source, quoted };
    }
    if (next === '(') {
      const close = matchingParen(src, this.pos + 2);
      if (close === -1) this.fail('(');
      const source = src.slice(this.pos + 2, close);
      this.pos = close + 1;
      return { kind: 'command', source, quoted };
    }
    if (next === '{') return this.readBraced(quoted);
    if (next !== undefined && SPECIAL_PARAMS.has(next)) {
      this.pos += 2;
      return { kind: 'param', name: next, quoted };
    }
    if (next !== undefined && NAME_START.test(next)) {
      let end = this.pos + 2;
      while (end < src.length && NAME_CHAR.test(src[end])) end++;
      const name = src.slice(this.pos + 1, end);
      this.pos = end;
      return { kind: 'param', name, quoted };
    }
    this.pos++;
    return null;
  }

  /** `${name}`, `${#name}`, `${name<op>word}`. */
  private readBraced(quoted: boolean): WordPart {
    const { src } = this;
    this.pos += 2;
    let length = false;
    if (src[this.pos] === '#' && src[this.pos + 1] !== '}') {
      length = true;
      this.pos++;
    }
    let name = '';
    if (SPECIAL_PARAMS.has(src[this.pos] ?? '') && !NAME_START.test(src[this.pos])) name = src[this.pos++];
    else while (this.pos < src.length && NAME_CHAR.test(src[this.pos])) name += src[this.pos++];
    if (length) {
      if (src[this.pos] !== '}') this.fail('{');
      this.pos++;
      return { kind: 'param', name, op: '#len', quoted };
    }
    const op = /^(:[-=+?]|[-=+?]|##|#|%%|%)/.exec(src.slice(this.pos))?.[0];
    if (!op) {
      if (src[this.pos] !== '}') this.fail('{');
      this.pos++;
      return { kind: 'param', name, quoted };
    }
    this.pos += op.length;
    const arg = this.readWord('}');
    if (src[this.pos] !== '}') this.fail('{');
    this.pos++;
    return { kind: 'param', name, op, arg, quoted };
  }
}

/** The index of the `)` closing a `$(` whose body starts at `from`, skipping quotes; -1 if none. */
function matchingParen(src: string, from: number): number {
  let depth = 1;
  for (let i = from; i < src.length; i++) {
    const ch = src[i];
    if (ch === '\\') i++;
    else if (ch === "'") {
      const close = src.indexOf("'", i + 1);
      if (close === -1) return -1;
      i = close;
    } else if (ch === '"') {
      i++;
      while (i < src.length && src[i] !== '"') i += src[i] === '\\' ? 2 : 1;
    } else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i;
  }
  return -1;
}
