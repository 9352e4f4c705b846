/**
 * The shell's parser: POSIX's grammar (XCU 2.10) for lists, and-or lists, pipelines, simple
 * commands and the compound commands `if`, `for`, `while`, `until`, `{ }` and `( )`. A token the
 * grammar does not allow is a ShellSyntaxError naming it (and what was expected, when one keyword was).
 */

import { tokenize, type Token } from './tokenize';
import {
  plainText,
  RESERVED,
  ShellSyntaxError,
  type Command,
  type List,
  type Pipeline,
  type RedirectNode,
  type SimpleCommand,
  type Word,
  type AndOr,
  type IfCommand,
  type ForCommand,
  type LoopCommand,
} from './syntax';

const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=/;

/** Parses a whole script. */
export function parseScript(src: string): List {
  return new Parser(tokenize(src)).script();
}

class Parser {
  private i = 0;

  constructor(private readonly tokens: Token[]) {}

  private peek(): Token {
    return this.tokens[this.i];
  }

  private next(): Token {
    return this.tokens[this.i++];
  }

  private fail(token: Token, expecting?: string): never {
    const text =
      token.type === 'eof'
        ? 'EOF'
        : token.type === 'op'
          ? token.op
          : token.type === 'word'
            ? token.word.raw
            : `${token.fd === (token.op.startsWith('<') ? 0 : 1) ? '' : token.fd}${token.op}`;
    const kind =
      token.type === 'redirect' ? 'redirection' : token.type === 'word' && !this.keyword(token) ? 'word' : undefined;
    throw new ShellSyntaxError({ token: text, expecting, line: token.line, ...(kind ? { kind } : {}) });
  }

  /** The reserved word this token is, when it stands where a command could start. */
  private keyword(token: Token = this.peek()): string | null {
    if (token.type !== 'word') return null;
    const text = plainText(token.word);
    return text !== null && RESERVED.has(text) ? text : null;
  }

  private isOp(op: string, token: Token = this.peek()): boolean {
    return token.type === 'op' && token.op === op;
  }

  private skipNewlines(): void {
    while (this.isOp('\n')) this.i++;
  }

  script(): List {
    this.skipNewlines();
    const list = this.list([]);
    const end = this.peek();
    if (end.type !== 'eof') this.fail(end);
    return list;
  }

  /** A compound list, until one of `terminators` (reserved words or `)`) or end of input. */
  private list(terminators: string[]): List {
    const items: AndOr[] = [];
    this.skipNewlines();
    while (true) {
      const token = this.peek();
      if (token.type === 'eof') break;
      const kw = this.keyword(token);
      if (kw && terminators.includes(kw)) break;
      if (this.isOp(')') && terminators.includes(')')) break;
      const andOr = this.andOr();
      items.push(andOr);
      const sep = this.peek();
      if (this.isOp(';', sep) || this.isOp('&', sep) || this.isOp('\n', sep)) {
        if (this.isOp('&', sep)) andOr.background = true;
        this.i++;
        this.skipNewlines();
        continue;
      }
      break;
    }
    return { items };
  }

  private andOr(): AndOr {
    const first = this.pipeline();
    const rest: AndOr['rest'] = [];
    while (this.isOp('&&') || this.isOp('||')) {
      const op = (this.next() as { op: '&&' | '||' }).op;
      this.skipNewlines();
      rest.push({ op, pipeline: this.pipeline() });
    }
    return { first, rest, background: false };
  }

  private pipeline(): Pipeline {
    let bang = false;
    if (this.keyword() === '!') {
      bang = true;
      this.i++;
    }
    const commands = [this.command()];
    while (this.isOp('|')) {
      this.i++;
      this.skipNewlines();
      commands.push(this.command());
    }
    return { bang, commands };
  }

  private command(): Command {
    const token = this.peek();
    const kw = this.keyword(token);
    if (kw === 'if') return this.withRedirects(this.ifCommand());
    if (kw === 'for') return this.withRedirects(this.forCommand());
    if (kw === 'while' || kw === 'until') return this.withRedirects(this.loop(kw === 'until'));
    if (kw === '{') {
      this.i++;
      const body = this.nonEmpty(this.list(['}']), '}');
      this.expect('}');
      return this.withRedirects({ kind: 'group', subshell: false, body, redirects: [] });
    }
    if (this.isOp('(')) {
      this.i++;
      const body = this.nonEmpty(this.list([')']), ')');
      if (!this.isOp(')')) this.fail(this.peek(), ')');
      this.i++;
      return this.withRedirects({ kind: 'group', subshell: true, body, redirects: [] });
    }
    if (kw) this.fail(token);
    return this.simple();
  }

  private nonEmpty(list: List, closer: string): List {
    if (list.items.length === 0) this.fail(this.peek(), this.peek().type === 'eof' ? closer : undefined);
    return list;
  }

  private expect(keyword: string): void {
    if (this.keyword() !== keyword) this.fail(this.peek(), keyword);
    this.i++;
  }

  private withRedirects<C extends Exclude<Command, SimpleCommand>>(command: C): C {
    while (this.peek().type === 'redirect') command.redirects.push(this.redirect());
    return command;
  }

  private redirect(): RedirectNode {
    const token = this.next() as Extract<Token, { type: 'redirect' }>;
    const target = this.peek();
    if (target.type !== 'word') this.fail(target);
    this.i++;
    return { fd: token.fd, op: token.op, target: target.word };
  }

  private simple(): SimpleCommand {
    const command: SimpleCommand = { kind: 'simple', assigns: [], words: [], redirects: [], line: this.peek().line };
    while (true) {
      const token = this.peek();
      if (token.type === 'redirect') command.redirects.push(this.redirect());
      else if (token.type === 'word') {
        const assignment = command.words.length === 0 ? assignmentOf(token.word) : null;
        if (assignment) command.assigns.push(assignment);
        else command.words.push(token.word);
        this.i++;
      } else break;
    }
    if (command.words.length === 0 && command.assigns.length === 0 && command.redirects.length === 0)
      this.fail(this.peek());
    return command;
  }

  private ifCommand(): IfCommand {
    this.i++;
    const clauses: Array<{ condition: List; body: List }> = [];
    let otherwise: List | undefined;
    while (true) {
      const condition = this.nonEmpty(this.list(['then']), 'then');
      this.expect('then');
      const body = this.nonEmpty(this.list(['elif', 'else', 'fi']), 'fi');
      clauses.push({ condition, body });
      const kw = this.keyword();
      if (kw === 'elif') {
        this.i++;
        continue;
      }
      if (kw === 'else') {
        this.i++;
        otherwise = this.nonEmpty(this.list(['fi']), 'fi');
      }
      this.expect('fi');
      return { kind: 'if', clauses, otherwise, redirects: [] };
    }
  }

  private forCommand(): ForCommand {
    this.i++;
    const nameToken = this.next();
    const name = nameToken.type === 'word' ? plainText(nameToken.word) : null;
    if (!name || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) this.fail(nameToken);
    let words: Word[] | null = null;
    this.skipNewlines();
    if (this.keyword() === 'in') {
      this.i++;
      words = [];
      while (this.peek().type === 'word' && this.keyword() !== 'do') words.push((this.next() as { word: Word }).word);
      if (this.isOp(';') || this.isOp('\n')) this.i++;
      else this.fail(this.peek());
    } else if (this.isOp(';')) this.i++;
    this.skipNewlines();
    this.expect('do');
    const body = this.nonEmpty(this.list(['done']), 'done');
    this.expect('done');
    return { kind: 'for', name, words, body, redirects: [] };
  }

  private loop(until: boolean): LoopCommand {
    this.i++;
    const condition = this.nonEmpty(this.list(['do']), 'do');
    this.expect('do');
    const body = this.nonEmpty(this.list(['done']), 'done');
    this.expect('done');
    return { kind: 'loop', until, condition, body, redirects: [] };
  }
}

function assignmentOf(word: Word): { name: string; value: Word } | null {
  const first = word.parts[0];
  if (first?.kind !== 'text' || first.quoted) return null;
  const m = ASSIGNMENT.exec(first.text);
  if (!m) return null;
  const rest = first.text.slice(m[0].length);
  const parts = [...(rest ? [{ ...first, text: rest }] : []), ...word.parts.slice(1)];
  return { name: m[1], value: { parts, raw: word.raw.slice(m[0].length) } };
}
