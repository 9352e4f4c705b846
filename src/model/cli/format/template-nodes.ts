// The parse tree of Go's text/template (parse/node.go) and its String() forms, which appear in
// execution errors ("executing \"\" at <.Nope>: ...").

/** A node of the parse tree; pos is a UTF-16 index into the template text. */
export type Node =
  | ListNode
  | PipeNode
  | CommandNode
  | { type: 'text'; pos: number; text: string }
  | { type: 'action'; pos: number; line: number; pipe: PipeNode }
  | { type: 'field'; pos: number; ident: string[] }
  | { type: 'variable'; pos: number; ident: string[] }
  | { type: 'chain'; pos: number; node: Node; field: string[] }
  | { type: 'identifier'; pos: number; ident: string }
  | { type: 'dot' | 'nil' | 'end' | 'break' | 'continue'; pos: number }
  | { type: 'else'; pos: number; line: number }
  | { type: 'bool'; pos: number; value: boolean }
  | NumberNode
  | { type: 'string'; pos: number; quoted: string; text: string }
  | BranchNode
  | { type: 'template'; pos: number; line: number; name: string; pipe: PipeNode | undefined };

/** A sequence of nodes. */
export interface ListNode {
  type: 'list';
  pos: number;
  nodes: Node[];
}

/** A pipeline with optional variable declarations ($x := ...). */
export interface PipeNode {
  type: 'pipe';
  pos: number;
  line: number;
  isAssign: boolean;
  decl: { type: 'variable'; pos: number; ident: string[] }[];
  cmds: CommandNode[];
}

/** One command of a pipeline: an operand followed by arguments. */
export interface CommandNode {
  type: 'command';
  pos: number;
  args: Node[];
}

/** A numeric constant with the interpretations Go's parser found valid. */
export interface NumberNode {
  type: 'number';
  pos: number;
  text: string;
  isInt: boolean;
  isFloat: boolean;
  int: number;
  float: number;
}

/** {{if}}, {{range}} or {{with}} with their bodies. */
export interface BranchNode {
  type: 'if' | 'range' | 'with';
  pos: number;
  line: number;
  pipe: PipeNode;
  list: ListNode;
  elseList: ListNode | undefined;
}

function pipeString(p: PipeNode): string {
  let s = '';
  if (p.decl.length > 0) s = p.decl.map(nodeString).join(', ') + (p.isAssign ? ' = ' : ' := ');
  return s + p.cmds.map(nodeString).join(' | ');
}

/** Go's Node.String(). */
export function nodeString(n: Node): string {
  switch (n.type) {
    case 'list':
      return n.nodes.map(nodeString).join('');
    case 'text':
      return n.text;
    case 'action':
      return '{{' + pipeString(n.pipe) + '}}';
    case 'pipe':
      return pipeString(n);
    case 'command':
      return n.args.map((a) => (a.type === 'pipe' ? '(' + pipeString(a) + ')' : nodeString(a))).join(' ');
    case 'field':
      return n.ident.map((id) => '.' + id).join('');
    case 'variable':
      return n.ident.join('.');
    case 'chain':
      return (
        (n.node.type === 'pipe' ? '(' + pipeString(n.node) + ')' : nodeString(n.node)) +
        n.field.map((f) => '.' + f).join('')
      );
    case 'identifier':
      return n.ident;
    case 'dot':
      return '.';
    case 'nil':
      return 'nil';
    case 'end':
    case 'break':
    case 'continue':
      return `{{${n.type}}}`;
    case 'else':
      return '{{else}}';
    case 'bool':
      return String(n.value);
    case 'number':
      return n.text;
    case 'string':
      return n.quoted;
    case 'template':
      return `{{template ${JSON.stringify(n.name)}${n.pipe ? ' ' + pipeString(n.pipe) : ''}}}`;
    default: {
      const tail = n.elseList ? '{{else}}' + nodeString(n.elseList) : '';
      return `{{${n.type} ${pipeString(n.pipe)}}}${nodeString(n.list)}${tail}{{end}}`;
    }
  }
}
