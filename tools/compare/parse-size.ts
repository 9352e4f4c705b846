/**
 * Sizes as people type them: `16GiB`, `16G` and `16g` are binary (as `docker run --memory` reads
 * them), `500GB` and `500MB` are decimal (SI, as `docker system df` prints them), a bare number is bytes.
 */

const POWERS: Record<string, number> = { '': 0, k: 1, m: 2, g: 3, t: 4 };

/** Bytes for a size text, or null when it is not a size. */
export function parseSize(text: string): number | null {
  const match = /^(\d+(?:\.\d+)?)\s*([kKmMgGtT]?)(i?)([bB]?)$/.exec(text.trim());
  if (!match) return null;
  const [, number, prefix, binaryMark, byteMark] = match;
  const power = POWERS[prefix.toLowerCase()];
  if (binaryMark && !prefix) return null;
  const binary = binaryMark === 'i' || (prefix !== '' && byteMark === '');
  return Number(number) * (binary ? 1024 : 1000) ** power;
}
