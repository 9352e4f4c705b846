/** File names of exported pictures: the page, the view, what was shown, when. Pure. */

/** What kind of file an export makes. */
export type ExportKind = 'svg' | 'png' | 'animated-svg' | 'webm';

/** A command line as a file-name part: lower case letters, digits and dashes, at most 40. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/g, '');
}

/** `YYYYMMDD-HHMM` of a date, in UTC (the same file name wherever the class is). */
export function stamp(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return (
    `${date.getUTCFullYear()}${two(date.getUTCMonth() + 1)}${two(date.getUTCDate())}` +
    `-${two(date.getUTCHours())}${two(date.getUTCMinutes())}`
  );
}

/**
 * The name of an exported file: `pelabuhan-architecture-20261205-0842.svg`, and for an animation
 * the command it shows: `pelabuhan-architecture-docker-pull-alpine.animated.svg` (or `.webm`).
 */
export function exportFileName(view: string, kind: ExportKind, date: Date, line?: string): string {
  const what = line !== undefined && slug(line) ? slug(line) : stamp(date);
  const ext = kind === 'animated-svg' ? 'animated.svg' : kind;
  return `pelabuhan-${slug(view) || 'view'}-${what}.${ext}`;
}
