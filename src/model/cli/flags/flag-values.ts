// What each flag type accepts when pflag calls Value.Set, and the error it gives otherwise
// (pflag wraps it as `invalid argument "x" for "-n, --last" flag: <error>`): Go's strconv for
// numbers and booleans, go-units RAMInBytes for `bytes`, time.ParseDuration, big.Rat for
// `decimal` (--cpus) and docker's filter syntax.
import { goQuote } from '../format/go-quote';
import { parseGoBool, parseGoInt, parseGoUint } from './go-strconv';
import { readCsvRecord } from './go-csv';
import { parseMountOpt } from './mount-opt';

// Unambiguous (no nested repetition), so a 100 KB value cannot make it backtrack.
const GO_FLOAT = /^[+-]?(?:\d[\d_]*(?:\.[\d_]*)?(?:[eE][+-]?\d+)?|\.\d[\d_]*(?:[eE][+-]?\d+)?|inf|infinity|nan)$/i;

/** strconv.ParseFloat's syntax check (decimal forms; enough for sizes and CPU counts). */
function parseGoFloat(s: string): { ok: true; value: number } | { ok: false; error: string } {
  if (!GO_FLOAT.test(s)) return { ok: false, error: `strconv.ParseFloat: parsing ${goQuote(s)}: invalid syntax` };
  return { ok: true, value: Number(s.replace(/_/g, '')) };
}

/** go-units RAMInBytes (binary units, "512m", "1g", "1.5GiB"). */
export function ramInBytes(text: string): { ok: true; value: number } | { ok: false; error: string } {
  const sep = Math.max(...Array.from('01234567890. ', (c) => text.lastIndexOf(c)));
  if (sep === -1) return { ok: false, error: `invalid size: '${text}'` };
  const num = text[sep] === ' ' ? text.slice(0, sep) : text.slice(0, sep + 1);
  let sfx = text.slice(sep + 1);
  const parsed = parseGoFloat(num);
  if (!parsed.ok) return parsed;
  let size = parsed.value;
  if (size < 0) return { ok: false, error: `invalid size: '${text}'` };
  if (sfx.length === 0) return { ok: true, value: Math.trunc(size) };
  const bad = { ok: false as const, error: `invalid suffix: '${sfx.length > 3 ? sfx : sfx.toLowerCase()}'` };
  if (sfx.length > 3) return bad;
  sfx = sfx.toLowerCase();
  if (sfx[0] === 'b') return sfx.length > 1 ? bad : { ok: true, value: Math.trunc(size) };
  const power = 'kmgtp'.indexOf(sfx[0]);
  if (power < 0) return bad;
  size *= 1024 ** (power + 1);
  if ((sfx.length === 2 && sfx[1] !== 'b') || (sfx.length === 3 && sfx.slice(1) !== 'ib')) return bad;
  return { ok: true, value: Math.trunc(size) };
}

const UNIT_NS: Record<string, number> = { ns: 1, us: 1e3, µs: 1e3, μs: 1e3, ms: 1e6, s: 1e9, m: 60e9, h: 3600e9 };

/** time.ParseDuration; the value is in nanoseconds. */
export function parseGoDuration(orig: string): { ok: true; value: number } | { ok: false; error: string } {
  const invalid = { ok: false as const, error: `time: invalid duration ${goQuote(orig)}` };
  let s = orig;
  let negative = false;
  if (s !== '' && (s[0] === '-' || s[0] === '+')) {
    negative = s[0] === '-';
    s = s.slice(1);
  }
  if (s === '0') return { ok: true, value: 0 };
  if (s === '') return invalid;
  let total = 0;
  while (s !== '') {
    const m = /^(\d*)(?:\.(\d*))?/.exec(s)!;
    if (m[0] === '' || (m[1] === '' && (m[2] ?? '') === '')) return invalid;
    s = s.slice(m[0].length);
    const unit = /^[^0-9.]*/.exec(s)![0];
    if (unit === '') return { ok: false, error: `time: missing unit in duration ${goQuote(orig)}` };
    const scale = UNIT_NS[unit];
    if (scale === undefined)
      return { ok: false, error: `time: unknown unit ${goQuote(unit)} in duration ${goQuote(orig)}` };
    s = s.slice(unit.length);
    total += Number(`${m[1] || '0'}.${m[2] ?? '0'}`) * scale;
    if (total > 9.223372036854775807e18) return invalid;
  }
  return { ok: true, value: negative ? -total : total };
}

/** docker's NanoCPUs.Set: a rational number of CPUs, at most nanosecond precision. */
function parseCpus(text: string): string | undefined {
  const rational = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$|^[+-]?\d+\/\d+$/;
  if (!rational.test(text) || /\/0+$/.test(text)) return `failed to parse ${text} as a rational number`;
  const [n, d] = text.includes('/') ? text.split('/').map(Number) : [Number(text), 1];
  const nano = (n / d) * 1e9;
  if (Math.abs(nano - Math.round(nano)) > 1e-6) return 'value is too precise';
  return undefined;
}

/**
 * pflag's stringToString Set (`--docker host=ssh://x,skip-tls-verify=true`): one `k=v`, or a CSV
 * line of them when the value holds several `=`; the pairs in the order given.
 */
export function parseStringToString(
  value: string,
): { ok: true; pairs: [string, string][] } | { ok: false; error: string } {
  const equals = value.split('=').length - 1;
  if (equals === 0) return { ok: false, error: `${value} must be formatted as key=value` };
  let items: string[];
  if (equals === 1) items = [value.replace(/^"+|"+$/g, '')];
  else {
    const record = readCsvRecord(value);
    if (!record.ok) return { ok: false, error: record.error };
    items = record.fields;
  }
  const pairs: [string, string][] = [];
  for (const item of items) {
    const eq = item.indexOf('=');
    if (eq < 0) return { ok: false, error: `${item} must be formatted as key=value` };
    pairs.push([item.slice(0, eq), item.slice(eq + 1)]);
  }
  return { ok: true, pairs };
}

/** Checks a value for a flag of the given pflag type name; returns the error text or undefined. */
export function checkFlagValue(type: string, long: string, value: string): string | undefined {
  switch (type) {
    case 'bool': {
      const r = parseGoBool(value);
      return r.ok ? undefined : r.error;
    }
    case 'int': {
      const r = parseGoInt(value, 64);
      return r.ok ? undefined : r.error;
    }
    case 'uint': {
      const r = parseGoUint(value, 64);
      return r.ok ? undefined : r.error;
    }
    case 'uint16': {
      const r = parseGoUint(value, 16);
      return r.ok ? undefined : r.error;
    }
    case 'bytes': {
      // MemSwap also takes -1 for "unlimited".
      if (long === 'memory-swap' && value === '-1') return undefined;
      const r = ramInBytes(value);
      return r.ok ? undefined : r.error;
    }
    case 'duration': {
      const r = parseGoDuration(value);
      return r.ok ? undefined : r.error;
    }
    case 'decimal':
      return parseCpus(value);
    case 'mount': {
      // The working directory only changes a relative source, never whether the value is valid.
      const r = parseMountOpt(value, '/');
      return r.ok ? undefined : r.error;
    }
    case 'stringToString': {
      const r = parseStringToString(value);
      return r.ok ? undefined : r.error;
    }
    case 'filter':
      return value === '' || value.includes('=') ? undefined : 'bad format of filter (expected name=value)';
    default:
      return undefined;
  }
}
