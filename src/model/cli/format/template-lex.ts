// The lexer of Go's text/template (parse/lex.go, Go 1.24), ported state for state so that
// positions, line numbers and error texts match. This file holds the cursor and the states
// outside actions; template-lex-action.ts scans inside {{ }}.
import { lexInsideAction } from './template-lex-action';
import { eof, hasLeftTrim, hasRightTrim, spaceRun } from './template-items';
import type { Item, ItemType } from './template-items';

/** A lexer state; one returning null has produced an item. */
export type LexState = ((l: Lexer) => LexState) | null;

const countLines = (s: string): number => (s.match(/\n/g) ?? []).length;
const leftTrimLength = (s: string, i: number): number => /^[ \t\r\n]*/.exec(s.slice(i))?.[0].length ?? 0;

/**
 * The text/template lexer with "{{" "}}" delimiters and break/continue as keywords. Like Go's
 * (since 1.20) it runs state functions on demand. The cursor members are public for the
 * action states in template-lex-action.ts, not for other callers.
 */
export class Lexer {
  pos = 0;
  start = 0;
  parenDepth = 0;
  private atEOF = false;
  private line = 1;
  private startLine = 1;
  private insideAction = false;
  private item: Item = { typ: 'eof', pos: 0, val: 'EOF', line: 1 };

  constructor(public input: string) {}

  /** The next item; after EOF or an error it keeps returning EOF. */
  nextItem(): Item {
    this.item = { typ: 'eof', pos: this.pos, val: 'EOF', line: this.startLine };
    let state: LexState = this.insideAction ? lexInsideAction : lexText;
    while (state !== null) state = state(this);
    return this.item;
  }

  /** Consumes and returns the next rune, or eof. */
  next(): number {
    if (this.pos >= this.input.length) {
      this.atEOF = true;
      return eof;
    }
    const r = this.input.codePointAt(this.pos) ?? 0;
    this.pos += r > 0xffff ? 2 : 1;
    if (r === 0x0a) this.line++;
    return r;
  }

  /** The next rune without consuming it. */
  peek(): number {
    const r = this.next();
    this.backup();
    return r;
  }

  /** Steps back one rune (Go 1.24 decodes the last rune, so it can be called twice). */
  backup(): void {
    if (!this.atEOF && this.pos > 0) {
      const low = this.input.charCodeAt(this.pos - 1);
      const high = this.pos > 1 ? this.input.charCodeAt(this.pos - 2) : 0;
      this.pos -= low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? 2 : 1;
      if (this.input[this.pos] === '\n') this.line--;
    }
    this.atEOF = false;
  }

  private thisItem(typ: ItemType): Item {
    const item = { typ, pos: this.start, val: this.input.slice(this.start, this.pos), line: this.startLine };
    this.start = this.pos;
    this.startLine = this.line;
    return item;
  }

  /** Emits the text since the last item as an item of this type. */
  emit(typ: ItemType): LexState {
    this.item = this.thisItem(typ);
    return null;
  }

  private ignore(): void {
    this.line += countLines(this.input.slice(this.start, this.pos));
    this.start = this.pos;
    this.startLine = this.line;
  }

  /** Consumes the next rune if it is one of valid. */
  accept(valid: string): boolean {
    const r = this.next();
    if (r !== eof && valid.includes(String.fromCodePoint(r))) return true;
    this.backup();
    return false;
  }

  /** Consumes a run of runes from valid. */
  acceptRun(valid: string): void {
    while (this.accept(valid)) {
      /* absorb */
    }
  }

  /** Emits an error item and ends the input, as Go's errorf does. */
  errorf(message: string): LexState {
    this.item = { typ: 'error', pos: this.start, val: message, line: this.startLine };
    this.start = this.pos = 0;
    this.input = '';
    return null;
  }

  /** Whether "}}" (or " -}}") starts here, and whether it trims. */
  atRightDelim(): [boolean, boolean] {
    if (hasRightTrim(this.input, this.pos) && this.input.startsWith('}}', this.pos + 2)) return [true, true];
    return [this.input.startsWith('}}', this.pos), false];
  }

  /** Whether the next rune may follow an identifier. */
  atTerminator(): boolean {
    const r = this.peek();
    if (r === eof || r === 0x20 || r === 0x09 || r === 0x0d || r === 0x0a) return true;
    if ('.,|:)('.includes(String.fromCodePoint(r))) return true;
    return this.input.startsWith('}}', this.pos);
  }

  /** lexText: plain text up to "{{", trimmed before "{{- ". */
  lexText(): LexState {
    const x = this.input.indexOf('{{', this.pos);
    if (x < 0) {
      this.pos = this.input.length;
      if (this.pos > this.start) {
        this.line += countLines(this.input.slice(this.start, this.pos));
        return this.emit('text');
      }
      return this.emit('eof');
    }
    if (x > this.pos) {
      this.pos = x;
      const trim = hasLeftTrim(this.input, x + 2)
        ? (spaceRun.exec(this.input.slice(this.start, x))?.[0].length ?? 0)
        : 0;
      this.pos -= trim;
      this.line += countLines(this.input.slice(this.start, this.pos));
      const text = this.thisItem('text');
      this.pos += trim;
      this.ignore();
      if (text.val.length > 0) {
        this.item = text;
        return null;
      }
    }
    return lexLeftDelim;
  }

  /** lexLeftDelim: "{{", a trim marker, or the start of a comment. */
  lexLeftDelim(): LexState {
    this.pos += 2;
    const after = hasLeftTrim(this.input, this.pos) ? 2 : 0;
    if (this.input.startsWith('/*', this.pos + after)) {
      this.pos += after;
      this.ignore();
      return lexComment;
    }
    const item = this.thisItem('leftDelim');
    this.insideAction = true;
    this.pos += after;
    this.ignore();
    this.parenDepth = 0;
    this.item = item;
    return null;
  }

  /** lexComment: skips a comment, which must end right at the closing delimiter. */
  lexComment(): LexState {
    this.pos += 2;
    const x = this.input.indexOf('*/', this.pos);
    if (x < 0) return this.errorf('unclosed comment');
    this.pos = x + 2;
    const [delim, trim] = this.atRightDelim();
    if (!delim) return this.errorf('comment ends before closing delimiter');
    this.line += countLines(this.input.slice(this.start, this.pos));
    this.thisItem('text');
    this.pos += (trim ? 2 : 0) + 2;
    if (trim) this.pos += leftTrimLength(this.input, this.pos);
    this.ignore();
    return lexText;
  }

  /** lexRightDelim: "}}", trimming the text after " -}}". */
  lexRightDelim(): LexState {
    const [, trim] = this.atRightDelim();
    if (trim) {
      this.pos += 2;
      this.ignore();
    }
    this.pos += 2;
    const item = this.thisItem('rightDelim');
    if (trim) {
      this.pos += leftTrimLength(this.input, this.pos);
      this.ignore();
    }
    this.insideAction = false;
    this.item = item;
    return null;
  }
}

const lexText = (l: Lexer): LexState => l.lexText();
const lexLeftDelim = (l: Lexer): LexState => l.lexLeftDelim();
const lexComment = (l: Lexer): LexState => l.lexComment();
