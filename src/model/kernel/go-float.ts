// Go's strconv.FormatFloat for 'e', 'f' and 'g' (bitSize 64), which fmt's %e/%f/%g/%v use.
// JS toPrecision/toFixed round exact ties up, Go rounds them to even (1.125 → %.3g "1.12"), and
// Go's %g switches to exponent form by its own rule, so the digits are computed here from the
// exact binary value of the double.

/** Decimal digits of a float: value = 0.digits × 10^dp, digits without trailing zeros ("" for 0). */
interface Decimal {
  digits: string;
  dp: number;
}

/** The exact decimal expansion of a finite, non-negative double (every double has one). */
function exactDecimal(x: number): Decimal {
  if (x === 0) return { digits: '', dp: 0 };
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let exp = -1074;
  if (biased !== 0) {
    mant |= 1n << 52n;
    exp = biased - 1075;
  }
  let s: string;
  let dp: number;
  if (exp >= 0) {
    s = (mant << BigInt(exp)).toString();
    dp = s.length;
  } else {
    // mant / 2^k = mant·5^k / 10^k
    s = (mant * 5n ** BigInt(-exp)).toString();
    dp = s.length + exp;
  }
  return { digits: s.replace(/0+$/, ''), dp };
}

/** The shortest digits that read back as x (ECMAScript and Go both pick the closest such). */
function shortestDecimal(x: number): Decimal {
  if (x === 0) return { digits: '', dp: 0 };
  const [mant = '0', e = '0'] = x.toExponential().split('e');
  const digits = mant.replace('.', '').replace(/0+$/, '');
  return { digits, dp: Number(e) + 1 };
}

/** Rounds to n significant digits, ties to even on the exact value, as strconv does. */
function roundDecimal(d: Decimal, n: number): Decimal {
  if (n < 0) return { digits: '', dp: d.dp };
  if (d.digits.length <= n) return d;
  const next = d.digits.charCodeAt(n) - 48;
  const exactHalf = next === 5 && d.digits.length === n + 1;
  const prevOdd = n > 0 && (d.digits.charCodeAt(n - 1) - 48) % 2 === 1;
  const up = next > 5 || (next === 5 && (!exactHalf || prevOdd));
  let head = d.digits.slice(0, n);
  if (!up) return { digits: head.replace(/0+$/, ''), dp: d.dp };
  let i = head.length - 1;
  while (i >= 0 && head[i] === '9') i--;
  if (i < 0) return { digits: '1', dp: d.dp + 1 };
  head = head.slice(0, i) + String.fromCharCode(head.charCodeAt(i) + 1);
  return { digits: head, dp: d.dp };
}

/** Rounds to a number of digits after the decimal point (strconv's %f path). */
function roundFixed(d: Decimal, prec: number): Decimal {
  return roundDecimal(d, d.dp + prec);
}

function fmtE(neg: boolean, d: Decimal, prec: number, e: string): string {
  let out = neg ? '-' : '';
  out += d.digits.length > 0 ? d.digits[0] : '0';
  if (prec > 0) out += '.' + d.digits.slice(1, prec + 1).padEnd(prec, '0');
  let exp = d.digits.length === 0 ? 0 : d.dp - 1;
  const sign = exp < 0 ? '-' : '+';
  exp = Math.abs(exp);
  return out + e + sign + (exp < 10 ? '0' + exp : String(exp));
}

function fmtF(neg: boolean, d: Decimal, prec: number): string {
  let out = neg ? '-' : '';
  if (d.dp > 0) out += d.digits.slice(0, d.dp).padEnd(d.dp, '0');
  else out += '0';
  if (prec > 0) {
    let frac = '';
    for (let i = 1; i <= prec; i++) {
      const j = d.dp + i - 1;
      frac += j >= 0 && j < d.digits.length ? d.digits[j] : '0';
    }
    out += '.' + frac;
  }
  return out;
}

/** The float verbs strconv understands here. */
export type FloatFormat = 'e' | 'E' | 'f' | 'g' | 'G';

/** strconv.FormatFloat(x, fmt, prec, 64); prec < 0 means the shortest representation. */
export function formatFloat(x: number, fmt: FloatFormat, prec: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return '+Inf';
  if (x === -Infinity) return '-Inf';
  const neg = x < 0 || Object.is(x, -0);
  const abs = Math.abs(x);
  const shortest = prec < 0;
  const lower = fmt.toLowerCase();
  let d: Decimal;
  if (shortest) {
    d = shortestDecimal(abs);
    if (lower === 'e') prec = Math.max(d.digits.length - 1, 0);
    else if (lower === 'f') prec = Math.max(d.digits.length - d.dp, 0);
    else prec = d.digits.length;
  } else if (lower === 'f') {
    d = roundFixed(exactDecimal(abs), prec);
  } else {
    if (lower === 'g' && prec === 0) prec = 1;
    d = roundDecimal(exactDecimal(abs), lower === 'e' ? prec + 1 : prec);
  }
  const e = fmt === 'E' || fmt === 'G' ? 'E' : 'e';
  if (lower === 'e') return fmtE(neg, d, prec, e);
  if (lower === 'f') return fmtF(neg, d, prec);
  // %e is used if the exponent is < -4 or >= the precision (6 when shortest).
  const nd = d.digits.length;
  let eprec = prec;
  if (eprec > nd && nd >= d.dp) eprec = nd;
  if (shortest) eprec = 6;
  const exp = d.dp - 1;
  if (exp < -4 || exp >= eprec) {
    if (prec > nd) prec = nd;
    return fmtE(neg, d, prec - 1, e);
  }
  if (prec > d.dp) prec = nd;
  return fmtF(neg, d, Math.max(prec - d.dp, 0));
}
