// Go's encoding/csv Reader.Read with NewReader's defaults (comma ',', no lazy quotes, no leading
// space trimming), reading the first record only, as docker/cli opts/mount.go MountOpt.Set does.
// Errors carry Go's ParseError wording; columns are 1-based byte positions, as the Go 1.24 docker 28.2.2 is
// built with counts them (checked against the real client).

/** The first record's fields, or the error text Go's reader gives. */
export type CsvRecord = { ok: true; fields: string[] } | { ok: false; error: string };

const BARE_QUOTE = 'bare " in non-quoted-field';
const QUOTE = 'extraneous or missing " in quoted-field';

/** Splits `text` into lines as the reader sees them (`\r\n` read as `\n`, a last `\r` dropped). */
function linesOf(text: string): string[] {
  const lines: string[] = [];
  let rest = text;
  while (rest !== '') {
    const nl = rest.indexOf('\n');
    let line = nl < 0 ? rest : rest.slice(0, nl + 1);
    rest = nl < 0 ? '' : rest.slice(nl + 1);
    if (line.endsWith('\r\n')) line = `${line.slice(0, -2)}\n`;
    else if (nl < 0 && line.endsWith('\r')) line = line.slice(0, -1);
    lines.push(line);
  }
  return lines;
}

const byteLength = (s: string) => new TextEncoder().encode(s).length;
const withoutNewline = (s: string) => (s.endsWith('\n') ? s.slice(0, -1) : s);

/** Reads the first CSV record of `text`; empty input (or only empty lines) is Go's `EOF`. */
export function readCsvRecord(text: string): CsvRecord {
  const lines = linesOf(text);
  let lineIndex = lines.findIndex((l) => l !== '\n');
  if (lineIndex < 0) return { ok: false, error: 'EOF' };
  const startLine = lineIndex + 1;
  let line = lines[lineIndex];
  // Where the reader is: its line, and its 1-based byte column there.
  let errorLine = startLine;
  let col = 1;
  const fields: string[] = [];
  const fail = (column: number, err: string): CsvRecord => {
    const where = errorLine === startLine ? '' : `record on line ${startLine}; `;
    return { ok: false, error: `${where}parse error on line ${errorLine}, column ${column}: ${err}` };
  };
  for (;;) {
    if (!line.startsWith('"')) {
      const comma = line.indexOf(',');
      const field = comma >= 0 ? line.slice(0, comma) : withoutNewline(line);
      const quote = field.indexOf('"');
      if (quote >= 0) return fail(col + byteLength(field.slice(0, quote)), BARE_QUOTE);
      fields.push(field);
      if (comma < 0) return { ok: true, fields };
      col += byteLength(field) + 1;
      line = line.slice(comma + 1);
      continue;
    }
    // A quoted field runs to its closing quote, across lines; `""` is one quote.
    line = line.slice(1);
    col += 1;
    let value = '';
    for (;;) {
      const quote = line.indexOf('"');
      if (quote >= 0) {
        value += line.slice(0, quote);
        col += byteLength(line.slice(0, quote)) + 1;
        line = line.slice(quote + 1);
        if (line.startsWith('"')) {
          value += '"';
          line = line.slice(1);
          col += 1;
        } else if (line.startsWith(',')) {
          fields.push(value);
          line = line.slice(1);
          col += 1;
          break;
        } else if (line === '' || line === '\n') {
          fields.push(value);
          return { ok: true, fields };
        } else {
          return fail(col - 1, QUOTE);
        }
      } else if (line !== '') {
        value += line;
        col += byteLength(line);
        if (lineIndex + 1 >= lines.length) return fail(col, QUOTE);
        lineIndex++;
        line = lines[lineIndex];
        errorLine++;
        col = 1;
      } else {
        return fail(col, QUOTE);
      }
    }
  }
}
