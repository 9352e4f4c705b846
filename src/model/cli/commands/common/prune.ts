// The prune commands' confirmation (docker/cli internal/prompt/prompt.go, Confirm): without
// --force they ask on stdout and read a line of standard input; only "y" (any case) goes on,
// anything else (or no input at all) cancels, which prints nothing and exits 0 (cmd/docker/docker.go
// skips cancelled errors). In a terminal the command waits for the line: it keeps the terminal as
// a job, and runs again with the answer once it is typed (nothing before the prompt talks to the
// daemon, so running again is the same command going on).
import type { CommandContext } from '../../docker/context';
import type { ForegroundJob } from '../../docker/foreground-job';
import type { Output } from '../../docker/output';
import { humanSize } from '../../../kernel/go-units';

/** Thrown when the prompt is printed in a terminal: the command waits for the typed answer. */
export class AwaitingAnswer extends Error {
  constructor() {
    super('awaiting an answer');
  }
}

/** Asks unless --force; true when the answer is yes. */
export function confirmPrune(ctx: CommandContext, warning: string): boolean {
  if (ctx.flags.bool('force')) return true;
  if (ctx.answer === undefined) {
    ctx.out.out(`${warning}\nAre you sure you want to continue? [y/N] `);
    if (ctx.stdin === undefined && ctx.term.stdinTty) throw new AwaitingAnswer();
  }
  const answer = (ctx.answer ?? ctx.stdin ?? '').split('\n', 1)[0].trim();
  return answer.toLowerCase() === 'y';
}

/**
 * The prompt waiting in the terminal: a cooked line (the terminal echoes it); the command runs
 * again with it through `resume`. Ctrl+C cancels the prompt's context: it writes a newline and the
 * command ends as cancelled, exit 0 (prompt.go Confirm, `ctx.Done()`).
 */
export function promptJob(resume: (answer: string, out: Output) => number): ForegroundJob {
  let typed = '';
  let ended: number | undefined;
  return {
    readsInput: true,
    rawInput: false,
    input(text, out) {
      if (ended !== undefined) return ended;
      typed += text;
      const eol = typed.indexOf('\n');
      // Ctrl+D on an empty line is EOF: the scanner reads nothing, which is "no".
      if (eol < 0 && !typed.includes('\x04')) return undefined;
      ended = resume(eol < 0 ? '' : typed.slice(0, eol), out);
      return ended;
    },
    follow: () => ended,
    wakeAt: () => undefined,
    interrupt(out) {
      if (ended !== undefined) return ended;
      out.out('\n');
      ended = 0;
      return ended;
    },
    close() {
      ended ??= 0;
    },
  };
}

/** "Deleted Containers:" and the like, with a blank line after the list. */
export function writeDeleted(ctx: CommandContext, title: string, items: readonly string[]): void {
  if (items.length === 0) return;
  ctx.out.out(`${title}:\n${items.map((i) => `${i}\n`).join('')}\n`);
}

/** "Total reclaimed space: 1.093kB". */
export function writeReclaimed(ctx: CommandContext, bytes: number): void {
  ctx.out.out(`Total reclaimed space: ${humanSize(bytes)}\n`);
}
