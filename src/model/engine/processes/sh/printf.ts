/**
 * printf(1)'s format (`%s %d %i %u %x %o %c %b %%`, widths, `-` and `0` flags) reused for all
 * arguments, and the backslash escapes of echo and printf.
 */

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', f: '\f', v: '\v', '\\': '\\' };

/** Interprets backslash escapes; `stop` is set by `\c` (no more output, no newline). */
export function interpretEscapes(text: string): { text: string; stop: boolean } {
  let out = '';
  for (let k = 0; k < text.length; k++) {
    const ch = text[k];
    if (ch !== '\\' || k + 1 >= text.length) {
      out += ch;
      continue;
    }
    const next = text[++k];
    if (next === 'c') return { text: out, stop: true };
    if (ESCAPES[next] !== undefined) out += ESCAPES[next];
    else if (next === '0' || /[0-7]/.test(next)) {
      const digits = /^[0-7]{0,3}/.exec(text.slice(next === '0' ? k + 1 : k))?.[0] ?? '';
      out += String.fromCharCode(parseInt(digits || '0', 8));
      k += digits.length - (next === '0' ? 0 : 1);
    } else out += `\\${next}`;
  }
  return { text: out, stop: false };
}

const SPEC = /%([-0 +#]*)(\d*)(?:\.(\d+))?([sdiuxXocb%])/g;

/** Formats `args` with `format`, repeating the format while arguments remain. */
export function formatPrintf(format: string, args: string[]): string {
  let out = '';
  let used = 0;
  do {
    const start = used;
    let last = 0;
    for (const m of format.matchAll(SPEC)) {
      const literal = interpretEscapes(format.slice(last, m.index));
      out += literal.text;
      if (literal.stop) return out;
      last = (m.index ?? 0) + m[0].length;
      const [, flags, width, precision, conv] = m;
      if (conv === '%') {
        out += '%';
        continue;
      }
      const arg = args[used++] ?? '';
      let text: string;
      if (conv === 's') text = precision !== undefined ? arg.slice(0, Number(precision)) : arg;
      else if (conv === 'b') {
        const r = interpretEscapes(arg);
        if (r.stop) return out + r.text;
        text = r.text;
      } else if (conv === 'c') text = arg.slice(0, 1);
      else text = formatInteger(arg, conv);
      const w = Number(width || 0);
      if (text.length < w)
        text = flags.includes('-')
          ? text.padEnd(w)
          : flags.includes('0') && conv !== 's'
            ? text.padStart(w, '0')
            : text.padStart(w);
      out += text;
    }
    const tail = interpretEscapes(format.slice(last));
    out += tail.text;
    if (tail.stop || used === start) break;
  } while (used < args.length);
  return out;
}

function formatInteger(arg: string, conv: string): string {
  const n = Math.trunc(Number(arg)) || (arg.startsWith("'") ? (arg.codePointAt(1) ?? 0) : 0);
  if (conv === 'x') return n.toString(16);
  if (conv === 'X') return n.toString(16).toUpperCase();
  if (conv === 'o') return n.toString(8);
  return String(n);
}
