// Evaluation in Go's text/template (exec.go, Go 1.24): pipelines, commands, fields, methods,
// variables and arguments over plain JS data. It records the node being evaluated exactly
// where Go does, so an error names the same line:column and <node>
// ("template: :1:2: executing \"\" at <.Nope>: can't evaluate field Nope in type ...").
import { goQuote } from './go-quote';
import { GoFloat, goMethodsKey, goTypeName, kindOf, noValue, utf8Length } from './go-value';
import { callFunc, validateType } from './template-call';
import type { CallSite } from './template-call';
import type { FuncContext, FuncMap, GoFunc, ParamType } from './template-func';
import type { CommandNode, Node, NumberNode, PipeNode } from './template-nodes';
import { nodeString } from './template-nodes';
import type { ParsedTemplate } from './template-parse';

/** How to run a template over data. */
export interface ExecOptions {
  funcs: FuncMap;
  /** Go type of the data, for "can't evaluate field X in type T" (docker: "*formatter.imageContext"). */
  rootTypeName?: string;
  /** The data's fields stand for Go methods (docker contexts): arguments give "wrong number of args". */
  rootIsMethodSet?: boolean;
  /** The data marshals to JSON as a sorted, HTML-escaped map (docker contexts' MarshalJSON). */
  rootJsonAsMap?: boolean;
  /** Go's Option("missingkey=error"): a missing map key fails (docker inspect templates). */
  missingKeyError?: boolean;
}

/** An execution failure, worded like Go's ExecError. */
export class TemplateExecError extends Error {}

/** Go's missingVal: "no final value from a previous pipeline stage". */
export const missing: unique symbol = Symbol('missing');

const builtinNames = new Set([
  'and',
  'or',
  'not',
  'len',
  'index',
  'slice',
  'print',
  'printf',
  'println',
  'html',
  'js',
  'urlquery',
  'call',
  'eq',
  'ne',
  'lt',
  'le',
  'gt',
  'ge',
]);

/** Evaluates expressions for the executor; Go's state minus the tree walking. */
export class Evaluator implements CallSite {
  private node: Node | undefined;
  protected vars: { name: string; value: unknown }[];
  protected execName: string;
  readonly ctx: FuncContext;

  constructor(
    protected readonly tmpl: ParsedTemplate,
    protected readonly opts: ExecOptions,
    protected readonly root: unknown,
  ) {
    this.vars = [{ name: '$', value: root }];
    this.execName = tmpl.name;
    this.ctx = {
      namer: (v) => (v === root ? opts.rootTypeName : undefined),
      asMap: (v) => v === root && opts.rootJsonAsMap === true,
    };
  }

  /** Marks the node errors are reported at. */
  at(node: Node): void {
    this.node = node;
  }

  /** Fails execution with Go's location, template name and node context. */
  errorf(message: string): never {
    if (this.node === undefined) throw new TemplateExecError(`template: ${this.tmpl.name}: ${message}`);
    const before = this.tmpl.text.slice(0, this.node.pos);
    const nl = before.lastIndexOf('\n');
    const line = 1 + (before.match(/\n/g) ?? []).length;
    const col = utf8Length(nl < 0 ? before : before.slice(nl + 1));
    const where = `${this.tmpl.name}:${line}:${col}`;
    throw new TemplateExecError(
      `template: ${where}: executing ${goQuote(this.execName)} at <${nodeString(this.node)}>: ${message}`,
    );
  }

  protected setVar(name: string, value: unknown): void {
    for (let i = this.vars.length - 1; i >= 0; i--) {
      if (this.vars[i]!.name === name) {
        this.vars[i]!.value = value;
        return;
      }
    }
    this.errorf(`undefined variable: ${name}`);
  }

  protected varValue(name: string): unknown {
    for (let i = this.vars.length - 1; i >= 0; i--) if (this.vars[i]!.name === name) return this.vars[i]!.value;
    return this.errorf(`undefined variable: ${name}`);
  }

  evalPipeline(dot: unknown, pipe: PipeNode): unknown {
    this.at(pipe);
    let value: unknown = missing;
    for (const cmd of pipe.cmds) value = this.evalCommand(dot, cmd, value);
    for (const v of pipe.decl) {
      if (pipe.isAssign) this.setVar(v.ident[0] ?? '', value);
      else this.vars.push({ name: v.ident[0] ?? '', value });
    }
    return value;
  }

  private notAFunction(args: Node[], final: unknown): void {
    if (args.length > 1 || final !== missing)
      this.errorf(`can't give argument to non-function ${nodeString(args[0]!)}`);
  }

  private evalCommand(dot: unknown, cmd: CommandNode, final: unknown): unknown {
    const first = cmd.args[0]!;
    switch (first.type) {
      case 'field':
        this.at(first);
        return this.evalFieldChain(dot, dot, first, first.ident, cmd.args, final);
      case 'chain':
        return this.evalChain(dot, first, cmd.args, final);
      case 'identifier':
        return this.evalFunction(dot, first, cmd, cmd.args, final);
      case 'pipe':
        this.notAFunction(cmd.args, final);
        return this.evalPipeline(dot, first);
      case 'variable':
        return this.evalVariable(dot, first, cmd.args, final);
    }
    this.at(first);
    this.notAFunction(cmd.args, final);
    switch (first.type) {
      case 'bool':
        return first.value;
      case 'dot':
        return dot;
      case 'nil':
        return this.errorf('nil is not a command');
      case 'number':
        return this.idealConstant(first);
      case 'string':
        return first.text;
    }
    return this.errorf(`can't evaluate command ${goQuote(nodeString(first))}`);
  }

  private idealConstant(n: NumberNode): unknown {
    this.at(n);
    const looksFloat =
      /[.eEpP]/.test(n.text) &&
      !/^[+-]?0[xX][^pP]*$/.test(n.text) &&
      !n.text.startsWith("'") &&
      !/^[+-]?\d+$/.test(n.text);
    if (n.isFloat && looksFloat) return Number.isInteger(n.float) ? new GoFloat(n.float) : n.float;
    if (n.isInt) return n.int;
    return this.errorf(`${n.text} overflows int`);
  }

  private evalChain(
    dot: unknown,
    chain: Extract<Node, { type: 'chain' }>,
    args: Node[] | undefined,
    final: unknown,
  ): unknown {
    this.at(chain);
    if (chain.node.type === 'nil') this.errorf(`indirection through explicit nil in ${nodeString(chain)}`);
    const pipe = this.evalArg(dot, undefined, chain.node);
    return this.evalFieldChain(dot, pipe, chain, chain.field, args, final);
  }

  private evalVariable(
    dot: unknown,
    v: Extract<Node, { type: 'variable' }>,
    args: Node[] | undefined,
    final: unknown,
  ): unknown {
    this.at(v);
    const value = this.varValue(v.ident[0] ?? '');
    if (v.ident.length === 1) {
      this.notAFunction(args ?? [v], final);
      return value;
    }
    return this.evalFieldChain(dot, value, v, v.ident.slice(1), args, final);
  }

  private evalFieldChain(
    dot: unknown,
    receiver: unknown,
    node: Node,
    ident: string[],
    args: Node[] | undefined,
    final: unknown,
  ): unknown {
    for (let i = 0; i < ident.length - 1; i++)
      receiver = this.evalField(dot, ident[i]!, node, undefined, missing, receiver);
    return this.evalField(dot, ident[ident.length - 1]!, node, args, final, receiver);
  }

  private evalFunction(
    dot: unknown,
    node: Extract<Node, { type: 'identifier' }>,
    cmd: Node,
    args: Node[] | undefined,
    final: unknown,
  ): unknown {
    this.at(node);
    const fn = this.opts.funcs[node.ident];
    if (fn === undefined) this.errorf(`${goQuote(node.ident)} is not a defined function`);
    return this.evalCall(dot, fn, builtinNames.has(node.ident), cmd, node.ident, args, final);
  }

  /**
   * Methods: function-valued properties, a Map's attached methods, and the root's fields when they stand for methods.
   */
  private methodOf(receiver: object, name: string): GoFunc | undefined {
    const has = Object.prototype.hasOwnProperty.call(receiver, name);
    const own = has ? (receiver as Record<string, unknown>)[name] : undefined;
    const attached = (receiver as { [goMethodsKey]?: Record<string, unknown> })[goMethodsKey]?.[name];
    const fn = typeof own === 'function' ? own : typeof attached === 'function' ? attached : undefined;
    if (fn !== undefined) {
      const params: ParamType[] = Array.from({ length: fn.length }, () => 'any');
      return { params, call: (a) => (fn as (...x: unknown[]) => unknown).apply(receiver, a) ?? null };
    }
    if (receiver === this.root && this.opts.rootIsMethodSet && has && !(receiver instanceof Map)) {
      return { params: [], call: () => own ?? null };
    }
    return undefined;
  }

  private evalField(
    dot: unknown,
    name: string,
    node: Node,
    args: Node[] | undefined,
    final: unknown,
    receiver: unknown,
  ): unknown {
    if (receiver === noValue) return noValue;
    if (receiver === null || receiver === undefined) this.errorf(`nil pointer evaluating interface {}.${name}`);
    const kind = kindOf(receiver);
    if (kind === 'struct' || kind === 'map' || kind === 'slice') {
      const method = this.methodOf(receiver as object, name);
      if (method) return this.evalCall(dot, method, false, node, name, args, final);
    }
    const hasArgs = (args?.length ?? 0) > 1 || final !== missing;
    if (receiver instanceof Map) {
      if (hasArgs) this.errorf(`${name} is not a method but has arguments`);
      if (!receiver.has(name) && this.opts.missingKeyError) this.errorf(`map has no entry for key ${goQuote(name)}`);
      return receiver.has(name) ? (receiver.get(name) ?? null) : noValue;
    }
    if (kind === 'struct' && Object.prototype.hasOwnProperty.call(receiver, name)) {
      if (hasArgs) this.errorf(`${name} has arguments but cannot be invoked as function`);
      return (receiver as Record<string, unknown>)[name] ?? null;
    }
    return this.errorf(`can't evaluate field ${name} in type ${goTypeName(receiver, this.ctx.namer)}`);
  }

  private evalCall(
    dot: unknown,
    fn: GoFunc,
    isBuiltin: boolean,
    node: Node,
    name: string,
    args: Node[] | undefined,
    final: unknown,
  ): unknown {
    return callFunc(this, dot, fn, isBuiltin, node, name, args ? args.slice(1) : [], final === missing ? [] : [final]);
  }

  evalArg(dot: unknown, typ: ParamType | undefined, n: Node): unknown {
    this.at(n);
    switch (n.type) {
      case 'dot':
        return validateType(this, dot, typ);
      case 'nil':
        if (typ === undefined || typ === 'any' || typ === '[]string') return null;
        if (typ === 'value') return noValue;
        return this.errorf(`cannot assign nil to ${typ}`);
      case 'field':
        this.at(n);
        return validateType(this, this.evalFieldChain(dot, dot, n, n.ident, [n], missing), typ);
      case 'variable':
        return validateType(this, this.evalVariable(dot, n, undefined, missing), typ);
      case 'pipe':
        return validateType(this, this.evalPipeline(dot, n), typ);
      case 'identifier':
        return validateType(this, this.evalFunction(dot, n, n, undefined, missing), typ);
      case 'chain':
        return validateType(this, this.evalChain(dot, n, undefined, missing), typ);
    }
    if (typ === 'string') return n.type === 'string' ? n.text : this.errorf(`expected string; found ${nodeString(n)}`);
    if (typ === 'int')
      return n.type === 'number' && n.isInt ? n.int : this.errorf(`expected integer; found ${nodeString(n)}`);
    if (typ === '[]string') return this.errorf(`can't handle ${nodeString(n)} for arg of type []string`);
    switch (n.type) {
      case 'bool':
        return n.value;
      case 'number':
        return this.idealConstant(n);
      case 'string':
        return n.text;
    }
    return this.errorf(`can't handle assignment of ${nodeString(n)} to empty interface argument`);
  }
}
