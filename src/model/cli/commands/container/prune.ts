// `docker container prune` (docker/cli cli/command/container/prune.go).
import type { CommandContext } from '../../docker/context';
import { filtersQuery } from '../common/filters';
import {
  checkPruneAnswer,
  confirmThenPrune,
  deletedSection,
  writePruneReport,
  type PruneReport,
} from '../common/prune';

// prune.go `warning`.
const WARNING = `WARNING! This will remove all stopped containers.
Are you sure you want to continue?`;

/** container.RunPrune: POST /containers/prune; the space counts only when something was deleted. */
export function runContainerPrune(ctx: CommandContext, filters: readonly string[]): PruneReport {
  const response = ctx.client.request('POST', '/containers/prune', { filters: filtersQuery(filters) });
  checkPruneAnswer(response);
  const json = response.json as { ContainersDeleted?: string[] | null; SpaceReclaimed?: number };
  const output = deletedSection('Deleted Containers', json.ContainersDeleted);
  return { spaceReclaimed: output ? (json.SpaceReclaimed ?? 0) : 0, output };
}

/** Runs `docker container prune`. */
export function containerPrune(ctx: CommandContext): number {
  return confirmThenPrune(ctx, WARNING, () => writePruneReport(ctx, runContainerPrune(ctx, ctx.flags.list('filter'))));
}
