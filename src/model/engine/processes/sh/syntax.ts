/**
 * The syntax tree of the containers' small POSIX shell: words made of quoted and unquoted parts
 * (so expansion knows what to split and glob), simple commands, pipelines, and-or lists, and the
 * compound commands `if`, `for`, `while`/`until`, `{ …; }` and `( … )`.
 */

/** One piece of a word, remembering whether quotes protected it from splitting and globbing. */
export type WordPart =
  | { kind: 'text'; text: string; quoted: boolean }
  /** `$name`, `${name}`, `${name:-word}`, `${#name}`; `op` is the operator between name and word. */
  | { kind: 'param'; name: string; op?: string; arg?: WordPart[]; quoted: boolean }
  /** `$(…)` or `` `…` ``: the source is parsed when it is expanded. */
  | { kind: 'command'; source: string; quoted: boolean }
  /** `$((…))`: integer arithmetic over the source after parameter expansion. */
  | { kind: 'arith'; source: string; quoted: boolean }
  /** `~` or `~user` at the start of an unquoted word. */
  | { kind: 'tilde'; user: string };

/** A word as written: its parts and its source text (for messages and reserved words). */
export interface Word {
  parts: WordPart[];
  raw: string;
}

/** A redirection: `[fd]>`, `>>`, `<` to a file, or `>&`/`<&` copying a descriptor. */
export interface RedirectNode {
  fd: number;
  op: '>' | '>>' | '<' | '>&' | '<&';
  target: Word;
}

/** `NAME=value` before a command (or alone). */
export interface Assignment {
  name: string;
  value: Word;
}

/** A simple command: assignments, words and redirections in the order written. */
export interface SimpleCommand {
  kind: 'simple';
  assigns: Assignment[];
  words: Word[];
  redirects: RedirectNode[];
  /** The 1-based line it starts on (for the shells' messages). */
  line: number;
}

/** `if c; then …; elif c; then …; else …; fi`. */
export interface IfCommand {
  kind: 'if';
  clauses: Array<{ condition: List; body: List }>;
  otherwise?: List;
  redirects: RedirectNode[];
}

/** `for name in words; do …; done` (without `in`: the positional parameters). */
export interface ForCommand {
  kind: 'for';
  name: string;
  words: Word[] | null;
  body: List;
  redirects: RedirectNode[];
}

/** `while c; do …; done` or `until c; do …; done`. */
export interface LoopCommand {
  kind: 'loop';
  until: boolean;
  condition: List;
  body: List;
  redirects: RedirectNode[];
}

/** `{ …; }` runs in this shell; `( … )` in a copy of it. */
export interface GroupCommand {
  kind: 'group';
  subshell: boolean;
  body: List;
  redirects: RedirectNode[];
}

/** Any command a pipeline joins. */
export type Command = SimpleCommand | IfCommand | ForCommand | LoopCommand | GroupCommand;

/** `[!] a | b | c`. */
export interface Pipeline {
  bang: boolean;
  commands: Command[];
}

/** `a && b || c`. */
export interface AndOr {
  first: Pipeline;
  rest: Array<{ op: '&&' | '||'; pipeline: Pipeline }>;
  /** Ended by `&`: run without waiting (here: run, its status not awaited). */
  background: boolean;
}

/** Commands separated by `;`, `&` or newlines. */
export interface List {
  items: AndOr[];
}

/** Why a script does not parse: an unexpected token (what the shell expected, if it knew), or an open quote. */
export interface SyntaxProblem {
  /** The token as the source spells it; 'EOF' for end of input, '\n' for a newline. */
  token: string;
  /** The token is a plain word or a redirection operator (dash and ash name those kinds, not the text). */
  kind?: 'word' | 'redirection';
  /** The keyword the parser needed there (`then`, `fi`, `do`, `done`), when it needed exactly one. */
  expecting?: string;
  /** An unterminated quote (the opening character: `'`, `"`, `` ` ``, or `)` for `$(`). */
  unterminated?: string;
  /** The 1-based line the problem is on. */
  line: number;
}

/** Thrown by the tokenizer and parser. */
export class ShellSyntaxError extends Error {
  constructor(readonly problem: SyntaxProblem) {
    super(`syntax error near ${problem.token}`);
  }
}

/** Words a shell treats as reserved when they start a command. */
export const RESERVED = new Set([
  'if',
  'then',
  'elif',
  'else',
  'fi',
  'for',
  'in',
  'do',
  'done',
  'while',
  'until',
  '{',
  '}',
  '!',
]);

/** The plain text of a word that has no quotes and no expansions, else null. */
export function plainText(word: Word): string | null {
  return word.parts.every((p) => p.kind === 'text' && !p.quoted)
    ? word.parts.map((p) => (p.kind === 'text' ? p.text : '')).join('')
    : null;
}
