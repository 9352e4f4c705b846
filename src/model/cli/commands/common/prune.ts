// The prune commands' shared parts (docker/cli cli/command/*/prune.go): the confirmation
// (internal/prompt Confirm), the report each prune returns to its command or to `system prune`
// (its RunPrune: space reclaimed and a "Deleted …:" section), and how a command prints it. In a
// terminal the question waits for the typed line: the command keeps the terminal as a job and runs
// again with the answer (nothing before the prompt talks to the daemon, so that is the same command going on).
import type { CommandContext } from '../../docker/context';
import { CliError } from '../../docker/context';
import { daemonError, isError } from '../../client/api-client';
import type { ApiResponse } from '../../../api/types';
import type { Output } from '../../docker/output';
import type { ForegroundJob } from '../../docker/foreground-job';
import { humanSize } from '../../../kernel/go-units';

/** What one prune did: the bytes it reclaimed and its section of the output ("" when nothing went). */
export interface PruneReport {
  spaceReclaimed: number;
  output: string;
}

/** Thrown when the prompt is printed in a terminal: the command waits for the typed answer. */
export class AwaitingAnswer extends Error {
  constructor() {
    super('awaiting an answer');
  }
}

/**
 * prompt.Confirm unless --force: writes `message` and " [y/N] " on stdout and reads one line of
 * stdin; true only for "y" or "Y" (after trimming). No input at all (EOF) is "no". On "no" the
 * command returns its cancelledErr, which main prints nothing for, with exit status 0. In a
 * terminal with nothing typed yet, it throws AwaitingAnswer: the prompt waits as a job.
 */
export function confirmPrune(ctx: CommandContext, message: string): boolean {
  if (ctx.flags.bool('force')) return true;
  if (ctx.answer === undefined) {
    ctx.out.out(`${message} [y/N] `);
    if (ctx.stdin === undefined && ctx.term.stdinTty) throw new AwaitingAnswer();
  }
  return isConfirmation((ctx.answer ?? ctx.stdin ?? '').split('\n', 1)[0]);
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
      ended = interruptPrompt(out);
      return ended;
    },
    close() {
      ended ??= 0;
    },
  };
}

/** prompt.Confirm's reading of one line: strings.EqualFold(strings.TrimSpace(line), "y"); "yes" is no. */
export function isConfirmation(line: string): boolean {
  return line.trim().toLowerCase() === 'y';
}

/**
 * Ctrl+C while the question waits: prompt.Confirm writes a newline and returns ErrTerminated, a
 * cancelled error that main prints nothing for (cmd/docker/docker.go), so the exit status is 0.
 */
export function interruptPrompt(out: Output): number {
  out.out('\n');
  return 0;
}

/**
 * Every prune command's shape: ask (unless --force), then, on a yes, prune and print. The one place
 * where the answer is awaited, so a prompt that waits for typed input can take over `prune`.
 */
export function confirmThenPrune(ctx: CommandContext, message: string, prune: () => void): number {
  if (confirmPrune(ctx, message)) prune();
  return 0;
}

/** Throws the daemon's error of a failed prune request, as the CLI prints it. */
export function checkPruneAnswer(response: ApiResponse): void {
  if (isError(response)) throw new CliError(daemonError(response));
}

/** A "Deleted Containers:" section: the title, then one item a line; "" for no items. */
export function deletedSection(title: string, items: readonly string[] | null | undefined): string {
  if (!items || items.length === 0) return '';
  return `${title}:\n${items.map((i) => `${i}\n`).join('')}`;
}

/** A prune command's output: its section and a blank line (Fprintln), then the total reclaimed. */
export function writePruneReport(ctx: CommandContext, report: PruneReport): void {
  if (report.output !== '') ctx.out.out(`${report.output}\n`);
  writeReclaimed(ctx, report.spaceReclaimed);
}

/** "Total reclaimed space: 1.093kB" (go-units HumanSize). */
export function writeReclaimed(ctx: CommandContext, bytes: number): void {
  ctx.out.out(`Total reclaimed space: ${humanSize(bytes)}\n`);
}
