// The parser of Go's text/template (parse/parse.go, Go 1.24), ported with its three-token
// lookahead so that parse errors name the same line and say the same words. This file holds
// the statement half: text, actions, if/range/with/else/end, define, template and block.
import { invalidSyntax, unquote } from './go-literal';
import { Lexer } from './template-lex';
import { PipelineParser } from './template-parse-pipeline';
import type { BranchNode, ListNode, Node, PipeNode } from './template-nodes';
import { nodeString } from './template-nodes';

export { TemplateParseError } from './template-parse-tokens';

/** A parsed template: the main tree plus any {{define}}d ones. */
export interface ParsedTemplate {
  name: string;
  text: string;
  root: ListNode;
  defined: Map<string, ListNode>;
}

class Parser extends PipelineParser {
  private rangeDepth = 0;
  readonly defined = new Map<string, ListNode>();

  parse(): ListNode {
    const root: ListNode = { type: 'list', pos: this.peek().pos, nodes: [] };
    while (this.peek().typ !== 'eof') {
      if (this.peek().typ === 'leftDelim') {
        const delim = this.next();
        if (this.nextNonSpace().typ === 'define') {
          this.parseDefinition();
          continue;
        }
        this.backup2(delim);
      }
      const n = this.textOrAction();
      if (n.type === 'end' || n.type === 'else') this.errorf(`unexpected ${nodeString(n)}`);
      root.nodes.push(n);
    }
    return root;
  }

  private parseDefinition(): void {
    const token = this.nextNonSpace();
    if (token.typ !== 'string' && token.typ !== 'rawString') this.unexpected(token, 'define clause');
    const name = unquote(token.val) ?? this.errorf(invalidSyntax);
    this.expect('rightDelim', 'define clause');
    const outer = this.vars;
    this.vars = ['$'];
    const [list, end] = this.itemList();
    this.vars = outer;
    if (end.type !== 'end') this.errorf(`unexpected ${nodeString(end)} in define clause`);
    this.defined.set(name, list);
  }

  private itemList(): [ListNode, Node] {
    const list: ListNode = { type: 'list', pos: this.peekNonSpace().pos, nodes: [] };
    while (this.peekNonSpace().typ !== 'eof') {
      const n = this.textOrAction();
      if (n.type === 'end' || n.type === 'else') return [list, n];
      list.nodes.push(n);
    }
    this.errorf('unexpected EOF');
  }

  private textOrAction(): Node {
    const token = this.nextNonSpace();
    if (token.typ === 'text') return { type: 'text', pos: token.pos, text: token.val };
    if (token.typ !== 'leftDelim') this.unexpected(token, 'input');
    this.actionLine = token.line;
    try {
      return this.action();
    } finally {
      this.actionLine = 0;
    }
  }

  private action(): Node {
    const token = this.nextNonSpace();
    switch (token.typ) {
      case 'block':
        return this.templateControl('block clause', true);
      case 'break':
      case 'continue': {
        const t = this.nextNonSpace();
        if (t.typ !== 'rightDelim') this.unexpected(t, `{{${token.typ}}}`);
        if (this.rangeDepth === 0) this.errorf(`{{${token.typ}}} outside {{range}}`);
        return { type: token.typ, pos: token.pos };
      }
      case 'else': {
        const peek = this.peekNonSpace();
        if (peek.typ === 'if' || peek.typ === 'with') return { type: 'else', pos: peek.pos, line: peek.line };
        const t = this.expect('rightDelim', 'else');
        return { type: 'else', pos: t.pos, line: t.line };
      }
      case 'end':
        return { type: 'end', pos: this.expect('rightDelim', 'end').pos };
      case 'if':
      case 'range':
      case 'with':
        return this.control(token.typ);
      case 'template':
        return this.templateControl('template clause', false);
    }
    this.backup();
    const t = this.peek();
    const pipe = this.pipeline('command', 'rightDelim');
    return { type: 'action', pos: t.pos, line: t.line, pipe };
  }

  private control(context: BranchNode['type']): BranchNode {
    const mark = this.vars.length;
    const pipe = this.pipeline(context, 'rightDelim');
    if (context === 'range') this.rangeDepth++;
    const [list, first] = this.itemList();
    let next = first;
    if (context === 'range') this.rangeDepth--;
    let elseList: ListNode | undefined;
    if (next.type === 'else') {
      const chained =
        (context === 'if' && this.peek().typ === 'if') || (context === 'with' && this.peek().typ === 'with');
      if (chained) {
        this.next();
        elseList = { type: 'list', pos: next.pos, nodes: [this.control(context)] };
      } else {
        [elseList, next] = this.itemList();
        if (next.type !== 'end') this.errorf(`expected end; found ${nodeString(next)}`);
      }
    }
    this.vars.length = mark;
    return { type: context, pos: pipe.pos, line: pipe.line, pipe, list, elseList };
  }

  private templateControl(context: string, isBlock: boolean): Node {
    const token = this.nextNonSpace();
    if (token.typ !== 'string' && token.typ !== 'rawString') this.unexpected(token, context);
    const name = unquote(token.val) ?? this.errorf(invalidSyntax);
    let pipe: PipeNode | undefined;
    if (isBlock) {
      pipe = this.pipeline(context, 'rightDelim');
      const [list, end] = this.itemList();
      if (end.type !== 'end') this.errorf(`unexpected ${nodeString(end)} in ${context}`);
      this.defined.set(name, list);
    } else if (this.nextNonSpace().typ !== 'rightDelim') {
      this.backup();
      pipe = this.pipeline(context, 'rightDelim');
    }
    return { type: 'template', pos: token.pos, line: token.line, name, pipe };
  }
}

/** Parses a template the way text/template.New(name).Funcs(...).Parse(text) does; throws TemplateParseError. */
export function parseTemplate(text: string, hasFunction: (name: string) => boolean, name = ''): ParsedTemplate {
  const parser = new Parser(new Lexer(text), name, hasFunction);
  const root = parser.parse();
  return { name, text, root, defined: parser.defined };
}
