// docker/cli formatter.Ellipsis: truncation of COMMAND (20 columns) and similar columns.
import { isWide } from './east-asian-width';

/**
 * formatter.Ellipsis: fit s into n display columns, the last one being "…" (U+2026).
 * ASCII strings keep n-1 characters; otherwise wide (East Asian) runes count as two columns.
 */
export function truncateRunes(s: string, maxWidth: number): string {
  const n = Math.trunc(maxWidth);
  if (!(n > 0)) return '';
  const runes = Array.from(s);
  if (n < 2) return runes[0] ?? '';
  if (!/[^\x00-\x7f]/.test(s)) return runes.length <= n ? s : runes.slice(0, n - 1).join('') + '…';
  const display: number[] = [];
  let total = 0;
  for (const r of runes) {
    total += isWide(r.codePointAt(0) ?? 0) ? 2 : 1;
    display.push(total);
  }
  if (total <= n) return s;
  // Quirk kept from Go: when the first rune is already too wide, the whole string comes back.
  for (let i = 0; i + 1 < display.length; i++) {
    if ((display[i] ?? 0) <= n - 1 && (display[i + 1] ?? 0) > n - 1) return runes.slice(0, i + 1).join('') + '…';
  }
  return s;
}
