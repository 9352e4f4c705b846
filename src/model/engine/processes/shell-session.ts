/**
 * A shell that reads its commands from stdin, one line at a time: `docker run -it ubuntu bash`,
 * `docker exec -it web sh`, `echo ls | docker exec -i web sh`. Between two lines its whole state is
 * plain JSON (kept in the world with the process), so a session survives serialization. A line that
 * starts an interactive client (`redis-cli`, `mongosh`) hands the next lines to it until it quits.
 */

import type { FileWrites, OutputLine, ProcessContext, ProgramSession } from './program';
import { ContainerFs } from './container-fs';
import { runCommand } from './resolve-program';
import type { ShellFlavour } from './redirects';
import { runShellScript } from './sh/run-script';
import { initialShellState } from './sh/state';
import type { ShellState } from './sh/state';
import { feedProgramSession, openProgramSession } from './program-sessions';

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
  /** `$0` (`sh`, `/bin/bash`): the shells' messages start with it. */
  name?: string;
  /** Lines read so far (dash's and non-interactive bash's messages number them). */
  line?: number;
  /** An interactive client started from this shell (or as the exec's own program) reading the lines. */
  program?: ProgramSession;
  /** The session is the client itself (`docker exec -it redis redis-cli`): quitting it ends the session. */
  programOnly?: boolean;
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
  if (session.flavour === 'bash') return `root@${hostname}:${session.cwd === '/root' ? '~' : session.cwd}# `;
  if (session.flavour === 'ash') return `${session.cwd === '/root' ? '~' : session.cwd} # `;
  return '# ';
}

/**
 * Opens a session in `ctx`'s container: its first prompt when interactive. When `ctx.argv` names
 * an interactive client rather than a shell, the session is that client (its banner and prompt).
 */
export function openShellSession(
  ctx: ProcessContext,
  flavour: ShellFlavour,
  interactive: boolean,
): { session: ShellSession; output: OutputLine[] } {
  const state = initialShellState(ctx, flavour, { name: ctx.argv[0] || 'sh', interactive, commandString: false });
  const session = toSession(state);
  const client = ctx.argv.length > 0 ? openProgramSession(ctx, new ContainerFs(ctx.files, true)) : null;
  if (client) return { session: { ...session, program: client.session, programOnly: true }, output: client.output };
  return { session, output: promptOf(session, ctx) };
}

function toSession(state: ShellState): ShellSession {
  const { flavour, cwd, variables, exported, status, interactive, name, line } = state;
  return { flavour, cwd, variables, exported, status, interactive, name, line };
}

function toState(session: ShellSession): ShellState {
  return {
    flavour: session.flavour,
    name: session.name ?? 'sh',
    cwd: session.cwd,
    variables: { ...session.variables },
    exported: [...session.exported],
    status: session.status,
    interactive: session.interactive,
    line: session.line ?? 1,
    commandString: false,
    positional: [],
    pid: 1,
  };
}

function promptOf(session: ShellSession, ctx: ProcessContext): OutputLine[] {
  return session.interactive ? [{ stream: 'stderr', text: shellPrompt(session, ctx.hostname), partial: true }] : [];
}

/**
 * Runs one line read from stdin ("\x04" alone is end of input: the shell exits with the last
 * status, as after Ctrl+D). `ctx.files` is what the session sees now.
 */
export function feedShellSession(session: ShellSession, line: string, ctx: ProcessContext): ShellSessionStep {
  const fs = new ContainerFs(ctx.files, ctx.family !== 'scratch');
  const withFiles = (step: ShellSessionStep): ShellSessionStep => {
    const files = fs.writes();
    return files ? { ...step, files } : step;
  };
  if (session.program) {
    const step = feedProgramSession(session.program, line, ctx, fs);
    if (step.session)
      return withFiles({ session: { ...session, program: step.session }, output: step.output, afterMs: 0 });
    if (session.programOnly) return withFiles({ session, output: step.output, afterMs: 0, exitCode: step.exitCode });
    const back: ShellSession = { ...session, program: undefined, status: step.exitCode };
    return withFiles({ session: back, output: [...step.output, ...promptOf(back, ctx)], afterMs: 0 });
  }
  if (line === '\x04') return { session, output: [], afterMs: 0, exitCode: session.status };
  const source = line.replace(/\r?\n$/, '');
  const state = toState(session);
  const outcome = runShellScript(source, state, { ...ctx, workingDir: state.cwd }, fs, runCommand);
  state.line += Math.max(1, source.split('\n').length);
  const next = toSession(state);
  if (outcome.exited && !session.interactive)
    return withFiles({ session: next, output: outcome.output, afterMs: outcome.afterMs, exitCode: outcome.status });
  if (outcome.exited)
    return withFiles({ session: next, output: outcome.output, afterMs: outcome.afterMs, exitCode: outcome.status });
  const client = outcome.serving?.session;
  if (client) {
    const output = [...outcome.output, ...outcome.serving!.output];
    return withFiles({ session: { ...next, program: client }, output, afterMs: outcome.afterMs });
  }
  const output = [...outcome.output, ...(outcome.serving?.output ?? []), ...promptOf(next, ctx)];
  return withFiles({ session: next, output, afterMs: outcome.afterMs });
}
