// tonistiigi/units Bytes formatted with `%.2f`, as buildkit's progress prints sizes: whole bytes
// under 1kB (`95B`), else two decimals and a decimal unit (`1.23kB`, `3.64MB`).
import { sprintf } from '../../format/go-fmt';

const UNITS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB'];

/** `%.2f` of units.Bytes. */
export function formatBytes(bytes: number): string {
  let i = 0;
  let base = 1;
  while (bytes >= base * 1000 && i < UNITS.length - 1) {
    base *= 1000;
    i++;
  }
  if (i === 0) return `${bytes}B`;
  return `${goFixed(bytes / base, 2)}${UNITS[i]}`;
}

/** Go's `%.Nf` of a float64 (a whole number too: the shared sprintf reads those as ints). */
export function goFixed(value: number, precision: number): string {
  return Number.isInteger(value) ? value.toFixed(precision) : sprintf(`%.${precision}f`, [value]);
}
