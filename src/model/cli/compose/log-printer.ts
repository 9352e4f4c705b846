// compose's log consumer (cmd/formatter/logs.go): every line of a container's output prefixed with
// its name without the project (`mongodb-1`), padded to the longest, then ` | `, coloured in
// compose's rainbow order when stdout is a terminal; a partial line waits for its end.
import type { Output } from '../docker/output';

const RAINBOW = ['36', '33', '32', '35', '34', '36;1', '33;1', '32;1', '35;1', '34;1'];

/** Prints prefixed lines for a set of containers. */
export class LogPrinter {
  private readonly prefixes = new Map<string, string>();
  private readonly partial = new Map<string, string>();

  constructor(
    names: readonly string[],
    private readonly color: boolean,
    private readonly prefix = true,
  ) {
    const width = Math.max(0, ...names.map((n) => n.length));
    names.forEach((name, i) => {
      const text = `${name.padEnd(width)} | `;
      // ansiColor: "\x1b[" + opts + code + "m" (intense colours carry ";1" after the code here, as 30+i;1).
      this.prefixes.set(name, color ? `\x1b[${RAINBOW[i % RAINBOW.length]}m${text}\x1b[0m` : text);
    });
  }

  /** Writes what a container wrote (complete lines only; the rest waits). */
  write(out: Output, name: string, stream: 'stdout' | 'stderr', text: string, at: number): void {
    const buffered = (this.partial.get(name) ?? '') + text;
    const lines = buffered.split('\n');
    this.partial.set(name, lines.pop() ?? '');
    const prefix = this.prefix ? (this.prefixes.get(name) ?? '') : '';
    for (const line of lines) out.write(stream, `${prefix}${line}\n`, at);
  }

  /** goterm.RESET_LINE + "<name> <msg>" in the container's colour (logConsumer.Status). */
  status(out: Output, name: string, message: string, at: number): void {
    const text = `\r\x1b[K${name} ${message}\n`;
    const code = [...this.prefixes.keys()].indexOf(name);
    out.out(this.color && code >= 0 ? `\x1b[${RAINBOW[code % RAINBOW.length]}m${text}\x1b[0m` : text, at);
  }
}
