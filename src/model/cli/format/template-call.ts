// Calling functions and methods from a template (exec.go evalCall and validateType): argument
// counts, Go's assignability rules for the parameter types, and short-circuit and/or.
import { goTypeName, isTrue, kindOf, noValue } from './go-value';
import { FuncError } from './template-func';
import type { FuncContext, GoFunc, ParamType } from './template-func';
import type { Node } from './template-nodes';
import { nodeString } from './template-nodes';

/** What the executor offers to a call: error reporting and argument evaluation. */
export interface CallSite {
  readonly ctx: FuncContext;
  at(node: Node): void;
  errorf(message: string): never;
  evalArg(dot: unknown, typ: ParamType | undefined, n: Node): unknown;
}

/** exec.go validateType: the value must be assignable to the parameter type. */
export function validateType(site: CallSite, value: unknown, typ: ParamType | undefined): unknown {
  if (value === noValue) {
    if (typ === undefined || typ === 'value') return noValue;
    if (typ === 'any' || typ === '[]string') return null;
    return site.errorf(`invalid value; expected ${typ}`);
  }
  const k = kindOf(value);
  const ok =
    typ === undefined ||
    typ === 'any' ||
    typ === 'value' ||
    (typ === 'string' && k === 'string') ||
    (typ === 'int' && k === 'int') ||
    (typ === '[]string' && Array.isArray(value) && value.every((e) => typeof e === 'string'));
  if (ok) return value;
  return site.errorf(`wrong type for value; expected ${typ}; got ${goTypeName(value, site.ctx.namer)}`);
}

/**
 * exec.go evalCall: checks the argument count, evaluates the arguments (and/or lazily), adds the
 * pipeline's final value last, and reports a function's failure as "error calling NAME: ...".
 */
export function callFunc(
  site: CallSite,
  dot: unknown,
  fn: GoFunc,
  isBuiltin: boolean,
  node: Node,
  name: string,
  args: Node[],
  final: unknown[],
): unknown {
  const numIn = args.length + final.length;
  let numFixed = args.length;
  if (fn.variadic !== undefined) {
    numFixed = fn.params.length;
    if (numIn < numFixed)
      site.errorf(`wrong number of args for ${name}: want at least ${fn.params.length} got ${args.length}`);
  } else if (numIn !== fn.params.length) {
    site.errorf(`wrong number of args for ${name}: want ${fn.params.length} got ${numIn}`);
  }
  if (isBuiltin && (name === 'and' || name === 'or')) {
    let v: unknown = noValue;
    for (const a of args) {
      v = site.evalArg(dot, 'value', a);
      if ((isTrue(v) ?? false) === (name === 'or')) return v;
    }
    if (final.length > 0) v = validateType(site, final[0], 'value');
    return v;
  }
  const argv: unknown[] = [];
  let i = 0;
  for (; i < numFixed && i < args.length; i++) argv.push(site.evalArg(dot, fn.params[i], args[i]!));
  if (fn.variadic !== undefined) for (; i < args.length; i++) argv.push(site.evalArg(dot, fn.variadic, args[i]!));
  if (final.length > 0) {
    let t: ParamType | undefined = fn.params[fn.params.length - 1];
    if (fn.variadic !== undefined) t = numIn - 1 < numFixed ? fn.params[numIn - 1] : fn.variadic;
    argv.push(validateType(site, final[0], t));
  }
  // Go passes the callee's text to call for its error message ("non-function .ID of type string").
  if (isBuiltin && name === 'call') {
    const f = final[0];
    argv.unshift(
      args.length > 0 ? nodeString(args[0]!) : typeof f === 'string' ? f : `<${goTypeName(f, site.ctx.namer)} Value>`,
    );
  }
  try {
    return fn.call(argv, site.ctx);
  } catch (e) {
    if (e instanceof FuncError || (e instanceof Error && !(e instanceof RangeError))) {
      site.at(node);
      site.errorf(`error calling ${name}: ${e.message}`);
    }
    throw e;
  }
}
