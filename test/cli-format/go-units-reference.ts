// An independent port of docker/go-units for property tests: Go's %.*g is rebuilt here from
// exact rational arithmetic (the value as num/2^k, rounded half-to-even with BigInt division),
// not from the digit strings src/model/cli/format/go-float.ts works with.

function toFraction(x: number): [bigint, bigint] {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const e = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let exp = -1074;
  if (e !== 0) {
    m |= 1n << 52n;
    exp = e - 1075;
  }
  return exp >= 0 ? [m << BigInt(exp), 1n] : [m, 1n << BigInt(-exp)];
}

/** Rounds num/den to the nearest integer, ties to even. */
function roundHalfEven(num: bigint, den: bigint): bigint {
  const q = num / den;
  const r2 = (num % den) * 2n;
  if (r2 > den || (r2 === den && q % 2n === 1n)) return q + 1n;
  return q;
}

/** Go's fmt.Sprintf("%.*g", prec, x) for finite x and prec >= 1. */
export function refSprintG(x: number, prec: number): string {
  if (x === 0) return Object.is(x, -0) ? '-0' : '0';
  const neg = x < 0;
  const [num, den] = toFraction(Math.abs(x));
  let exp10 = 0;
  while (num * 1n >= den * 10n ** BigInt(exp10 + 1)) exp10++;
  while (num * 10n ** BigInt(-exp10 > 0 ? -exp10 : 0) < den * (exp10 > 0 ? 10n ** BigInt(exp10) : 1n)) exp10--;
  const shift = prec - 1 - exp10;
  let n = shift >= 0 ? roundHalfEven(num * 10n ** BigInt(shift), den) : roundHalfEven(num, den * 10n ** BigInt(-shift));
  if (n >= 10n ** BigInt(prec)) {
    n /= 10n;
    exp10++;
  }
  const digits = n.toString().replace(/0+$/, '');
  const nd = digits.length;
  const dp = exp10 + 1;
  let eprec = prec;
  if (eprec > nd && nd >= dp) eprec = nd;
  const sign = neg ? '-' : '';
  if (exp10 < -4 || exp10 >= eprec) {
    const mant = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
    const e = Math.abs(exp10);
    return `${sign}${mant}e${exp10 < 0 ? '-' : '+'}${e < 10 ? '0' : ''}${e}`;
  }
  if (dp <= 0) return `${sign}0.${'0'.repeat(-dp)}${digits}`;
  if (nd <= dp) return sign + digits + '0'.repeat(dp - nd);
  return `${sign}${digits.slice(0, dp)}.${digits.slice(dp)}`;
}

const decimal = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB', 'YB'];

/** go-units HumanSizeWithPrecision. */
export function refHumanSizeWithPrecision(size: number, precision: number): string {
  let i = 0;
  while (size >= 1000 && i < decimal.length - 1) {
    size /= 1000;
    i++;
  }
  return refSprintG(size, precision) + decimal[i];
}

/** go-units HumanDuration for a whole number of milliseconds below 2^53 ns. */
export function refHumanDuration(ms: number): string {
  const seconds = Math.trunc(ms / 1000);
  if (seconds < 1) return 'Less than a second';
  if (seconds === 1) return '1 second';
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.trunc(ms / 60000);
  if (minutes === 1) return 'About a minute';
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.trunc(ms / 3_600_000 + 0.5);
  if (hours === 1) return 'About an hour';
  if (hours < 48) return `${hours} hours`;
  if (hours < 24 * 7 * 2) return `${Math.trunc(hours / 24)} days`;
  if (hours < 24 * 30 * 2) return `${Math.trunc(hours / 24 / 7)} weeks`;
  if (hours < 24 * 365 * 2) return `${Math.trunc(hours / 24 / 30)} months`;
  return `${Math.trunc(Math.trunc(ms / 3_600_000) / 24 / 365)} years`;
}
