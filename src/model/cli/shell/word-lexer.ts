// The word half of the shell lexer: a word with its quotes, escapes and `$…` expansions kept as
// parts, and the unterminated constructs bash answers with "unexpected EOF while looking for
// matching …".
import type { Word, WordPart } from './tokenize';

const METACHARS = new Set([' ', '\t', '\n', '|', '&', ';', '<', '>', '(', ')']);

/** A line bash would refuse; `incomplete` when more input could finish it. */
export class LexError {
  constructor(
    readonly message: string,
    readonly incomplete: boolean,
  ) {}
}

/** bash's message for an unterminated quote or substitution. */
export const eofFor = (closer: string) =>
  new LexError(`bash: unexpected EOF while looking for matching \`${closer}'`, true);

/** Finds the `)` closing a `$(` that starts at `from`, skipping quotes and nested parentheses. */
function matchParen(line: string, from: number): number {
  let depth = 1;
  for (let i = from; i < line.length; i++) {
    const c = line[i];
    if (c === '\\') i++;
    else if (c === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) throw eofFor("'");
      i = end;
    } else if (c === '"') {
      i = matchDoubleQuote(line, i + 1);
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  throw eofFor(')');
}

/** Index of the `"` closing a double-quoted string whose text starts at `from`. */
function matchDoubleQuote(line: string, from: number): number {
  for (let i = from; i < line.length; i++) {
    const c = line[i];
    if (c === '\\') i++;
    else if (c === '"') return i;
    else if (c === '$' && line[i + 1] === '(') i = matchParen(line, i + 2);
    else if (c === '`') {
      const end = line.indexOf('`', i + 1);
      if (end < 0) throw eofFor('`');
      i = end;
    }
  }
  throw eofFor('"');
}

/** Reads a `$…` expansion at `i` (which holds `$`); returns the part and the index after it. */
function readDollar(line: string, i: number, quoted: boolean): [WordPart, number] {
  const next = line[i + 1];
  if (next === '(') {
    if (line[i + 2] === '(') throw new LexError('bash: arithmetic expansion is not supported here', false);
    const end = matchParen(line, i + 2);
    return [{ kind: 'subst', source: line.slice(i + 2, end), quoted }, end + 1];
  }
  if (next === '{') {
    const end = line.indexOf('}', i + 2);
    if (end < 0) throw eofFor('}');
    const name = line.slice(i + 2, end);
    if (!/^([A-Za-z_][A-Za-z0-9_]*|[0-9]+|[?$#@*!-])$/.test(name))
      throw new LexError(`bash: \${${name}}: bad substitution`, false);
    return [{ kind: 'var', name, quoted }, end + 1];
  }
  if (next !== undefined && /[?$#@*!0-9-]/.test(next)) return [{ kind: 'var', name: next, quoted }, i + 2];
  const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(line.slice(i + 1, i + 200));
  if (m) return [{ kind: 'var', name: m[0], quoted }, i + 1 + m[0].length];
  return [{ kind: 'text', text: '$', quoted }, i + 1];
}

/** Reads the word starting at `start`; returns it and the index after it. */
export function lexWord(line: string, start: number): [Word, number] {
  const parts: WordPart[] = [];
  const text = (t: string, quoted: boolean) => {
    const last = parts[parts.length - 1];
    if (last && last.kind === 'text' && last.quoted === quoted) last.text += t;
    else parts.push({ kind: 'text', text: t, quoted });
  };
  let i = start;
  while (i < line.length && !METACHARS.has(line[i])) {
    const c = line[i];
    if (c === '\\') {
      // A backslash at the very end continues the line into nothing: bash drops it.
      if (i + 1 >= line.length) {
        i++;
        continue;
      }
      text(line[i + 1], true);
      i += 2;
    } else if (c === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) throw eofFor("'");
      text(line.slice(i + 1, end), true);
      // An empty '' still makes a word.
      if (end === i + 1) text('', true);
      i = end + 1;
    } else if (c === '"') {
      const end = matchDoubleQuote(line, i + 1);
      lexDoubleQuoted(line.slice(i + 1, end), parts, text);
      if (end === i + 1) text('', true);
      i = end + 1;
    } else if (c === '$') {
      const [part, next] = readDollar(line, i, false);
      if (part.kind === 'text') text(part.text, false);
      else parts.push(part);
      i = next;
    } else if (c === '`') {
      const end = line.indexOf('`', i + 1);
      if (end < 0) throw eofFor('`');
      parts.push({ kind: 'subst', source: line.slice(i + 1, end), quoted: false });
      i = end + 1;
    } else {
      text(c, false);
      i++;
    }
  }
  return [{ parts, raw: line.slice(start, i) }, i];
}

function lexDoubleQuoted(body: string, parts: WordPart[], text: (t: string, quoted: boolean) => void): void {
  let i = 0;
  while (i < body.length) {
    const c = body[i];
    if (c === '\\' && i + 1 < body.length && '$`"\\\n'.includes(body[i + 1])) {
      text(body[i + 1], true);
      i += 2;
    } else if (c === '$') {
      const [part, next] = readDollar(body, i, true);
      if (part.kind === 'text') text(part.text, true);
      else parts.push(part);
      i = next;
    } else if (c === '`') {
      const end = body.indexOf('`', i + 1);
      parts.push({ kind: 'subst', source: body.slice(i + 1, end < 0 ? body.length : end), quoted: true });
      i = end < 0 ? body.length : end + 1;
    } else {
      text(c, true);
      i++;
    }
  }
}

/** A here-document's lines as one word: `$VAR`, `$(…)` and backquotes expand, as between double quotes. */
export function lexExpandable(body: string): Word {
  const parts: WordPart[] = [];
  const text = (t: string, quoted: boolean) => {
    const last = parts[parts.length - 1];
    if (last && last.kind === 'text' && last.quoted === quoted) last.text += t;
    else parts.push({ kind: 'text', text: t, quoted });
  };
  try {
    lexDoubleQuoted(body, parts, text);
  } catch {
    return { parts: [{ kind: 'text', text: body, quoted: true }], raw: body };
  }
  if (parts.length === 0) text('', true);
  return { parts, raw: body };
}
