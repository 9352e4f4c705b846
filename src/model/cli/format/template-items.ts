// The tokens of Go's text/template (parse/lex.go, Go 1.24) and the character classes the
// lexer uses. Positions are UTF-16 indices into the input; error reports convert them to
// Go's byte columns.
import { isGoPrint } from './go-quote';

/** Lexical item kinds; the keywords come after 'keyword', as in Go. */
export type ItemType =
  | 'error'
  | 'bool'
  | 'char'
  | 'charConstant'
  | 'complex'
  | 'assign'
  | 'declare'
  | 'eof'
  | 'field'
  | 'identifier'
  | 'leftDelim'
  | 'leftParen'
  | 'number'
  | 'pipe'
  | 'rawString'
  | 'rightDelim'
  | 'rightParen'
  | 'space'
  | 'string'
  | 'text'
  | 'variable'
  | 'block'
  | 'break'
  | 'continue'
  | 'dot'
  | 'define'
  | 'else'
  | 'end'
  | 'if'
  | 'nil'
  | 'range'
  | 'template'
  | 'with';

/** A token with its start position (UTF-16 index) and 1-based line. */
export interface Item {
  typ: ItemType;
  pos: number;
  val: string;
  line: number;
}

/** Keyword spellings ("." is the cursor). */
export const keywords: Record<string, ItemType> = {
  '.': 'dot',
  block: 'block',
  break: 'break',
  continue: 'continue',
  define: 'define',
  else: 'else',
  end: 'end',
  if: 'if',
  range: 'range',
  nil: 'nil',
  template: 'template',
  with: 'with',
};

/** Whether an item type is a keyword (Go prints those as <word> in errors). */
export function isKeyword(t: ItemType): boolean {
  return [
    'block',
    'break',
    'continue',
    'dot',
    'define',
    'else',
    'end',
    'if',
    'nil',
    'range',
    'template',
    'with',
  ].includes(t);
}

/** What next() returns at the end of the input. */
export const eof = -1;
/** Go's lexer isSpace: space, tab, CR and LF. */
export const isSpace = (r: number): boolean => r === 0x20 || r === 0x09 || r === 0x0d || r === 0x0a;
const alnum = /^[\p{L}\p{Nd}_]$/u;
/** Letters, digits and underscore, as in Go identifiers. */
export const isAlphaNumeric = (r: number): boolean => r >= 0 && alnum.test(String.fromCodePoint(r));
/** "- " right after "{{". */
export const hasLeftTrim = (s: string, i: number): boolean => s[i] === '-' && isSpace(s.charCodeAt(i + 1));
/** " -" right before "}}". */
export const hasRightTrim = (s: string, i: number): boolean => isSpace(s.charCodeAt(i)) && s[i + 1] === '-';
/** Trailing Go space characters. */
export const spaceRun = /[ \t\r\n]*$/;

/** fmt's %#U: "U+0041 'A'". */
export function sharpU(r: number): string {
  const hex = 'U+' + r.toString(16).toUpperCase().padStart(4, '0');
  return isGoPrint(r) ? `${hex} '${String.fromCodePoint(r)}'` : hex;
}
