// builder.CachePrune (docker/cli cli/command/builder/prune.go runPrune with force), the build-cache
// step of `docker system prune`: POST /build/prune (client/build_prune.go BuildCachePrune).
import type { CommandContext } from '../../docker/context';
import { filtersQuery } from '../common/filters';
import { checkPruneAnswer, deletedSection, type PruneReport } from '../common/prune';

/** Prunes the build cache (all of it with --all); its space counts even without a section. */
export function runBuildCachePrune(ctx: CommandContext, all: boolean, filters: readonly string[]): PruneReport {
  const query: Record<string, string | undefined> = { filters: filtersQuery(filters) ?? '' };
  if (all) query.all = '1';
  const response = ctx.client.request('POST', '/build/prune', query);
  checkPruneAnswer(response);
  const json = response.json as { CachesDeleted?: string[] | null; SpaceReclaimed?: number };
  return {
    spaceReclaimed: json.SpaceReclaimed ?? 0,
    output: deletedSection('Deleted build cache objects', json.CachesDeleted),
  };
}
