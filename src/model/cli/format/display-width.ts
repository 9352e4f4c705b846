// mattn/go-runewidth StringWidth (non-CJK locale), which docker's tabwriter fork uses to size
// table cells: the width of each grapheme cluster (rivo/uniseg, Unicode 15.0 rules) is that of
// its first rune of non-zero width. Checked against CLI 28.2.2: "日本" is 4 columns, "…" 1,
// control characters, ZWJ/ZWSP and soft hyphens 0, "e\u0301" 1, a flag 1, "👨‍👩‍👧" 2.
import { isWide } from './east-asian-width';

/** Ranges as [first, last, first, last, ...]. */
type Ranges = readonly number[];

const inRanges = (cp: number, r: Ranges): boolean => {
  for (let i = 0; i < r.length; i += 2) if (cp >= r[i]! && cp <= r[i + 1]!) return true;
  return false;
};

const narrow: Ranges = [0x27e6, 0x27ed, 0x2985, 0x2986];
const nonprint: Ranges = [
  0x070f, 0x070f, 0x180b, 0x180e, 0x200b, 0x200f, 0x2028, 0x202e, 0x206a, 0x206f, 0xd800, 0xdfff, 0xfeff, 0xfeff,
  0xfff9, 0xfffb, 0xfffe, 0xffff,
];
// go-runewidth's "combining" table: the combining-mark blocks, not every Mn (U+0E31 is width 1).
const combining: Ranges = [
  0x0300, 0x036f, 0x0483, 0x0489, 0x07eb, 0x07f3, 0x0c00, 0x0c00, 0x0c04, 0x0c04, 0x0d00, 0x0d01, 0x135d, 0x135f,
  0x1a7f, 0x1a7f, 0x1ab0, 0x1ace, 0x1b6b, 0x1b73, 0x1dc0, 0x1dff, 0x20d0, 0x20f0, 0x2cef, 0x2cf1, 0x2de0, 0x2dff,
  0x3099, 0x309a, 0xa66f, 0xa672, 0xa674, 0xa67d, 0xa69e, 0xa69f, 0xa6f0, 0xa6f1, 0xa8e0, 0xa8f1, 0xfe20, 0xfe2f,
  0x101fd, 0x101fd, 0x10376, 0x1037a, 0x10eab, 0x10eac, 0x10f46, 0x10f50, 0x10f82, 0x10f85, 0x11300, 0x11301, 0x1133b,
  0x1133c, 0x11366, 0x1136c, 0x11370, 0x11374, 0x16af0, 0x16af4, 0x1cf00, 0x1cf2d, 0x1cf30, 0x1cf46, 0x1d165, 0x1d169,
  0x1d16d, 0x1d172, 0x1d17b, 0x1d182, 0x1d185, 0x1d18b, 0x1d1aa, 0x1d1ad, 0x1d242, 0x1d244, 0x1e000, 0x1e006, 0x1e008,
  0x1e018, 0x1e01b, 0x1e021, 0x1e023, 0x1e024, 0x1e026, 0x1e02a, 0x1e08f, 0x1e08f, 0x1e8d0, 0x1e8d6,
];

/** go-runewidth RuneWidth with EastAsianWidth off. */
export function runeWidth(cp: number): number {
  if (cp < 0 || cp > 0x10ffff || cp < 0x20) return 0;
  if ((cp >= 0x7f && cp <= 0x9f) || cp === 0xad) return 0;
  if (cp < 0x300) return 1;
  if (inRanges(cp, narrow)) return 1;
  if (inRanges(cp, nonprint) || inRanges(cp, combining)) return 0;
  return isWide(cp) ? 2 : 1;
}

type Gcb =
  | 'CR'
  | 'LF'
  | 'Control'
  | 'Extend'
  | 'ZWJ'
  | 'RI'
  | 'Prepend'
  | 'SpacingMark'
  | 'L'
  | 'V'
  | 'T'
  | 'LV'
  | 'LVT'
  | 'Other';

const prepend: Ranges = [
  0x0600, 0x0605, 0x06dd, 0x06dd, 0x070f, 0x070f, 0x0890, 0x0891, 0x08e2, 0x08e2, 0x0d4e, 0x0d4e, 0x110bd, 0x110bd,
  0x110cd, 0x110cd, 0x111c2, 0x111c3, 0x1193f, 0x1193f, 0x11941, 0x11941, 0x11a3a, 0x11a3a, 0x11a84, 0x11a89, 0x11d46,
  0x11d46, 0x11f02, 0x11f02,
];
const reExtend = /^[\p{Grapheme_Extend}\p{Emoji_Modifier}]$/u;
const reControl = /^[\p{Cc}\p{Zl}\p{Zp}\p{Cf}\p{Cs}]$/u;
const reMc = /^\p{Mc}$/u;
const reRI = /^\p{Regional_Indicator}$/u;
const rePict = /^\p{Extended_Pictographic}$/u;

/** The Grapheme_Cluster_Break property (UAX #29), from JS's Unicode property tables. */
function gcb(cp: number): Gcb {
  if (cp === 0x0d) return 'CR';
  if (cp === 0x0a) return 'LF';
  if (cp === 0x200d) return 'ZWJ';
  const ch = String.fromCodePoint(cp);
  if (reExtend.test(ch)) return 'Extend';
  if (reRI.test(ch)) return 'RI';
  if (inRanges(cp, prepend)) return 'Prepend';
  if (reControl.test(ch)) return 'Control';
  if ((cp >= 0x1100 && cp <= 0x115f) || (cp >= 0xa960 && cp <= 0xa97c)) return 'L';
  if ((cp >= 0x1160 && cp <= 0x11a7) || (cp >= 0xd7b0 && cp <= 0xd7c6)) return 'V';
  if ((cp >= 0x11a8 && cp <= 0x11ff) || (cp >= 0xd7cb && cp <= 0xd7fb)) return 'T';
  if (cp >= 0xac00 && cp <= 0xd7a3) return (cp - 0xac00) % 28 === 0 ? 'LV' : 'LVT';
  if (reMc.test(ch) || cp === 0x0e33 || cp === 0x0eb3) return 'SpacingMark';
  return 'Other';
}

/** Whether a cluster boundary lies between prev and cur (GB3–GB13, without 15.1's GB9c). */
function breaks(prev: Gcb, cur: Gcb, cp: number, pictZwj: boolean, riCount: number): boolean {
  if (prev === 'CR' && cur === 'LF') return false;
  if (prev === 'CR' || prev === 'LF' || prev === 'Control') return true;
  if (cur === 'CR' || cur === 'LF' || cur === 'Control') return true;
  if (prev === 'L' && (cur === 'L' || cur === 'V' || cur === 'LV' || cur === 'LVT')) return false;
  if ((prev === 'LV' || prev === 'V') && (cur === 'V' || cur === 'T')) return false;
  if ((prev === 'LVT' || prev === 'T') && cur === 'T') return false;
  if (cur === 'Extend' || cur === 'ZWJ' || cur === 'SpacingMark') return false;
  if (prev === 'Prepend') return false;
  if (prev === 'ZWJ' && pictZwj && rePict.test(String.fromCodePoint(cp))) return false;
  if (prev === 'RI' && cur === 'RI') return riCount % 2 === 0;
  return true;
}

/** go-runewidth StringWidth: display columns of a string in a non-CJK terminal. */
export function stringWidth(s: string): number {
  let width = 0;
  let clusterWidth = 0;
  let prev: Gcb | undefined;
  let pictZwj = false; // inside ExtPict Extend* (ZWJ)?
  let sawPict = false;
  let riCount = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    const cur = gcb(cp);
    if (prev === undefined || breaks(prev, cur, cp, pictZwj, riCount)) {
      width += clusterWidth;
      clusterWidth = 0;
      sawPict = false;
      riCount = 0;
    }
    if (clusterWidth === 0) clusterWidth = runeWidth(cp);
    const pict = rePict.test(ch);
    pictZwj = cur === 'ZWJ' && sawPict;
    if (pict) sawPict = true;
    else if (cur !== 'Extend' && cur !== 'ZWJ') sawPict = false;
    riCount = cur === 'RI' ? riCount + 1 : 0;
    prev = cur;
  }
  return width + clusterWidth;
}
