// `docker builder prune` (docker/cli 28.2.2 cli/command/builder/prune.go): the question (unless
// -f), POST /build/prune (client BuildCachePrune: all, keep-storage, filters), then the deleted
// cache records and the space reclaimed. With the buildx component installed the real client
// forwards it to `buildx prune`, which prints a table instead; this is docker/cli's own command,
// the one the real client without buildx runs against the engine.
import type { CommandContext } from '../../docker/context';
import { filtersQuery } from '../common/filters';
import { checkPruneAnswer, confirmThenPrune, deletedSection, writePruneReport } from '../common/prune';
import { ramInBytes } from '../../flags/flag-values';

const NORMAL_WARNING = 'WARNING! This will remove all dangling build cache. Are you sure you want to continue?';
const ALL_CACHE_WARNING = 'WARNING! This will remove all build cache. Are you sure you want to continue?';

/** Runs `docker builder prune`. */
export function builderPrune(ctx: CommandContext): number {
  const { flags } = ctx;
  const all = flags.bool('all');
  return confirmThenPrune(ctx, all ? ALL_CACHE_WARNING : NORMAL_WARNING, () => {
    const keep = flags.string('keep-storage');
    const kept = keep === '' ? undefined : ramInBytes(keep);
    const query: Record<string, string | undefined> = { filters: filtersQuery(flags.list('filter')) };
    if (all) query.all = '1';
    if (kept && kept.ok && kept.value > 0) query['keep-storage'] = String(kept.value);
    const response = ctx.client.request('POST', '/build/prune', query);
    checkPruneAnswer(response);
    const json = response.json as { CachesDeleted?: string[] | null; SpaceReclaimed?: number };
    writePruneReport(ctx, {
      spaceReclaimed: json.SpaceReclaimed ?? 0,
      output: deletedSection('Deleted build cache objects', json.CachesDeleted),
    });
  });
}
