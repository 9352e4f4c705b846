// `docker image prune` (docker/cli cli/command/image/prune.go).
import type { CommandContext } from '../../docker/context';
import { filtersQuery } from '../common/filters';
import { checkPruneAnswer, confirmThenPrune, writePruneReport, type PruneReport } from '../common/prune';

// prune.go allImageWarning and danglingWarning.
const ALL_IMAGE_WARNING = `WARNING! This will remove all images without at least one container associated to them.
Are you sure you want to continue?`;
const DANGLING_WARNING = `WARNING! This will remove all dangling images.
Are you sure you want to continue?`;

/** image.RunPrune: POST /images/prune with dangling=!all added to the filters. */
export function runImagePrune(ctx: CommandContext, all: boolean, filters: readonly string[]): PruneReport {
  const response = ctx.client.request('POST', '/images/prune', {
    filters: filtersQuery(filters, [['dangling', all ? 'false' : 'true']]),
  });
  checkPruneAnswer(response);
  const json = response.json as {
    ImagesDeleted?: Array<{ Untagged?: string; Deleted?: string }> | null;
    SpaceReclaimed?: number;
  };
  const deleted = json.ImagesDeleted ?? [];
  if (deleted.length === 0) return { spaceReclaimed: 0, output: '' };
  const lines = deleted.map((d) => (d.Untagged ? `untagged: ${d.Untagged}\n` : `deleted: ${d.Deleted ?? ''}\n`));
  return { spaceReclaimed: json.SpaceReclaimed ?? 0, output: `Deleted Images:\n${lines.join('')}` };
}

/** Runs `docker image prune`. */
export function imagePrune(ctx: CommandContext): number {
  const all = ctx.flags.bool('all');
  return confirmThenPrune(ctx, all ? ALL_IMAGE_WARNING : DANGLING_WARNING, () =>
    writePruneReport(ctx, runImagePrune(ctx, all, ctx.flags.list('filter'))),
  );
}
