// Go's text/tabwriter as forked into docker/cli (cli/command/formatter/tabwriter), which every
// docker table goes through with minwidth 10, tabwidth 1, padding 3, padchar ' ', flags 0.
// Elastic tabstops: a column is a block of consecutive lines that have a tab-terminated cell at
// that index; its width is max(minwidth, widest cell + padding). The fork measures cells with
// go-runewidth (display columns: "日本" is 4, "…" is 1), where Go's own tabwriter counts runes.
// The text after a line's last tab is never padded.
import { stringWidth } from './display-width';

/** Writer settings (tabwriter.NewWriter's parameters and the flags this simulator needs). */
export interface TabwriterOptions {
  minwidth?: number;
  tabwidth?: number;
  padding?: number;
  padchar?: string;
  alignRight?: boolean;
  discardEmptyColumns?: boolean;
  /** Go's Debug flag: a '|' between columns. */
  debug?: boolean;
  /** Cell width; docker's fork uses display width, Go's text/tabwriter counts runes. */
  measure?: (text: string) => number;
}

interface Cell {
  text: string;
  width: number;
  htab: boolean;
}

/** Go's text/tabwriter measure (utf8.RuneCount), for callers that want the upstream behaviour. */
export const runeCount = (s: string): number => Array.from(s).length;

/** A tabwriter.Writer: write() text in any pieces, flush() to get the aligned output. */
export class Tabwriter {
  private readonly minwidth: number;
  private readonly tabwidth: number;
  private readonly padding: number;
  private readonly padchar: string;
  private readonly alignRight: boolean;
  private readonly measure: (text: string) => number;
  private lines: Cell[][] = [[]];
  private cell = '';
  private widths: number[] = [];
  private out = '';

  constructor(private readonly options: TabwriterOptions = {}) {
    this.minwidth = Math.max(0, options.minwidth ?? 10);
    this.tabwidth = Math.max(0, options.tabwidth ?? 1);
    this.padding = Math.max(0, options.padding ?? 3);
    this.padchar = (options.padchar ?? ' ').slice(0, 1) || ' ';
    this.alignRight = (options.alignRight ?? false) && this.padchar !== '\t';
    this.measure = options.measure ?? stringWidth;
  }

  /** Splits text into cells; like Go, a line with a single cell lets everything before it be flushed. */
  write(text: string): void {
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (ch !== '\t' && ch !== '\v' && ch !== '\n' && ch !== '\f') continue;
      this.cell += text.slice(start, i);
      start = i + 1;
      const line = this.lines[this.lines.length - 1]!;
      line.push({ text: this.cell, width: this.measure(this.cell), htab: ch === '\t' });
      this.cell = '';
      if (ch === '\n' || ch === '\f') {
        this.lines.push([]);
        if (ch === '\f' || line.length === 1) {
          this.flushInternal();
          if (ch === '\f' && this.options.debug) this.out += '---\n';
        }
      }
    }
    this.cell += text.slice(start);
  }

  /** Formats everything buffered and returns all output not yet returned. */
  flush(): string {
    this.flushInternal();
    const out = this.out;
    this.out = '';
    return out;
  }

  private flushInternal(): void {
    if (this.cell.length > 0) {
      this.lines[this.lines.length - 1]!.push({ text: this.cell, width: this.measure(this.cell), htab: false });
      this.cell = '';
    }
    this.format(0, this.lines.length);
    this.lines = [[]];
    this.widths = [];
  }

  private padTo(textw: number, cellw: number): string {
    if (this.padchar === '\t') {
      if (this.tabwidth === 0) return '';
      const w = Math.ceil(cellw / this.tabwidth) * this.tabwidth;
      return '\t'.repeat(Math.ceil((w - textw) / this.tabwidth));
    }
    return this.padchar.repeat(Math.max(0, cellw - textw));
  }

  private writeLines(line0: number, line1: number): void {
    for (let i = line0; i < line1; i++) {
      const line = this.lines[i]!;
      line.forEach((c, j) => {
        if (j > 0 && this.options.debug) this.out += '|';
        const width = this.widths[j];
        if (c.text.length === 0) {
          if (width !== undefined) this.out += this.padTo(c.width, width);
        } else if (!this.alignRight) {
          this.out += c.text + (width !== undefined ? this.padTo(c.width, width) : '');
        } else {
          this.out += (width !== undefined ? this.padTo(c.width, width) : '') + c.text;
        }
      });
      // The last buffered line has no newline yet (its text, if any, is the pending cell).
      if (i + 1 < this.lines.length) this.out += '\n';
    }
  }

  /** Go's format(): finds the block of lines sharing the next column, sizes it, recurses. */
  private format(line0: number, line1: number): void {
    const column = this.widths.length;
    for (let t = line0; t < line1; t++) {
      if (column >= this.lines[t]!.length - 1) continue;
      this.writeLines(line0, t);
      line0 = t;
      let width = this.minwidth;
      let discardable = true;
      for (; t < line1; t++) {
        const line = this.lines[t]!;
        if (column >= line.length - 1) break;
        const c = line[column]!;
        width = Math.max(width, c.width + this.padding);
        if (c.width > 0 || c.htab) discardable = false;
      }
      if (discardable && this.options.discardEmptyColumns) width = 0;
      this.widths.push(width);
      this.format(line0, t);
      this.widths.pop();
      line0 = t;
      t--;
    }
    this.writeLines(line0, line1);
  }
}

/** Aligns tab-separated text as docker's tables do (tabwriter.NewWriter(out, 10, 1, 3, ' ', 0)). */
export function tabwrite(text: string, options?: TabwriterOptions): string {
  const w = new Tabwriter(options);
  w.write(text);
  return w.flush();
}
