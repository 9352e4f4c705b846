// The token layer of Go's text/template parser (parse/parse.go): three tokens of lookahead,
// and the error reports, which name the line of the last token read.
import { goQuote } from './go-quote';
import { isKeyword } from './template-items';
import type { Item, ItemType } from './template-items';
import type { Lexer } from './template-lex';

/** A parse failure, already worded like Go's ("template: :1: function \"foo\" not defined"). */
export class TemplateParseError extends Error {}

/** item.String(): how a token is named in "unexpected X in Y". */
export function itemString(i: Item): string {
  if (i.typ === 'eof') return 'EOF';
  if (i.typ === 'error') return i.val;
  if (isKeyword(i.typ)) return `<${i.val}>`;
  const runes = Array.from(i.val);
  if (runes.length > 10) return goQuote(runes.slice(0, 10).join('')) + '...';
  return goQuote(i.val);
}

/** Lookahead and error reporting; the grammar lives in the subclass. */
export class TokenReader {
  private token: Item[] = [];
  private peekCount = 0;
  /** The line of the action being parsed, for "in action started at". */
  protected actionLine = 0;

  constructor(
    private readonly lex: Lexer,
    protected readonly name: string,
  ) {}

  protected next(): Item {
    if (this.peekCount > 0) this.peekCount--;
    else this.token[0] = this.lex.nextItem();
    return this.token[this.peekCount]!;
  }
  protected backup(): void {
    this.peekCount++;
  }
  protected backup2(t1: Item): void {
    this.token[1] = t1;
    this.peekCount = 2;
  }
  protected backup3(t2: Item, t1: Item): void {
    this.token[1] = t1;
    this.token[2] = t2;
    this.peekCount = 3;
  }
  protected peek(): Item {
    if (this.peekCount > 0) return this.token[this.peekCount - 1]!;
    this.peekCount = 1;
    this.token[0] = this.lex.nextItem();
    return this.token[0];
  }
  protected nextNonSpace(): Item {
    let t: Item;
    do t = this.next();
    while (t.typ === 'space');
    return t;
  }
  protected peekNonSpace(): Item {
    const t = this.nextNonSpace();
    this.backup();
    return t;
  }

  /** Fails the parse: "template: NAME:LINE: message". */
  errorf(message: string): never {
    throw new TemplateParseError(`template: ${this.name}:${this.token[0]?.line ?? 1}: ${message}`);
  }
  protected unexpected(token: Item, context: string): never {
    if (token.typ === 'error') {
      let extra = '';
      if (this.actionLine !== 0 && this.actionLine !== token.line) {
        extra = ` in action started at ${this.name}:${this.actionLine}`;
        if (token.val.endsWith(' action')) extra = extra.slice(' in action'.length);
      }
      this.errorf(token.val + extra);
    }
    this.errorf(`unexpected ${itemString(token)} in ${context}`);
  }
  protected expect(expected: ItemType, context: string): Item {
    const token = this.nextNonSpace();
    if (token.typ !== expected) this.unexpected(token, context);
    return token;
  }
}
