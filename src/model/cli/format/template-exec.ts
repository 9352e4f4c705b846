// The executor of Go's text/template (exec.go, Go 1.24): walks the parse tree, writing text and
// printed values, running if/with/range (break, continue, else) and {{template}} calls.
import { sprint } from './go-fmt';
import { goQuote } from './go-quote';
import { goTypeName, isTrue, kindOf, noValue, sortedEntries } from './go-value';
import { Evaluator, TemplateExecError } from './template-eval';
import type { ExecOptions } from './template-eval';
import type { BranchNode, ListNode, Node } from './template-nodes';
import { nodeString } from './template-nodes';
import type { ParsedTemplate } from './template-parse';

export type { ExecOptions } from './template-eval';

/** The output written so far and, if execution stopped, Go's error text. */
export interface ExecResult {
  output: string;
  error?: string;
}

const walkBreak: unique symbol = Symbol('break');
const walkContinue: unique symbol = Symbol('continue');

/** One execution: the output so far and the {{template}} call depth. */
class State extends Evaluator {
  out = '';
  private depth = 0;

  walk(dot: unknown, node: Node): void {
    this.at(node);
    switch (node.type) {
      case 'action': {
        const val = this.evalPipeline(dot, node.pipe);
        if (node.pipe.decl.length === 0) this.printValue(node, val);
        return;
      }
      case 'if':
      case 'with':
        return this.walkIfOrWith(dot, node);
      case 'list':
        for (const n of node.nodes) this.walk(dot, n);
        return;
      case 'range':
        return this.walkRange(dot, node);
      case 'template':
        return this.walkTemplate(dot, node);
      case 'text':
        this.out += node.text;
        return;
      case 'break':
        throw walkBreak;
      case 'continue':
        throw walkContinue;
      default:
        this.errorf(`unknown node: ${nodeString(node)}`);
    }
  }

  private walkIfOrWith(dot: unknown, node: BranchNode): void {
    const mark = this.vars.length;
    try {
      const val = this.evalPipeline(dot, node.pipe);
      const truth = isTrue(val);
      if (truth === undefined) this.errorf(`if/with can't use ${sprint([val])}`);
      if (truth) this.walk(node.type === 'with' ? val : dot, node.list);
      else if (node.elseList) this.walk(dot, node.elseList);
    } finally {
      this.vars.length = mark;
    }
  }

  private walkRange(dot: unknown, r: BranchNode): void {
    this.at(r);
    const outer = this.vars.length;
    try {
      const val = this.evalPipeline(dot, r.pipe);
      const mark = this.vars.length;
      const decl = r.pipe.decl;
      const one = (index: unknown, elem: unknown): void => {
        if (decl.length > 0) {
          if (r.pipe.isAssign) this.setVar(decl[0]?.ident[0] ?? '', decl.length > 1 ? index : elem);
          else this.vars[this.vars.length - 1]!.value = elem;
        }
        if (decl.length > 1) {
          if (r.pipe.isAssign) this.setVar(decl[1]?.ident[0] ?? '', elem);
          else this.vars[this.vars.length - 2]!.value = index;
        }
        try {
          this.walk(elem, r.list);
        } catch (e) {
          if (e !== walkContinue) throw e;
        } finally {
          this.vars.length = mark;
        }
      };
      const ran = this.iterate(val, decl.length, one);
      if (!ran && r.elseList) this.walk(dot, r.elseList);
    } catch (e) {
      if (e !== walkBreak) throw e;
    } finally {
      this.vars.length = outer;
    }
  }

  /** Runs one iteration per element; false when there was nothing to range over. */
  private iterate(val: unknown, decls: number, one: (index: unknown, elem: unknown) => void): boolean {
    switch (kindOf(val)) {
      case 'slice':
        (val as unknown[]).forEach((e, i) => one(i, e));
        return (val as unknown[]).length > 0;
      case 'map':
        for (const [k, v] of sortedEntries(val as Map<unknown, unknown>)) one(k, v);
        return (val as Map<unknown, unknown>).size > 0;
      case 'int': {
        if (decls > 1) this.errorf(`can't use ${sprint([val])} to iterate over more than one variable`);
        const n = Number(val);
        for (let i = 0; i < n; i++) one(i, i);
        return n > 0;
      }
      case 'invalid':
      case 'nil':
        return false;
      default:
        return this.errorf(`range can't iterate over ${sprint([val])}`);
    }
  }

  private walkTemplate(dot: unknown, t: Extract<Node, { type: 'template' }>): void {
    this.at(t);
    const body = this.tmpl.defined.get(t.name) ?? (t.name === this.tmpl.name ? this.tmpl.root : undefined);
    if (body === undefined) this.errorf(`template ${goQuote(t.name)} not defined`);
    if (this.depth >= 1000) this.errorf('exceeded maximum template depth (100000)');
    const newDot = t.pipe === undefined ? noValue : this.evalPipeline(dot, t.pipe);
    const [vars, name] = [this.vars, this.execName];
    [this.vars, this.execName] = [[{ name: '$', value: newDot }], t.name];
    this.depth++;
    try {
      this.walk(newDot, body as ListNode);
    } finally {
      [this.vars, this.execName] = [vars, name];
      this.depth--;
    }
  }

  private printValue(n: Node, v: unknown): void {
    this.at(n);
    if (typeof v === 'function') this.errorf(`can't print ${nodeString(n)} of type ${goTypeName(v)}`);
    this.out += v === noValue ? '<no value>' : sprint([v], this.ctx.namer);
  }
}

/** Runs a parsed template; never throws (Go's panics and JS stack overflows become error text). */
export function executeTemplate(tmpl: ParsedTemplate, data: unknown, opts: ExecOptions): ExecResult {
  const state = new State(tmpl, opts, data);
  try {
    state.walk(data, tmpl.root);
    return { output: state.out };
  } catch (e) {
    if (e instanceof TemplateExecError) return { output: state.out, error: e.message };
    if (e === walkBreak || e === walkContinue) return { output: state.out };
    return { output: state.out, error: `template: ${tmpl.name}: exceeded maximum template depth (100000)` };
  }
}
