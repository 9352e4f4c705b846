/**
 * Word expansion as POSIX orders it (XCU 2.6): tilde, parameters (`$V`, `${V:-d}`, `${#V}`,
 * `${V#p}`…), command substitution, arithmetic; then field splitting of the unquoted results on
 * IFS, pathname expansion of unquoted `*` `?` `[…]` against the modelled files, and quote removal.
 */

import type { Word, WordPart } from './syntax';
import { evaluateArithmetic } from './arithmetic';

/** What expansion reads from (and, for `${V:=d}`, writes to) the shell. */
export interface ExpansionScope {
  /** A variable's value; undefined when unset. */
  get(name: string): string | undefined;
  set(name: string, value: string): void;
  /** `$?`, `$$`, `$!`, `$-`, `$0`. */
  special(name: string): string;
  positional: string[];
  home: string;
  /** Runs `$(…)` and returns its standard output. */
  substitute(source: string): string;
  /** Paths matching a glob pattern, sorted; empty when none match. */
  glob(pattern: string): string[];
}

// One field being built: its characters and, per character, whether globbing may treat it as special.
interface Field {
  text: string;
  globbable: boolean[];
  quotedSeen: boolean;
}

const newField = (): Field => ({ text: '', globbable: [], quotedSeen: false });
const IFS_WHITESPACE = /[ \t\n]/;

/** Expands a word into fields (a command's words, `for`'s list). */
export function expandFields(word: Word, scope: ExpansionScope): string[] {
  const fields: Field[] = [newField()];
  const current = () => fields[fields.length - 1];
  const add = (text: string, quoted: boolean, globbable: boolean) => {
    const f = current();
    f.text += text;
    for (let k = 0; k < text.length; k++) f.globbable.push(globbable);
    if (quoted) f.quotedSeen = true;
  };
  const split = (value: string) => {
    const ifs = scope.get('IFS') ?? ' \t\n';
    if (ifs === '') return add(value, false, true);
    let piece = '';
    let pendingBreak = false;
    for (const ch of value) {
      if (ifs.includes(ch)) {
        if (piece) add(piece, false, true);
        piece = '';
        if (current().text !== '' || current().quotedSeen || !IFS_WHITESPACE.test(ch)) pendingBreak = true;
        continue;
      }
      if (pendingBreak) {
        fields.push(newField());
        pendingBreak = false;
      }
      piece += ch;
    }
    if (piece) add(piece, false, true);
    if (pendingBreak) fields.push(newField());
  };
  for (const part of word.parts) {
    if (part.kind === 'text') add(part.text, part.quoted, !part.quoted);
    else if (part.kind === 'tilde') add(tilde(part.user, scope), true, false);
    else if (part.kind === 'param' && (part.name === '@' || part.name === '*') && !part.op && part.quoted) {
      if (part.name === '*') add(scope.positional.join(' '), true, false);
      else
        scope.positional.forEach((arg, k) => {
          if (k > 0) fields.push(newField());
          add(arg, true, false);
        });
    } else {
      const value = expandPart(part, scope);
      if (part.quoted) add(value, true, false);
      else split(value);
    }
  }
  const result: string[] = [];
  for (const f of fields) {
    if (f.text === '' && !f.quotedSeen) continue;
    const pattern = globPattern(f);
    const matches = pattern ? scope.glob(pattern) : [];
    if (matches.length > 0) result.push(...matches);
    else result.push(f.text);
  }
  return result;
}

/** Expands a word into one string, without splitting or globbing (assignments, redirection targets). */
export function expandString(word: Word, scope: ExpansionScope): string {
  return word.parts
    .map((part) => {
      if (part.kind === 'text') return part.text;
      if (part.kind === 'tilde') return tilde(part.user, scope);
      return expandPart(part, scope);
    })
    .join('');
}

function tilde(user: string, scope: ExpansionScope): string {
  if (user === '') return scope.get('HOME') ?? scope.home;
  return user === 'root' ? '/root' : `~${user}`;
}

/** A field's text as a glob pattern (quoted metacharacters escaped), or null when it has none unquoted. */
function globPattern(f: Field): string | null {
  let special = false;
  let pattern = '';
  for (let k = 0; k < f.text.length; k++) {
    const ch = f.text[k];
    if ('*?['.includes(ch)) {
      if (f.globbable[k]) special = true;
      else pattern += '\\';
    } else if (ch === '\\') pattern += '\\';
    pattern += ch;
  }
  return special ? pattern : null;
}

function expandPart(part: Exclude<WordPart, { kind: 'text' } | { kind: 'tilde' }>, scope: ExpansionScope): string {
  if (part.kind === 'command') return scope.substitute(part.source).replace(/\n+$/, '');
  if (part.kind === 'arith') return String(evaluateArithmetic(expandArithmeticSource(part.source, scope), scope));
  const value = parameter(part.name, scope);
  const arg = () => (part.arg ? expandString({ parts: part.arg, raw: '' }, scope) : '');
  switch (part.op) {
    case undefined:
      return value ?? '';
    case '#len':
      return String([...(value ?? '')].length);
    case ':-':
      return value ? value : arg();
    case '-':
      return value !== undefined ? value : arg();
    case ':=':
    case '=': {
      if (part.op === ':=' ? value : value !== undefined) return value ?? '';
      const assigned = arg();
      scope.set(part.name, assigned);
      return assigned;
    }
    case ':+':
      return value ? arg() : '';
    case '+':
      return value !== undefined ? arg() : '';
    case '#':
    case '##':
    case '%':
    case '%%':
      return removePattern(value ?? '', arg(), part.op);
    default:
      // `${V:?}` and `${V?}`: the message and abort are not modelled; the value stands.
      return value ?? '';
  }
}

function parameter(name: string, scope: ExpansionScope): string | undefined {
  if (/^[1-9]$/.test(name)) return scope.positional[Number(name) - 1];
  if (name === '#') return String(scope.positional.length);
  if (name === '@' || name === '*') return scope.positional.join(' ');
  if ('?$!-0'.includes(name) && name.length === 1) return scope.special(name);
  return scope.get(name);
}

/** A shell pattern (`*`, `?`, `[…]`) as an anchored regular expression. */
export function patternRegExp(pattern: string, anchored = true): RegExp {
  let re = '';
  for (let k = 0; k < pattern.length; k++) {
    const ch = pattern[k];
    if (ch === '\\' && k + 1 < pattern.length) re += escapeRe(pattern[++k]);
    else if (ch === '*') re += '[^]*';
    else if (ch === '?') re += '[^]';
    else if (ch === '[') {
      const close = pattern.indexOf(']', k + 2);
      if (close === -1) re += '\\[';
      else {
        let body = pattern.slice(k + 1, close);
        if (body.startsWith('!')) body = `^${body.slice(1)}`;
        re += `[${body.replace(/\\/g, '\\\\')}]`;
        k = close;
      }
    } else re += escapeRe(ch);
  }
  return new RegExp(anchored ? `^${re}$` : re);
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

function removePattern(value: string, pattern: string, op: '#' | '##' | '%' | '%%'): string {
  const re = patternRegExp(pattern);
  const longest = op.length === 2;
  if (op.startsWith('#')) {
    const ends = [...Array(value.length + 1).keys()];
    for (const end of longest ? ends.reverse() : ends) if (re.test(value.slice(0, end))) return value.slice(end);
    return value;
  }
  const starts = [...Array(value.length + 1).keys()];
  for (const start of longest ? starts : starts.reverse())
    if (re.test(value.slice(start))) return value.slice(0, start);
  return value;
}

/** `$x` and `${x}` inside `$((…))` replaced by their values (bare names are read by the evaluator). */
function expandArithmeticSource(source: string, scope: ExpansionScope): string {
  return source.replace(
    /\$\{?([A-Za-z_][A-Za-z0-9_]*|[0-9#?$])\}?/g,
    (_, name: string) => parameter(name, scope) ?? '',
  );
}
