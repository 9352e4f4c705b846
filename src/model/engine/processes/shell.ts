/**
 * A tiny POSIX-shell subset for `sh -c '…'`: commands separated by `;`, `&&` and `||`, with simple
 * quoting and redirections (`> f`, `>> f`, `2> f`, `< f`, `2>&1`, `>&2`). Enough for
 * `sh -c 'echo hi; exit 3'`, `sh -c 'sleep 5 && echo done'` and `sh -c 'echo hi >> /data/f'`.
 */

/** One redirection: a file opened on `fd` (`>`, `>>`, `<`), or `fd` made a copy of `dup` (`2>&1`). */
export type Redirect = { fd: number; op: '>' | '>>' | '<'; target: string } | { fd: number; op: '>&'; dup: number };

/** One command with the operator that joins it to the previous one. */
export interface ShellStep {
  op: ';' | '&&' | '||';
  argv: string[];
  /** In the order written, which is the order the shell applies them. */
  redirects: Redirect[];
}

/** Splits a script into commands, words and redirections; quotes group words, operators split commands. */
export function parseShellScript(script: string): ShellStep[] {
  const steps: ShellStep[] = [];
  let argv: string[] = [];
  let redirects: Redirect[] = [];
  let pending: { fd: number; op: '>' | '>>' | '<' } | null = null;
  let word = '';
  let inWord = false;
  let quoted = false;
  let op: ShellStep['op'] = ';';
  const endWord = () => {
    if (inWord) {
      if (pending) redirects.push({ ...pending, target: word });
      else argv.push(word);
      pending = null;
    }
    word = '';
    inWord = false;
    quoted = false;
  };
  const endStep = (next: ShellStep['op']) => {
    endWord();
    if (argv.length || redirects.length) steps.push({ op, argv, redirects });
    argv = [];
    redirects = [];
    pending = null;
    op = next;
  };
  for (let i = 0; i < script.length; i++) {
    const ch = script[i];
    if (ch === "'" || ch === '"') {
      const close = script.indexOf(ch, i + 1);
      const end = close === -1 ? script.length : close;
      word += script.slice(i + 1, end);
      inWord = true;
      quoted = true;
      i = end;
    } else if (ch === ';' || ch === '\n') endStep(';');
    else if (ch === '&' && script[i + 1] === '&') {
      endStep('&&');
      i++;
    } else if (ch === '|' && script[i + 1] === '|') {
      endStep('||');
      i++;
    } else if (ch === '>' || ch === '<') {
      // A bare digit just before the operator names the descriptor (`2>`); otherwise it is a word.
      const digitFd = inWord && !quoted && /^\d$/.test(word) ? Number(word) : null;
      if (digitFd !== null) {
        word = '';
        inWord = false;
      } else endWord();
      const fd = digitFd ?? (ch === '<' ? 0 : 1);
      if (ch === '>' && script[i + 1] === '&' && /\d/.test(script[i + 2] ?? '')) {
        redirects.push({ fd, op: '>&', dup: Number(script[i + 2]) });
        i += 2;
      } else if (ch === '>' && script[i + 1] === '>') {
        pending = { fd, op: '>>' };
        i++;
      } else pending = { fd, op: ch === '<' ? '<' : '>' };
    } else if (ch === ' ' || ch === '\t') endWord();
    else {
      word += ch;
      inWord = true;
    }
  }
  endStep(';');
  return steps;
}
