/**
 * A shell that reads its commands from stdin, one line at a time: `docker run -it ubuntu bash`,
 * `docker exec -it web sh`, `echo ls | docker exec -i web sh`. Between two lines its whole state is
 * plain JSON (kept in the world with the process), so a session survives serialization.
 */

import { exitsNow, type FileWrites, type OutputLine, type ProcessContext } from './program';
import { ContainerFs } from './container-fs';
import { runScript } from './resolve-program';
import type { ShellFlavour } from './redirects';

/** An interactive shell's state between two lines. */
export interface ShellSession {
  flavour: ShellFlavour;
  /** The working directory (`cd` changes it; the prompt shows it). */
  cwd: string;
  /** Shell variables set by assignments and `export`; `exported` ones reach the commands it runs. */
  variables: Record<string, string>;
  exported: string[];
  /** `$?`: the status of the last command. */
  status: number;
  /** Stdin is a terminal: the shell prints a prompt before each line. */
  interactive: boolean;
}

/** What one line did to a session. */
export interface ShellSessionStep {
  session: ShellSession;
  /** What the line printed, then the next prompt (when interactive and the shell goes on). */
  output: OutputLine[];
  /** Virtual time the line took (`sleep 2`): its output and the next prompt come after it. */
  afterMs: number;
  /** The files the line wrote, as a program's writes. */
  files?: FileWrites;
  /** Set when the shell exited (`exit`, `exit 3`, Ctrl+D): its exit status. */
  exitCode?: number;
}

/** The prompt each shell prints as root: bash `root@host:/dir# `, BusyBox ash `/dir # `, dash `# `. */
export function shellPrompt(session: ShellSession, hostname: string): string {
  if (session.flavour === 'bash') return `root@${hostname}:${session.cwd}# `;
  if (session.flavour === 'ash') return `${session.cwd} # `;
  return '# ';
}

/** Opens a shell session in `ctx`'s container: its first prompt when interactive. */
export function openShellSession(
  ctx: ProcessContext,
  flavour: ShellFlavour,
  interactive: boolean,
): { session: ShellSession; output: OutputLine[] } {
  const session: ShellSession = {
    flavour,
    cwd: ctx.workingDir || '/',
    variables: {},
    exported: [],
    status: 0,
    interactive,
  };
  return { session, output: promptOf(session, ctx) };
}

function promptOf(session: ShellSession, ctx: ProcessContext): OutputLine[] {
  return session.interactive ? [{ stream: 'stderr', text: shellPrompt(session, ctx.hostname), partial: true }] : [];
}

/**
 * Runs one line read from stdin ("\x04" alone is end of input: the shell exits with the last
 * status, as after Ctrl+D). `ctx.files` is what the session sees now.
 */
export function feedShellSession(session: ShellSession, line: string, ctx: ProcessContext): ShellSessionStep {
  if (line === '\x04') return { session, output: [], afterMs: 0, exitCode: session.status };
  const fs = new ContainerFs(ctx.files, ctx.family !== 'scratch');
  const trimmed = line.replace(/\r?\n$/, '');
  const exit = /^\s*exit(?:\s+(\d+))?\s*$/.exec(trimmed);
  if (exit) return { session, output: [], afterMs: 0, exitCode: Number(exit[1] ?? session.status) & 255 };
  const program = trimmed.trim() === '' ? exitsNow(session.status) : runScript(trimmed, ctx, fs, session.flavour);
  const next: ShellSession = { ...session };
  const output: OutputLine[] = [];
  let afterMs = 0;
  if (program.kind === 'exits') {
    output.push(...program.output);
    next.status = program.exitCode;
    afterMs = program.afterMs;
  } else if (program.kind === 'serves') output.push(...program.output);
  output.push(...promptOf(next, ctx));
  const files = fs.writes();
  return files ? { session: next, output, afterMs, files } : { session: next, output, afterMs };
}
