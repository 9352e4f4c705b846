/**
 * BuildKit's shell lexer (moby/buildkit v0.22.0 frontend/dockerfile/shell/lex.go): quote removal,
 * word splitting and `$VAR`, `${VAR}`, `${VAR:-x}`, `${VAR:+x}`, `${VAR?x}`, `${VAR#p}`, `${VAR%p}`,
 * `${VAR/p/r}` expansion, as the Dockerfile frontend applies it to ENV, LABEL, COPY, ADD, WORKDIR,
 * USER, VOLUME, EXPOSE, STOPSIGNAL, ARG and FROM. It never runs a command: `$(…)` and backquotes stay
 * as written.
 */

/** What a word is expanded against: BuildKit's EnvGetter (values, and the keys in definition order). */
export interface ShellEnv {
  get(key: string): string | undefined;
  keys(): string[];
}

/** How the lexer reads (the fields of BuildKit's `shell.Lex`). */
export interface ShellLexOptions {
  /** `\` by default, or the `# escape=` directive's character. */
  escapeToken?: string;
  rawQuotes?: boolean;
  rawEscapes?: boolean;
  skipProcessQuotes?: boolean;
  skipUnsetEnv?: boolean;
}

/** A processed word: the result, its words, and which variables were and were not set. */
export interface ShellWordResult {
  result: string;
  words: string[];
  matched: Set<string>;
  unmatched: Set<string>;
}

/** An environment from `KEY=value` strings, or from a record, in order (shell.EnvsFromSlice). */
export function shellEnv(entries: string[] | Record<string, string> | Map<string, string>): ShellEnv {
  const map = new Map<string, string>();
  const list =
    entries instanceof Map
      ? [...entries]
      : Array.isArray(entries)
        ? entries.map((e): [string, string] => {
            const at = e.indexOf('=');
            return at < 0 ? [e, ''] : [e.slice(0, at), e.slice(at + 1)];
          })
        : Object.entries(entries);
  for (const [k, v] of list) map.set(k, v);
  return { get: (k) => map.get(k), keys: () => list.map(([k]) => k) };
}

class ShellError extends Error {}

const EOF = '';

function isSpace(ch: string): boolean {
  return ch !== '\uFEFF' && /^\s$/u.test(ch);
}

function isSpecialParam(ch: string): boolean {
  return '@*#?-$!0'.includes(ch) && ch !== '';
}

class Words {
  buf = '';
  words: string[] = [];
  inWord = false;
  addChar(ch: string): void {
    if (isSpace(ch) && this.inWord) {
      if (this.buf.length !== 0) {
        this.words.push(this.buf);
        this.buf = '';
        this.inWord = false;
      }
    } else if (!isSpace(ch)) this.addRawChar(ch);
  }
  addRawChar(ch: string): void {
    this.buf += ch;
    this.inWord = true;
  }
  addString(s: string): void {
    for (const ch of s) this.addChar(ch);
  }
  addRawString(s: string): void {
    this.buf += s;
    this.inWord = true;
  }
  getWords(): string[] {
    if (this.buf.length > 0) {
      this.words.push(this.buf);
      this.buf = '';
      this.inWord = false;
    }
    return this.words;
  }
}

class ShellWord {
  private chars: string[];
  private pos = 0;
  readonly matched = new Set<string>();
  readonly unmatched = new Set<string>();
  private rawEscapes: boolean;
  private readonly escape: string;

  constructor(
    word: string,
    private readonly env: ShellEnv,
    private readonly opts: ShellLexOptions,
  ) {
    this.chars = Array.from(word);
    this.rawEscapes = !!opts.rawEscapes;
    this.escape = opts.escapeToken ?? '\\';
  }

  private peek(): string {
    return this.chars[this.pos] ?? EOF;
  }
  private next(): string {
    return this.pos < this.chars.length ? this.chars[this.pos++] : EOF;
  }

  processStopOn(stopChar: string, rawEscapes: boolean): [string, string[]] {
    let result = '';
    const words = new Words();
    const saved = this.rawEscapes;
    this.rawEscapes = rawEscapes;
    try {
      while (this.peek() !== EOF) {
        const ch = this.peek();
        if (stopChar !== EOF && ch === stopChar) {
          this.next();
          return [result, words.getWords()];
        }
        const special = ch === '$' || ch === '<' || (!this.opts.skipProcessQuotes && (ch === "'" || ch === '"'));
        if (special) {
          const tmp =
            ch === '$'
              ? this.processDollar()
              : ch === '<'
                ? this.processPossibleHeredoc()
                : ch === "'"
                  ? this.processSingleQuote()
                  : this.processDoubleQuote();
          result += tmp;
          if (ch === '$') words.addString(tmp);
          else words.addRawString(tmp);
        } else {
          let c = this.next();
          if (c === this.escape) {
            if (this.rawEscapes) {
              words.addRawChar(c);
              result += c;
            }
            // The escape character escapes the next one, except at the end of the word.
            c = this.next();
            if (c === EOF) break;
            words.addRawChar(c);
          } else words.addChar(c);
          result += c;
        }
      }
      if (stopChar !== EOF) {
        throw new ShellError(`unexpected end of statement while looking for matching ${stopChar}`);
      }
      return [result, words.getWords()];
    } finally {
      this.rawEscapes = saved;
    }
  }

  private processSingleQuote(): string {
    let result = '';
    let ch = this.next();
    if (this.opts.rawQuotes) result += ch;
    for (;;) {
      ch = this.next();
      if (ch === EOF) throw new ShellError('unexpected end of statement while looking for matching single-quote');
      if (ch === "'") {
        if (this.opts.rawQuotes) result += ch;
        return result;
      }
      result += ch;
    }
  }

  private processDoubleQuote(): string {
    let result = '';
    const open = this.next();
    if (this.opts.rawQuotes) result += open;
    for (;;) {
      const p = this.peek();
      if (p === EOF) throw new ShellError('unexpected end of statement while looking for matching double-quote');
      if (p === '"') {
        const ch = this.next();
        if (this.opts.rawQuotes) result += ch;
        return result;
      }
      if (p === '$') {
        result += this.processDollar();
        continue;
      }
      let ch = this.next();
      if (ch === this.escape) {
        if (this.rawEscapes) result += ch;
        const q = this.peek();
        if (q === EOF) continue;
        // Only ", $ and the escape character itself can be escaped inside double quotes.
        if (q === '"' || q === '$' || q === this.escape) ch = this.next();
      }
      result += ch;
    }
  }

  private processDollar(): string {
    this.next();
    if (this.peek() !== '{') {
      const name = this.processName();
      if (name === '') return '$';
      const value = this.getEnv(name);
      if (value === undefined && this.opts.skipUnsetEnv) return `$${name}`;
      return value ?? '';
    }
    this.next();
    const first = this.peek();
    if (first === EOF) throw new ShellError("syntax error: missing '}'");
    if (first === '{' || first === '}' || first === ':') throw new ShellError('syntax error: bad substitution');
    const name = this.processName();
    let ch = this.next();
    // Go's string(scanner.EOF) is the replacement character.
    let chs = ch === EOF ? '\uFFFD' : ch;
    let nullIsUnset = false;
    if (ch === '}') {
      const value = this.getEnv(name);
      if (value === undefined && this.opts.skipUnsetEnv) return `\${${name}}`;
      return value ?? '';
    }
    if (ch === ':') {
      nullIsUnset = true;
      ch = this.next();
      chs += ch === EOF ? '\uFFFD' : ch;
    } else if (ch === '/') return this.processReplace(name);
    else if (ch === EOF || !'+-?#%'.includes(ch)) throw new ShellError(`unsupported modifier (${chs}) in substitution`);
    const raw = ch === '#' || ch === '%';
    if (nullIsUnset && raw) throw new ShellError(`unsupported modifier (${chs}) in substitution`);
    let word: string;
    try {
      [word] = this.processStopOn('}', raw);
    } catch (e) {
      if (this.peek() === EOF) throw new ShellError("syntax error: missing '}'");
      throw e;
    }
    const value = this.getEnv(name);
    const set = value !== undefined;
    if (this.opts.skipUnsetEnv && !set) return `\${${name}${chs}${word}}`;
    const empty = !set || (nullIsUnset && value === '');
    if (ch === EOF || !'+-?#%'.includes(ch)) throw new ShellError(`unsupported modifier (${chs}) in substitution`);
    switch (ch) {
      case '-':
        return empty ? word : (value ?? '');
      case '+':
        return empty ? '' : word;
      case '?':
        if (!set) throw new ShellError(`${name}: ${word || 'is not allowed to be unset'}`);
        if (nullIsUnset && value === '') throw new ShellError(`${name}: ${word || 'is not allowed to be empty'}`);
        return value ?? '';
      default: {
        // %/# trim the shortest match, %%/## the longest.
        let pattern = word;
        const greedy = pattern.length > 0 && pattern[0] === ch;
        if (greedy) pattern = pattern.slice(1);
        return ch === '%' ? trimSuffix(pattern, value ?? '', greedy) : trimPrefix(pattern, value ?? '', greedy);
      }
    }
  }

  private processReplace(name: string): string {
    const all = this.peek() === '/';
    if (all) this.next();
    let pattern: string;
    let replacement: string;
    try {
      [pattern] = this.processStopOn('/', true);
    } catch (e) {
      if (this.peek() === EOF) throw new ShellError("syntax error: missing '/' in ${}");
      throw e;
    }
    try {
      [replacement] = this.processStopOn('}', true);
    } catch (e) {
      if (this.peek() === EOF) throw new ShellError("syntax error: missing '}'");
      throw e;
    }
    const value = this.getEnv(name);
    if (this.opts.skipUnsetEnv && value === undefined) return `\${${name}/${pattern}/${replacement}}`;
    const re = patternRegex(pattern, true, false, all);
    if (all) return (value ?? '').replace(re, () => replacement);
    const v = value ?? '';
    const m = re.exec(v);
    return m ? v.slice(0, m.index) + replacement + v.slice(m.index + m[0].length) : v;
  }

  private processName(): string {
    let name = '';
    while (this.peek() !== EOF) {
      const ch = this.peek();
      if (name.length === 0 && /^\p{Nd}$/u.test(ch)) {
        while (this.peek() !== EOF && /^\p{Nd}$/u.test(this.peek())) name += this.next();
        return name;
      }
      if (name.length === 0 && isSpecialParam(ch)) return this.next();
      if (!/^[\p{L}\p{Nd}_]$/u.test(ch)) break;
      name += this.next();
    }
    return name;
  }

  private processPossibleHeredoc(): string {
    this.next();
    if (this.peek() !== '<') return '<';
    this.next();
    let space = '';
    while (this.peek() === '\t' || this.peek() === '\r' || this.peek() === ' ') space += this.next();
    return `<<${space}`;
  }

  private getEnv(name: string): string | undefined {
    const v = this.env.get(name);
    if (v !== undefined) this.matched.add(name);
    else this.unmatched.add(name);
    return v;
  }
}

/** A shell pattern (`*`, `?`, `\` escapes; no brackets) as a regular expression (convertShellPatternToRegex). */
function patternRegex(pattern: string, greedy: boolean, anchored: boolean, global = false): RegExp {
  let out = anchored ? '^' : '';
  const star = greedy ? '[^\\n]*' : '[^\\n]*?';
  const chars = Array.from(pattern);
  for (let i = 0; i < chars.length; i++) {
    const tok = chars[i];
    if (tok === '*') out += star;
    else if (tok === '?') out += '[^\\n]';
    else if (tok === '\\') {
      const nextCh = chars[i + 1];
      if (nextCh === '}' || nextCh === '/') continue;
      i++;
      if (nextCh !== '*' && nextCh !== '?' && nextCh !== '\\') {
        throw new ShellError(`invalid pattern (${pattern}) in substitution: invalid escape '\\${nextCh ?? ''}'`);
      }
      out += `\\${nextCh}`;
    } else out += tok.replace(/[[\]{}.+()|^$]/, '\\$&');
  }
  return new RegExp(out, global ? 'gu' : 'u');
}

function trimPrefix(pattern: string, value: string, greedy: boolean): string {
  const m = patternRegex(pattern, greedy, true).exec(value);
  return m ? value.slice(m[0].length) : value;
}

function reversePattern(pattern: string): string {
  const runes = Array.from(pattern);
  const out: string[] = new Array<string>(runes.length);
  const last = runes.length - 1;
  for (let i = 0; i <= last; ) {
    if (runes[i] === '\\' && i !== last) {
      out[last - i - 1] = runes[i];
      out[last - i] = runes[i + 1];
      i += 2;
    } else {
      out[last - i] = runes[i];
      i++;
    }
  }
  return out.join('');
}

function reverse(s: string): string {
  return Array.from(s).reverse().join('');
}

function trimSuffix(pattern: string, value: string, greedy: boolean): string {
  // A regular expression cannot find the shortest rightmost match, so both are reversed (as BuildKit does).
  return reverse(trimPrefix(reversePattern(pattern), reverse(value), greedy));
}

/** What processing a word gives: its expansion, or BuildKit's error (`failed to process "…": …`). */
export type ShellProcess = ({ ok: true } & ShellWordResult) | { ok: false; error: string };

/**
 * Expands one word as BuildKit's `Lex.ProcessWordWithMatches` (quotes removed, variables replaced,
 * spaces kept) and also gives its words (`ProcessWords`: split after expansion, quotes keep spaces).
 */
export function processShellWord(word: string, env: ShellEnv, options: ShellLexOptions = {}): ShellProcess {
  const sw = new ShellWord(word, env, options);
  try {
    const [result, words] = sw.processStopOn(EOF, !!options.rawEscapes);
    return { ok: true, result, words, matched: sw.matched, unmatched: sw.unmatched };
  } catch (e) {
    if (!(e instanceof ShellError)) throw e;
    return { ok: false, error: `failed to process ${goQuote(word)}: ${e.message}` };
  }
}

const GO_ESCAPES: Record<string, string> = {
  '\x07': '\\a',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\v': '\\v',
  '"': '\\"',
  '\\': '\\\\',
};

/** Go's `%q` of a string (strconv.Quote): what BuildKit's messages quote with. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if (GO_ESCAPES[ch]) out += GO_ESCAPES[ch];
    else if (cp < 0x20 || cp === 0x7f) out += `\\x${cp.toString(16).padStart(2, '0')}`;
    else if ((cp >= 0x80 && cp <= 0xa0) || cp === 0xad) out += `\\u${cp.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}
