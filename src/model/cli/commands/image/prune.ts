// `docker image prune` (docker/cli cli/command/image/prune.go).
import type { CommandContext } from '../../docker/context';
import { CliError } from '../../docker/context';
import { daemonError, isError } from '../../client/api-client';
import { filtersQuery } from '../common/filters';
import { confirmPrune, writeReclaimed } from '../common/prune';

/** Runs `docker image prune`. */
export function imagePrune(ctx: CommandContext): number {
  const all = ctx.flags.bool('all');
  const warning = all
    ? 'WARNING! This will remove all images without at least one container associated to them.'
    : 'WARNING! This will remove all dangling images.';
  if (!confirmPrune(ctx, warning)) return 0;
  const response = ctx.client.request('POST', '/images/prune', {
    filters: filtersQuery(ctx.flags.list('filter'), [['dangling', all ? 'false' : 'true']]),
  });
  if (isError(response)) throw new CliError(daemonError(response));
  const json = response.json as {
    ImagesDeleted?: Array<{ Untagged?: string; Deleted?: string }> | null;
    SpaceReclaimed?: number;
  };
  const deleted = json.ImagesDeleted ?? [];
  if (deleted.length > 0) {
    ctx.out.out(
      `Deleted Images:\n` +
        `${deleted.map((d) => (d.Untagged ? `untagged: ${d.Untagged}\n` : `deleted: ${d.Deleted ?? ''}\n`)).join('')}` +
        `\n`,
    );
  }
  writeReclaimed(ctx, json.SpaceReclaimed ?? 0);
  return 0;
}
