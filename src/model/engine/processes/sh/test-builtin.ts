/**
 * `test` and `[`: string, integer and file tests, `!`, `-a`, `-o` and parentheses (POSIX's
 * test utility). Bad integers and a missing `]` are errors with status 2, in each shell's words.
 */

import type { ContainerFs } from '../container-fs';

/** Where `test` looks and how it reports. */
export interface TestScope {
  fs: ContainerFs;
  /** Absolute path of an operand. */
  resolve(path: string): string;
  /** Reads a file's content (for `-s`). */
  read(abs: string): string | undefined;
}

/** An error `test` reports: bad integer, or a missing `]`. */
export class TestError extends Error {
  constructor(
    readonly reason: 'integer' | 'bracket' | 'argument',
    readonly operand: string,
  ) {
    super(reason);
  }
}

const INTEGER_OPS: Record<string, (a: number, b: number) => boolean> = {
  '-eq': (a, b) => a === b,
  '-ne': (a, b) => a !== b,
  '-lt': (a, b) => a < b,
  '-le': (a, b) => a <= b,
  '-gt': (a, b) => a > b,
  '-ge': (a, b) => a >= b,
};
const FILE_OPS = new Set(['-e', '-f', '-d', '-s', '-r', '-w', '-x', '-L', '-h']);

/** Evaluates `test`'s arguments (without the closing `]`); throws TestError. */
export function evaluateTest(args: string[], scope: TestScope): boolean {
  if (args.length === 0) return false;
  let i = 0;
  const integer = (s: string) => {
    if (!/^\s*-?\d+\s*$/.test(s)) throw new TestError('integer', s);
    return Number(s);
  };
  const primary = (): boolean => {
    const a = args[i];
    if (a === '!' && i + 1 < args.length) {
      i++;
      return !primary();
    }
    if (a === '(' && args.length - i > 2) {
      i++;
      const v = orExpr();
      if (args[i] === ')') i++;
      return v;
    }
    const op = args[i + 1];
    if (op !== undefined && i + 2 < args.length + 0 && (op === '=' || op === '==' || op === '!=' || INTEGER_OPS[op])) {
      const b = args[i + 2];
      i += 3;
      if (op === '=' || op === '==') return a === b;
      if (op === '!=') return a !== b;
      return INTEGER_OPS[op](integer(a), integer(b));
    }
    if ((a === '-z' || a === '-n') && i + 1 < args.length) {
      i += 2;
      return a === '-z' ? op === '' : op !== '';
    }
    if (FILE_OPS.has(a) && i + 1 < args.length) {
      i += 2;
      const abs = scope.resolve(op);
      const kind = scope.fs.kind(abs);
      if (a === '-d') return kind === 'dir';
      if (a === '-f') return kind === 'file';
      if (a === '-s') return kind === 'dir' || (kind === 'file' && (scope.read(abs) ?? '') !== '');
      if (a === '-L' || a === '-h') return false;
      return kind !== null;
    }
    i++;
    return a !== '';
  };
  const andExpr = (): boolean => {
    let v = primary();
    while (args[i] === '-a') {
      i++;
      const r = primary();
      v = v && r;
    }
    return v;
  };
  const orExpr = (): boolean => {
    let v = andExpr();
    while (args[i] === '-o') {
      i++;
      const r = andExpr();
      v = v || r;
    }
    return v;
  };
  const result = orExpr();
  if (i < args.length) throw new TestError('argument', args[i]);
  return result;
}
