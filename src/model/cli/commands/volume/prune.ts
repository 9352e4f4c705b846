// `docker volume prune` (docker/cli cli/command/volume/prune.go), at API 1.50: anonymous volumes
// only, unless --all (sent as the `all=true` filter).
import type { CommandContext } from '../../docker/context';
import { CliError } from '../../docker/context';
import { filterPairs, filtersQuery } from '../common/filters';
import {
  checkPruneAnswer,
  confirmThenPrune,
  deletedSection,
  writePruneReport,
  type PruneReport,
} from '../common/prune';

// prune.go unusedVolumesWarning and allVolumesWarning.
const UNUSED_VOLUMES_WARNING = `WARNING! This will remove anonymous local volumes not used by at least one container.
Are you sure you want to continue?`;
const ALL_VOLUMES_WARNING = `WARNING! This will remove all local volumes not used by at least one container.
Are you sure you want to continue?`;

/** volume.RunPrune: POST /volumes/prune (what `system prune --volumes` calls, never with --all). */
export function runVolumePrune(ctx: CommandContext, filters: readonly string[], all = false): PruneReport {
  const response = ctx.client.request('POST', '/volumes/prune', {
    filters: filtersQuery(filters, all ? [['all', 'true']] : []),
  });
  checkPruneAnswer(response);
  const json = response.json as { VolumesDeleted?: string[] | null; SpaceReclaimed?: number };
  const output = deletedSection('Deleted Volumes', json.VolumesDeleted);
  return { spaceReclaimed: output ? (json.SpaceReclaimed ?? 0) : 0, output };
}

/** Runs `docker volume prune`. */
export function volumePrune(ctx: CommandContext): number {
  const all = ctx.flags.bool('all');
  const filters = ctx.flags.list('filter');
  if (all && filterPairs(filters).some(([key]) => key === 'all'))
    throw new CliError('conflicting options: cannot specify both --all and --filter all=1');
  return confirmThenPrune(ctx, all ? ALL_VOLUMES_WARNING : UNUSED_VOLUMES_WARNING, () =>
    writePruneReport(ctx, runVolumePrune(ctx, filters, all)),
  );
}
