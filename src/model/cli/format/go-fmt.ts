// fmt.Sprint, Sprintln and Sprintf (print.go doPrint/doPrintln/doPrintf), with Go's error
// notation for bad verbs, missing and extra operands.
import { formatValue, intOperand, isStringOperand, noFlags } from './go-fmt-verbs';
import type { FmtFlags } from './go-fmt-verbs';
import { goTypeName } from './go-value';
import type { StructNamer } from './go-value';

/** fmt.Sprint: spaces between operands when neither side is a string. */
export function sprint(args: readonly unknown[], namer?: StructNamer): string {
  let out = '';
  args.forEach((arg, i) => {
    if (i > 0 && !isStringOperand(arg) && !isStringOperand(args[i - 1])) out += ' ';
    out += formatValue(arg, 'v', noFlags(), namer);
  });
  return out;
}

/** fmt.Sprintln: always a space between operands, and a trailing newline. */
export function sprintln(args: readonly unknown[], namer?: StructNamer): string {
  return args.map((arg) => formatValue(arg, 'v', noFlags(), namer)).join(' ') + '\n';
}

const tooLarge = (n: number): boolean => n > 1e6 || n < -1e6;

/** Reads a decimal number at i (fmt's parsenum). */
function parseNum(s: string, i: number, end: number): [number | undefined, number] {
  let num: number | undefined;
  while (i < end && s[i]! >= '0' && s[i]! <= '9') {
    if (num !== undefined && tooLarge(num)) return [undefined, end];
    num = (num ?? 0) * 10 + (s.charCodeAt(i) - 48);
    i++;
  }
  return [num, i];
}

/** fmt.Sprintf. */
export function sprintf(format: string, args: readonly unknown[], namer?: StructNamer): string {
  let out = '';
  let argNum = 0;
  let reordered = false;
  const end = format.length;
  let i = 0;
  while (i < end) {
    const pct = format.indexOf('%', i);
    if (pct < 0) {
      out += format.slice(i);
      break;
    }
    out += format.slice(i, pct);
    i = pct + 1;
    const f: FmtFlags = noFlags();
    let goodArgNum = true;
    let afterIndex = false;
    for (; i < end; i++) {
      const c = format[i];
      if (c === '#') f.sharp = true;
      else if (c === '0') f.zero = !f.minus;
      else if (c === '+') f.plus = true;
      else if (c === '-') [f.minus, f.zero] = [true, false];
      else if (c === ' ') f.space = true;
      else break;
    }
    const argNumber = (): void => {
      if (i >= end || format[i] !== '[') return;
      reordered = true;
      const close = format.indexOf(']', i + 1);
      if (close < 0 || end - i < 3) {
        goodArgNum = false;
        i += 1;
        return;
      }
      const [n, ni] = parseNum(format, i + 1, close);
      i = close + 1;
      if (n === undefined || ni !== close) {
        goodArgNum = false;
        return;
      }
      afterIndex = true;
      if (n - 1 < 0 || n - 1 >= args.length) goodArgNum = false;
      else argNum = n - 1;
    };
    argNumber();
    if (i < end && format[i] === '*') {
      i++;
      const w = argNum < args.length ? intOperand(args[argNum]) : undefined;
      if (argNum < args.length) argNum++;
      if (w === undefined || tooLarge(w)) out += '%!(BADWIDTH)';
      else if (w < 0) [f.width, f.minus, f.zero] = [-w, true, false];
      else f.width = w;
      afterIndex = false;
    } else {
      const [w, ni] = parseNum(format, i, end);
      i = ni;
      f.width = w;
      if (afterIndex && w !== undefined) goodArgNum = false;
    }
    if (i + 1 < end && format[i] === '.') {
      i++;
      if (afterIndex) goodArgNum = false;
      afterIndex = false;
      argNumber();
      if (i < end && format[i] === '*') {
        i++;
        const p = argNum < args.length ? intOperand(args[argNum]) : undefined;
        if (argNum < args.length) argNum++;
        if (p === undefined || tooLarge(p) || p < 0) out += '%!(BADPREC)';
        else f.prec = p;
        afterIndex = false;
      } else {
        const [p, ni] = parseNum(format, i, end);
        i = ni;
        f.prec = p ?? 0;
      }
    }
    if (!afterIndex) argNumber();
    if (i >= end) {
      out += '%!(NOVERB)';
      break;
    }
    const verb = String.fromCodePoint(format.codePointAt(i) ?? 0);
    i += verb.length;
    if (verb === '%') out += '%';
    else if (!goodArgNum) out += `%!${verb}(BADINDEX)`;
    else if (argNum >= args.length) out += `%!${verb}(MISSING)`;
    else {
      if (verb === 'v') [f.plusV, f.plus] = [f.plus, false];
      out += formatValue(args[argNum], verb, f, namer);
      argNum++;
    }
  }
  if (!reordered && argNum < args.length) {
    const extra = args
      .slice(argNum)
      .map((a) =>
        a === null || a === undefined ? '<nil>' : goTypeName(a, namer) + '=' + formatValue(a, 'v', noFlags(), namer),
      );
    out += '%!(EXTRA ' + extra.join(', ') + ')';
  }
  return out;
}
