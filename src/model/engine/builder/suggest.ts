/**
 * BuildKit's "did you mean" (moby/buildkit v0.22.0 util/suggest/error.go): the closest option within
 * a Levenshtein distance of 2, in the case the user wrote (`RUNN` → `RUN`, `runn` → `run`).
 */

function levenshtein(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[y.length];
}

function matchCase(val: string, orig: string): string {
  if (orig === orig.toLowerCase()) return val.toLowerCase();
  if (orig === orig.toUpperCase()) return val.toUpperCase();
  return val;
}

/**
 * The suggestion for `val` among `options`, or '' (none close, or an exact match, which means the
 * error is about something else). Go walks a map here, so between equally close options BuildKit's
 * pick varies; this takes the first in `options`' order.
 */
export function suggestMatch(val: string, options: string[], caseSensitive: boolean): string {
  const v = caseSensitive ? val : val.toLowerCase();
  let match = '';
  let min = 3;
  for (const option of options) {
    const opt = caseSensitive ? option : option.toLowerCase();
    if (v === opt) return '';
    const dist = levenshtein(v, opt);
    if (dist < min) {
      match = caseSensitive ? opt : matchCase(opt, val);
      min = dist;
    }
  }
  return match;
}
