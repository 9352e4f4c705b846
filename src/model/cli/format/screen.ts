// A small terminal screen, enough to turn docker's TTY output (pull progress with cursor
// movement) into the final screen a user sees. Like xterm it wraps lazily: writing the last
// column leaves the cursor there and the next printable character wraps. '\n' is taken as
// CR+LF because the tty applies onlcr. Cells never written read as nothing, so a line has no
// trailing spaces unless the program wrote them (Docker's "Pull complete " lines do).

/** Terminal state; feed() mutates it, screenLines() reads it. */
export interface Screen {
  readonly cols: number;
  /** Visible rows; Infinity means the screen grows without scrolling anything away. */
  readonly rows: number;
  /** All lines, scrollback first; undefined cells were never written (or were erased). */
  lines: (string | undefined)[][];
  /** Index in lines of the first visible row. */
  top: number;
  row: number;
  col: number;
  wrapPending: boolean;
  saved: { row: number; col: number } | undefined;
  /** An escape sequence cut off at the end of the last feed. */
  pending: string;
}

/** A blank screen `cols` wide (and `rows` high; unbounded by default). */
export function createScreen(cols: number, rows = Infinity): Screen {
  const c = Number.isFinite(cols) && cols >= 1 ? Math.floor(cols) : 80;
  const r = rows === Infinity || !(rows >= 1) ? Infinity : Math.floor(rows);
  return { cols: c, rows: r, lines: [[]], top: 0, row: 0, col: 0, wrapPending: false, saved: undefined, pending: '' };
}

function lineAt(s: Screen, row: number): (string | undefined)[] {
  while (s.lines.length <= row) s.lines.push([]);
  return s.lines[row]!;
}

function bottom(s: Screen): number {
  return s.rows === Infinity ? Number.MAX_SAFE_INTEGER : s.top + s.rows - 1;
}

function lineFeed(s: Screen): void {
  if (s.row >= bottom(s)) s.top++;
  s.row++;
  lineAt(s, s.row);
}

function print(s: Screen, ch: string): void {
  if (s.wrapPending) {
    s.col = 0;
    lineFeed(s);
    s.wrapPending = false;
  }
  lineAt(s, s.row)[s.col] = ch;
  if (s.col >= s.cols - 1) s.wrapPending = true;
  else s.col++;
}

function moveTo(s: Screen, row: number, col: number): void {
  s.row = Math.min(Math.max(row, s.top), bottom(s));
  s.col = Math.min(Math.max(col, 0), s.cols - 1);
  s.wrapPending = false;
  lineAt(s, s.row);
}

function eraseLine(s: Screen, mode: number): void {
  const line = lineAt(s, s.row);
  if (mode === 2) line.length = 0;
  else if (mode === 1) for (let i = 0; i <= s.col && i < line.length; i++) line[i] = undefined;
  else if (line.length > s.col) line.length = s.col;
}

function eraseDisplay(s: Screen, mode: number): void {
  if (mode === 3) {
    s.lines = [[]];
    s.top = s.row = 0;
    return;
  }
  const last = Math.min(s.lines.length - 1, bottom(s));
  for (let r = s.top; r <= last; r++) {
    if ((mode === 0 && r > s.row) || (mode === 1 && r < s.row) || mode === 2) lineAt(s, r).length = 0;
  }
  if (mode !== 2) eraseLine(s, mode);
}

function csi(s: Screen, params: string, final: string): void {
  if (params.startsWith('?') || params.startsWith('>') || params.startsWith('=')) return;
  const nums = params.split(';').map((p) => (p === '' ? NaN : Number(p)));
  const n = (i: number, d: number): number => {
    const v = nums[i];
    return v === undefined || Number.isNaN(v) || v === 0 ? d : Math.min(v, 1_000_000);
  };
  const m = nums[0] === undefined || Number.isNaN(nums[0]) ? 0 : nums[0];
  switch (final) {
    case 'A':
      return moveTo(s, s.row - n(0, 1), s.col);
    case 'B':
      return moveTo(s, s.row + n(0, 1), s.col);
    case 'C':
      return moveTo(s, s.row, s.col + n(0, 1));
    case 'D':
      return moveTo(s, s.row, s.col - n(0, 1));
    case 'E':
      return moveTo(s, s.row + n(0, 1), 0);
    case 'F':
      return moveTo(s, s.row - n(0, 1), 0);
    case 'G':
      return moveTo(s, s.row, n(0, 1) - 1);
    case 'd':
      return moveTo(s, s.top + n(0, 1) - 1, s.col);
    case 'H':
    case 'f':
      return moveTo(s, s.top + n(0, 1) - 1, n(1, 1) - 1);
    case 'J':
      return eraseDisplay(s, m);
    case 'K':
      return eraseLine(s, m);
    case 's':
      s.saved = { row: s.row - s.top, col: s.col };
      return;
    case 'u':
      if (s.saved) moveTo(s, s.top + s.saved.row, s.saved.col);
      return;
    default:
      return; // SGR colours and everything else do not change the text.
  }
}

/** Length of a complete escape sequence at i, 0 if it is cut off at the end of the input. */
function escapeLength(text: string, i: number): number {
  const next = text[i + 1];
  if (next === undefined) return 0;
  if (next === '[') {
    for (let j = i + 2; j < text.length; j++) {
      const c = text.charCodeAt(j);
      if (c >= 0x40 && c <= 0x7e) return j - i + 1;
      if (c < 0x20 || c > 0x3f) return j - i; // malformed: drop the introducer and go on
    }
    return 0;
  }
  if (next === ']' || next === 'P' || next === '_' || next === '^') {
    for (let j = i + 2; j < text.length; j++) {
      if (text[j] === '\x07') return j - i + 1;
      if (text[j] === '\x1b' && text[j + 1] === '\\') return j - i + 2;
      if (text[j] === '\x1b' && j + 1 >= text.length) return 0;
    }
    return 0;
  }
  if (next === '(' || next === ')' || next === '#' || next === '%') return i + 2 < text.length ? 3 : 0;
  return 2;
}

/** Writes program output to the screen; chunks may split anywhere, even inside an escape. */
export function feed(s: Screen, bytes: string): void {
  const text = s.pending + String(bytes);
  s.pending = '';
  for (let i = 0; i < text.length; ) {
    const ch = text[i]!;
    if (ch === '\x1b') {
      const len = escapeLength(text, i);
      if (len === 0) {
        s.pending = text.slice(i, i + 4096);
        return;
      }
      const seq = text.slice(i, i + len);
      if (seq.startsWith('\x1b[') && len > 2) csi(s, seq.slice(2, -1), seq[len - 1]!);
      else if (seq === '\x1b7') s.saved = { row: s.row - s.top, col: s.col };
      else if (seq === '\x1b8' && s.saved) moveTo(s, s.top + s.saved.row, s.saved.col);
      else if (seq === '\x1bM') moveTo(s, s.row - 1, s.col);
      i += len;
      continue;
    }
    if (ch === '\n') {
      s.col = 0;
      s.wrapPending = false;
      lineFeed(s);
    } else if (ch === '\r') moveTo(s, s.row, 0);
    else if (ch === '\b') moveTo(s, s.row, s.col - 1);
    else if (ch === '\t') moveTo(s, s.row, Math.min(s.cols - 1, (Math.floor(s.col / 8) + 1) * 8));
    else if (ch >= ' ' && ch !== '\x7f') {
      const cp = text.codePointAt(i) ?? 0;
      const glyph = String.fromCodePoint(cp);
      print(s, glyph);
      i += glyph.length;
      continue;
    }
    i++;
  }
}

/** The text of every line, scrollback included; unwritten gaps read as spaces, trailing blank lines dropped. */
export function screenLines(s: Screen): string[] {
  const out = s.lines.map((line) => {
    let end = line.length;
    while (end > 0 && line[end - 1] === undefined) end--;
    return Array.from(line.slice(0, end), (c) => c ?? ' ').join('');
  });
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
}
