// Word expansion as bash does it for the parts the lexer kept: variables, `$?`, command
// substitution (its trailing newlines removed), then splitting of unquoted expansions on blanks.
// A word that expands to nothing unquoted disappears; "" stays an empty argument.
import type { Word } from './tokenize';

/** What expansion needs from the shell: variable values and running a substitution. */
export interface ExpansionEnv {
  variable(name: string): string;
  substitute(source: string): string;
}

/** Expands words into the argument list (fields). */
export function expandWords(words: readonly Word[], env: ExpansionEnv): string[] {
  const fields: string[] = [];
  for (const word of words) fields.push(...expandWord(word, env));
  return fields;
}

/** Expands one word into zero or more fields. */
export function expandWord(word: Word, env: ExpansionEnv): string[] {
  const fields: string[] = [];
  let current = '';
  let present = false;
  for (const part of withTilde(word, env)) {
    if (part.kind === 'text') {
      current += part.text;
      present = present || part.quoted || part.text !== '';
      continue;
    }
    const value = part.kind === 'var' ? env.variable(part.name) : env.substitute(part.source).replace(/\n+$/, '');
    if (part.quoted) {
      current += value;
      present = true;
      continue;
    }
    // Unquoted: split on blanks; the first piece joins what came before, the last what follows.
    const pieces = value.split(/[ \t\n]+/);
    if (value.trim() === '') {
      if (/^[ \t\n]+$/.test(value) && present) {
        fields.push(current);
        current = '';
        present = false;
      }
      continue;
    }
    pieces.forEach((piece, i) => {
      if (i > 0) {
        if (present) fields.push(current);
        current = '';
        present = false;
      }
      current += piece;
      present = present || piece !== '';
    });
  }
  if (present) fields.push(current);
  return fields;
}

/** The text of a word with only its quoting removed (redirection targets, assignments). */
export function literalWord(word: Word, env: ExpansionEnv): string {
  return expandWord(word, env).join(' ');
}

/** Tilde expansion: an unquoted `~` starting a word, alone or before `/`, is HOME. */
function withTilde(word: Word, env: ExpansionEnv): Word['parts'] {
  const first = word.parts[0];
  if (!first || first.kind !== 'text' || first.quoted || !/^~(\/|$)/.test(first.text)) return word.parts;
  if (
    first.text === '~' &&
    word.parts.length > 1 &&
    !(word.parts[1].kind === 'text' && word.parts[1].text.startsWith('/'))
  )
    return word.parts;
  return [{ ...first, text: env.variable('HOME') + first.text.slice(1), quoted: true }, ...word.parts.slice(1)];
}
