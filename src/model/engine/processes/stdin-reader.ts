/**
 * A process reading its stdin: the shell of `docker run -it ubuntu bash` (or of an exec) gets what
 * the client writes on the hijacked stream. With a TTY the bytes pass the terminal's line
 * discipline first, as a pty in the container does: typed keys are echoed, Enter ("\r") ends a line
 * and echoes "\r\n", backspace ("\x7f") rubs out, Ctrl+C ("\x03") abandons the line, Ctrl+D
 * ("\x04") on an empty line is end of input. Without a TTY the bytes are read as they are, a line
 * at each "\n". The state is plain JSON, kept with the process (the container record, an exec).
 */

import { feedShellSession, type ShellSession } from './shell-session';
import type { FileWrites, OutputLine, ProcessContext } from './program';

/** What a process reading stdin keeps between two writes. */
export interface StdinState {
  session: ShellSession;
  /** Bytes since the last end of line (the TTY's edit buffer, or a pipe's partial line). */
  typed: string;
  /** The virtual time the shell is done with the lines it already read; later lines run after it. */
  readyAt: number;
  /** End of input was read: the shell exits. */
  closed: boolean;
}

/** Where a process's stdin leads: its state, how it sees its files now, and what it does. */
export interface StdinProcess {
  state: StdinState;
  /** The process's context as it is now (its files as the last line left them). */
  context(): ProcessContext;
  nowMs: number;
  /** Writes output, each line at its `afterMs` from now (absent: now). */
  write(lines: OutputLine[]): void;
  /** Applies the files a line wrote. */
  applyFiles(files: FileWrites): void;
  /** The shell exits with `code`, `afterMs` from now. */
  exit(code: number, afterMs: number): void;
}

/** A new reader for a session just opened. */
export function stdinState(session: ShellSession, nowMs: number): StdinState {
  return { session, typed: '', readyAt: nowMs, closed: false };
}

/** Bash's interactive `exit` (and Ctrl+D) says so on stderr (bash builtins/exit.def, exit_builtin). */
function exitNotice(session: ShellSession): OutputLine[] {
  return session.interactive && session.flavour === 'bash' ? [{ stream: 'stderr', text: 'exit' }] : [];
}

/** The line written `afterMs` from now (0: at once). */
function timed(line: OutputLine, afterMs: number): OutputLine {
  const { stream, text, partial } = line;
  return { stream, text, ...(partial ? { partial } : {}), ...(afterMs > 0 ? { afterMs } : {}) };
}

/** Runs one line the shell read, timing its output after the lines before it. */
function runLine(proc: StdinProcess, line: string): void {
  const { state } = proc;
  const delay = Math.max(0, state.readyAt - proc.nowMs);
  const step = feedShellSession(state.session, line, proc.context());
  if (step.files) proc.applyFiles(step.files);
  state.session = step.session;
  const ended = step.exitCode !== undefined;
  // The next prompt is the last line of an interactive shell that goes on; it comes once the line ran.
  const promptAt = state.session.interactive && !ended ? step.output.length - 1 : -1;
  const output = [...step.output, ...(ended ? exitNotice(state.session) : [])].map((l, i) =>
    timed(l, delay + (i === promptAt || i >= step.output.length ? step.afterMs : (l.afterMs ?? 0))),
  );
  proc.write(output);
  state.readyAt = proc.nowMs + delay + step.afterMs;
  if (ended) {
    state.closed = true;
    proc.exit(step.exitCode!, delay + step.afterMs);
  }
}

/** Takes bytes the client wrote on the process's stdin. */
export function writeStdin(proc: StdinProcess, data: string): void {
  const { state } = proc;
  const tty = proc.context().tty;
  let echo = '';
  const flushEcho = () => {
    if (echo !== '') proc.write([{ stream: 'stdout', text: echo, partial: true }]);
    echo = '';
  };
  for (const c of data) {
    if (state.closed) return;
    if (!tty) {
      if (c === '\n') {
        const line = state.typed;
        state.typed = '';
        runLine(proc, line);
      } else state.typed += c;
      continue;
    }
    if (c === '\r' || c === '\n') {
      echo += '\r\n';
      flushEcho();
      const line = state.typed;
      state.typed = '';
      runLine(proc, line);
    } else if (c === '\x7f' || c === '\b') {
      if (state.typed === '') continue;
      state.typed = [...state.typed].slice(0, -1).join('');
      echo += '\b \b';
    } else if (c === '\x03') {
      // The TTY sends SIGINT to the shell: it drops the line, shows ^C and prompts again, status 130.
      echo += '^C\r\n';
      flushEcho();
      state.typed = '';
      state.session = { ...state.session, status: 130 };
      runLine(proc, '');
    } else if (c === '\x04') {
      if (state.typed !== '') continue;
      flushEcho();
      runLine(proc, '\x04');
    } else if (c >= ' ') {
      state.typed += c;
      echo += c;
    }
  }
  flushEcho();
}

/** The client closed stdin (EOF): what was left unfinished is read, then the shell exits. */
export function closeStdin(proc: StdinProcess): void {
  const { state } = proc;
  if (state.closed) return;
  if (state.typed !== '' && !proc.context().tty) {
    const line = state.typed;
    state.typed = '';
    runLine(proc, line);
  }
  if (!state.closed) runLine(proc, '\x04');
}
