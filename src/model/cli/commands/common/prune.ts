// The prune commands' confirmation (command.PromptForConfirmation): without --force they ask on
// stdout and read a line of standard input; anything but y/yes (or no input at all) cancels.
import type { CommandContext } from '../../docker/context';
import { humanSize } from '../../../kernel/go-units';

/** Asks unless --force; true when the answer is yes. */
export function confirmPrune(ctx: CommandContext, warning: string): boolean {
  if (ctx.flags.bool('force')) return true;
  ctx.out.out(`${warning}\nAre you sure you want to continue? [y/N] `);
  const answer = (ctx.stdin ?? '').split('\n', 1)[0].trim().toLowerCase();
  return answer === 'y' || answer === 'yes';
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
