// docker/compose v2.36 pkg/progress: the events of an operation (`Network app_default Creating`),
// written on stderr either as plain lines (plain.go: fmt.Fprintln(out, "", ID, Text, StatusText))
// or, on a terminal, as the live block tty.go redraws every 100 ms: `[+] Running 3/3` and one line
// per event with its spinner, status and timer. Times are the client's virtual clock. The block is
// redrawn at the first tick after each change and once when the operation ends (the real ticker
// also redraws unchanged blocks every 100 ms; those frames add nothing to read); the terminal's
// height is not modelled (tty.go hides child lines when they do not fit).
import type { Output } from '../docker/output';

/** tty.go's event status. */
export type EventStatus = 'working' | 'done' | 'warning' | 'error';

/** One progress event (progress.Event). */
export interface ProgressEvent {
  id: string;
  status: EventStatus;
  statusText?: string;
  text?: string;
  parentId?: string;
}

/** What an operation reports its progress to. */
export interface ProgressWriter {
  /** An event, at the client's time now or at `at` (a pull message's own time). */
  event(e: ProgressEvent, at?: number): void;
  /** The operation ended: the tty block's last frame. */
  stop(): void;
}

interface Shown extends ProgressEvent {
  start: number;
  end?: number;
  spins: number;
  lastSpin: number;
}

const ESC = '\x1b[';
const color = (code: string) => (s: string) => `${ESC}${code}m${s}${ESC}0m`;
const blue = color('34');
const green = color('32');
const yellow = color('33');
const boldYellow = color('33;1');
const boldRed = color('31;1');
const SPINNER = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
const TICK_MS = 100;

/** `progress.Run`'s writer for this terminal: tty when stderr is one, else plain. */
export function createProgressWriter(
  out: Output,
  tty: boolean,
  cols: number,
  now: () => number,
  title = 'Running',
): ProgressWriter {
  return tty ? ttyWriter(out, cols, now, title) : plainWriter(out, now);
}

function plainWriter(out: Output, now: () => number): ProgressWriter {
  return {
    // Go's Fprintln puts a space between operands, empty ones included.
    event: (e, at) => out.err(` ${e.id} ${e.text ?? ''} ${e.statusText ?? ''}\n`, at ?? now()),
    stop() {},
  };
}

/** The user-perceived length of a line with colour codes (lenAnsi). */
function lenAnsi(s: string): number {
  return Array.from(s.replace(/\x1b\[[0-9;]*m/g, '')).length;
}

function ttyWriter(out: Output, cols: number, now: () => number, title: string): ProgressWriter {
  const events = new Map<string, Shown>();
  const ids: string[] = [];
  let numLines = 0;
  let repeated = false;
  let firstAt: number | undefined;
  let printedTick = -1;
  let dirty = false;

  const spinner = (e: Shown, at: number): string => {
    if (e.status === 'done') return green('✔');
    if (e.status === 'warning') return boldYellow('!');
    if (e.status === 'error') return boldRed('✘');
    // spinner.String(): the next character once 100 ms passed since the spinner was made.
    if (at - e.lastSpin > TICK_MS) e.spins = (e.spins + 1) % SPINNER.length;
    return yellow(SPINNER[e.spins]);
  };
  const statusColor = (e: Shown) =>
    e.status === 'done'
      ? green
      : e.status === 'warning'
        ? boldYellow
        : e.status === 'error'
          ? boldRed
          : (s: string) => s;

  const lineText = (e: Shown, pad: string, padding: number, at: number): string => {
    const elapsed = ((e.status === 'working' ? at : (e.end ?? e.start)) - e.start) / 1000;
    const txt = e.text ? `${e.id} ${e.text}` : e.id;
    const fill = ' '.repeat(Math.max(0, padding - txt.length));
    let status = e.statusText ?? '';
    const maxStatus = cols - txt.length - padding - 15;
    if (maxStatus > 0 && status.length > maxStatus) status = `${status.slice(0, maxStatus)}...`;
    const left = `${pad} ${spinner(e, at)} ${txt}${fill} ${statusColor(e)(status)}`;
    const right = blue(`${elapsed.toFixed(1)}s `);
    return `${left}${' '.repeat(Math.max(0, cols - lenAnsi(left) - lenAnsi(right)))}${right}\n`;
  };

  const print = (at: number) => {
    if (ids.length === 0) return;
    let text = `${ESC}1A`.repeat(numLines + 1);
    if (!repeated) text += `${ESC}1B`;
    repeated = true;
    text += `${ESC}0G${ESC}?25l`;
    const all = ids.map((id) => events.get(id)!);
    const done = all.filter((e) => e.status !== 'working').length;
    const first = `[+] ${title} ${done}/${all.length}`;
    text += `${numLines !== 0 && done === numLines ? blue(first) : first}\n`;
    let padding = 0;
    for (const e of all) {
      padding = Math.max(padding, (e.text ? `${e.id} ${e.text}` : e.id).length);
      if (e.parentId) padding -= 2;
    }
    let lines = 0;
    for (const e of all) {
      if (e.parentId) continue;
      text += lineText(e, '', padding, at);
      lines++;
      for (const child of all)
        if (child.parentId === e.id) {
          text += lineText(child, '  ', padding, at);
          lines++;
        }
    }
    for (; lines < numLines; lines++) text += `${' '.repeat(cols)}\n`;
    numLines = lines;
    text += `${ESC}?25h`;
    out.err(text, at);
    for (const e of all) if (e.status === 'working' && at - e.lastSpin > TICK_MS) e.lastSpin = at;
  };

  // The ticker's frames between the last one and `at`, for what changed meanwhile.
  const catchUp = (at: number) => {
    if (firstAt === undefined || !dirty) return;
    const tick = Math.floor((at - firstAt) / TICK_MS);
    if (tick > printedTick) {
      print(firstAt + tick * TICK_MS);
      printedTick = tick;
      dirty = false;
    }
  };

  return {
    event(e, when) {
      const at = when ?? now();
      if (firstAt === undefined) firstAt = at;
      catchUp(at);
      const last = events.get(e.id);
      if (!last) {
        ids.push(e.id);
        const shown: Shown = { ...e, start: at, spins: 0, lastSpin: at };
        if (e.status !== 'working') shown.end = at;
        events.set(e.id, shown);
      } else {
        if (e.status !== 'working' && last.status !== e.status) last.end = at;
        if (e.status === 'working') last.end = undefined;
        last.status = e.status;
        last.text = e.text;
        last.statusText = e.statusText;
        if (!last.parentId || !e.parentId) last.parentId = e.parentId;
      }
      dirty = true;
    },
    stop() {
      const at = now();
      catchUp(at);
      print(at);
    },
  };
}
