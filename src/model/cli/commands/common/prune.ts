// The prune commands' shared parts (docker/cli cli/command/*/prune.go): the confirmation
// (internal/prompt Confirm), the report each prune returns to its command or to `system prune`
// (its RunPrune: space reclaimed and a "Deleted …:" section), and how a command prints it.
import type { CommandContext } from '../../docker/context';
import { CliError } from '../../docker/context';
import { daemonError, isError } from '../../client/api-client';
import type { ApiResponse } from '../../../api/types';
import type { Output } from '../../docker/output';
import { humanSize } from '../../../kernel/go-units';

/** What one prune did: the bytes it reclaimed and its section of the output ("" when nothing went). */
export interface PruneReport {
  spaceReclaimed: number;
  output: string;
}

/**
 * prompt.Confirm unless --force: writes `message` and " [y/N] " on stdout and reads one line of
 * stdin; true only for "y" or "Y" (after trimming). No input at all (EOF) is "no". On "no" the
 * command returns its cancelledErr, which main prints nothing for, with exit status 0.
 */
export function confirmPrune(ctx: CommandContext, message: string): boolean {
  if (ctx.flags.bool('force')) return true;
  ctx.out.out(`${message} [y/N] `);
  return isConfirmation((ctx.stdin ?? '').split('\n', 1)[0]);
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
