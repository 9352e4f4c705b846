/**
 * A tiny POSIX-shell subset for `sh -c '…'`: commands separated by `;`, `&&` and `||`, with simple
 * quoting. Enough for `sh -c 'echo hi; exit 3'` and `sh -c 'sleep 5 && echo done'`.
 */

/** One command with the operator that joins it to the previous one. */
export interface ShellStep {
  op: ';' | '&&' | '||';
  argv: string[];
}

/** Splits a script into commands and words; quotes group words, operators split commands. */
export function parseShellScript(script: string): ShellStep[] {
  const steps: ShellStep[] = [];
  let argv: string[] = [];
  let word = '';
  let inWord = false;
  let op: ShellStep['op'] = ';';
  const endWord = () => {
    if (inWord) argv.push(word);
    word = '';
    inWord = false;
  };
  const endStep = (next: ShellStep['op']) => {
    endWord();
    if (argv.length) steps.push({ op, argv });
    argv = [];
    op = next;
  };
  for (let i = 0; i < script.length; i++) {
    const ch = script[i];
    if (ch === "'" || ch === '"') {
      const close = script.indexOf(ch, i + 1);
      const end = close === -1 ? script.length : close;
      word += script.slice(i + 1, end);
      inWord = true;
      i = end;
    } else if (ch === ';' || ch === '\n') endStep(';');
    else if (ch === '&' && script[i + 1] === '&') {
      endStep('&&');
      i++;
    } else if (ch === '|' && script[i + 1] === '|') {
      endStep('||');
      i++;
    } else if (ch === ' ' || ch === '\t') endWord();
    else {
      word += ch;
      inWord = true;
    }
  }
  endStep(';');
  return steps;
}
