/**
 * How the comparison writes its numbers: times in ms or s, RAM in binary and disk in decimal units (as docker does).
 */

import { bytesSize, humanSize } from '../kernel/go-units';

/** A duration: `873 ms` below a second, `17.04 s` below 100 s, then `123.4 s`. */
export function formatMs(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(ms < 100_000 ? 2 : 1)} s`;
}

/** Memory in binary units, as `docker info` shows it (`2.049GiB`). */
export function formatRam(bytes: number): string {
  return bytesSize(bytes);
}

/** Disk in decimal units, as `docker system df` shows it (`191.8MB`). */
export function formatDisk(bytes: number): string {
  return humanSize(bytes);
}

/** Footnote numbers as compact ranges: `[1-5,8]`; empty for none. */
export function formatFootnotes(numbers: readonly number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(j > i ? `${sorted[i]}-${sorted[j]}` : String(sorted[i]));
    i = j;
  }
  return parts.length ? `[${parts.join(',')}]` : '';
}
