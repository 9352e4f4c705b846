/** The comparison's settings from the page's URL (`?view=compare&n=5&profile=ubuntu-server&image=nginx`). */

/** What the page passes to `planComparison`: N of each side, the VM profile, the image. */
export interface CompareParams {
  /** VMs and containers each, from 1 to 50. */
  n: number;
  profile: string;
  image: string;
}

/** The most instances of each side the page draws. */
export const MAX_N = 50;

/** Reads the settings from a query string; a missing or out-of-range `n` is clamped to 1–50. */
export function readCompareParams(search: string): CompareParams {
  const params = new URLSearchParams(search);
  const raw = Number.parseInt(params.get('n') ?? '', 10);
  const n = Number.isFinite(raw) ? Math.min(MAX_N, Math.max(1, raw)) : 1;
  return { n, profile: params.get('profile') || 'ubuntu-server', image: params.get('image') || 'nginx' };
}
