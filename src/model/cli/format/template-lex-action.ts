// The states of Go's text/template lexer inside {{ }} (parse/lex.go lexInsideAction and the
// scanners it calls): spaces, operators, quoted strings, numbers, fields and identifiers.
import { goQuote, isGoPrint } from './go-quote';
import { eof, hasRightTrim, isAlphaNumeric, isSpace, keywords, sharpU } from './template-items';
import type { ItemType } from './template-items';
import type { LexState, Lexer } from './template-lex';

const lexRightDelim = (l: Lexer): LexState => l.lexRightDelim();

/** lexInsideAction: one token of an action, or the closing delimiter. */
export function lexInsideAction(l: Lexer): LexState {
  const [delim] = l.atRightDelim();
  if (delim) return l.parenDepth === 0 ? lexRightDelim : l.errorf('unclosed left paren');
  const r = l.next();
  if (r === eof) return l.errorf('unclosed action');
  if (isSpace(r)) {
    l.backup();
    return lexSpace;
  }
  const c = String.fromCodePoint(r);
  if (c === '=') return l.emit('assign');
  if (c === ':') return l.next() === 0x3d ? l.emit('declare') : l.errorf('expected :=');
  if (c === '|') return l.emit('pipe');
  if (c === '"') return lexQuoted(l, 0x22, 'quoted string', 'string');
  if (c === '`') return lexQuoted(l, 0x60, 'raw quoted string', 'rawString');
  if (c === "'") return lexQuoted(l, 0x27, 'character constant', 'charConstant');
  if (c === '$') return l.atTerminator() ? l.emit('variable') : lexWord(l, 'variable');
  if (c === '.' && l.pos < l.input.length) {
    const d = l.input[l.pos] ?? '';
    if (d < '0' || d > '9') return lexWord(l, 'field');
  }
  if (c === '.' || c === '+' || c === '-' || (c >= '0' && c <= '9')) {
    l.backup();
    return lexNumber(l);
  }
  if (isAlphaNumeric(r)) {
    l.backup();
    return lexWord(l, 'identifier');
  }
  if (c === '(') {
    l.parenDepth++;
    return l.emit('leftParen');
  }
  if (c === ')') {
    l.parenDepth--;
    return l.parenDepth < 0 ? l.errorf('unexpected right paren') : l.emit('rightParen');
  }
  if (r <= 0x7f && isGoPrint(r)) return l.emit('char');
  return l.errorf(`unrecognized character in action: ${sharpU(r)}`);
}

/** lexSpace: a run of spaces, minding a " -}}" that starts with one. */
function lexSpace(l: Lexer): LexState {
  let n = 0;
  while (isSpace(l.peek())) {
    l.next();
    n++;
  }
  if (hasRightTrim(l.input, l.pos - 1) && l.input.startsWith('}}', l.pos + 1)) {
    l.backup();
    if (n === 1) return lexRightDelim;
  }
  return l.emit('space');
}

/** lexField, lexVariable and lexIdentifier: a word that must end at a terminator. */
function lexWord(l: Lexer, typ: 'field' | 'variable' | 'identifier'): LexState {
  if (typ === 'field' && l.atTerminator()) return l.emit('dot');
  let r: number;
  for (;;) {
    r = l.next();
    if (!isAlphaNumeric(r)) {
      l.backup();
      break;
    }
  }
  if (!l.atTerminator()) return l.errorf(`bad character ${sharpU(r)}`);
  if (typ !== 'identifier') return l.emit(typ);
  const word = l.input.slice(l.start, l.pos);
  const kw = keywords[word];
  if (kw !== undefined && kw !== 'dot') return l.emit(kw);
  return l.emit(word === 'true' || word === 'false' ? 'bool' : 'identifier');
}

/** scanNumber: Go's deliberately loose number scan; the parser validates. */
function scanNumber(l: Lexer): boolean {
  l.accept('+-');
  let digits = '0123456789_';
  if (l.accept('0')) {
    if (l.accept('xX')) digits = '0123456789abcdefABCDEF_';
    else if (l.accept('oO')) digits = '01234567_';
    else if (l.accept('bB')) digits = '01_';
  }
  l.acceptRun(digits);
  if (l.accept('.')) l.acceptRun(digits);
  if (digits.length === 11 && l.accept('eE')) {
    l.accept('+-');
    l.acceptRun('0123456789_');
  }
  if (digits.length === 23 && l.accept('pP')) {
    l.accept('+-');
    l.acceptRun('0123456789_');
  }
  l.accept('i');
  if (isAlphaNumeric(l.peek())) {
    l.next();
    return false;
  }
  return true;
}

/** lexNumber: a number, or a complex constant such as 1+2i. */
function lexNumber(l: Lexer): LexState {
  const bad = (): LexState => l.errorf(`bad number syntax: ${goQuote(l.input.slice(l.start, l.pos))}`);
  if (!scanNumber(l)) return bad();
  const sign = l.peek();
  if (sign === 0x2b || sign === 0x2d) {
    if (!scanNumber(l) || l.input[l.pos - 1] !== 'i') return bad();
    return l.emit('complex');
  }
  return l.emit('number');
}

/** lexQuote, lexRawQuote and lexChar. */
function lexQuoted(l: Lexer, quote: number, what: string, typ: ItemType): LexState {
  const escapes = quote !== 0x60;
  for (;;) {
    let r = l.next();
    if (escapes && r === 0x5c) {
      r = l.next();
      if (r !== eof && r !== 0x0a) continue;
      return l.errorf(`unterminated ${what}`);
    }
    if (r === eof || (escapes && r === 0x0a)) return l.errorf(`unterminated ${what}`);
    if (r === quote) return l.emit(typ);
  }
}
