// The expression half of Go's text/template parser (parse/parse.go): pipelines with their
// variable declarations, commands, operands, terms and numeric constants.
import { goQuote } from './go-quote';
import { invalidSyntax, parseGoFloat, parseGoInteger, unquote } from './go-literal';
import type { Item, ItemType } from './template-items';
import type { Lexer } from './template-lex';
import { TokenReader } from './template-parse-tokens';
import type { CommandNode, Node, NumberNode, PipeNode } from './template-nodes';
import { nodeString } from './template-nodes';

const operandStarts: ItemType[] = [
  'bool',
  'charConstant',
  'complex',
  'dot',
  'field',
  'identifier',
  'number',
  'nil',
  'rawString',
  'string',
  'variable',
  'leftParen',
];

/** Parses pipelines; knows the declared variables and the defined functions. */
export class PipelineParser extends TokenReader {
  /** Variables in scope ($ always). */
  protected vars = ['$'];

  constructor(
    lex: Lexer,
    name: string,
    private readonly hasFunction: (name: string) => boolean,
  ) {
    super(lex, name);
  }

  protected pipeline(context: string, end: ItemType): PipeNode {
    const start = this.peekNonSpace();
    const pipe: PipeNode = { type: 'pipe', pos: start.pos, line: start.line, isAssign: false, decl: [], cmds: [] };
    for (;;) {
      const v = this.peekNonSpace();
      if (v.typ !== 'variable') break;
      this.next();
      const after = this.peek();
      const next = this.peekNonSpace();
      if (next.typ === 'assign' || next.typ === 'declare') {
        pipe.isAssign = next.typ === 'assign';
        this.nextNonSpace();
        pipe.decl.push({ type: 'variable', pos: v.pos, ident: v.val.split('.') });
        this.vars.push(v.val);
      } else if (next.typ === 'char' && next.val === ',') {
        this.nextNonSpace();
        pipe.decl.push({ type: 'variable', pos: v.pos, ident: v.val.split('.') });
        this.vars.push(v.val);
        if (context === 'range' && pipe.decl.length < 2) {
          const t = this.peekNonSpace().typ;
          if (t === 'variable' || t === 'rightDelim' || t === 'rightParen') continue;
          this.errorf('range can only initialize variables');
        }
        this.errorf(`too many declarations in ${context}`);
      } else if (after.typ === 'space') this.backup3(v, after);
      else this.backup2(v);
      break;
    }
    for (;;) {
      const token = this.nextNonSpace();
      if (token.typ === end) {
        this.checkPipeline(pipe, context);
        return pipe;
      }
      if (!operandStarts.includes(token.typ)) this.unexpected(token, context);
      this.backup();
      pipe.cmds.push(this.command());
    }
  }

  private checkPipeline(pipe: PipeNode, context: string): void {
    if (pipe.cmds.length === 0) this.errorf(`missing value for ${context}`);
    pipe.cmds.slice(1).forEach((c, i) => {
      if (['bool', 'dot', 'nil', 'number', 'string'].includes(c.args[0]?.type ?? '')) {
        this.errorf(`non executable command in pipeline stage ${i + 2}`);
      }
    });
  }

  private command(): CommandNode {
    const cmd: CommandNode = { type: 'command', pos: this.peekNonSpace().pos, args: [] };
    for (;;) {
      this.peekNonSpace();
      const operand = this.operand();
      if (operand !== undefined) cmd.args.push(operand);
      const token = this.next();
      if (token.typ === 'space') continue;
      if (token.typ === 'rightDelim' || token.typ === 'rightParen') this.backup();
      else if (token.typ !== 'pipe') this.unexpected(token, 'operand');
      break;
    }
    if (cmd.args.length === 0) this.errorf('empty command');
    return cmd;
  }

  private operand(): Node | undefined {
    const node = this.term();
    if (node === undefined || this.peek().typ !== 'field') return node;
    const pos = this.peek().pos;
    const fields: string[] = [];
    while (this.peek().typ === 'field') fields.push(this.next().val.slice(1));
    switch (node.type) {
      case 'field':
        return { type: 'field', pos, ident: [...node.ident, ...fields] };
      case 'variable':
        return { type: 'variable', pos, ident: [...node.ident, ...fields] };
      case 'bool':
      case 'string':
      case 'number':
      case 'nil':
      case 'dot':
        return this.errorf(`unexpected . after term ${goQuote(nodeString(node))}`);
      default:
        return { type: 'chain', pos, node, field: fields };
    }
  }

  private term(): Node | undefined {
    const token = this.nextNonSpace();
    switch (token.typ) {
      case 'identifier':
        if (!this.hasFunction(token.val)) this.errorf(`function ${goQuote(token.val)} not defined`);
        return { type: 'identifier', pos: token.pos, ident: token.val };
      case 'dot':
        return { type: 'dot', pos: token.pos };
      case 'nil':
        return { type: 'nil', pos: token.pos };
      case 'variable': {
        const ident = token.val.split('.');
        if (!this.vars.includes(ident[0] ?? '')) this.errorf(`undefined variable ${goQuote(ident[0] ?? '')}`);
        return { type: 'variable', pos: token.pos, ident };
      }
      case 'field':
        return { type: 'field', pos: token.pos, ident: [token.val.slice(1)] };
      case 'bool':
        return { type: 'bool', pos: token.pos, value: token.val === 'true' };
      case 'charConstant':
      case 'complex':
      case 'number':
        return parseNumber(token, (m) => this.errorf(m));
      case 'leftParen':
        return this.pipeline('parenthesized pipeline', 'rightParen');
      case 'string':
      case 'rawString':
        return {
          type: 'string',
          pos: token.pos,
          quoted: token.val,
          text: unquote(token.val) ?? this.errorf(invalidSyntax),
        };
    }
    this.backup();
    return undefined;
  }
}

/** parse.newNumber: the interpretations (int, float) a numeric token allows. */
function parseNumber(token: Item, errorf: (message: string) => never): NumberNode {
  const n: NumberNode = {
    type: 'number',
    pos: token.pos,
    text: token.val,
    isInt: false,
    isFloat: false,
    int: 0,
    float: 0,
  };
  if (token.typ === 'charConstant') {
    const s = unquote(token.val);
    if (s === undefined) errorf(invalidSyntax);
    const cp = s.codePointAt(0) ?? 0;
    return { ...n, isInt: true, isFloat: true, int: cp, float: cp };
  }
  if (token.typ === 'complex' || token.val.endsWith('i')) errorf(`illegal number syntax: ${goQuote(token.val)}`);
  // ParseInt, then ParseUint: a uint64-only constant parses but "overflows int" when executed.
  const i = parseGoInteger(token.val);
  if (i !== undefined && i >= -(1n << 63n) && i < 1n << 63n)
    return { ...n, isInt: true, isFloat: true, int: Number(i), float: Number(i) };
  if (i !== undefined && i >= 0n && i < 1n << 64n) return { ...n, isFloat: true, float: Number(i) };
  const f = parseGoFloat(token.val);
  if (f !== undefined) {
    if (!/[.eEpP]/.test(token.val)) errorf(`integer overflow: ${token.val}`);
    const isInt = Number.isInteger(f) && Math.abs(f) < 2 ** 63;
    return { ...n, isFloat: true, float: f, isInt, int: isInt ? f : 0 };
  }
  return errorf(`illegal number syntax: ${goQuote(token.val)}`);
}
