// docker/cli internal/tui PrintNote: a note headed " Info -> " (a cyan "i Info → " on a terminal,
// its lines in italics), every line after the first indented to the header's width.

const ESC = '\x1b[';
const apply = (code: string, text: string): string => `${ESC}${code}m${text}${ESC}0m`;

/** The note as PrintNote writes it: a newline, the header, then each line of `text` ending in "\n". */
export function tuiNote(text: string, isTerminal: boolean): string {
  const header = isTerminal ? apply('1', `${apply('106', apply('30', 'i'))} ${apply('96', 'Info → ')}`) : ' Info -> ';
  // Both headers are nine columns wide ("i Info → " and " Info -> ").
  const indent = ' '.repeat(9);
  const lines = text.split('\n').map((line, i) => `${i > 0 ? indent : ''}${isTerminal ? apply('3', line) : line}\n`);
  return `\n${header}${lines.join('')}`;
}
