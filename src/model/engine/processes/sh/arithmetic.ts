/**
 * `$((…))`: integer arithmetic with + - * / %, comparisons, && || !, parentheses and variable
 * names (an unset or non-numeric variable is 0). Division by zero gives 0 here (the shells abort
 * the command with their own message, which is not modelled).
 */

/** Reads variables for arithmetic. */
export interface ArithmeticScope {
  get(name: string): string | undefined;
}

const BINARY: Array<Record<string, (a: number, b: number) => number>> = [
  { '||': (a, b) => Number(a !== 0 || b !== 0) },
  { '&&': (a, b) => Number(a !== 0 && b !== 0) },
  { '==': (a, b) => Number(a === b), '!=': (a, b) => Number(a !== b) },
  {
    '<=': (a, b) => Number(a <= b),
    '>=': (a, b) => Number(a >= b),
    '<': (a, b) => Number(a < b),
    '>': (a, b) => Number(a > b),
  },
  { '+': (a, b) => a + b, '-': (a, b) => a - b },
  { '*': (a, b) => a * b, '/': (a, b) => (b === 0 ? 0 : Math.trunc(a / b)), '%': (a, b) => (b === 0 ? 0 : a % b) },
];

/** Evaluates an arithmetic expression. */
export function evaluateArithmetic(source: string, scope: ArithmeticScope): number {
  const tokens = source.match(/\d+|[A-Za-z_][A-Za-z0-9_]*|\|\||&&|==|!=|<=|>=|[-+*/%()<>!]/g) ?? [];
  let i = 0;
  const level = (n: number): number => {
    if (n === BINARY.length) return unary();
    let left = level(n + 1);
    while (i < tokens.length && BINARY[n][tokens[i]]) {
      const op = BINARY[n][tokens[i++]];
      left = op(left, level(n + 1));
    }
    return left;
  };
  const unary = (): number => {
    const t = tokens[i++];
    if (t === '-') return -unary();
    if (t === '+') return unary();
    if (t === '!') return Number(unary() === 0);
    if (t === '(') {
      const v = level(0);
      i++;
      return v;
    }
    if (t === undefined) return 0;
    if (/^\d/.test(t)) return Number(t);
    return Math.trunc(Number(scope.get(t) ?? 0)) || 0;
  };
  return level(0) | 0;
}
