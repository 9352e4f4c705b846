/**
 * How BuildKit's parser reads one joined line (moby/buildkit v0.22.0 frontend/dockerfile/parser
 * split_command.go and line_parsers.go): the command word, the `--flags` before the arguments, then
 * each instruction's own argument shape (JSON array or words or one string, `k=v` pairs, HEALTHCHECK's
 * type, ONBUILD's trigger).
 */

import { goQuote } from './shell-words';

/** A parser-level failure: BuildKit's error text, without a line (the caller adds it). */
export class LineParseError extends Error {}

/** One instruction as the parser's AST has it (BuildKit's parser.Node, flattened). */
export interface DockerfileNode {
  /** The command word as written (`run`, `RUN`, `Run`). */
  value: string;
  original: string;
  flags: string[];
  /** BuildKit's nodeArgs: ENV/LABEL as key, value, separator triples; ONBUILD as the trigger's words. */
  args: string[];
  json: boolean;
  /** ONBUILD's trigger instruction. */
  child?: DockerfileNode;
  startLine: number;
  endLine: number;
  heredocs: Array<{ name: string; content: string; expand: boolean; chomp: boolean; fileDescriptor: number }>;
  comments: string[];
}

/** Go's regexp `[\t\v\f\r ]+`: what BuildKit splits words of a line at. */
export const WHITESPACE = /[\t\v\f\r ]+/;

/** Go's unicode.IsSpace. */
export function isGoSpace(ch: string): boolean {
  return /^[\t\n\v\f\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]$/.test(ch);
}

/** Go's strings.TrimSpace. */
export function goTrimSpace(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && isGoSpace(s[a])) a++;
  while (b > a && isGoSpace(s[b - 1])) b--;
  return s.slice(a, b);
}

function splitN2(s: string, re: RegExp): string[] {
  const m = re.exec(s);
  return m ? [s.slice(0, m.index), s.slice(m.index + m[0].length)] : [s];
}

/** Go's regexp Split(s, -1) with WHITESPACE. */
function splitAll(s: string): string[] {
  return s.split(new RegExp(WHITESPACE.source));
}

/** The command word, the flags and the rest of a line (splitCommand). */
export function splitCommand(line: string, escape: string): { cmd: string; flags: string[]; args: string } {
  const parts = splitN2(goTrimSpace(line), WHITESPACE);
  if (parts.length < 2) return { cmd: parts[0], flags: [], args: '' };
  const { rest, flags } = extractBuilderFlags(parts[1], escape);
  return { cmd: parts[0], flags, args: goTrimSpace(rest) };
}

function extractBuilderFlags(line: string, escape: string): { rest: string; flags: string[] } {
  const words: string[] = [];
  let phase: 'spaces' | 'word' | 'quote' = 'spaces';
  let buf = '';
  let quote = '';
  let blankOK = false;
  for (let pos = 0; pos <= line.length; pos++) {
    let ch = pos < line.length ? line[pos] : '';
    if (phase === 'spaces') {
      if (pos === line.length) break;
      if (isGoSpace(ch)) continue;
      // Flags are only the words starting with `--` before the first other word.
      if (ch !== '-' || pos + 1 === line.length || line[pos + 1] !== '-')
        return { rest: line.slice(pos), flags: words };
      phase = 'word';
    }
    if (pos === line.length) {
      if (buf !== '--' && (blankOK || buf.length > 0)) words.push(buf);
      break;
    }
    if (phase === 'word') {
      if (isGoSpace(ch)) {
        phase = 'spaces';
        if (buf === '--') return { rest: line.slice(pos), flags: words };
        if (blankOK || buf.length > 0) words.push(buf);
        buf = '';
        blankOK = false;
        continue;
      }
      if (ch === "'" || ch === '"') {
        quote = ch;
        blankOK = true;
        phase = 'quote';
        continue;
      }
      if (ch === escape) {
        if (pos + 1 === line.length) continue;
        pos++;
        ch = line[pos];
      }
      buf += ch;
      continue;
    }
    if (ch === quote) {
      phase = 'word';
      continue;
    }
    if (ch === escape) {
      if (pos + 1 === line.length) {
        phase = 'word';
        continue;
      }
      pos++;
      ch = line[pos];
    }
    buf += ch;
  }
  return { rest: '', flags: words };
}

/** Words of ENV/LABEL/ARG: space-separated, quotes and escapes kept for the later expansion (parseWords). */
export function parseWords(rest: string, escape: string): string[] {
  const words: string[] = [];
  let phase: 'spaces' | 'word' | 'quote' = 'spaces';
  let quote = '';
  let blankOK = false;
  let buf = '';
  const chars = Array.from(rest);
  for (let pos = 0; pos <= chars.length; pos++) {
    let ch = pos < chars.length ? chars[pos] : '';
    if (phase === 'spaces') {
      if (pos === chars.length) break;
      if (isGoSpace(ch)) continue;
      phase = 'word';
    }
    if (pos === chars.length) {
      if (blankOK || buf.length > 0) words.push(buf);
      break;
    }
    if (phase === 'word') {
      if (isGoSpace(ch)) {
        phase = 'spaces';
        if (blankOK || buf.length > 0) words.push(buf);
        buf = '';
        blankOK = false;
        continue;
      }
      if (ch === "'" || ch === '"') {
        quote = ch;
        blankOK = true;
        phase = 'quote';
      }
      if (ch === escape) {
        if (pos + 1 === chars.length) continue;
        buf += ch;
        pos++;
        ch = chars[pos];
      }
      buf += ch;
      continue;
    }
    if (ch === quote) phase = 'word';
    // The escape character escapes inside double quotes, never inside single ones.
    if (ch === escape && quote !== "'") {
      if (pos + 1 === chars.length) {
        phase = 'word';
        continue;
      }
      pos++;
      buf += ch;
      ch = chars[pos];
    }
    buf += ch;
  }
  return words;
}

type Parsed = { args: string[]; json: boolean; child?: DockerfileNode };

function parseNameVal(rest: string, key: string, escape: string): Parsed {
  const words = parseWords(rest, escape);
  if (words.length === 0) return { args: [], json: false };
  if (!words[0].includes('=')) {
    // The legacy form `ENV name value`: the rest of the line is the value.
    const parts = splitN2(rest, WHITESPACE);
    if (parts.length < 2) throw new LineParseError(`${key} must have two arguments`);
    return { args: [parts[0], parts[1], ''], json: false };
  }
  const args: string[] = [];
  for (const word of words) {
    if (!word.includes('=')) {
      throw new LineParseError(`Syntax error - can't find = in ${goQuote(word)}. Must be of the form: name=value`);
    }
    const at = word.indexOf('=');
    args.push(word.slice(0, at), word.slice(at + 1), '=');
  }
  return { args, json: false };
}

const NOT_STRINGS = 'when using JSON array syntax, arrays must be comprised of strings only';

function parseJSON(rest: string): Parsed | undefined {
  const text = rest.replace(/^\s+/, '');
  if (!text.startsWith('[')) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!Array.isArray(value)) return undefined;
  if (!value.every((v) => typeof v === 'string')) throw new LineParseError(NOT_STRINGS);
  return { args: value as string[], json: true };
}

function parseMaybeJSON(rest: string): Parsed {
  if (rest === '') return { args: [], json: false };
  return parseJSON(rest) ?? { args: [rest], json: false };
}

function parseMaybeJSONToList(rest: string): Parsed {
  return parseJSON(rest) ?? parseStringsWhitespaceDelimited(rest);
}

function parseStringsWhitespaceDelimited(rest: string): Parsed {
  return { args: rest === '' ? [] : splitAll(rest), json: false };
}

function parseHealthConfig(rest: string): Parsed {
  let sep = 0;
  while (sep < rest.length && !isGoSpace(rest[sep])) sep++;
  let next = sep;
  while (next < rest.length && isGoSpace(rest[next])) next++;
  if (sep === 0) return { args: [], json: false };
  const cmd = parseMaybeJSON(rest.slice(next));
  return { args: [rest.slice(0, sep), ...cmd.args], json: cmd.json };
}

/** Parses one joined line into a node (newNodeFromLine); unknown commands keep no arguments (parseIgnore). */
export function nodeFromLine(line: string, escape: string, comments: string[]): DockerfileNode {
  const { cmd, flags, args: rest } = splitCommand(line, escape);
  let parsed: Parsed;
  switch (cmd.toLowerCase()) {
    case 'add':
    case 'copy':
    case 'volume':
      parsed = parseMaybeJSONToList(rest);
      break;
    case 'arg':
      parsed = { args: parseWords(rest, escape), json: false };
      break;
    case 'cmd':
    case 'entrypoint':
    case 'run':
    case 'shell':
      parsed = parseMaybeJSON(rest);
      break;
    case 'env':
      parsed = parseNameVal(rest, 'ENV', escape);
      break;
    case 'label':
      parsed = parseNameVal(rest, 'LABEL', escape);
      break;
    case 'expose':
    case 'from':
      parsed = parseStringsWhitespaceDelimited(rest);
      break;
    case 'healthcheck':
      parsed = parseHealthConfig(rest);
      break;
    case 'maintainer':
    case 'stopsignal':
    case 'user':
    case 'workdir':
      parsed = { args: rest === '' ? [] : [rest], json: false };
      break;
    case 'onbuild': {
      if (rest === '') {
        parsed = { args: [], json: false };
        break;
      }
      const child = nodeFromLine(rest, escape, []);
      // BuildKit's nodeArgs gives the trigger's command and arguments (not its flags).
      parsed = { args: [child.value, ...child.args], json: false, child };
      break;
    }
    default:
      parsed = { args: [], json: false };
  }
  return {
    value: cmd,
    original: line,
    flags,
    args: parsed.args,
    json: parsed.json,
    child: parsed.child,
    startLine: 0,
    endLine: 0,
    heredocs: [],
    comments,
  };
}
