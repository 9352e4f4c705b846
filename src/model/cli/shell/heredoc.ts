// Here-documents (`cat > Dockerfile <<'EOF'` … `EOF`): the lines after the command line up to the
// delimiter. A quoted delimiter keeps the lines as typed; otherwise `$VAR` and `$(…)` expand in them.
import type { Redirect, Word } from './tokenize';
import { LexError, lexExpandable } from './word-lexer';

/** A `<<` whose lines are still to be read, and where to put them. */
export interface PendingHeredoc {
  word: Word;
  /** `<<-`: leading tabs are removed from each line and from the delimiter's. */
  stripTabs: boolean;
  heredoc: NonNullable<Redirect['heredoc']>;
}

/** Reads each pending here-document's lines from `from`; returns where the command text goes on. */
export function readHeredocs(text: string, from: number, pending: readonly PendingHeredoc[]): number {
  let at = from;
  for (const doc of pending) {
    const quoted = doc.word.parts.some((p) => p.kind !== 'text' || p.quoted);
    const delimiter = doc.word.parts
      .map((p) => (p.kind === 'text' ? p.text : p.kind === 'var' ? `$${p.name}` : ''))
      .join('');
    const lines: string[] = [];
    let found = false;
    while (at < text.length) {
      const end = text.indexOf('\n', at);
      const raw = text.slice(at, end < 0 ? text.length : end);
      at = end < 0 ? text.length : end + 1;
      const line = doc.stripTabs ? raw.replace(/^\t+/, '') : raw;
      if (line === delimiter) {
        found = true;
        break;
      }
      lines.push(line);
    }
    // Interactive bash waits for the delimiter with its `> ` prompt, saying nothing.
    if (!found) throw new LexError('', true);
    const body = lines.map((l) => `${l}\n`).join('');
    doc.heredoc.body = quoted ? body : lexExpandable(body);
  }
  return at;
}
