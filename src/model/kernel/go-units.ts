// docker/go-units size.go and duration.go, which the docker CLI uses for every SIZE column,
// every "N minutes ago" and the pull progress numbers, and the daemon for its Status texts
// ("Up 5 minutes"): a library below both, as in moby.
import { formatFloat } from './go-float';

const decimalAbbrs = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB', 'YB'];
const binaryAbbrs = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB', 'ZiB', 'YiB'];

/** Divides by base while the value is >= base (go-units getSizeAndUnit). */
function sizeAndUnit(size: number, base: number, abbrs: readonly string[]): [number, string] {
  let i = 0;
  while (size >= base && i < abbrs.length - 1) {
    size /= base;
    i++;
  }
  return [size, abbrs[i] ?? ''];
}

/** fmt's %.*g: a negative precision means none (shortest); a huge one is %!(BADPREC). */
function sprintG(value: number, precision: number): string {
  if (Number.isNaN(precision) || Math.abs(precision) > 1e6) return '%!(BADPREC)' + formatFloat(value, 'g', -1);
  const p = Math.trunc(precision);
  return formatFloat(value, 'g', p < 0 ? -1 : p);
}

/** go-units HumanSizeWithPrecision: decimal units, `%.*g` (docker images SIZE uses 3). */
export function humanSizeWithPrecision(size: number, precision: number): string {
  const [value, unit] = sizeAndUnit(size, 1000, decimalAbbrs);
  return sprintG(value, precision) + unit;
}

/** go-units HumanSize: 4 significant digits, decimal units ("7.058MB", "1.093kB"). */
export function humanSize(size: number): string {
  return humanSizeWithPrecision(size, 4);
}

/** go-units BytesSize: binary units with `%.4g` (docker info "Total Memory: 15.48GiB"). */
export function bytesSize(size: number): string {
  const [value, unit] = sizeAndUnit(size, 1024, binaryAbbrs);
  return sprintG(value, 4) + unit;
}

const int64Max = (1n << 63n) - 1n;
const int64Min = -(1n << 63n);

/** Milliseconds to a Go time.Duration (int64 nanoseconds, saturating like time.Sub). */
function durationFromMs(ms: number): bigint {
  if (Number.isNaN(ms)) return 0n;
  if (ms >= 9.3e12) return int64Max;
  if (ms <= -9.3e12) return int64Min;
  const whole = Math.trunc(ms);
  let ns = BigInt(whole) * 1_000_000n + BigInt(Math.trunc((ms - whole) * 1e6));
  if (ns > int64Max) ns = int64Max;
  if (ns < int64Min) ns = int64Min;
  return ns;
}

/** time.Duration's Seconds/Minutes/Hours: whole units plus the remainder as a fraction. */
function durationIn(ns: bigint, unitNs: bigint): number {
  return Number(ns / unitNs) + Number(ns % unitNs) / Number(unitNs);
}

// Whole milliseconds below this convert to nanoseconds exactly in a double, so plain numbers give
// Go's results without BigInt (the daemon formats thousands of statuses per `docker ps -a`).
const EXACT_MS_LIMIT = 9_007_199_254;

/** Go's `d.Minutes()`/`d.Hours()`-style split (quotient + remainder/unit) on whole milliseconds. */
function msIn(ms: number, unitMs: number): number {
  const q = Math.trunc(ms / unitMs);
  return q + ((ms - q * unitMs) * 1e6) / (unitMs * 1e6);
}

/** go-units HumanDuration ("Less than a second", "About a minute", "13 days"); input in ms. */
export function humanDuration(ms: number): string {
  if (Number.isInteger(ms) && ms >= 0 && ms < EXACT_MS_LIMIT) return humanDurationOfWholeMs(ms);
  const d = durationFromMs(ms);
  const seconds = Math.trunc(durationIn(d, 1_000_000_000n));
  if (seconds < 1) return 'Less than a second';
  if (seconds === 1) return '1 second';
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.trunc(durationIn(d, 60_000_000_000n));
  if (minutes === 1) return 'About a minute';
  if (minutes < 60) return `${minutes} minutes`;
  const exactHours = durationIn(d, 3_600_000_000_000n);
  const hours = Math.trunc(exactHours + 0.5);
  if (hours === 1) return 'About an hour';
  if (hours < 48) return `${hours} hours`;
  if (hours < 24 * 7 * 2) return `${Math.trunc(hours / 24)} days`;
  if (hours < 24 * 30 * 2) return `${Math.trunc(hours / 24 / 7)} weeks`;
  if (hours < 24 * 365 * 2) return `${Math.trunc(hours / 24 / 30)} months`;
  return `${Math.trunc(Math.trunc(exactHours) / 24 / 365)} years`;
}

/** HumanDuration for whole, non-negative milliseconds, with the same arithmetic as Go's. */
function humanDurationOfWholeMs(ms: number): string {
  const seconds = Math.trunc(msIn(ms, 1000));
  if (seconds < 1) return 'Less than a second';
  if (seconds === 1) return '1 second';
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.trunc(msIn(ms, 60_000));
  if (minutes === 1) return 'About a minute';
  if (minutes < 60) return `${minutes} minutes`;
  const exactHours = msIn(ms, 3_600_000);
  const hours = Math.trunc(exactHours + 0.5);
  if (hours === 1) return 'About an hour';
  if (hours < 48) return `${hours} hours`;
  if (hours < 24 * 7 * 2) return `${Math.trunc(hours / 24)} days`;
  if (hours < 24 * 30 * 2) return `${Math.trunc(hours / 24 / 7)} weeks`;
  if (hours < 24 * 365 * 2) return `${Math.trunc(hours / 24 / 30)} months`;
  return `${Math.trunc(Math.trunc(exactHours) / 24 / 365)} years`;
}
