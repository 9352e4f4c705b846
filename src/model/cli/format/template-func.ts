// How a template function is described to the executor: Go's reflect-typed signatures reduced
// to the parameter types that docker's templates and text/template's builtins use.
import type { StructNamer } from './go-value';

/** A parameter type: interface{} ('any'), reflect.Value ('value'), or a concrete Go type. */
export type ParamType = 'any' | 'value' | 'string' | 'int' | '[]string';

/** What a function may need from the running template. */
export interface FuncContext {
  /** Names struct types (the root context's Go type). */
  namer: StructNamer;
  /** Whether an object marshals to JSON as a sorted, HTML-escaped map (docker's MarshalJSON). */
  asMap: (v: object) => boolean;
}

/** A function callable from a template. */
export interface GoFunc {
  params: ParamType[];
  /** Element type of a trailing variadic parameter. */
  variadic?: ParamType;
  call(args: unknown[], ctx: FuncContext): unknown;
}

/** A function's error or recovered panic; the executor reports it as "error calling NAME: MESSAGE". */
export class FuncError extends Error {}

/** Functions by name. */
export type FuncMap = Readonly<Record<string, GoFunc>>;
