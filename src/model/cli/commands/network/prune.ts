// `docker network prune` (docker/cli cli/command/network/prune.go).
import type { CommandContext } from '../../docker/context';
import { filtersQuery } from '../common/filters';
import { checkPruneAnswer, confirmThenPrune, deletedSection, type PruneReport } from '../common/prune';

// prune.go `warning`.
const WARNING = `WARNING! This will remove all custom networks not used by at least one container.
Are you sure you want to continue?`;

/** network.RunPrune: POST /networks/prune; networks reclaim no space. */
export function runNetworkPrune(ctx: CommandContext, filters: readonly string[]): PruneReport {
  const response = ctx.client.request('POST', '/networks/prune', { filters: filtersQuery(filters) });
  checkPruneAnswer(response);
  const json = response.json as { NetworksDeleted?: string[] | null };
  return { spaceReclaimed: 0, output: deletedSection('Deleted Networks', json.NetworksDeleted) };
}

/** Runs `docker network prune`: its section only, no total (its RunE prints none). */
export function networkPrune(ctx: CommandContext): number {
  return confirmThenPrune(ctx, WARNING, () => {
    const { output } = runNetworkPrune(ctx, ctx.flags.list('filter'));
    if (output !== '') ctx.out.out(`${output}\n`);
  });
}
